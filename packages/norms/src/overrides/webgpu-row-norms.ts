import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { ReductionOverride } from '@layerkit/core';
import { webgpuFlatView as flatView, webgpuShaped as shaped, type WebGPUBackend, type WebGPUProgram } from '@layerkit/core/webgpu';
import type { RowNormKind } from './webgl-row-norms.js';

/**
 * The 'row-norm' override of the rmsNorm and layerNorm specs on webgpu: one dispatch, one
 * invocation (or a slice of a workgroup) per row.
 */
type NormKind = RowNormKind;

/**
 * Invocations that share one row. Each sums a strided slice of the row in registers; with more
 * than one lane, the slices meet in workgroup memory behind one barrier per statistic, and every
 * lane then adds its row's partials itself (no tree, so no further barriers).
 *
 * - 1: an invocation per row, no workgroup memory, no barrier. Fastest where invocations are
 *   cheap and barriers dear (SwiftShader runs a workgroup on one CPU core and switches between
 *   its invocations at every barrier), and on real GPUs when there are many rows to spread.
 * - 4 … 64: a slice of a workgroup per row, for wide rows or few rows on real GPUs, where one
 *   invocation per row leaves most of the device idle and reads memory without coalescing.
 *
 * A whole 256-invocation workgroup per row with a tree reduction (the first version) ran 5–16×
 * slower than the tfjs composite on SwiftShader (its barriers dominate), so it is gone.
 */
export const NORM_LANES_PER_ROW = [1, 4, 16, 64] as const;
export type NormLanesPerRow = (typeof NORM_LANES_PER_ROW)[number];

/** Invocations per workgroup: 64 / lanes rows each. */
const WORKGROUP_SIZE = 64;

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

const codeCache = new Map<string, string>();

/**
 * Statistics and output in one dispatch, one pass over memory: the row's mean, then the centred
 * squares (two sweeps over the row while it sits in cache, stable for large means), then the
 * output. Float32 throughout, as on every backend.
 */
function normCode(kind: NormKind, hasGamma: boolean, hasBeta: boolean, lanes: NormLanesPerRow): string {
  const key = `${kind}_${hasGamma}_${hasBeta}_${lanes}`;
  const cached = codeCache.get(key);
  if (cached !== undefined) return cached;
  const workgroupSize = WORKGROUP_SIZE;
  const scale = hasGamma ? ' * gamma[j]' : '';
  const offset = hasBeta ? ' + beta[j]' : '';
  // Sums a lane's partial over its row's lanes. Each statistic has its own workgroup array, so
  // the second one never overwrites partials that a slower lane may still be reading.
  const reduce = (name: string, value: string) => (lanes === 1
    ? `let ${name} = ${value};`
    : `${name}Partials[localIndex] = ${value};
  workgroupBarrier();
  var ${name} = 0.0;
  for (var lane = 0u; lane < ${lanes}u; lane = lane + 1u) { ${name} = ${name} + ${name}Partials[first + lane]; }`);
  const loop = (body: string, bound = 'width') => `for (var j = base + i32(lane0); j < base + ${bound}; j = j + ${lanes}) { ${body} }`;
  // LayerNorm sums x − x[row, 0]: for rows with a large mean the shifted values are small and
  // exact (Sterbenz), so neither the mean nor the centred values lose digits to the mean.
  const statistics = kind === 'rms'
    ? `var squares = 0.0;
  ${loop('let v = x[j]; squares = squares + v * v;', 'count')}
  ${reduce('rowSquares', 'squares')}
  let shift = 0.0;
  let mean = 0.0;
  let inverse = inverseSqrt(rowSquares / f32(uniforms.k) + uniforms.epsilon);`
    : `let shift = select(0.0, x[base], inRange);
  var total = 0.0;
  ${loop('total = total + (x[j] - shift);')}
  ${reduce('rowTotal', 'total')}
  let mean = rowTotal / f32(uniforms.width);
  var squares = 0.0;
  ${loop('let d = (x[j] - shift) - mean; squares = squares + d * d;')}
  ${reduce('rowSquares', 'squares')}
  let inverse = inverseSqrt(rowSquares / f32(uniforms.width) + uniforms.epsilon);`;
  const shared = lanes === 1 ? '' : (kind === 'rms' ? ['rowSquares'] : ['rowTotal', 'rowSquares'])
    .map((name) => `var<workgroup> ${name}Partials : array<f32, ${workgroupSize}>;`).join('\n');
  const code = `
${shared}
fn main(index : i32) {
  let rowsPerWorkgroup = ${workgroupSize / lanes}u;
  let workgroup = workgroupId.z * numWorkgroups.x * numWorkgroups.y + workgroupId.y * numWorkgroups.x + workgroupId.x;
  let lane0 = localIndex % ${lanes}u;
  let first = localIndex - lane0;
  let row = i32(workgroup * rowsPerWorkgroup + localIndex / ${lanes}u);
  // No early return past the last row: every invocation must reach the barriers, and tfjs's
  // private copy of workgroupId counts as non-uniform. Such rows just loop zero times.
  let inRange = row < uniforms.rows;
  let width = select(0, uniforms.width, inRange);
  let count = select(0, uniforms.k, inRange);
  let base = row * uniforms.width;
  ${statistics}
  ${loop(`let column = j - base; setOutputAtIndex(j, ((x[j] - shift) - mean) * inverse${scale.replace('[j]', '[column]')}${offset.replace('[j]', '[column]')});`)}
}`;
  codeCache.set(key, code);
  return code;
}

