// Spectral normalization (Miyato et al., 2018) by power iteration with a persistent u, and the
// 'soft' form of Residual Flows (Chen et al., 2019). Bounds the reshaped kernel's top singular
// value, which is not the Lipschitz constant of a padded or strided convolution.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { KernelWrapper } from './kernel-wrapper.js';
import { stopGradient } from './stop-gradient.js';
import { kernelMatrix, resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

interface SpectralNormOwn {
  /** Power iterations per training call. Default 1 (SN-GAN, Keras, PyTorch). */
  readonly powerIterations?: number;
  /** normalize(a) = a / max(‖a‖, ε). Default 1e-12 (PyTorch). */
  readonly epsilon?: number;
  /** c: the bound on the top singular value. Default 1. */
  readonly coefficient?: number;
  /** 'hard': W·c/σ (SN-GAN). 'soft': W / max(1, σ/c), only kernels with σ > c shrink (Residual Flows). Default 'hard'. */
  readonly mode?: 'hard' | 'soft';
  /**
   * Conv2D only: run the power iteration through the convolution itself (conv2d and its
   * transpose on an input-shaped u), so σ̂ is the operator norm of the padded, strided
   * convolution (Residual Flows' SpectralNormConv2d) — a true Lipschitz bound. u then has the
   * shape of one input [1, H, W, Cin], which must be known at build. Default false.
   */
  readonly operatorNorm?: boolean;
}

export interface SpectralNormOptions extends SpectralNormOwn, WrapperBaseOptions {
  /** The Dense or Conv layer whose kernel is normalized. */
  readonly layer: tfl.layers.Layer;
}

export interface PowerIterationResult {
  /** The new u, [out] (unit length). */
  readonly u: Tensor;
  /** v = normalize(M·u) from the u before the last step, [fanIn]. */
  readonly v: Tensor;
  /** σ̂ = vᵀ·M·u, a scalar; u and v are constants for its gradient, M is not. */
  readonly sigma: Tensor;
}

const normalize = (a: Tensor, epsilon: number) => tf.div(a, tf.maximum(tf.norm(a), epsilon));

/**
 * The power iteration on a kernel viewed as M = [fanIn, out] (Keras layout; PyTorch's
 * [out, fanIn] has the same singular values): `iterations` times v ← normalize(M·u),
 * u ← normalize(Mᵀ·v); then σ̂ = vᵀ·M·u. With 0 iterations u is kept and v = normalize(M·u),
 * σ̂ = ‖M·u‖ (the inference form).
 */
export function powerIteration(kernel: Tensor, u: Tensor, iterations: number, epsilon = 1e-12): PowerIterationResult {
  return tf.tidy(() => {
    const matrix = kernelMatrix(kernel);
    const out = matrix.shape[1];
    if (u.size !== out) throw new Error(`powerIteration: expected u with ${out} values (the kernel's output units), got shape [${u.shape.join(', ')}] — pass one value per output unit`);
    const constant = stopGradient(matrix);
    let left = tf.reshape(stopGradient(u), [out, 1]);
    let right = normalize(tf.matMul(constant, left), epsilon);
    for (let step = 0; step < iterations; step++) {
      right = normalize(tf.matMul(constant, left), epsilon);
      left = normalize(tf.matMul(constant, right, true, false), epsilon);
    }
    const sigma = tf.sum(tf.mul(right, tf.matMul(matrix, left)));
    return { u: tf.reshape(left, [out]), v: tf.reshape(right, [-1]), sigma };
  });
}

export interface ConvOperator {
  /** One input's shape [1, H, W, Cin]. */
  readonly inputShape: [number, number, number, number];
  readonly strides: [number, number];
  readonly padding: 'same' | 'valid';
}

/**
 * The power iteration on the linear map x ↦ conv2d(x, W) (channels last, dilation 1):
 * `iterations` times v ← normalize(conv2d(u)), u ← normalize(conv2dᵀ(v)); σ̂ = ⟨v, conv2d(u)⟩
 * with u, v constants for the gradient. 0 iterations: σ̂ = ‖conv2d(u)‖.
 */
export function convPowerIteration(kernel: Tensor, u: Tensor, iterations: number, operator: ConvOperator, epsilon = 1e-12): { u: Tensor; sigma: Tensor } {
  return tf.tidy(() => {
    const { inputShape, strides, padding } = operator;
    const conv = (x: Tensor, w: Tensor) => tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, strides, padding);
    const constant = stopGradient(kernel);
    let left = tf.reshape(stopGradient(u), inputShape);
    let right = normalize(conv(left, constant), epsilon);
    for (let step = 0; step < iterations; step++) {
      right = normalize(conv(left, constant), epsilon);
      left = normalize(tf.conv2dTranspose(right as tf.Tensor4D, constant as tf.Tensor4D, inputShape, strides, padding), epsilon);
    }
    const sigma = tf.sum(tf.mul(right, conv(left, kernel)));
    return { u: left, sigma };
  });
}

/** The normalized kernel from σ̂: c·W/σ̂ ('hard') or W/max(1, σ̂/c) ('soft'). */
export function spectralScale(kernel: Tensor, sigma: Tensor, coefficient: number, mode: 'hard' | 'soft'): Tensor {
  return tf.tidy(() => (mode === 'hard'
    ? tf.mul(kernel, tf.div(coefficient, sigma))
    : tf.div(kernel, tf.maximum(1, tf.div(sigma, coefficient)))));
}

/**
 * SpectralNorm wrapper. The wrapped kernel stays the raw W (name `kernel`); u is a
 * non-trainable weight `vector_u` of shape [1, out] (Keras's name and shape), random normal at
 * build and normalized by the first iteration. Training calls run the power iteration and write
 * u back; inference uses the stored u unchanged (σ̂ = ‖W·u‖).
 */
