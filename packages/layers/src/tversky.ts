// Tversky projection (Doumbouya et al., "Tversky Neural Networks: Psychologically Plausible Deep
// Learning with Differentiable Tversky Similarity"): a learned feature bank Ω [K, d] turns an
// object a into feature strengths s_a = a·Ωᵀ; its feature set is A = {k: s_a,k > 0} (a hard
// indicator; gradients flow through the masked strengths m_a = s_a·1[A]). The layer scores the
// input against P learned prototypes Π with Tversky's contrast model
// S(a, b) = θ·f(A ∩ B) − α·f(A − B) − β·f(B − A) (or the ratio model), y_j = S(x, π_j).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkBoolean, checkChoice, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export type TverskyIntersection = 'product' | 'min' | 'max' | 'mean' | 'gmean' | 'softmin';
export type TverskyDifference = 'ignorematch' | 'substractmatch';

export interface TverskyProjectionOptions extends LayerArgs {
  /** Number of prototypes P (outputs). Required. */
  units: number;
  /** Size K of the feature bank. Required. */
  features: number;
  /** f(A ∩ B): 'product' (default), 'min', 'max', 'mean', 'gmean' or 'softmin'. */
  intersection?: TverskyIntersection;
  /** f(A − B): 'ignorematch' (default) or 'substractmatch'. */
  difference?: TverskyDifference;
  /** 'contrast' (default) or 'ratio'. */
  similarityModel?: 'contrast' | 'ratio';
  /** L2-normalise inputs and prototypes (not the feature bank). Default false. */
  normalize?: boolean;
  /** Initial θ, α, β (learned). Defaults 1, 0.5, 0.5. */
  theta?: number;
  alpha?: number;
  beta?: number;
  /** Seed of the U(0, 1) initial feature bank and prototypes. Default none. */
  seed?: number | null;
}

const OWN = ['units', 'features', 'intersection', 'difference', 'similarityModel', 'normalize', 'theta', 'alpha', 'beta', 'seed'] as const;

export class TverskyProjection extends tfl.layers.Layer {
  static className = 'TverskyProjection';
  readonly units: number;
  readonly features: number;
  readonly intersection: TverskyIntersection;
  readonly difference: TverskyDifference;
  readonly similarityModel: 'contrast' | 'ratio';
  readonly normalize: boolean;
  readonly initial: { theta: number; alpha: number; beta: number };
  readonly seed: number | null;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: TverskyProjectionOptions) {
    const where = 'TverskyProjection';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units and features, got ${describe(options)} — pass {units: 10, features: 64}`);
    super(layerArgs(where, options, OWN));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.features = checkNumber(where, 'features', options.features, undefined, { min: 1, integer: true });
    this.intersection = checkChoice(where, 'intersection', options.intersection, 'product', ['product', 'min', 'max', 'mean', 'gmean', 'softmin'] as const);
    this.difference = checkChoice(where, 'difference', options.difference, 'ignorematch', ['ignorematch', 'substractmatch'] as const);
    this.similarityModel = checkChoice(where, 'similarityModel', options.similarityModel, 'contrast', ['contrast', 'ratio'] as const);
    this.normalize = checkBoolean(where, 'normalize', options.normalize, false);
    this.initial = {
      theta: checkNumber(where, 'theta', options.theta, 1), alpha: checkNumber(where, 'alpha', options.alpha, 0.5), beta: checkNumber(where, 'beta', options.beta, 0.5),
    };
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 2 || shape[1] == null) {
      throw new Error(`TverskyProjection '${this.name}': expected objects [batch, d] with known d, got ${shapeText(shape)} — flatten them first`);
    }
    const d = shape[1];
    const uniform = (offset: number) => tfl.initializers.randomUniform({ minval: 0, maxval: 1, seed: this.seed == null ? undefined : this.seed + offset });
    this.parameters.set('feature_bank', this.addWeight('feature_bank', [this.features, d], 'float32', uniform(0), undefined, true));
    this.parameters.set('prototypes', this.addWeight('prototypes', [this.units, d], 'float32', uniform(1), undefined, true));
    for (const name of ['theta', 'alpha', 'beta'] as const) {
      this.parameters.set(name, this.addWeight(name, [], 'float32', tfl.initializers.constant({ value: this.initial[name] }), undefined, true));
    }
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  /** S(a, b) for every pair of rows of a [n, d] and b [m, d] → [n, m], with the layer's feature bank and scalars. */
  similarity(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const bank = this.read('feature_bank');
      const unit = (x: tf.Tensor) => (this.normalize ? tf.div(x, tf.add(tf.norm(x, 'euclidean', -1, true), 1e-12)) : x);
      const sa = tf.matMul(unit(a), bank, false, true);
      const sb = tf.matMul(unit(b), bank, false, true);
      // Hard feature sets: step has a zero gradient, so gradients flow through the strengths only.
      const inA = tf.step(sa);
      const inB = tf.step(sb);
      const ma = tf.mul(sa, inA);
      const mb = tf.mul(sb, inB);
      const Ia = tf.matMul(ma, inB, false, true);
      const Ib = tf.matMul(inA, mb, false, true);
      const common = {
        product: () => tf.matMul(ma, mb, false, true),
        min: () => tf.minimum(Ia, Ib),
        max: () => tf.maximum(Ia, Ib),
        mean: () => tf.div(tf.add(Ia, Ib), 2),
        // √(I_a·I_b) with a finite gradient where the product is 0 (the root's slope is infinite there).
        gmean: () => {
          const product = tf.mul(Ia, Ib);
          const positive = tf.greaterEqual(tf.neg(product), 0);
          return tf.where(positive, tf.zerosLike(product), tf.sqrt(tf.where(positive, tf.onesLike(product), product)));
        },
        softmin: () => tf.neg(tf.logSumExp(tf.stack([tf.neg(Ia), tf.neg(Ib)]), 0)),
      }[this.intersection]();
      let onlyA = tf.sub(tf.sum(ma, -1, true), Ia);
      let onlyB = tf.sub(tf.transpose(tf.sum(mb, -1, true)), Ib);
      if (this.difference === 'substractmatch') {
        onlyA = tf.add(onlyA, tf.mul(tf.sub(Ia, Ib), tf.step(tf.sub(Ia, Ib))));
        onlyB = tf.add(onlyB, tf.mul(tf.sub(Ib, Ia), tf.step(tf.sub(Ib, Ia))));
      }
      const weighted = tf.add(tf.mul(this.read('alpha'), onlyA), tf.mul(this.read('beta'), onlyB));
      if (this.similarityModel === 'contrast') return tf.sub(tf.mul(this.read('theta'), common), weighted);
      return tf.div(common, tf.add(tf.add(common, weighted), 1));
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    const d = this.read('prototypes').shape[1]!;
    if (x.rank !== 2 || x.shape[1] !== d) {
      throw new Error(`TverskyProjection '${this.name}': expected objects [batch, ${d}] (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
    }
    return this.similarity(x, this.read('prototypes'));
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [shape[0]!, this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(), units: this.units, features: this.features, intersection: this.intersection, difference: this.difference,
      similarityModel: this.similarityModel, normalize: this.normalize, ...this.initial, seed: this.seed,
    };
  }
}