/**
 * Lanes per row for a shape. Measured on SwiftShader (benchmarks/gpu-norms.bench-page.ts, fused
 * ÷ composite time, layerNorm / rmsNorm): one lane per row 0.15 / 0.23 at [1024, 1024], 0.04 /
 * 0.08 at [4096, 256], 0.06 / 0.10 at [256, 4096]; 16 lanes 0.25 / 0.25, 0.23 / 0.35, 0.11 /
 * 0.14; 64 lanes 0.50 / 0.48, 0.78 / 1.40, 0.15 / 0.18. One lane wins there everywhere, but a
 * real GPU wants thousands of invocations in flight and coalesced reads, so with few rows the
 * row is shared between 16 lanes (still 7–9× faster than the composite on SwiftShader). The
 * thresholds are a guess for real GPUs, unmeasured here.
 */
export function chooseLanesPerRow(rows: number, width: number): NormLanesPerRow {
  return rows >= 1024 || width <= 64 ? 1 : 16;
}

export function runWebGPUNorm(
  backendInstance: unknown, kind: NormKind, x: TensorInfo, gamma: TensorInfo | null, beta: TensorInfo | null,
  epsilon: number, k: number, lanesPerRow?: NormLanesPerRow,
): TensorInfo {
  const backend = backendInstance as WebGPUBackend;
  const width = x.shape.length ? x.shape[x.shape.length - 1] : 1;
  const size = sizeOf(x.shape);
  const rows = width === 0 ? 0 : size / width;
  const lanes = lanesPerRow ?? chooseLanesPerRow(rows, width);
  const workgroupSize = WORKGROUP_SIZE;
  const inputs = [flatView(x)];
  const variableNames = ['x'];
  if (gamma) { inputs.push(flatView(gamma)); variableNames.push('gamma'); }
  if (beta) { inputs.push(flatView(beta)); variableNames.push('beta'); }
  const code = normCode(kind, gamma !== null, beta !== null, lanes);
  const program: WebGPUProgram = {
    outputShape: [size],
    shaderKey: `layerkit_norm_${kind}_${gamma !== null}_${beta !== null}_${lanes}`,
    // A flat layout makes tfjs call main(getGlobalIndex()); the row comes from the workgroup id.
    dispatchLayout: { x: [0] },
    dispatch: [Math.max(Math.ceil(rows / (workgroupSize / lanes)), 1), 1, 1],
    variableNames,
    workgroupSize: [workgroupSize, 1, 1],
    size: true,
    uniforms: 'rows : i32, width : i32, k : i32, epsilon : f32,',
    getUserCode: () => code,
  };
  const uniforms: Array<{ type: 'float32' | 'int32'; data: number[] }> = [
    { type: 'int32', data: [rows] }, { type: 'int32', data: [width] }, { type: 'int32', data: [k] },
    { type: 'float32', data: [epsilon] },
  ];
  return shaped(backend.runWebGPUProgram(program, inputs, 'float32', uniforms), x.shape);
}

/** The override for one spec: inputs {x: [rows, width], gamma, beta?}, attrs {epsilon, partial?}. */
export function webgpuRowNorm(kind: RowNormKind): ReductionOverride {
  return (backend, inputs, attrs) => {
    const x = inputs.x;
    const width = x.shape.length ? x.shape[x.shape.length - 1] : 1;
    const k = kind === 'rms' ? Math.max(1, Math.floor((attrs.partial as number) * width)) : 0;
    return runWebGPUNorm(backend, kind, x, inputs.gamma ?? null, inputs.beta ?? null, attrs.epsilon as number, k);
  };
}
