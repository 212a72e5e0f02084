// Transformative adaptive activation (TAAF, from "Three Decades of Activations: A Comprehensive
// Survey of 400 Activation Functions for Neural Networks"): alpha·g(beta·x + gamma) + delta
// around any registered activation g, with the four params learned per unit of the last axis.
// Known limit: built from tfjs ops around g's own op (fused where g has kernels), not one
// generated kernel, since an elementwise spec cannot take another activation as a parameter.
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, suggestion } from '@layerkit/core';
import type { LayerArgs } from './layers.js';
import { claimSerializationName, markOwner } from './names.js';

export interface TaafOptions extends LayerArgs {
  /** The activation g, any activation string tfjs or layerkit registers ('tanh', 'silu', 'mish' …). Required. */
  readonly activation: string;
}

/** Every activation string registered so far (tfjs's and layerkit's), for 'did you mean'. */
function knownActivations(): string[] {
  const map = serialization.SerializationMap.getMap().classNameMap as Record<string, [{ prototype?: object }, unknown]>;
  return Object.entries(map)
    .filter(([, [cls]]) => typeof (cls.prototype as { apply?: unknown } | undefined)?.apply === 'function' && !(cls.prototype instanceof tfl.layers.Layer))
    .map(([name]) => name);
}
const WEIGHTS = [['alpha', 1], ['beta', 1], ['gamma', 0], ['delta', 0]] as const;
const LAYER_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'];

/** The TAAF layer: starts equal to g (alpha = beta = 1, gamma = delta = 0), each param of shape [units]. */
export class Taaf extends tfl.layers.Layer {
  static className = 'Taaf';
  readonly activation: string;
  private readonly inner: tfl.layers.Layer;
  private readonly variables: Record<string, tfl.LayerVariable> = {};

  constructor(options: TaafOptions) {
    const { activation, ...rest } = (options ?? {}) as TaafOptions & { customObjects?: unknown };
    delete (rest as { customObjects?: unknown }).customObjects;
    rejectUnknownOptions('Taaf', rest, LAYER_OPTIONS);
    super(rest);
    if (typeof activation !== 'string' || activation === '') {
      throw new Error(`Taaf: expected option 'activation' to be an activation name, got ${String(activation)} — pass one such as activation: 'tanh'`);
    }
    try {
      this.inner = tfl.layers.activation({ activation: activation as never });
    } catch {
      const known = knownActivations();
      throw new Error(
        `Taaf: unknown activation '${activation}'${suggestion(activation, known)} — use an activation string tfjs or layerkit registers (import the package that defines it first)`,
      );
    }
    this.activation = activation;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const units = shape[shape.length - 1];
    if (units == null || units <= 0) {
      throw new Error(`Taaf: needs a known last dimension (one alpha, beta, gamma, delta per unit), got input shape [${shape.join(', ')}] — give the model an inputShape`);
    }
    for (const [name, value] of WEIGHTS) this.variables[name] = this.addWeight(name, [units], 'float32', tfl.initializers.constant({ value }));
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const [alpha, beta, gamma, delta] = WEIGHTS.map(([name]) => this.variables[name].read());
      const inner = this.inner.apply(tf.add(tf.mul(x, beta), gamma)) as Tensor;
      return tf.add(tf.mul(inner, alpha), delta);
    });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), activation: this.activation };
  }
}

claimSerializationName('Taaf', 'activations.taaf layer');
markOwner(Taaf, 'activations.taaf layer');
serialization.registerClass(Taaf, 'layerkit');

/** The TAAF layer's catalog entry: what to import, the main export first. */
export const TAAF = { id: 'activations.taaf', exports: ['Taaf'] } as const;
