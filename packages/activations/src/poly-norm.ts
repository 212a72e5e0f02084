// PolyNorm and PolyReLU ("Polynomial Composition Activations: Unleashing the Dynamics of Large
// Language Models"; BryceZhuo/PolyCom): polynomials of x (each power RMS-normalized over the
// last axis) or of relu(x), with learned scalar weights and bias. Known limits: PolyNorm's order
// is 1 to 3 (one statistic per power); PolyReLU is tfjs ops, no fused kernel.
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor, runReduction } from '@layerkit/core';
import type { LayerArgs } from './layers.js';
import { splitLayerOptions } from './layer-options.js';
import { claimSerializationName, markOwner } from './names.js';
import { checkNumber } from './option-checks.js';
import { polyNormSpec } from './row-specs/poly-norm.js';
import { registerWasmKernels } from './wasm-kernels.js';

export interface PolyReluOptions {
  /** r, the highest power. Default 3. */
  readonly order?: number;
  /** w, r values: w₀ scales the highest power. A tensor gets a gradient. Default 1/r each. */
  readonly weight?: Tensor | TensorLike;
  /** b, one value. A tensor gets a gradient. Default 0. */
  readonly bias?: number | Tensor | TensorLike;
}

export interface PolyNormOptions extends PolyReluOptions {
  /** Added to each mean square under the root. Default 1e-6. */
  readonly epsilon?: number;
}

/** r, checked: a positive integer, at most `highest`. */
function orderOf(op: string, order: unknown, highest: number): number {
  const value = order ?? 3;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > highest) {
    throw new Error(`${op}: expected option 'order' to be an integer from 1 to ${highest}, got ${typeof value === 'string' ? `'${value}'` : String(value)} — use order: 3`);
  }
  return value;
}

/** The weights as r scalar tensors and the bias as one, after checking their sizes. */
function coefficients(op: string, order: number, weight: PolyReluOptions['weight'], bias: PolyReluOptions['bias']): { weights: Tensor[]; bias: Tensor } {
  const w = weight == null ? tf.fill([order], 1 / order) : requireFloatTensor(op, weight, 'weight');
  if (w.size !== order) {
    throw new Error(`${op}: expected 'weight' to have ${order} values (one per power, order ${order}), got shape [${w.shape.join(', ')}] — pass ${order} numbers, the highest power's first`);
  }
  const b = typeof bias === 'number' ? tf.scalar(checkNumber(op, 'bias', bias, 0)) : bias == null ? tf.scalar(0) : requireFloatTensor(op, bias, 'bias');
  if (b.size !== 1) throw new Error(`${op}: expected 'bias' to be one value, got shape [${b.shape.join(', ')}] — pass a number or a tensor of one value`);
  return { weights: tf.split(tf.reshape(w, [order]), order), bias: tf.reshape(b, [1]) };
}

/**
 * polyNorm(x, {order, weight, bias, epsilon}): Σᵢ wᵢ·N(x^(r−i)) + b, N(y) = y/√(mean(y²) + ε)
 * over the last axis (order 3: w₀·N(x³) + w₁·N(x²) + w₂·N(x) + b). Gradients flow to x and to
 * tensor-valued weight and bias.
 */
export function polyNorm(x: Tensor | TensorLike, options: PolyNormOptions = {}): Tensor {
  rejectUnknownOptions('polyNorm', options ?? {}, ['order', 'weight', 'bias', 'epsilon']);
  const order = orderOf('polyNorm', options.order, 3);
  return tf.tidy(() => {
    const input = requireFloatTensor('polyNorm', x);
    if (input.rank === 0) throw new Error('polyNorm: expected a tensor of rank >= 1 (normalized over the last axis), got a scalar — reshape it to [1]');
    const features = input.shape[input.rank - 1];
    const { weights, bias } = coefficients('polyNorm', order, options.weight, options.bias);
    const spread = (value: Tensor) => tf.broadcastTo(value, [features]);
    return runReduction(polyNormSpec, input, {
      weights: { ...Object.fromEntries(weights.map((w, i) => [`weight${i}`, spread(w)])), bias: spread(bias) },
      options: { order: String(order), ...(options.epsilon == null ? {} : { epsilon: options.epsilon }) },
    });
  });
}

/**
 * polyRelu(x, {order, weight, bias}): Σᵢ wᵢ·relu(x)^(r−i) + b (order 3: w₀·relu(x)³ +
 * w₁·relu(x)² + w₂·relu(x) + b; weight [0, 0, 1] with bias 0 is relu). Elementwise.
 */
