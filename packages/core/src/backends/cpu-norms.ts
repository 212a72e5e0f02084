import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { NormRunner } from './types.js';

interface CpuBackend {
  readSync(dataId: object): unknown;
  makeTensorInfo(shape: number[], dtype: 'float32', values?: Float32Array): TensorInfo;
}

const read = (backend: CpuBackend, info: TensorInfo | null) => (info ? (backend.readSync(info.dataId) as Float32Array) : null);
const widthOf = (x: TensorInfo) => (x.shape.length ? x.shape[x.shape.length - 1] : 1);

/**
 * Row statistics in float32-stable form: two passes over each row (the mean first, then the
 * centred squares), accumulated in float64, so large means lose no precision.
 */
export const cpuNormRunner: NormRunner = {
  rmsNorm(backendInstance, x, gamma, epsilon, k) {
    const backend = backendInstance as CpuBackend;
    const input = read(backend, x)!;
    const scale = read(backend, gamma);
    const width = widthOf(x);
    const out = new Float32Array(input.length);
    for (let start = 0; start < input.length; start += width) {
      let squares = 0;
      for (let j = 0; j < k; j++) squares += input[start + j] * input[start + j];
      const inverse = 1 / Math.sqrt(squares / k + epsilon);
      for (let j = 0; j < width; j++) out[start + j] = input[start + j] * inverse * (scale ? scale[j] : 1);
    }
    return backend.makeTensorInfo([...x.shape], 'float32', out);
  },
  layerNorm(backendInstance, x, gamma, beta, epsilon) {
    const backend = backendInstance as CpuBackend;
    const input = read(backend, x)!;
    const scale = read(backend, gamma);
    const shift = read(backend, beta);
    const width = widthOf(x);
    const out = new Float32Array(input.length);
    for (let start = 0; start < input.length; start += width) {
      let total = 0;
      for (let j = 0; j < width; j++) total += input[start + j];
      const mean = total / width;
      let squares = 0;
      for (let j = 0; j < width; j++) squares += (input[start + j] - mean) ** 2;
      const inverse = 1 / Math.sqrt(squares / width + epsilon);
      for (let j = 0; j < width; j++) {
        out[start + j] = (input[start + j] - mean) * inverse * (scale ? scale[j] : 1) + (shift ? shift[j] : 0);
      }
    }
    return backend.makeTensorInfo([...x.shape], 'float32', out);
  },
};
