import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';
import { layerNorm, rmsNorm } from './ops.js';
import { foldNormAffine } from './pre-rms-norm.js';
import { layerName, rebuild, topologyOf, type LayerJson } from './wrappers/model-surgery.js';

/**
 * Memory-sharing norms: "Reducing Fine-Tuning Memory Overhead by Approximate and Memory-Sharing
 * Backpropagation" (MS-LayerNorm, MS-RMSNorm). The norm has no affine — its γ and β are merged
 * into the next linear layer (W' = diag(γ)·W, b' = β·W + b, `toMemorySharing`) — and its
 * backward reads the normalized output y, which the next layer saves anyway, and one 1/σ per
 * row, instead of the input x:
 *
 *   LayerNorm: dx = (dy − mean(dy) − y·mean(dy·y)) / σ        RMSNorm: dx = (dy − y·mean(dy·y)) / σ
 *
 * The forward is the fused norm kernel; the backward does not read x. In tfjs this does not
 * lower peak memory: its gradient tape keeps every tensor of the forward alive until the
 * backward ends (measured: bytes alive when the backward starts are the same within 1%).
 */
export interface MemorySharingNormOptions {
  /** 'layerNorm' (centred) or 'rmsNorm'. Default 'layerNorm'. */
  readonly kind?: 'layerNorm' | 'rmsNorm';
  /** Added under the root. Default 1e-5 (LayerNorm; use the replaced norm's). */
  readonly epsilon?: number;
}

