import type { TensorInfo } from '@tensorflow/tfjs-core';
import { webglShaped as shaped, type ReductionOverride, type WebGLBackend, type WebGLProgram } from '@layerkit/core';

/**
 * The 'packed-row-norm' override of the rmsNorm and layerNorm specs on webgl: hand-written
 * shaders over packed textures that beat a one-value-per-fragment form (below). `kind` picks
 * the statistic: the mean square ('rms') or the shifted mean and variance ('layer').
 */
export type RowNormKind = 'rms' | 'layer';
type NormKind = RowNormKind;

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Three passes over packed textures. Every texel holds a 2×2 block (rows r, r + 1 × columns c,
 * c + 1), the layout tfjs's own ops produce, so the input needs no unpack pass, the output none
 * to repack, and each texture read brings four values.
 *
 * 1. Partial statistics, [rows, 2 · segments]: one texel per pair of rows and segment of the
 *    row, looping over its columns: LayerNorm's shifted sum and the centred squares about the
 *    segment's own mean (two sweeps while the segment is in cache); RMSNorm's sum of squares.
 * 2. Row statistics, [rows, 2] (shifted mean, inverse): the segments combined with Chan's
 *    formula, M2 = Σ M2ₛ + nₛ·(meanₛ − mean)², as stable as one two-pass sweep.
 * 3. The output: one texel of x, one of statistics and one of the row starts (the shift) per
 *    four values.
 *
 * Splitting the row gives the statistics pass 2–16× more fragments, each with a shorter loop:
 * a row pair per fragment leaves a software rasterizer's quads half empty and a real GPU idle.
 *
 * Measured on SwiftShader (benchmarks/gpu-norms.bench-page.ts, fused ÷ composite time, inputs
 * from a tfjs op) at [1024, 1024], [4096, 256], [256, 4096]: layerNorm 0.32 / 0.28 / 0.30,
 * rmsNorm 0.37 / 0.46 / 0.53. With whole rows per statistics fragment (two passes, same
 * machine, same minute): layerNorm 0.32 / 0.36 / 0.29, rmsNorm 0.44 / 0.58 / 0.64; SwiftShader
 * barely minds the long loops, the split is for real GPUs. The same two passes unpacked (one value per fragment, after an unpack of the input)
 * ran at 1.7–4.1× the composite's time: the texture reads dominate. A single pass with every
 * output looping over its row reads each row `width` times over.
 */
function partialStatisticsCode(kind: NormKind): string {
  // Pairs of columns: the last, odd column (and any padding beyond it) is added on its own.
  const sweep = (body: (value: string) => string) => `
    for (int c = start; c + 1 < end; c += 2) { vec4 v = getX(row, c); ${body('v.xz')} ${body('v.yw')} }
    if (end > start && end - 2 * (end / 2) == 1) { vec4 v = getX(row, end - 1); ${body('v.xz')} }`;
  const segment = (count: string) => `
    ivec2 rc = getOutputCoords();
    int row = rc.x;
    int start = (rc.y / 2) * segmentWidth;
    int end = min(${count}, start + segmentWidth);`;
  if (kind === 'rms') {
    return `
void main() {
    ${segment('k')}
    vec2 squares = vec2(0.0);
    ${sweep((v) => `squares += ${v} * ${v};`)}
    setOutput(vec4(squares.x, 0.0, squares.y, 0.0));
}`;
  }
  // Sums of x − x[row, 0]: for a large mean the shifted values are small and exact (Sterbenz),
  // so neither the mean nor the centred values lose digits to it. Stats hold the shifted mean.
  return `
void main() {
    ${segment('width')}
    vec2 shift = getX(row, 0).xz;
    vec2 total = vec2(0.0);
    ${sweep((v) => `total += ${v} - shift;`)}
    vec2 mean = total / float(max(end - start, 1));
    vec2 squares = vec2(0.0);
    ${sweep((v) => `{ vec2 d = (${v} - shift) - mean; squares += d * d; }`)}
    setOutput(vec4(total.x, squares.x, total.y, squares.y));
}`;
}

function rowStatisticsCode(kind: NormKind): string {
  if (kind === 'rms') {
    return `
void main() {
    int row = getOutputCoords().x;
    vec2 squares = vec2(0.0);
    for (int s = 0; s < segments; s++) squares += getPartials(row, 2 * s).xz;
    vec2 inverse = inversesqrt(squares / float(k) + epsilon);
    setOutput(vec4(0.0, inverse.x, 0.0, inverse.y));
}`;
  }
  return `
void main() {
    int row = getOutputCoords().x;
    vec2 total = vec2(0.0);
    for (int s = 0; s < segments; s++) total += getPartials(row, 2 * s).xz;
    vec2 mean = total / float(width);
    vec2 squares = vec2(0.0);
    for (int s = 0; s < segments; s++) {
        vec4 partial = getPartials(row, 2 * s);
        float count = float(min(width, (s + 1) * segmentWidth) - s * segmentWidth);
        vec2 away = partial.xz / count - mean;
        squares += partial.yw + count * away * away;
    }
    vec2 inverse = inversesqrt(squares / float(width) + epsilon);
    setOutput(vec4(mean.x, inverse.x, mean.y, inverse.y));
}`;
}

