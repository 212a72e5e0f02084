/** Shared fixtures for this package's tests (excluded from the build). */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { directoryHandler, type WeightInfo, type WeightSource, type WeightValues } from '@layerkit/merge';

export async function useCpu(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

/** Deterministic pseudo-random floats (mulberry32), so tests need no seeds from tfjs. */
export function randomFloats(length: number, seed: number, scale = 1): Float32Array {
  let state = seed >>> 0;
  const values = new Float32Array(length);
  for (let index = 0; index < length; index++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    values[index] = (((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296 * 2 - 1) * scale;
  }
  return values;
}

/** An in-memory source of float32 tensors. */
export function arraySource(label: string, tensors: Record<string, { shape: number[]; values: Float32Array }>): WeightSource {
  const weights: WeightInfo[] = Object.entries(tensors).map(([name, tensor]) => ({ name, shape: tensor.shape, dtype: 'float32' as const }));
  return {
    label,
    weights,
    read(name: string): WeightValues {
      return Float32Array.from(tensors[name]!.values);
    },
  };
}

export function temporaryDirectory(prefix = 'layerkit-merge-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A small MLP (Dense + LayerNorm + residual) as a functional model, seeded deterministically. */
export function buildMlp(seed: number, widths: readonly number[] = [8, 16, 16, 4]): tfl.LayersModel {
  const input = tfl.input({ shape: [widths[0]!] });
  let hidden = tfl.layers.dense({ units: widths[1]!, activation: 'relu', name: 'hidden_0' }).apply(input) as tfl.SymbolicTensor;
  hidden = tfl.layers.layerNormalization({ name: 'norm_0' }).apply(hidden) as tfl.SymbolicTensor;
  for (let layer = 2; layer < widths.length - 1; layer++) {
    hidden = tfl.layers.dense({ units: widths[layer]!, activation: 'relu', name: `hidden_${layer - 1}` }).apply(hidden) as tfl.SymbolicTensor;
  }
  const output = tfl.layers.dense({ units: widths[widths.length - 1]!, name: 'output' }).apply(hidden) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  randomizeWeights(model, seed);
  return model;
}

/** Overwrites every weight with seeded values (tfjs initializers draw from a global RNG). */
export function randomizeWeights(model: tfl.LayersModel, seed: number): void {
  model.setWeights(model.weights.map((weight, index) => {
    const size = weight.shape.reduce((product, dimension) => product * (dimension ?? 1), 1);
    return tf.tensor(randomFloats(size, seed * 1000 + index, 0.5), weight.shape as number[]);
  }));
}

export async function saveModel(model: tfl.LayersModel, directory: string): Promise<void> {
  await model.save(directoryHandler(directory));
}

export async function loadModel(directory: string): Promise<tfl.LayersModel> {
  return tfl.loadLayersModel(directoryHandler(directory));
}

export function namedWeights(model: tfl.LayersModel): Record<string, Float32Array> {
  return Object.fromEntries(model.weights.map((weight) => [weight.originalName, weight.read().dataSync() as Float32Array]));
}
