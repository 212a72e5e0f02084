// Sparsemax layer (Martins and Astudillo, "From Softmax to Sparsemax", 2016), with the activation
// strings 'sparsemax' and TF-Addons' 'Addons>sparsemax' (last axis). Known limit: tfjs ops
// around a sort (sparsemax.ts), not a generated kernel.
import { serialization, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import { withLayerForm, type ActivationOp } from '../layer-form.js';
import type { LayerArgs } from '../layers.js';
import { claimSerializationName, markOwner } from '../names.js';
import { computeSparsemax, SPARSEMAX_OPTION_NAMES, type SparsemaxOptions } from './sparsemax.js';

export interface SparsemaxLayerOptions extends LayerArgs, SparsemaxOptions {}

const LAYER_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'];
const ID = 'activations.sparsemax';

/** The sparsemax layer: no weights; `axis` (default -1) picks the axis or axes of each row. */
export class Sparsemax extends tfl.layers.Layer {
  static className = 'Sparsemax';
  readonly axis: number | readonly number[];

  constructor(options: SparsemaxLayerOptions = {}) {
    const { axis, ...rest } = (options ?? {}) as SparsemaxLayerOptions & { customObjects?: unknown };
    delete (rest as { customObjects?: unknown }).customObjects;
    rejectUnknownOptions('Sparsemax', rest, [...LAYER_OPTIONS, ...SPARSEMAX_OPTION_NAMES]);
    super(rest);
    const axes = axis ?? -1;
    if (!(typeof axes === 'number' ? Number.isInteger(axes) : Array.isArray(axes) && axes.length > 0 && axes.every(Number.isInteger))) {
      throw new Error(`Sparsemax: expected axis to be an integer or a non-empty list of integers, got ${JSON.stringify(axis)} — use -1 for the last axis`);
    }
    this.axis = typeof axes === 'number' ? axes : [...axes];
    this.supportsMasking = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return computeSparsemax(Array.isArray(inputs) ? inputs[0] : inputs, { axis: this.axis });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), axis: typeof this.axis === 'number' ? this.axis : [...this.axis] };
  }
}

claimSerializationName(Sparsemax.className, `${ID} layer`);
markOwner(Sparsemax, `${ID} layer`);
serialization.registerClass(Sparsemax, 'layerkit');

/**
 * sparsemax(x, {axis}) (default axis -1): the projection of each row onto the probability
 * simplex — non-negative, summing to 1 like softmax, with exact zeros below a threshold. On a
 * SymbolicTensor it adds a Sparsemax layer (functional models).
 */
export const sparsemax: ActivationOp<SparsemaxOptions> = /* @__PURE__ */ withLayerForm<SparsemaxOptions>(
  'sparsemax',
  (x: Tensor | TensorLike, options?: SparsemaxOptions) => computeSparsemax(x, options),
  (options) => new Sparsemax(options),
);

/** The activation strings: sparsemax over the last axis, as `activation: 'sparsemax'` in any tfjs layer. */
const ACTIVATION_STRINGS = ['sparsemax', 'Addons>sparsemax'] as const;
for (const name of ACTIVATION_STRINGS) {
  claimSerializationName(name, ID);
  class SparsemaxActivation extends serialization.Serializable {
    static className = name;
    apply(input: Tensor): Tensor {
      return computeSparsemax(input);
    }
    // What a layer's getConfig() writes: 'Addons>sparsemax' would not survive model.save's snake_case.
    override getClassName(): string {
      return 'sparsemax';
    }
    getConfig(): serialization.ConfigDict {
      return {};
    }
  }
  markOwner(SparsemaxActivation, ID);
  serialization.registerClass(SparsemaxActivation);
}

/** The catalog entry of activations.sparsemax: what to import (the main export first) and the names it answers to. */
export const SPARSEMAX = { id: ID, layer: 'Sparsemax', exports: ['sparsemax', 'Sparsemax'], names: ACTIVATION_STRINGS } as const;
