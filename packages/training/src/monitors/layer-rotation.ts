// Layer rotation, "Layer rotation: a surprisingly powerful indicator of generalization in deep
// networks?" (Carbonnelle & De Vleeschouwer): per layer, the cosine distance between its kernel
// now and at the start of training, d_l(t) = 1 − ⟨w_l(t), w_l(0)⟩/(‖w_l(t)‖·‖w_l(0)‖). 0 means no
// rotation, 1 orthogonal, 2 reversed; scaling a kernel does not change it. The monitor measures
// kernels only (the weights whose name ends in 'kernel' or 'embeddings'), as the paper's code does.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkNumber, checkOptionNames } from '../options.js';

/** 1 − cos(a, b) over all elements (0 when either is all zeros). */
export function cosineDistance(a: tf.Tensor, b: tf.Tensor): number {
  if (a.size !== b.size) throw new Error(`cosineDistance: expected two tensors of the same size, got ${a.size} and ${b.size} elements`);
  const cosine = tf.tidy(() => {
    const left = tf.reshape(a, [-1]);
    const right = tf.reshape(b, [-1]);
    const denominator = tf.mul(tf.norm(left), tf.norm(right));
    return tf.div(tf.sum(tf.mul(left, right)), tf.maximum(denominator, 1e-30));
  });
  const value = cosine.dataSync()[0]!;
  cosine.dispose();
  return 1 - value;
}

export interface LayerRotationOptions {
  /** Measure every `every` epochs. Default 1. */
  every?: number;
  /** Layer names to follow; default every layer with a kernel. */
  layers?: string[];
  /** Also write 'rotation/<layer>' into the epoch logs (so model.fit's History keeps them). Default true. */
  log?: boolean;
}

export const LAYER_ROTATION_OPTION_NAMES = ['every', 'layers', 'log'] as const;

const KERNEL = /(kernel|embeddings)(_\d+)?$/;

export class LayerRotationMonitor extends tfl.Callback {
  readonly every: number;
  readonly layerNames: string[] | null;
  readonly log: boolean;
  /** Per layer, d_l at the start (0) and after every measured epoch. */
  readonly history: Record<string, number[]> = {};
  private initial = new Map<string, tf.Tensor[]>();

  constructor(options: LayerRotationOptions = {}) {
    super();
    const where = 'LayerRotationMonitor';
    checkOptionNames(where, options, LAYER_ROTATION_OPTION_NAMES);
    this.every = checkNumber(where, 'every', options.every, 1, { min: 1, integer: true });
    this.log = checkBoolean(where, 'log', options.log, true);
    this.layerNames = options.layers ?? null;
  }

  private kernels(): Map<string, tfl.LayerVariable[]> {
    const model = this.model as tfl.LayersModel;
    const found = new Map<string, tfl.LayerVariable[]>();
    for (const layer of model.layers) {
      const kernels = layer.weights.filter((weight) => KERNEL.test(weight.originalName));
      if (kernels.length > 0 && (this.layerNames == null || this.layerNames.includes(layer.name))) found.set(layer.name, kernels);
    }
    for (const name of this.layerNames ?? []) {
      if (!found.has(name)) {
        throw new Error(`LayerRotationMonitor: layer '${name}' has no kernel in this model — the layers with kernels are ${[...this.kernelLayerNames(model)].join(', ')}`);
      }
    }
    return found;
  }

  private kernelLayerNames(model: tfl.LayersModel): string[] {
    return model.layers.filter((layer) => layer.weights.some((weight) => KERNEL.test(weight.originalName))).map((layer) => layer.name);
  }

  override async onTrainBegin(): Promise<void> {
    // The reference point is the first fit's start; later fit calls keep measuring from it.
    if (this.initial.size > 0) return;
    for (const [name, kernels] of this.kernels()) {
      this.initial.set(name, kernels.map((kernel) => tf.clone(kernel.read())));
      this.history[name] = [0];
    }
  }

  /** d_l now, per followed layer. */
  measure(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [name, kernels] of this.kernels()) {
      const start = this.initial.get(name);
      if (start == null) continue;
      const now = tf.tidy(() => tf.concat(kernels.map((kernel) => tf.reshape(kernel.read(), [-1]))));
      const then = tf.tidy(() => tf.concat(start.map((kernel) => tf.reshape(kernel, [-1]))));
      result[name] = cosineDistance(now, then);
      tf.dispose([now, then]);
    }
    return result;
  }

  override async onEpochEnd(epoch: number, logs?: tfl.Logs): Promise<void> {
    if ((epoch + 1) % this.every !== 0) return;
    for (const [name, distance] of Object.entries(this.measure())) {
      this.history[name]!.push(distance);
      if (this.log && logs) logs[`rotation/${name}`] = distance;
    }
  }

  /** Frees the stored initial kernels; the next fit starts a new reference. */
  reset(): void {
    for (const tensors of this.initial.values()) tf.dispose(tensors);
    this.initial.clear();
    for (const key of Object.keys(this.history)) delete this.history[key];
  }
}

/** `model.fit(x, y, {callbacks: [layerRotation()]})`; read `.history` or the 'rotation/<layer>' logs. */
export function layerRotation(options: LayerRotationOptions = {}): LayerRotationMonitor {
  return new LayerRotationMonitor(options);
}
