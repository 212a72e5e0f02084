// Helpers shared by the package's tests (not exported from the package index).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/** A deterministic pseudo-random sequence in [-1, 1) (mulberry32), for float64 references. */
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

/** Float32 rounding of every value (what a float32 tensor holds). */
export const fround = (values: readonly number[]) => values.map((value) => Math.fround(value));

/** Max |a − b| / (|b| + floor): relative error with an absolute floor. */
export function maxRelativeError(actual: ArrayLike<number>, expected: ArrayLike<number>, floor = 1e-6): number {
  let worst = 0;
  for (let index = 0; index < expected.length; index++) {
    worst = Math.max(worst, Math.abs(actual[index]! - expected[index]!) / (Math.abs(expected[index]!) + floor));
  }
  return worst;
}

/** Saves a model (optionally with its optimizer) to memory and returns the artifacts. */
export async function saveToMemory(model: tfl.LayersModel, includeOptimizer: boolean): Promise<tf.io.ModelArtifacts> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }), { includeOptimizer });
  return saved!;
}

/** Reads a tensor's values as a plain array. */
export const values = (tensor: tf.Tensor) => Array.from(tensor.dataSync());