/** Columns per segment of the statistics pass: about 256, even so texels never straddle two. */
function segmentsFor(count: number): { segments: number; segmentWidth: number } {
  const segments = Math.max(1, Math.min(16, Math.round(count / 256)));
  const segmentWidth = 2 * Math.ceil(Math.ceil(Math.max(count, 1) / segments) / 2);
  return { segments: Math.ceil(Math.max(count, 1) / segmentWidth), segmentWidth };
}

function packedApplyCode(kind: NormKind, hasGamma: boolean, hasBeta: boolean): string {
  return `
void main() {
    ivec2 rc = getOutputCoords();
    vec4 statistics = getStats(rc.x, 0);
    vec4 shift = ${kind === 'rms' ? 'vec4(0.0)' : 'getX(rc.x, 0).xxzz'};
    vec4 value = ((getX(rc.x, rc.y) - shift) - statistics.xxzz) * statistics.yyww;
    ${hasGamma ? 'value *= getGamma(rc.y).xyxy;' : ''}
    ${hasBeta ? 'value += getBeta(rc.y).xyxy;' : ''}
    setOutput(value);
}`;
}

function runPackedNorm(
  backend: WebGLBackend, kind: NormKind, x: TensorInfo, gamma: TensorInfo | null, beta: TensorInfo | null,
  epsilon: number, k: number, rows: number, width: number,
): TensorInfo {
  // tfjs packs an unpacked input, and repacks a packed one whose layout differs ([2, 3, w] as
  // [6, w]), before the program runs.
  const matrix: TensorInfo = { dataId: x.dataId, shape: [rows, width], dtype: x.dtype };
  const { segments, segmentWidth } = segmentsFor(kind === 'rms' ? k : width);
  const uniforms = [
    { name: 'width', type: 'int' as const }, { name: 'k', type: 'int' as const }, { name: 'epsilon', type: 'float' as const },
    { name: 'segments', type: 'int' as const }, { name: 'segmentWidth', type: 'int' as const },
  ];
  const values = [[width], [k], [epsilon], [segments], [segmentWidth]];
  const partialProgram: PackedWebGLProgram = {
    variableNames: ['x'], outputShape: [rows, 2 * segments], userCode: partialStatisticsCode(kind),
    packedInputs: true, packedOutput: true, enableShapeUniforms: true, customUniforms: uniforms,
  };
  const partials = backend.runWebGLProgram(partialProgram, [matrix], 'float32', values);
  let statistics: TensorInfo;
  try {
    const statisticsProgram: PackedWebGLProgram = {
      variableNames: ['partials'], outputShape: [rows, 2], userCode: rowStatisticsCode(kind),
      packedInputs: true, packedOutput: true, enableShapeUniforms: true, customUniforms: uniforms,
    };
    statistics = backend.runWebGLProgram(statisticsProgram, [partials], 'float32', values);
  } finally {
    backend.disposeIntermediateTensorInfo(partials);
  }
  try {
    const inputs = [matrix, statistics];
    const variableNames = ['x', 'stats'];
    if (gamma) { inputs.push({ dataId: gamma.dataId, shape: [width], dtype: gamma.dtype }); variableNames.push('gamma'); }
    if (beta) { inputs.push({ dataId: beta.dataId, shape: [width], dtype: beta.dtype }); variableNames.push('beta'); }
    const applyProgram: PackedWebGLProgram = {
      variableNames, outputShape: [rows, width], userCode: packedApplyCode(kind, gamma !== null, beta !== null),
      packedInputs: true, packedOutput: true, enableShapeUniforms: true, customUniforms: [],
    };
    // The texture holds [rows, width] packed; tfjs repacks it if a later op needs another layout.
    return shaped(backend.runWebGLProgram(applyProgram, inputs, 'float32', []), x.shape);
  } finally {
    backend.disposeIntermediateTensorInfo(statistics);
  }
}

/** A GPGPUProgram over packed (2×2 texel) textures. */
interface PackedWebGLProgram extends Omit<WebGLProgram, 'packedInputs' | 'packedOutput'> {
  packedInputs: true;
  packedOutput: true;
}

/** The override for one spec: inputs {x: [rows, width], gamma, beta?}, attrs {epsilon, partial?}. */
export function webglRowNorm(kind: RowNormKind): ReductionOverride {
  return (backendInstance, inputs, attrs) => {
    const x = inputs.x;
    const width = x.shape.length ? x.shape[x.shape.length - 1] : 1;
    const rows = width === 0 ? 0 : sizeOf(x.shape) / width;
    const k = kind === 'rms' ? Math.max(1, Math.floor((attrs.partial as number) * width)) : 0;
    return runPackedNorm(backendInstance as WebGLBackend, kind, x, inputs.gamma ?? null, inputs.beta ?? null, attrs.epsilon as number, k, rows, width);
  };
}
