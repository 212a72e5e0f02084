// Weight normalization (Salimans & Kingma, 2016): w = g · v/‖v‖ per output unit, with the
// data-dependent initialisation of the paper. Wraps Dense and Conv1D/2D/3D (channels last or first).
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { KernelWrapper } from './kernel-wrapper.js';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

interface WeightNormOwn {
  /**
   * Data-dependent initialisation on the first training call (or an explicit
   * `initializeFromData(x)`): t = x·v/‖v‖, g ← 1/std[t], b ← −mean[t]/std[t] per unit, so the
   * pre-activations of that batch have mean 0 and standard deviation 1. Default true.
   */
  readonly dataInit?: boolean;
  /**
   * The paper's mean-only batch normalization: in training the pre-activations lose their batch
   * mean per unit (before the bias and activation) and a moving mean is kept; inference
   * subtracts the moving mean. Default false.
   */
  readonly meanOnlyBatchNorm?: boolean;
  /** Weight of the old value in the moving mean (with meanOnlyBatchNorm). Default 0.99 (Keras's BatchNorm). */
  readonly momentum?: number;
}

export interface WeightNormOptions extends WeightNormOwn, WrapperBaseOptions {
  /** The Dense or Conv layer to reparameterise (its kernel becomes v). */
  readonly layer: tfl.layers.Layer;
}

/** ‖v‖ floor: a zero column gives w = 0 rather than NaN. */
const NORM_FLOOR_SQUARED = 1e-24;
/** Added to the variance of the initialisation batch (TF-Addons uses the same 1e-10). */
const INIT_EPSILON = 1e-10;

/** ‖v‖ over every axis but the last: one norm per output unit, shape [out]. */
export function columnNorms(kernel: Tensor): Tensor {
  return tf.tidy(() => {
    const axes = Array.from({ length: kernel.rank - 1 }, (_, axis) => axis);
    return tf.sqrt(tf.maximum(tf.sum(tf.square(kernel), axes), NORM_FLOOR_SQUARED));
  });
}

/**
 * WeightNorm wrapper. The wrapped layer's kernel is v (its weight keeps the name `kernel`); the
 * wrapper adds g, shape [out], and with dataInit a non-trainable flag `initialized` so a saved
 * model is not initialised again. Names as TF-Addons' WeightNormalization (`g`); PyTorch's
 * weight_norm(module, dim=0) is the same reparameterisation, its weight_g is g reshaped to
 * [out, 1, …] and its weight_v the transposed kernel (PyTorch keeps (out, in, kh, kw)).
 * Without data init, g starts at ‖v‖, so the wrapped layer's outputs are unchanged (PyTorch,
 * TF-Addons). Train == inference.
 */
export class WeightNorm extends KernelWrapper {
  static className = 'WeightNorm';
  private g!: tfl.LayerVariable;
  private initialized: tfl.LayerVariable | null = null;
  private initializedKnown = false;
  /** The flag's shape and dtype: [1] float32 here; TF-Addons keeps a bool scalar. */
  protected flagShape: number[] = [1];
  protected flagDtype: 'float32' | 'bool' = 'float32';
  /** The TF-Addons class loading a model.json (a subclass of this one). */
  static aliases: ReadonlyArray<typeof WeightNorm> = [];

  constructor(options: WeightNormOptions) {
    super('WeightNorm', options?.layer, resolveOptions<WeightNormOwn>('WeightNorm', options, { dataInit: true, meanOnlyBatchNorm: false, momentum: 0.99 }, ['layer']));
    const momentum = this.options.momentum as number;
    if (!(momentum >= 0 && momentum <= 1)) throw new Error(`WeightNorm: expected momentum in [0, 1], got ${momentum} — Keras's default is 0.99`);
  }

  protected buildOwn(): void {
    this.g = this.addWeight('g', [this.units], 'float32', tfl.initializers.ones());
    tf.tidy(() => { this.g.write(columnNorms(this.rawKernel.read())); });
    if (this.options.dataInit) this.initialized = this.addWeight('initialized', this.flagShape, this.flagDtype, tfl.initializers.zeros(), undefined, false);
    if (this.options.meanOnlyBatchNorm) this.movingMean = this.addWeight('moving_mean', [this.units], 'float32', tfl.initializers.zeros(), undefined, false);
  }

