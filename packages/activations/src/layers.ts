import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  elementwiseChannelOp, elementwiseOp, resolveParams, resolveVariants, type ElementwiseSpec,
} from '@layerkit/core';

type Kwargs = Record<string, unknown>;

/** How a layer holds its trainable params: fixed numbers, one learned scalar, or one per channel. */
export type Learn = 'none' | 'scalar' | 'channel';

export interface ActivationLayerOptions {
  /** Param values (alpha, beta …) and variant choices (approximate …), by name. */
  readonly [option: string]: unknown;
  /** For specs with trainable params: how the layer learns them (default per spec). */
  readonly learn?: Learn;
  readonly name?: string;
  readonly inputShape?: number[];
  readonly batchInputShape?: number[];
  readonly trainable?: boolean;
  readonly dtype?: 'float32';
}

/** The per-spec facts a layer needs beyond the spec itself. */
export interface ActivationLayerInfo {
  readonly spec: ElementwiseSpec;
  /** The default `learn` of the layer: 'none' unless the paper trains the params. */
  readonly learn?: Learn;
}

// Options of tfjs's base Layer, and what tfjs passes back through fromConfig when loading.
const LAYER_OPTIONS = new Set(['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType', 'learn', 'customObjects']);

/**
 * The standalone layer class of an elementwise spec (one short class per spec, made here once):
 * constructor options with defaults, trainable params as weights, `getConfig()` returning
 * every option so the layer survives `model.save` → `tf.loadLayersModel`.
 */
export function activationLayer(info: ActivationLayerInfo): typeof tfl.layers.Layer & { className: string } {
  const { spec } = info;
  const op = elementwiseOp(spec);
  const channelOp = elementwiseChannelOp(spec);
  const trainableParams = spec.params.filter((p) => p.trainable);

  class ActivationLayer extends tfl.layers.Layer {
    static className = spec.className;
    readonly params: Record<string, number>;
    readonly variants: Record<string, string>;
    readonly learn: Learn;
    private weightsByParam: Record<string, tfl.LayerVariable> = {};

    constructor(options: ActivationLayerOptions = {}) {
      const layerArgs: Kwargs = {};
      const specOptions: Kwargs = {};
      for (const [key, value] of Object.entries(options)) (LAYER_OPTIONS.has(key) ? layerArgs : specOptions)[key] = value;
      super(layerArgs as never);
      const known = new Set([...spec.params.map((p) => p.name), ...(spec.variants ?? []).map((v) => v.name)]);
      for (const key of Object.keys(specOptions)) {
        if (!known.has(key)) {
          throw new Error(`${spec.className}: unknown option '${key}' — the options are ${[...known, 'learn'].map((k) => `'${k}'`).join(', ')}`);
        }
      }
      this.params = resolveParams(spec, specOptions);
      this.variants = resolveVariants(spec, specOptions);
      this.learn = options.learn ?? info.learn ?? 'none';
      if (!['none', 'scalar', 'channel'].includes(this.learn)) {
        throw new Error(`${spec.className}: expected learn to be 'none', 'scalar' or 'channel', got ${String(this.learn)} — pick one of those`);
      }
      if (this.learn !== 'none' && trainableParams.length === 0) {
        throw new Error(`${spec.className}: has no trainable params, got learn: '${this.learn}' — leave learn unset`);
      }
      this.supportsMasking = true;
    }

    override build(inputShape: tfl.Shape | tfl.Shape[]): void {
      const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
      if (this.learn !== 'none') {
        const channels = shape[shape.length - 1];
        if (this.learn === 'channel' && (channels == null || channels <= 0)) {
          throw new Error(`${spec.className}: learn 'channel' needs a known last dimension, got input shape [${shape.join(', ')}] — give the model an inputShape`);
        }
        for (const p of trainableParams) {
          this.weightsByParam[p.name] = this.addWeight(
            p.name, this.learn === 'channel' ? [channels as number] : [1], 'float32',
            tfl.initializers.constant({ value: this.params[p.name] }),
          );
        }
      }
      this.built = true;
    }

    override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
      return inputShape;
    }

    override call(inputs: Tensor | Tensor[]): Tensor {
      return tf.tidy(() => {
        const input = Array.isArray(inputs) ? inputs[0] : inputs;
        if (this.learn === 'none') return op(input, { ...this.params, ...this.variants });
        const width = input.shape[input.rank - 1] ?? 1;
        const params = Object.fromEntries(Object.entries(this.weightsByParam).map(([name, variable]) => {
          const value = variable.read();
          return [name, this.learn === 'scalar' ? tf.broadcastTo(value, [width]) : value];
        }));
        return channelOp(input, params, this.variants);
      });
    }

    override getConfig(): serialization.ConfigDict {
      return { ...super.getConfig(), ...this.params, ...this.variants, learn: this.learn };
    }
  }
  Object.defineProperty(ActivationLayer, 'name', { value: spec.className });
  serialization.registerClass(ActivationLayer, 'layerkit');
  return ActivationLayer;
}

/**
 * The activation-string class of a spec (`activation: 'mish'` in any tfjs layer), registered
 * under the spec's name and aliases. Registering a name tfjs already has (gelu, mish, swish)
 * replaces tfjs's composite with the fused kernel: same math, checked by the tests.
 */
export function registerActivationString(spec: ElementwiseSpec, names: readonly string[], options: Kwargs = {}): void {
  const op = elementwiseOp(spec);
  for (const name of names) {
    class StringActivation extends serialization.Serializable {
      static className = name;
      apply(input: Tensor): Tensor {
        return op(input, options);
      }
      getConfig(): serialization.ConfigDict {
        return {};
      }
    }
    serialization.registerClass(StringActivation);
  }
}