/** The norm over the last axis, without affine, with the saved-output backward. */
export function memorySharingNorm(x: Tensor | TensorLike, options: MemorySharingNormOptions = {}): Tensor {
  const op = 'memorySharingNorm';
  rejectUnknownOptions(op, options, ['kind', 'epsilon']);
  const { kind = 'layerNorm', epsilon = 1e-5 } = options;
  if (kind !== 'layerNorm' && kind !== 'rmsNorm') {
    throw new Error(`${op}: expected kind 'layerNorm' or 'rmsNorm', got ${describe(kind)} — use kind: 'layerNorm'`);
  }
  const centred = kind === 'layerNorm';
  const input = requireFloatTensor(op, x);
  const norm = tf.customGrad(((value: Tensor, save: tf.GradSaveFunc) => {
    const y = centred ? layerNorm(value, null, null, { epsilon }) : rmsNorm(value, null, { epsilon });
    // 1/σ per row ([rows, 1]), from x in the forward: y alone does not determine it.
    const statistic = centred ? tf.moments(value, -1, true).variance : tf.mean(tf.square(value), -1, true);
    const inverse = tf.rsqrt(tf.add(statistic, epsilon));
    save([y, inverse]);
    return {
      value: y,
      gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => {
        const [output, scale] = saved;
        const grad = dy as Tensor;
        const projected = tf.mul(output, tf.mean(tf.mul(grad, output), -1, true));
        const centredGrad = centred ? tf.sub(grad, tf.mean(grad, -1, true)) : grad;
        return [tf.mul(tf.sub(centredGrad, projected), scale)];
      },
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return tf.tidy(() => norm(input));
}

/** MS-LayerNorm / MS-RMSNorm layer (no weights): put it where a norm fed a Dense whose weights absorbed γ and β. */
export class MemorySharingNorm extends tfl.layers.Layer {
  static className = 'MemorySharingNorm';
  readonly kind: 'layerNorm' | 'rmsNorm';
  readonly epsilon: number;

  constructor(options: MemorySharingNormOptions & { name?: string; inputShape?: number[]; batchInputShape?: number[]; trainable?: boolean; dtype?: 'float32' } = {}) {
    const { kind = 'layerNorm', epsilon = 1e-5, ...base } = options;
    rejectUnknownOptions('MemorySharingNorm', base, ['name', 'inputShape', 'batchInputShape', 'trainable', 'dtype', 'batchSize']);
    super(base as never);
    if (kind !== 'layerNorm' && kind !== 'rmsNorm') {
      throw new Error(`MemorySharingNorm: expected kind 'layerNorm' or 'rmsNorm', got ${describe(kind)} — use kind: 'layerNorm'`);
    }
    this.kind = kind;
    this.epsilon = epsilon;
    this.supportsMasking = true;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return memorySharingNorm(Array.isArray(inputs) ? inputs[0] : inputs, { kind: this.kind, epsilon: this.epsilon });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), kind: this.kind, epsilon: this.epsilon };
  }

  /** What a loader passes, less tfjs's `customObjects`. */
  static override fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    const { customObjects: _customObjects, ...rest } = config;
    return new cls(rest);
  }
}

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(MemorySharingNorm, 'layerkit');

/** What `toMemorySharing` did. */
export interface MemorySharingResult {
  readonly model: tfl.LayersModel;
  /** The norms replaced, each with the Dense layers that absorbed its γ and β. */
  readonly converted: readonly { readonly norm: string; readonly readers: readonly string[] }[];
  /** Norms left as they were, and why. */
  readonly skipped: readonly { readonly norm: string; readonly reason: string }[];
}

const NORM_CLASSES: Readonly<Record<string, 'layerNorm' | 'rmsNorm'>> = { LayerNormalization: 'layerNorm', LayerNorm: 'layerNorm', RMSNorm: 'rmsNorm' };

/**
 * A copy of a model with every LayerNorm / RMSNorm over the last axis whose only readers are
 * Dense layers replaced by a MemorySharingNorm, its γ and β folded into those Dense layers.
 * Predictions stay the same (to float32 rounding); the original model is left unchanged.
 */
export async function toMemorySharing(model: tfl.LayersModel): Promise<MemorySharingResult> {
  const op = 'toMemorySharing';
  const topology = topologyOf(op, model);
  const layers = topology.config.layers;
  const sequential = topology.class_name === 'Sequential';
  const readersOf = (name: string, index: number): LayerJson[] => (sequential
    ? layers.slice(index + 1, index + 2)
    : layers.filter((layer) => JSON.stringify(layer.inbound_nodes ?? []).includes(`"${name}"`)));
  const converted: { norm: string; readers: string[] }[] = [];
  const skipped: { norm: string; reason: string }[] = [];
  const newWeights = new Map<string, Tensor[]>();
  layers.forEach((layer, index) => {
    const kind = NORM_CLASSES[layer.class_name];
    if (!kind) return;
    const name = layerName(layer);
    const axis = layer.config.axis;
    if (!(axis === -1 || (Array.isArray(axis) && axis.length === 1 && axis[0] === -1))) {
      skipped.push({ norm: name, reason: `normalizes over axis ${JSON.stringify(axis)}, not the last one` });
      return;
    }
    if (layer.class_name === 'RMSNorm' && layer.config.center) {
      skipped.push({ norm: name, reason: 'has a bias (center: true), which RMSNorm adds after the norm' });
      return;
    }
    const readers = readersOf(name, index);
    if (!readers.length || readers.some((reader) => reader.class_name !== 'Dense')) {
      skipped.push({ norm: name, reason: `is read by ${readers.map((r) => r.class_name).join(', ') || 'nothing'}, not only by Dense layers` });
      return;
    }
    const norm = model.getLayer(name);
    const weights = new Map(norm.weights.map((w, i) => [w.originalName.split('/').at(-1)!, norm.getWeights()[i]]));
    for (const reader of readers) {
      const dense = model.getLayer(layerName(reader));
      const [kernel, bias] = dense.getWeights();
      const folded = foldNormAffine({ gamma: weights.get('gamma') ?? null, beta: weights.get('beta') ?? null }, { kernel, bias: bias ?? null });
      if (!bias) {
        // A Dense without a bias gets one when β is folded in.
        reader.config.use_bias = true;
      }
      newWeights.set(layerName(reader), [folded.kernel, folded.bias]);
    }
    layer.class_name = 'MemorySharingNorm';
    layer.config = {
      name, trainable: layer.config.trainable ?? true, dtype: 'float32', kind,
      epsilon: (layer.config.epsilon as number | undefined) ?? (kind === 'layerNorm' ? 1e-3 : 1e-6),
      ...(layer.config.batch_input_shape ? { batch_input_shape: layer.config.batch_input_shape } : {}),
    };
    converted.push({ norm: name, readers: readers.map(layerName) });
  });
  // The new norms have no weights: nothing to copy into them.
  const rebuilt = await rebuild(model, topology, (name) => newWeights.get(name), new Set(converted.map((c) => c.norm)));
  return { model: rebuilt, converted, skipped };
}