export function polyRelu(x: Tensor | TensorLike, options: PolyReluOptions = {}): Tensor {
  rejectUnknownOptions('polyRelu', options ?? {}, ['order', 'weight', 'bias']);
  const order = orderOf('polyRelu', options.order, Number.MAX_SAFE_INTEGER);
  return tf.tidy(() => {
    const rectified = tf.relu(requireFloatTensor('polyRelu', x));
    const split = coefficients('polyRelu', order, options.weight, options.bias);
    // Scalars broadcast against any rank, a scalar x included.
    const weights = split.weights.map((w) => tf.reshape(w, []));
    const bias = tf.reshape(split.bias, []);
    // Horner in relu(x): ((w₀·r + w₁)·r + w₂)·r + b.
    let sum: Tensor = tf.mul(weights[0], rectified);
    for (const w of weights.slice(1)) sum = tf.mul(tf.add(sum, w), rectified);
    return tf.add(sum, bias);
  });
}

type PolyLayerOptions = { readonly order?: number; readonly epsilon?: number } & LayerArgs;

/** PolyNorm and PolyReLU layers: `weight` (r values, init 1/r) and `bias` (one value, init 0), both learned. */
abstract class PolyLayer extends tfl.layers.Layer {
  readonly order: number;
  private weight: tfl.LayerVariable | null = null;
  private bias: tfl.LayerVariable | null = null;

  constructor(layer: string, highest: number, own: readonly ('order' | 'epsilon')[], options: PolyLayerOptions) {
    const { own: mine, base } = splitLayerOptions(layer, options, own, rejectUnknownOptions);
    super(base as LayerArgs);
    this.order = orderOf(layer, mine.order, highest);
    this.supportsMasking = true;
  }

  override build(): void {
    this.weight = this.addWeight('weight', [this.order], 'float32', tfl.initializers.constant({ value: 1 / this.order }));
    this.bias = this.addWeight('bias', [1], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  protected coefficients(): { weight: Tensor; bias: Tensor } {
    return { weight: this.weight!.read(), bias: this.bias!.read() };
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), order: this.order };
  }
}

/** The PolyNorm layer: Σᵢ wᵢ·N(x^(r−i)) + b over the last axis, order 1 to 3 (default 3). */
export class PolyNorm extends PolyLayer {
  static className = 'PolyNorm';
  readonly epsilon: number;

  constructor(options: Omit<PolyNormOptions, 'weight' | 'bias'> & LayerArgs = {}) {
    super('PolyNorm', 3, ['order', 'epsilon'], options);
    this.epsilon = checkNumber('PolyNorm', 'epsilon', (options as PolyLayerOptions).epsilon ?? 1e-6, 1e-6);
    if (this.epsilon < 0) throw new Error(`PolyNorm: expected option 'epsilon' >= 0, got ${this.epsilon} — use e.g. epsilon: 1e-6`);
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return polyNorm(x, { order: this.order, epsilon: this.epsilon, ...this.coefficients() });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), epsilon: this.epsilon };
  }
}

/** The PolyReLU layer: Σᵢ wᵢ·relu(x)^(r−i) + b, any order (default 3). */
export class PolyReLU extends PolyLayer {
  static className = 'PolyReLU';

  constructor(options: Omit<PolyReluOptions, 'weight' | 'bias'> & LayerArgs = {}) {
    super('PolyReLU', Number.MAX_SAFE_INTEGER, ['order'], options);
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return polyRelu(x, { order: this.order, ...this.coefficients() });
  }
}

for (const [cls, name] of [[PolyNorm, 'PolyNorm'], [PolyReLU, 'PolyReLU']] as const) {
  claimSerializationName(name, 'activations.polynorm layer');
  markOwner(cls, 'activations.polynorm layer');
  serialization.registerClass(cls, 'layerkit');
}
// PolyNorm's fused kernels' wasm module (a loader), for the layers as for the ops.
registerWasmKernels();

/** The PolyNorm / PolyReLU catalog entry: the spec, what to import (the main export first) and the layer. */
export const POLY_NORM = {
  spec: polyNormSpec, kind: 'layer', layer: 'PolyNorm', exports: ['polyNorm', 'PolyNorm', 'polyRelu', 'PolyReLU', 'polyNormSpec'],
} as const;
