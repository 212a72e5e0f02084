// Helpers shared by the package's tests (not exported from the package index).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/** A deterministic pseudo-random sequence in [-1, 1) (mulberry32). */
export function randomValues(count: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return (((value ^ (value >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  });
}

/** A float32 tensor of seeded values in [-scale, scale). */
export function randomTensor(shape: number[], seed: number, scale = 1): tf.Tensor {
  return tf.tensor(randomValues(shape.reduce((a, b) => a * b, 1), seed).map((v) => v * scale), shape, 'float32');
}

/** Max |a − b| / (|b| + floor): relative error with an absolute floor. */
export function maxRelativeError(actual: ArrayLike<number>, expected: ArrayLike<number>, floor = 1e-3): number {
  if (actual.length !== expected.length) throw new Error(`maxRelativeError: lengths ${actual.length} and ${expected.length} differ`);
  let worst = 0;
  for (let index = 0; index < expected.length; index++) {
    worst = Math.max(worst, Math.abs(actual[index]! - expected[index]!) / (Math.abs(expected[index]!) + floor));
  }
  return worst;
}

/** Saves a model to memory and loads it back (a fresh LayersModel from the JSON and the weights). */
export async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  // Through JSON text, as a file would carry it.
  const topology = JSON.parse(JSON.stringify(saved!.modelTopology));
  return tfl.loadLayersModel(tf.io.fromMemory({ ...saved!, modelTopology: topology }));
}

/** Reads a tensor's values as a plain array. */
export const values = (tensor: tf.Tensor | tf.Tensor[]) => Array.from((Array.isArray(tensor) ? tensor[0]! : tensor).dataSync());

/** Row-major float64 matrix product of a [n, k] and b [k, m]. */
export function matMul64(a: ArrayLike<number>, b: ArrayLike<number>, n: number, k: number, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let p = 0; p < k; p++) {
    const value = a[i * k + p]!;
    for (let j = 0; j < m; j++) out[i * m + j] += value * b[p * m + j]!;
  }
  return out;
}

/** Central finite differences of a float64 scalar function at `at`. */
export function finiteDifferences(f: (x: Float64Array) => number, at: ArrayLike<number>, step = 1e-5): Float64Array {
  const x = Float64Array.from(at);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const saved = x[i]!;
    x[i] = saved + step;
    const plus = f(x);
    x[i] = saved - step;
    const minus = f(x);
    x[i] = saved;
    out[i] = (plus - minus) / (2 * step);
  }
  return out;
}
