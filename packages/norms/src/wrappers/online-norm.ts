// Online Normalization (Chiley et al., 2019): per-channel streaming statistics updated sample by
// sample in batch order, and a controlled backward that removes the gradient's components
// along the output and along 1 with running estimates u and v. Batch size 1 works.
// The recurrences are sequential over the batch: a training call reads per-sample statistics
// back to JavaScript (one sync per call and one per backward).
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

interface OnlineNormOwn {
  /** Forward decay of the running mean and variance. Default 0.999 (reference). */
  readonly alphaForward?: number;
  /** Backward decay of the gradient estimates u and v. Default 0.99 (reference). */
  readonly alphaBackward?: number;
  /** Added to the running variance under the root. Default 1e-5. */
  readonly epsilon?: number;
  /** Error compensation after the affine: 'clamp' (clip to ±clampValue), 'layerScaling' or 'none'. Default 'clamp'. */
  readonly ecm?: 'clamp' | 'layerScaling' | 'none';
  /** Bound of the 'clamp' ECM. Default 5. */
  readonly clampValue?: number;
  /** ε of the 'layerScaling' ECM. Default 1e-5. */
  readonly lsEpsilon?: number;
}

export interface OnlineNormOptions extends OnlineNormOwn, WrapperBaseOptions {}

/** The state Online Norm carries across batches, one value per channel. */
export interface OnlineNormState {
  mu: Float32Array;
  variance: Float32Array;
  u: Float32Array;
  v: Float32Array;
}

/**
 * The normaliser of one training call, x viewed as [batch, positions, channels]: the output
 * y_t = (x_t − μ_{t−1})/√(σ²_{t−1} + ε) with the statistics from before sample t, and the
 * custom backward of the reference (dense input: one position per sample). `state` is read
 * and advanced in place: μ, σ² by the forward, u, v by the backward.
 */
