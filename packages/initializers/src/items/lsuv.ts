// LSUV (layer-sequential unit-variance, "All you need is a good init"): orthogonal init, then per
// layer in order rescale the kernel until the layer's output variance on a calibration batch is
// within tolerance of 1. The output measured is the layer's pre-activation (LSUV normalises the
// conv/linear output before the nonlinearity; a saturating fused activation such as tanh could
// never reach unit variance). Fused activations are bypassed by swapping in tfjs's linear
// activation while measuring.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { gaussianStream } from '../base.js';
import type { InitializerEntry } from '../entry.js';
import { Orthogonal, orthogonalityError, randomOrthogonal } from './orthogonal.js';

export interface LsuvOptions {
  readonly tolerance?: number;
  readonly maxIterations?: number;
  /** Start each kernel from an orthogonal matrix (default true). */
  readonly orthogonalStart?: boolean;
  readonly seed?: number;
}

export interface LsuvLayerReport {
  readonly layer: string;
  readonly variance: number;
  readonly iterations: number;
}

/** tfjs's Linear activation instance, taken from a layer built without an activation. */
const LINEAR = (tfl.layers.dense({ units: 1 }) as unknown as { activation: unknown }).activation;

function outputVariance(model: tfl.LayersModel, layer: tfl.layers.Layer, batch: tf.Tensor): number {
  const withActivation = layer as unknown as { activation?: unknown };
  const fused = withActivation.activation;
  if (fused !== undefined) withActivation.activation = LINEAR;
  try {
    return tf.tidy(() => {
      const probe = tfl.model({ inputs: model.inputs, outputs: layer.output as tfl.SymbolicTensor });
      const output = probe.predict(batch) as tf.Tensor;
      return tf.moments(output).variance.dataSync()[0]!;
    });
  } finally {
    if (fused !== undefined) withActivation.activation = fused;
  }
}

/** Runs LSUV on every layer that has a kernel; returns each layer's final output variance. */
export function lsuv(model: tfl.LayersModel, batch: tf.Tensor, options: LsuvOptions = {}): LsuvLayerReport[] {
  const tolerance = options.tolerance ?? 0.1;
  const maxIterations = options.maxIterations ?? 10;
  if (!(tolerance > 0)) throw new Error(`lsuv: expected tolerance > 0, got ${String(options.tolerance)}`);
  if (!(batch instanceof tf.Tensor)) throw new Error('lsuv: expected a calibration batch tensor as the second argument');
  const next = gaussianStream(options.seed);
  const reports: LsuvLayerReport[] = [];
  for (const layer of model.layers) {
    const kernelIndex = layer.weights.findIndex((weight) => /kernel/.test(weight.originalName));
    if (kernelIndex < 0) continue;
    const weights = layer.getWeights();
    let kernel = weights[kernelIndex]!;
    if (options.orthogonalStart ?? true) {
      const shape = kernel.shape;
      const cols = shape[shape.length - 1]!;
      const rows = kernel.size / cols;
      kernel = tf.tensor(Float32Array.from(randomOrthogonal(rows, cols, next)), shape, 'float32');
      weights[kernelIndex] = kernel;
      layer.setWeights(weights);
      kernel.dispose();
    }
    let variance = outputVariance(model, layer, batch);
    let iterations = 0;
    while (Math.abs(variance - 1) >= tolerance && iterations < maxIterations && variance > 0) {
      const current = layer.getWeights();
      const scaled = tf.div(current[kernelIndex]!, Math.sqrt(variance));
      current[kernelIndex] = scaled;
      layer.setWeights(current);
      scaled.dispose();
      variance = outputVariance(model, layer, batch);
      iterations++;
    }
    reports.push({ layer: layer.name, variance, iterations });
  }
  return reports;
}

export const lsuvEntry: InitializerEntry = {
  id: 'initializers.lsuv',
  kind: 'utility',
  names: ['lsuv'],
  summary: 'LSUV: orthogonal start, then per-layer rescaling to unit output variance on a calibration batch.',
  classes: [],
  examples: [
    {
      // The data-dependent part runs in lsuv.test.ts; its starting point is the orthogonal init.
      label: 'orthogonal starting point',
      create: () => new Orthogonal({ seed: 3 }), shape: [64, 32],
      check: (values) => { const error = orthogonalityError(values, 64, 32, 1); return error < 1e-5 ? null : `Gram error ${error}`; },
    },
  ],
  badInputs: [
    { label: 'non-positive tolerance', run: () => lsuv(tfl.sequential(), tf.zeros([1, 1]), { tolerance: 0 }), message: /lsuv: expected tolerance > 0, got 0/ },
  ],
};
