import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { NormRunner } from './types.js';
import { shaped, type WebGLBackend, type WebGLProgram } from './webgl.js';

type NormKind = 'rms' | 'layer';

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Two passes over packed textures. Every texel holds a 2×2 block (rows r, r + 1 × columns c,
 * c + 1), the layout tfjs's own ops produce, so the input needs no unpack pass, the output none
 * to repack, and each texture read brings four values. Statistics come out as [rows, 2] (mean,
 * inverse), one texel per pair of rows, each looping over its two rows (mean, then centred
 * squares: two-pass, stable for large means); the apply pass reads one texel of x, one of
 * statistics and one of the row starts (the shift) per four outputs.
 *
 * Measured on SwiftShader (benchmarks/gpu-norms.bench-page.ts, fused ÷ composite time, inputs
 * from a tfjs op): layerNorm 0.72 / 0.13 / 0.39 and rmsNorm 0.92 / 0.70 / 0.49 at [1024, 1024],
 * [4096, 256], [256, 4096]. The same two passes unpacked (one value per fragment, after an
 * unpack of the input) ran at 1.7–4.1× the composite's time: the texture reads dominate. A
 * single pass with every output looping over its row reads each row `width` times over.
 * On a real GPU, few wide rows leave the statistics pass with few fragments, each looping
 * serially; a split reduction (partial sums per segment, then a combine) would suit that case.
 */
function packedStatisticsCode(kind: NormKind): string {
  // Pairs of columns: the last, odd column (and any padding beyond it) is added on its own.
  const sweep = (count: string, body: (value: string) => string) => `
    for (int c = 0; c + 1 < ${count}; c += 2) { vec4 v = getX(row, c); ${body('v.xz')} ${body('v.yw')} }
    if (${count} - 2 * (${count} / 2) == 1) { vec4 v = getX(row, ${count} - 1); ${body('v.xz')} }`;
  if (kind === 'rms') {
    return `
void main() {
    int row = getOutputCoords().x;
    vec2 squares = vec2(0.0);
    ${sweep('k', (v) => `squares += ${v} * ${v};`)}
    vec2 inverse = inversesqrt(squares / float(k) + epsilon);
    setOutput(vec4(0.0, inverse.x, 0.0, inverse.y));
}`;
  }
  // Sums of x − x[row, 0], as in the unpacked variant: stats hold the shifted mean.
  return `
void main() {
    int row = getOutputCoords().x;
    vec2 shift = getX(row, 0).xz;
    vec2 total = vec2(0.0);
    ${sweep('width', (v) => `total += ${v} - shift;`)}
    vec2 mean = total / float(width);
    vec2 squares = vec2(0.0);
    ${sweep('width', (v) => `{ vec2 d = (${v} - shift) - mean; squares += d * d; }`)}
    vec2 inverse = inversesqrt(squares / float(width) + epsilon);
    setOutput(vec4(mean.x, inverse.x, mean.y, inverse.y));
}`;
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
  const uniforms = [{ name: 'width', type: 'int' as const }, { name: 'k', type: 'int' as const }, { name: 'epsilon', type: 'float' as const }];
  const statisticsProgram: PackedWebGLProgram = {
    variableNames: ['x'], outputShape: [rows, 2], userCode: packedStatisticsCode(kind),
    packedInputs: true, packedOutput: true, enableShapeUniforms: true, customUniforms: uniforms,
  };
  const statistics = backend.runWebGLProgram(statisticsProgram, [matrix], 'float32', [[width], [k], [epsilon]]);
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

function runNorm(
  backendInstance: unknown, kind: NormKind, x: TensorInfo, gamma: TensorInfo | null, beta: TensorInfo | null,
  epsilon: number, k: number,
): TensorInfo {
  const width = x.shape.length ? x.shape[x.shape.length - 1] : 1;
  const rows = width === 0 ? 0 : sizeOf(x.shape) / width;
  return runPackedNorm(backendInstance as WebGLBackend, kind, x, gamma, beta, epsilon, k, rows, width);
}

export const webglNormRunner: NormRunner = {
  rmsNorm: (backend, x, gamma, epsilon, k) => runNorm(backend, 'rms', x, gamma, null, epsilon, k),
  layerNorm: (backend, x, gamma, beta, epsilon) => runNorm(backend, 'layer', x, gamma, beta, epsilon, 0),
};
