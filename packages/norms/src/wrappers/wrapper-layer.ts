import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, rejectUnknownOptions } from '@layerkit/core';

/**
 * The base of the layers that wrap another layer (WeightNorm, SpectralNorm, ScaledWS around a
 * Dense or Conv; Peri-LN and DeepNorm around a residual sublayer): the wrapped layer is built
 * inside this one, its weights are this layer's weights (saved, loaded and trained with it), and
 * getConfig() carries it as `layer: {className, config}` the way Keras and tfjs write wrappers.
 */

/** Options of tfjs's base Layer, and what tfjs passes back through fromConfig when loading. */
export const BASE_LAYER_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'] as const;

export interface WrapperBaseOptions {
  readonly name?: string;
  readonly inputShape?: number[];
  readonly batchInputShape?: number[];
  readonly batchSize?: number;
  readonly trainable?: boolean;
  readonly dtype?: 'float32';
}

export interface ResolvedOptions {
  readonly own: Record<string, unknown>;
  readonly base: Record<string, unknown>;
}

/**
 * Splits tfjs's base options from the layer's own, rejects unknown names with a 'did you mean',
 * fills defaults and checks each value's type against its default's.
 */
export function resolveOptions<Own extends object>(
  className: string, options: object | undefined, defaults: { readonly [K in keyof Own]-?: Own[K] }, extra: readonly string[] = [],
): ResolvedOptions {
  const base: Record<string, unknown> = {};
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options ?? {})) ((BASE_LAYER_OPTIONS as readonly string[]).includes(key) ? base : given)[key] = value;
  rejectUnknownOptions(className, given, [...Object.keys(defaults), ...extra, ...BASE_LAYER_OPTIONS]);
  const own: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults as Record<string, unknown>)) {
    const value = given[key] === undefined ? fallback : given[key];
    const expected = fallback === null ? null : typeof fallback;
    if (expected && value !== null && typeof value !== expected) {
      throw new Error(`${className}: expected option '${key}' to be a ${expected}, got ${describe(value)} — pass e.g. ${key}: ${JSON.stringify(fallback)}`);
    }
    own[key] = value;
  }
  return { own, base };
}

/** A layer from its serialized form ({className, config}, or Keras's {class_name, config}). */
export function deserializeLayer(owner: string, value: unknown): tfl.layers.Layer {
  if (value instanceof tfl.layers.Layer) return value;
  const dict = value as serialization.ConfigDict | null;
  const className = (dict?.className ?? dict?.class_name) as string | undefined;
  if (!dict || typeof className !== 'string') {
    throw new Error(`${owner}: expected 'layer' to be a tfjs layer or its {className, config}, got ${describe(value)} — pass e.g. layer: tf.layers.dense({units: 8})`);
  }
  const entry = serialization.SerializationMap.getMap().classNameMap[className];
  if (!entry) throw new Error(`${owner}: the wrapped layer class '${className}' is not registered — import the package that defines it before loading`);
  const [cls, fromConfig] = entry;
  return fromConfig(cls, (dict.config ?? {}) as serialization.ConfigDict) as tfl.layers.Layer;
}

export abstract class WrapperLayer extends tfl.layers.Layer {
  /** The wrapped layer. */
  readonly layer: tfl.layers.Layer;
  /** The resolved own options (defaults filled in), as getConfig() returns them. */
  readonly options: Readonly<Record<string, unknown>>;

  protected constructor(className: string, layer: unknown, { own, base }: ResolvedOptions) {
    super(base as never);
    this.layer = deserializeLayer(className, layer);
    this.options = own;
  }

  /** Builds the wrapped layer (under this layer's name scope, so its weights are named `<this>/kernel`). */
  protected buildWrapped(inputShape: tfl.Shape | tfl.Shape[]): void {
    if (!this.layer.built) this.layer.build(inputShape);
  }

  override get trainableWeights(): tfl.LayerVariable[] {
    return this.trainable ? [...this.layer.trainableWeights, ...super.trainableWeights] : [];
  }

  override get nonTrainableWeights(): tfl.LayerVariable[] {
    if (!this.trainable) return [...this.layer.weights, ...super.nonTrainableWeights];
    return [...this.layer.nonTrainableWeights, ...super.nonTrainableWeights];
  }

  // The wrapped layer's regularization penalties count too.
  override get losses(): Array<() => tf.Scalar> {
    return this.layer.losses.concat(super.losses);
  }

  override getConfig(): serialization.ConfigDict {
    return {
      ...super.getConfig(),
      ...(this.options as serialization.ConfigDict),
      layer: { className: this.layer.getClassName(), config: this.layer.getConfig() },
    };
  }

  /** What a loader passes: the config less tfjs's `customObjects`; the wrapped layer is rebuilt from its config. */
  static override fromConfig<T extends serialization.Serializable>(cls: serialization.SerializableConstructor<T>, config: serialization.ConfigDict): T {
    const { customObjects: _customObjects, ...rest } = config;
    return new cls(rest);
  }
}

/** One value per output unit: the wrapped layer's kernel viewed as a [fanIn, out] matrix. */
export function kernelMatrix(kernel: Tensor): Tensor {
  const out = kernel.shape[kernel.rank - 1];
  return tf.reshape(kernel, [-1, out]);
}
