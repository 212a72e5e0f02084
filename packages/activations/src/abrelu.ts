// ABReLU, the average-biased ReLU ("Activation Functions in Deep Learning: A Comprehensive Survey
// and Benchmark"): relu(x − mean(x)). Known limit: by default the mean spans the whole tensor,
// batch included (the authors' code), so an example's output depends on its batch.
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor, runReduction } from '@layerkit/core';
import { withLayerForm } from './layer-form.js';
import type { LayerArgs } from './layers.js';
import { splitLayerOptions } from './layer-options.js';
import { claimSerializationName, markOwner } from './names.js';
import { abreluSpec } from './row-specs/abrelu.js';
import { registerWasmKernels } from './wasm-kernels.js';

export interface AbreluOptions {
  /** Axes the mean is taken over. Default: every axis (one mean for the whole tensor). */
  readonly meanAxes?: number | readonly number[] | null;
}

/** meanAxes as a list of axes, checked against the rank; null or absent gives every axis. */
function meanAxesOf(op: string, rank: number, meanAxes: unknown): number[] {
  if (meanAxes == null) return [...Array(rank).keys()];
  const axes = typeof meanAxes === 'number' ? [meanAxes] : Array.isArray(meanAxes) ? meanAxes : null;
  if (!axes || axes.length === 0 || !axes.every((axis) => Number.isInteger(axis) && axis >= -rank && axis < rank)) {
    throw new Error(`${op}: expected meanAxes to be axes in [${-rank}, ${rank - 1}] for a rank-${rank} tensor, got ${JSON.stringify(meanAxes)} — `
      + 'pass e.g. meanAxes: -1, or [1, 2, 3] for one mean per example, or leave it out for the whole tensor');
  }
  return axes as number[];
}

function compute(x: Tensor | TensorLike, options: AbreluOptions = {}): Tensor {
  rejectUnknownOptions('abrelu', options ?? {}, ['meanAxes']);
  const input = requireFloatTensor('abrelu', x);
  // A scalar is its own mean: one row of one value.
  if (input.rank === 0) return tf.tidy(() => tf.reshape(runReduction(abreluSpec, tf.reshape(input, [1])), []));
  return runReduction(abreluSpec, input, { options: { axis: meanAxesOf('abrelu', input.rank, options.meanAxes) } });
}

/**
 * The ABReLU layer: relu(x − mean(x)) over meanAxes (default the whole tensor). No weights; the
 * gradient flows through the mean.
 */
export class ABReLU extends tfl.layers.Layer {
  static className = 'ABReLU';
  readonly meanAxes: number[] | null;

  constructor(options: AbreluOptions & LayerArgs = {}) {
    const { own, base } = splitLayerOptions('ABReLU', options, ['meanAxes'], rejectUnknownOptions);
    super(base as LayerArgs);
    const axes = own.meanAxes;
    this.meanAxes = axes == null ? null : typeof axes === 'number' ? [axes] : [...(axes as number[])];
    // The rank is known only at call time; the type of each axis can be checked now.
    if (this.meanAxes && !this.meanAxes.every(Number.isInteger)) meanAxesOf('ABReLU', 0, axes);
    this.supportsMasking = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return compute(x, { meanAxes: this.meanAxes });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), meanAxes: this.meanAxes ? [...this.meanAxes] : null };
  }
}

claimSerializationName('ABReLU', 'activations.abrelu layer');
markOwner(ABReLU, 'activations.abrelu layer');
serialization.registerClass(ABReLU, 'layerkit');
// The fused kernels' wasm module (a loader), for the layer as for the op.
registerWasmKernels();

/**
 * abrelu(x, {meanAxes}): max(x − mean(x), 0), the mean over meanAxes (default every axis); on
 * a SymbolicTensor it adds an ABReLU layer.
 */
export const abrelu = /* @__PURE__ */ withLayerForm<AbreluOptions>('abrelu', compute, (options) => new ABReLU(options));

/** ABReLU's catalog entry: the spec, what to import (the main export first) and the layer. */
export const ABRELU = { spec: abreluSpec, kind: 'op', layer: 'ABReLU', exports: ['abrelu', 'ABReLU', 'abreluSpec'] } as const;
