import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { NormRunner } from './types.js';
import { flatView, shaped, type WebGPUBackend, type WebGPUProgram } from './webgpu.js';

/** Threads per row: each sums a strided slice, then a tree reduction in workgroup memory. */
export const NORM_WORKGROUP_SIZE = 256;

type NormKind = 'rms' | 'layer';

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Sums `partial` over the workgroup into partial[0]; every thread must call it. */
const REDUCE = `
fn layerkitReduce(lane : i32) -> f32 {
  workgroupBarrier();
  for (var stride = ${NORM_WORKGROUP_SIZE / 2}; stride > 0; stride = stride / 2) {
    if (lane < stride) { partial[lane] = partial[lane] + partial[lane + stride]; }
    workgroupBarrier();
  }
  let total = partial[0];
  // Everyone has read the total before the next reduction overwrites it.
  workgroupBarrier();
  return total;
}`;

const codeCache = new Map<string, string>();

/**
 * One workgroup per row, one pass over memory: the row's statistics (mean, then centred
 * squares: two sweeps over the row while it sits in cache, stable for large means) and the
 * output, in one dispatch. Float32 throughout, as on every backend.
 */
function normCode(kind: NormKind, hasGamma: boolean, hasBeta: boolean): string {
  const key = `${kind}_${hasGamma}_${hasBeta}`;
  const cached = codeCache.get(key);
  if (cached !== undefined) return cached;
  const scale = hasGamma ? ' * gamma[j]' : '';
  const offset = hasBeta ? ' + beta[j]' : '';
  // LayerNorm sums x − x[row, 0]: for rows with a large mean the shifted values are small and
  // exact (Sterbenz), so neither the mean nor the centred values lose digits to the mean.
  const statistics = kind === 'rms'
    ? `var squares = 0.0;
    for (var j = lane; j < count; j = j + ${NORM_WORKGROUP_SIZE}) { let v = x[base + j]; squares = squares + v * v; }
    partial[lane] = squares;
    let shift = 0.0;
    let mean = 0.0;
    let inverse = inverseSqrt(layerkitReduce(lane) / f32(uniforms.k) + uniforms.epsilon);`
    : `let shift = select(0.0, x[base], inRange);
    var total = 0.0;
    for (var j = lane; j < width; j = j + ${NORM_WORKGROUP_SIZE}) { total = total + (x[base + j] - shift); }
    partial[lane] = total;
    let mean = layerkitReduce(lane) / f32(uniforms.width);
    var squares = 0.0;
    for (var j = lane; j < width; j = j + ${NORM_WORKGROUP_SIZE}) { let d = (x[base + j] - shift) - mean; squares = squares + d * d; }
    partial[lane] = squares;
    let inverse = inverseSqrt(layerkitReduce(lane) / f32(uniforms.width) + uniforms.epsilon);`;
  const code = `
var<workgroup> partial : array<f32, ${NORM_WORKGROUP_SIZE}>;
${REDUCE}
fn main(index : i32) {
  // Rows past the limit of one dispatch dimension are folded into y and z by tfjs.
  let row = i32(workgroupId.z * numWorkgroups.x * numWorkgroups.y + workgroupId.y * numWorkgroups.x + workgroupId.x);
  // No early return for padding workgroups: every thread must reach the barriers, and tfjs's
  // private copy of workgroupId counts as non-uniform. Such rows just loop zero times.
  let inRange = row < uniforms.rows;
  let lane = i32(localId.x);
  let width = select(0, uniforms.width, inRange);
  let count = select(0, uniforms.k, inRange);
  let base = row * uniforms.width;
  ${statistics}
  for (var j = lane; j < width; j = j + ${NORM_WORKGROUP_SIZE}) {
    setOutputAtIndex(base + j, ((x[base + j] - shift) - mean) * inverse${scale}${offset});
  }
}`;
  codeCache.set(key, code);
  return code;
}

function runNorm(
  backendInstance: unknown, kind: NormKind, x: TensorInfo, gamma: TensorInfo | null, beta: TensorInfo | null,
  epsilon: number, k: number,
): TensorInfo {
  const backend = backendInstance as WebGPUBackend;
  const width = x.shape.length ? x.shape[x.shape.length - 1] : 1;
  const size = sizeOf(x.shape);
  const rows = width === 0 ? 0 : size / width;
  const inputs = [flatView(x)];
  const variableNames = ['x'];
  if (gamma) { inputs.push(flatView(gamma)); variableNames.push('gamma'); }
  if (beta) { inputs.push(flatView(beta)); variableNames.push('beta'); }
  const code = normCode(kind, gamma !== null, beta !== null);
  const program: WebGPUProgram = {
    outputShape: [size],
    shaderKey: `layerkit_norm_${kind}_${gamma !== null}_${beta !== null}`,
    // A flat layout makes tfjs call main(getGlobalIndex()); the row comes from the workgroup id.
    dispatchLayout: { x: [0] },
    dispatch: [Math.max(rows, 1), 1, 1],
    variableNames,
    workgroupSize: [NORM_WORKGROUP_SIZE, 1, 1],
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

export const webgpuNormRunner: NormRunner = {
  rmsNorm: (backend, x, gamma, epsilon, k) => runNorm(backend, 'rms', x, gamma, null, epsilon, k),
  layerNorm: (backend, x, gamma, beta, epsilon) => runNorm(backend, 'layer', x, gamma, beta, epsilon, 0),
};