export function onlineNormalize(
  x: Tensor, state: OnlineNormState, options: { alphaForward: number; alphaBackward: number; epsilon: number },
  afterBackward: (state: OnlineNormState) => void = () => {},
): Tensor {
  const { alphaForward: af, alphaBackward: ab, epsilon } = options;
  const [batch, positions, channels] = x.shape as [number, number, number];
  const run = tf.customGrad(((input: Tensor, save: (tensors: Tensor[]) => void) => {
    const { mean, variance } = tf.moments(input, 1);
    const means = mean.dataSync();
    const variances = variance.dataSync();
    tf.dispose([mean, variance]);
    const muBefore = new Float32Array(batch * channels);
    const sigmaBefore = new Float32Array(batch * channels);
    for (let t = 0; t < batch; t++) {
      for (let c = 0; c < channels; c++) {
        const i = t * channels + c;
        const mu = state.mu[c];
        const sigma2 = state.variance[c];
        muBefore[i] = mu;
        sigmaBefore[i] = Math.sqrt(sigma2 + epsilon);
        const delta = means[i] - mu;
        state.variance[c] = af * sigma2 + (1 - af) * variances[i] + af * (1 - af) * delta * delta;
        state.mu[c] = mu + (1 - af) * delta;
      }
    }
    const sigma = tf.tensor3d(sigmaBefore, [batch, 1, channels]);
    const y = tf.div(tf.sub(input, tf.tensor3d(muBefore, [batch, 1, channels])), sigma);
    save([y, sigma]);
    return {
      value: y,
      gradFunc: (dy: Tensor, [savedY, savedSigma]: Tensor[]) => {
        const [gy, yy, g, ym] = [tf.mean(tf.mul(dy, savedY), 1), tf.mean(tf.square(savedY), 1), tf.mean(dy, 1), tf.mean(savedY, 1)];
        const [gyValues, yyValues, gValues, ymValues] = [gy.dataSync(), yy.dataSync(), g.dataSync(), ym.dataSync()];
        tf.dispose([gy, yy, g, ym]);
        const sigmas = savedSigma.dataSync();
        const uBefore = new Float32Array(batch * channels);
        const vBefore = new Float32Array(batch * channels);
        for (let t = 0; t < batch; t++) {
          for (let c = 0; c < channels; c++) {
            const i = t * channels + c;
            const u = state.u[c];
            const v = state.v[c];
            uBefore[i] = u;
            vBefore[i] = v;
            // g̃ = g − (1 − αb)·v·y; v += mean(g̃·y); dx = g̃/σ − (1 − αb)·u; u += mean(dx).
            state.v[c] = v + gyValues[i] - (1 - ab) * v * yyValues[i];
            const meanCorrected = (gValues[i] - (1 - ab) * v * ymValues[i]) / sigmas[i];
            state.u[c] = u + meanCorrected - (1 - ab) * u;
          }
        }
        afterBackward(state);
        const corrected = tf.sub(dy, tf.mul(tf.tensor3d(vBefore, [batch, 1, channels]), tf.mul(savedY, 1 - ab)));
        return tf.sub(tf.div(corrected, savedSigma), tf.mul(tf.tensor3d(uBefore, [batch, 1, channels]), 1 - ab));
      },
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (input: Tensor) => Tensor;
  return run(x);
}

/**
 * Online Norm layer over the channels-last axis (dense [batch, C] or images [batch, …, C]).
 * Weights: `gamma`, `beta` (trainable, [C]) and the state `mu`, `var`, `u`, `v` (non-trainable,
 * [C], saved with the model). Training: the sequential forward and the controlled backward;
 * inference: (x − μ)/√(σ² + ε) with the state frozen. Then γ·y + β and the ECM.
 */
export class OnlineNorm extends tfl.layers.Layer {
  static className = 'OnlineNorm';
  readonly options: Readonly<Record<string, unknown>>;
  private weightsByName: Record<string, tfl.LayerVariable> = {};

  constructor(options: OnlineNormOptions = {}) {
    const { own, base } = resolveOptions<OnlineNormOwn>('OnlineNorm', options, {
      alphaForward: 0.999, alphaBackward: 0.99, epsilon: 1e-5, ecm: 'clamp', clampValue: 5, lsEpsilon: 1e-5,
    });
    super(base as never);
    this.options = own;
    const { alphaForward, alphaBackward, ecm, clampValue, epsilon } = own as Required<OnlineNormOwn>;
    for (const [key, value] of [['alphaForward', alphaForward], ['alphaBackward', alphaBackward]] as const) {
      if (!(value >= 0 && value < 1)) throw new Error(`OnlineNorm: expected ${key} in [0, 1), got ${value} — the reference uses 0.999 forward and 0.99 backward`);
    }
    if (!['clamp', 'layerScaling', 'none'].includes(ecm)) throw new Error(`OnlineNorm: expected ecm 'clamp', 'layerScaling' or 'none', got '${String(ecm)}'`);
    if (!(clampValue > 0)) throw new Error(`OnlineNorm: expected clampValue > 0, got ${clampValue}`);
    if (!(epsilon >= 0)) throw new Error(`OnlineNorm: expected epsilon ≥ 0, got ${epsilon}`);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = inputShape as tfl.Shape;
    const channels = shape[shape.length - 1];
    if (channels == null || shape.length < 2) throw new Error(`OnlineNorm: expected a known channel count on the last axis, got input shape [${shape.map(String).join(', ')}] — give the model an inputShape`);
    const add = (name: string, initializer: ReturnType<typeof tfl.initializers.ones>, trainable: boolean) => {
      this.weightsByName[name] = this.addWeight(name, [channels], 'float32', initializer, undefined, trainable);
    };
    add('gamma', tfl.initializers.ones(), true);
    add('beta', tfl.initializers.zeros(), true);
    add('mu', tfl.initializers.zeros(), false);
    add('var', tfl.initializers.ones(), false);
    add('u', tfl.initializers.zeros(), false);
    add('v', tfl.initializers.zeros(), false);
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const channels = x.shape[x.rank - 1];
      const { alphaForward, alphaBackward, epsilon, ecm, clampValue, lsEpsilon } = this.options as Required<OnlineNormOwn>;
      const variable = (name: string) => this.weightsByName[name];
      let normalized: Tensor;
      if (kwargs.training === true) {
        const state: OnlineNormState = {
          mu: Float32Array.from(variable('mu').read().dataSync()),
          variance: Float32Array.from(variable('var').read().dataSync()),
          u: Float32Array.from(variable('u').read().dataSync()),
          v: Float32Array.from(variable('v').read().dataSync()),
        };
        const viewed = tf.reshape(x, [x.shape[0], -1, channels]);
        // The backward advances u and v: written into the layer's state when it runs.
        const writeGradientState = (advanced: OnlineNormState) => tf.tidy(() => {
          variable('u').write(tf.tensor1d(advanced.u));
          variable('v').write(tf.tensor1d(advanced.v));
        });
        normalized = tf.reshape(onlineNormalize(viewed, state, { alphaForward, alphaBackward, epsilon }, writeGradientState), x.shape);
        tf.tidy(() => {
          variable('mu').write(tf.tensor1d(state.mu));
          variable('var').write(tf.tensor1d(state.variance));
        });
      } else {
        normalized = tf.div(tf.sub(x, variable('mu').read()), tf.sqrt(tf.add(variable('var').read(), epsilon)));
      }
      const affine = tf.add(tf.mul(normalized, variable('gamma').read()), variable('beta').read());
      if (ecm === 'clamp') return tf.clipByValue(affine, -clampValue, clampValue);
      if (ecm === 'layerScaling') {
        const axes = Array.from({ length: x.rank - 1 }, (_, axis) => axis + 1);
        return tf.div(affine, tf.sqrt(tf.add(tf.mean(tf.square(affine), axes, true), lsEpsilon)));
      }
      return affine;
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), ...(this.options as tf.serialization.ConfigDict) };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    const { customObjects: _customObjects, ...rest } = config;
    return new cls(rest);
  }
}

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(OnlineNorm, 'layerkit');