export class SpectralNorm extends KernelWrapper {
  static className = 'SpectralNorm';
  /** The Keras 3 / TF-Addons classes loading a model.json with their semantics (subclasses of this one). */
  static aliases: ReadonlyArray<typeof SpectralNorm> = [];
  private u!: tfl.LayerVariable;
  private operator: ConvOperator | null = null;
  /** The name of the u weight ('vector_u', Keras; TF-Addons says 'sn_u'). */
  protected uName = 'vector_u';
  /** Keras semantics: training writes W/σ̂ into the kernel, every call uses the stored kernel. */
  protected writesKernel = false;

  constructor(options: SpectralNormOptions) {
    super('SpectralNorm', options?.layer, resolveOptions<SpectralNormOwn>('SpectralNorm', options, {
      powerIterations: 1, epsilon: 1e-12, coefficient: 1, mode: 'hard', operatorNorm: false,
    }, ['layer']));
    if (this.options.operatorNorm) {
      const config = this.layer.getConfig();
      const dilation = [config.dilationRate].flat();
      if (this.layer.getClassName() !== 'Conv2D' || config.dataFormat === 'channelsFirst' || dilation.some((rate) => rate !== 1)) {
        throw new Error(`SpectralNorm: operatorNorm needs a channels-last Conv2D without dilation, got ${this.layer.getClassName()} (dataFormat ${String(config.dataFormat)}, dilationRate ${JSON.stringify(config.dilationRate)}) — use operatorNorm: false for the reshaped-kernel norm`);
      }
    }
    const { powerIterations, epsilon, coefficient, mode } = this.options as Required<SpectralNormOwn>;
    if (!Number.isInteger(powerIterations) || powerIterations < 1) {
      throw new Error(`SpectralNorm: expected powerIterations to be a positive integer, got ${powerIterations} — 1 is the usual choice`);
    }
    if (!(epsilon > 0)) throw new Error(`SpectralNorm: expected epsilon > 0, got ${epsilon} — the default is 1e-12`);
    if (!(coefficient > 0)) throw new Error(`SpectralNorm: expected coefficient > 0, got ${coefficient} — 1 bounds the top singular value by 1`);
    if (mode !== 'hard' && mode !== 'soft') throw new Error(`SpectralNorm: expected mode 'hard' or 'soft', got '${String(mode)}' — 'hard' divides by σ, 'soft' only shrinks σ above the coefficient`);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    if (this.options.operatorNorm) {
      const shape = inputShape as tfl.Shape;
      const [, height, width, channels] = shape;
      if (shape.length !== 4 || height == null || width == null || channels == null) {
        throw new Error(`SpectralNorm: operatorNorm needs the input's height, width and channels at build, got [${shape.map(String).join(', ')}] — give the model a full inputShape`);
      }
      const config = this.layer.getConfig();
      const strides = [config.strides].flat() as number[];
      this.operator = {
        inputShape: [1, height, width, channels],
        strides: [strides[0], strides[1] ?? strides[0]],
        padding: config.padding as 'same' | 'valid',
      };
    }
    super.build(inputShape);
  }

  protected buildOwn(): void {
    const shape = this.operator ? [...this.operator.inputShape] : [1, this.units];
    this.u = this.addWeight(this.uName, shape, 'float32', tfl.initializers.randomNormal({ mean: 0, stddev: 1 }), undefined, false);
  }

  /** The power iteration of this layer: on the reshaped kernel, or through the convolution. */
  private iterate(kernel: Tensor, iterations: number): { u: Tensor; sigma: Tensor } {
    const epsilon = this.options.epsilon as number;
    return this.operator
      ? convPowerIteration(kernel, this.u.read(), iterations, this.operator, epsilon)
      : powerIteration(kernel, this.u.read(), iterations, epsilon);
  }

  protected effectiveKernel(kernel: Tensor, training: boolean): Tensor {
    const { powerIterations, coefficient, mode } = this.options as Required<SpectralNormOwn>;
    if (this.writesKernel && !training) return kernel;
    const { u, sigma } = this.iterate(kernel, training ? powerIterations : 0);
    if (training) this.u.write(tf.reshape(u, this.u.shape as number[]));
    if (!this.writesKernel) return spectralScale(kernel, sigma, coefficient, mode);
    // Keras: kernel ← W/σ̂ (a variable write, so no gradient through σ̂), then the layer as is.
    this.rawKernel.write(spectralScale(kernel, sigma, coefficient, mode));
    return this.rawKernel.read();
  }

  /** σ̂ from the stored u without updating it: the estimate the layer divides by at inference. */
  sigma(): number {
    return tf.tidy(() => this.iterate(this.rawKernel.read(), 0).sigma.dataSync()[0]);
  }
}

/**
 * Keras 3's 'SpectralNormalization' and TF-Addons' 'Addons>SpectralNormalization', loaded with
 * their semantics: a training call runs the power iteration and writes W/σ̂ into the wrapped
 * kernel (no gradient through σ̂); every call, inference included, uses the stored kernel as it
 * is. TF-Addons names u 'sn_u'.
 */
export class KerasSpectralNormalization extends SpectralNorm {
  static override className = 'SpectralNormalization';
  protected override writesKernel = true;
}

export class AddonsSpectralNormalization extends KerasSpectralNormalization {
  static override className = 'Addons>SpectralNormalization';
  protected override uName = 'sn_u';
}

SpectralNorm.aliases = [KerasSpectralNormalization, AddonsSpectralNormalization];
// Registered for serialization where the classes are made: a bundle that keeps them can load them.
for (const layer of [SpectralNorm, ...SpectralNorm.aliases]) tf.serialization.registerClass(layer, 'layerkit');
