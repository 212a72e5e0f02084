import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { NormRunner } from './types.js';
import { flatView, shaped, type WebGLBackend, type WebGLProgram } from './webgl.js';

type NormKind = 'rms' | 'layer';

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Row statistics, one fragment per statistic: [rows] inverse RMS values, or [rows, 2] (mean,
 * inverse standard deviation) for LayerNorm, each from a loop over the row. The variance is
 * two-pass (mean first, then centred squares), so a large mean costs no precision. Loops take
 * the width from a uniform (WebGL2 allows that), so one shader serves every width.
 */
const STATISTICS_CODE: Record<NormKind, string> = {
  rms: `
void main() {
    int row = getOutputCoords();
    int base = row * width;
    float squares = 0.0;
    for (int j = 0; j < k; j++) { float v = getX(base + j); squares += v * v; }
    setOutput(inversesqrt(squares / float(k) + epsilon));
}`,
  // Sums of x − x[row, 0]: for a large mean the shifted values are small and exact (Sterbenz),
  // so neither the mean nor the centred values lose digits to it. Stats hold the shifted mean.
  layer: `
void main() {
    int index = getOutputCoords();
    int row = index / 2;
    int base = row * width;
    float shift = getX(base);
    float total = 0.0;
    for (int j = 0; j < width; j++) total += getX(base + j) - shift;
    float mean = total / float(width);
    if (index == 2 * row) { setOutput(mean); return; }
    float squares = 0.0;
    for (int j = 0; j < width; j++) { float d = (getX(base + j) - shift) - mean; squares += d * d; }
    setOutput(inversesqrt(squares / float(width) + epsilon));
}`,
};

function applyCode(kind: NormKind, hasGamma: boolean, hasBeta: boolean): string {
  const statistics = kind === 'rms'
    ? 'float shift = 0.0; float mean = 0.0; float inverse = getStats(row);'
    : 'float shift = getX(row * width); float mean = getStats(2 * row); float inverse = getStats(2 * row + 1);';
  return `
void main() {
    int index = getOutputCoords();
    int row = index / width;
    int j = index - row * width;
    ${statistics}
    setOutput(((getX(index) - shift) - mean) * inverse${hasGamma ? ' * getGamma(j)' : ''}${hasBeta ? ' + getBeta(j)' : ''});
}`;
}

/**
 * Two passes: statistics, then the normalized output. A single pass, with every output
 * fragment looping over its whole row, reads each row `width` times over (the benchmark in
 * the report measures both).
 */
function runNorm(
  backendInstance: unknown, kind: NormKind, x: TensorInfo, gamma: TensorInfo | null, beta: TensorInfo | null,
  epsilon: number, k: number,
): TensorInfo {
  const backend = backendInstance as WebGLBackend;
  const width = x.shape.length ? x.shape[x.shape.length - 1] : 1;
  const size = sizeOf(x.shape);
  const rows = width === 0 ? 0 : size / width;
  const temporaries: TensorInfo[] = [];
  const flat = flatView(backend, x, temporaries);
  try {
    const statisticsProgram: WebGLProgram = {
      variableNames: ['x'],
      outputShape: [kind === 'rms' ? rows : 2 * rows],
      userCode: STATISTICS_CODE[kind],
      packedInputs: false,
      packedOutput: false,
      enableShapeUniforms: true,
      customUniforms: [{ name: 'width', type: 'int' }, { name: 'k', type: 'int' }, { name: 'epsilon', type: 'float' }],
    };
    const statistics = backend.runWebGLProgram(statisticsProgram, [flat], 'float32', [[width], [k], [epsilon]]);
    temporaries.push(statistics);
    const inputs = [flat, statistics];
    const variableNames = ['x', 'stats'];
    if (gamma) { inputs.push(flatView(backend, gamma, temporaries)); variableNames.push('gamma'); }
    if (beta) { inputs.push(flatView(backend, beta, temporaries)); variableNames.push('beta'); }
    const applyProgram: WebGLProgram = {
      variableNames,
      outputShape: [size],
      userCode: applyCode(kind, gamma !== null, beta !== null),
      packedInputs: false,
      packedOutput: false,
      enableShapeUniforms: true,
      customUniforms: [{ name: 'width', type: 'int' }],
    };
    return shaped(backend.runWebGLProgram(applyProgram, inputs, 'float32', [[width]]), x.shape);
  } finally {
    for (const temporary of temporaries) backend.disposeIntermediateTensorInfo(temporary);
  }
}

export const webglNormRunner: NormRunner = {
  rmsNorm: (backend, x, gamma, epsilon, k) => runNorm(backend, 'rms', x, gamma, null, epsilon, k),
  layerNorm: (backend, x, gamma, beta, epsilon) => runNorm(backend, 'layer', x, gamma, beta, epsilon, 0),
};