  private movingMean: tfl.LayerVariable | null = null;

  /** The channel axis of the wrapped layer's output (1 for a channels-first Conv). */
  private channelAxis(rank: number): number {
    return this.layer.getClassName() !== 'Dense' && this.layer.getConfig().dataFormat === 'channelsFirst' ? 1 : rank - 1;
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    if (!this.movingMean) return super.call(inputs, kwargs);
    const movingMean = this.movingMean;
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const training = kwargs.training === true;
      const t = this.callWith(x, this.effectiveKernel(this.rawKernel.read(), training, x), kwargs, true);
      const axis = this.channelAxis(t.rank);
      const perUnit = (value: Tensor) => tf.reshape(value, t.shape.map((size, a) => (a === axis ? size : 1)));
      let mean = movingMean.read();
      if (training) {
        mean = tf.mean(t, t.shape.map((_, a) => a).filter((a) => a !== axis));
        const keep = this.options.momentum as number;
        movingMean.write(tf.add(tf.mul(movingMean.read(), keep), tf.mul(mean, 1 - keep)));
      }
      let out = tf.sub(t, perUnit(mean));
      if (this.rawBias) out = tf.add(out, perUnit(this.rawBias.read()));
      const activation = (this.layer as unknown as { activation: { apply(x: Tensor): Tensor } }).activation;
      return activation.apply(out);
    });
  }

  protected effectiveKernel(kernel: Tensor, training: boolean, x: Tensor): Tensor {
    if (training && this.needsInitialization()) this.initializeFromData(x);
    return tf.mul(kernel, tf.div(this.g.read(), columnNorms(kernel)));
  }

  private needsInitialization(): boolean {
    if (this.initialized == null || this.initializedKnown) return false;
    // One read of the flag per layer: after it, the answer is remembered (loading a saved,
    // initialised model sets the flag, so a restored model is never initialised again).
    this.initializedKnown = this.initialized.read().dataSync()[0] !== 0;
    return !this.initializedKnown;
  }

  /**
   * The paper's data-dependent initialisation from a batch x (what the first training call
   * does with dataInit): g and the bias are set so the pre-activations of x have mean 0 and
   * standard deviation 1 per unit.
   */
  initializeFromData(x: Tensor): void {
    if (!this.built) throw new Error('WeightNorm.initializeFromData: the layer is not built yet — call it on an input (or add it to a model) first');
    tf.tidy(() => {
      const kernel = this.rawKernel.read();
      const direction = tf.div(kernel, columnNorms(kernel));
      const t = this.callWith(x, direction, {}, true);
      const axes = Array.from({ length: t.rank }, (_, axis) => axis).filter((axis) => axis !== this.channelAxis(t.rank));
      const { mean, variance } = tf.moments(t, axes);
      const scale = tf.rsqrt(tf.add(variance, INIT_EPSILON));
      this.g.write(scale);
      // With mean-only batch norm the batch mean is removed anyway: the bias starts at 0.
      this.rawBias?.write(this.options.meanOnlyBatchNorm ? tf.zerosLike(mean) : tf.neg(tf.mul(mean, scale)));
      this.initialized?.write(tf.ones(this.flagShape, this.flagDtype));
    });
    this.initializedKnown = true;
  }
}

/**
 * TF-Addons' 'Addons>WeightNormalization' (config `layer`, `data_init`): the same
 * reparameterisation and weight names (`g`, the wrapped `kernel` as v), its flag a bool scalar.
 * TF-Addons initialises from data on the first call of any kind; this class, like WeightNorm, on
 * the first training call (a loaded, initialised model behaves the same).
 */
export class AddonsWeightNormalization extends WeightNorm {
  static override className = 'Addons>WeightNormalization';
  protected override flagShape: number[] = [];
  protected override flagDtype: 'float32' | 'bool' = 'bool';
}

WeightNorm.aliases = [AddonsWeightNormalization];
// Registered for serialization where the classes are made: a bundle that keeps them can load them.
for (const layer of [WeightNorm, ...WeightNorm.aliases]) tf.serialization.registerClass(layer, 'layerkit');
