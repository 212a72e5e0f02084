// Keras-3-compatible VarianceScaling, bounded truncated normal (PyTorch/timm trunc_normal_) and
// Dirac (identity-preserving conv) initializers.
import * as tf from '@tensorflow/tfjs-core';
import {
  checkFloatDtype, definedConfig, fanOf, InitializerBase, normaliseDistribution, normaliseMode, sampleWithVariance, validSeed,
  type Distribution, type FanMode, checkOptionNames, type OptionNames,
} from '../base.js';
import { sampleMoments, varianceWithin, type InitializerEntry } from '../entry.js';
import { normalCdf, normalPdf, normalQuantile } from '../math64.js';

export interface VarianceScalingOptions {
  readonly scale?: number;
  readonly mode?: FanMode | 'fan_in' | 'fan_out' | 'fan_avg';
  /** 'untruncatedNormal' (default, Keras 3 'untruncated_normal'), 'truncatedNormal' (variance-exact) or 'uniform'. */
  readonly distribution?: Distribution | 'untruncatedNormal' | 'untruncated_normal' | 'truncated_normal';
  readonly seed?: number;
}

const VARIANCE_SCALING_OPTIONS: OptionNames<VarianceScalingOptions> = { scale: true, mode: true, distribution: true, seed: true };

/** Keras 3 VarianceScaling: Var = scale/fan for every distribution (tfjs's lacks untruncated_normal). */
export class KerasVarianceScaling extends InitializerBase {
  static className = 'KerasVarianceScaling';
  readonly scale: number;
  readonly mode: FanMode;
  readonly distribution: Distribution;
  readonly seed: number | undefined;

  constructor(options: VarianceScalingOptions = {}) {
    super();
    checkOptionNames('KerasVarianceScaling', options, VARIANCE_SCALING_OPTIONS);
    this.scale = options.scale ?? 1;
    if (!(this.scale > 0)) throw new Error(`KerasVarianceScaling: expected scale > 0, got ${String(options.scale)}`);
    this.mode = normaliseMode('KerasVarianceScaling', options.mode);
    this.distribution = normaliseDistribution('KerasVarianceScaling', options.distribution);
    this.seed = validSeed('KerasVarianceScaling', options.seed);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('KerasVarianceScaling', dtype);
    return sampleWithVariance(shape, this.scale / fanOf(shape, this.mode), this.distribution, this.seed);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({ scale: this.scale, mode: this.mode, distribution: this.distribution, seed: this.seed });
  }
}

export interface TruncatedNormalOptions {
  readonly mean?: number;
  readonly stddev?: number;
  /** Lower bound: absolute (PyTorch trunc_normal_) or in std units when boundsInStd (timm trunc_normal_tf_). */
  readonly a?: number;
  readonly b?: number;
  readonly boundsInStd?: boolean;
  readonly seed?: number;
}

const TRUNCATED_NORMAL_OPTIONS: OptionNames<TruncatedNormalOptions> = { mean: true, stddev: true, a: true, b: true, boundsInStd: true, seed: true };

/** N(mean, stddev^2) truncated to [a, b], sampled exactly by the inverse CDF in float64. */
export class TruncatedNormalBounded extends InitializerBase {
  static className = 'TruncatedNormalBounded';
  readonly mean: number;
  readonly stddev: number;
  readonly a: number;
  readonly b: number;
  readonly boundsInStd: boolean;
  readonly seed: number | undefined;

  constructor(options: TruncatedNormalOptions = {}) {
    super();
    checkOptionNames('TruncatedNormalBounded', options, TRUNCATED_NORMAL_OPTIONS);
    this.mean = options.mean ?? 0;
    this.stddev = options.stddev ?? 1;
    this.a = options.a ?? -2;
    this.b = options.b ?? 2;
    this.boundsInStd = options.boundsInStd ?? false;
    this.seed = validSeed('TruncatedNormalBounded', options.seed);
    if (!(this.stddev > 0)) throw new Error(`TruncatedNormalBounded: expected stddev > 0, got ${String(options.stddev)}`);
    if (!(this.b > this.a)) throw new Error(`TruncatedNormalBounded: expected a < b, got a = ${this.a} and b = ${this.b}`);
  }

  /** The bounds in standard units alpha, beta. */
  standardBounds(): [number, number] {
    return this.boundsInStd ? [this.a, this.b] : [(this.a - this.mean) / this.stddev, (this.b - this.mean) / this.stddev];
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('TruncatedNormalBounded', dtype);
    const [alpha, beta] = this.standardBounds();
    const low = normalCdf(alpha);
    const high = normalCdf(beta);
    const uniforms = tf.tidy(() => tf.randomUniform(shape, 0, 1, 'float32', this.seed).dataSync());
    const values = new Float32Array(uniforms.length);
    for (let index = 0; index < uniforms.length; index++) {
      const standard = Math.min(Math.max(normalQuantile(low + uniforms[index]! * (high - low)), alpha), beta);
      values[index] = this.mean + this.stddev * standard;
    }
    return tf.tensor(values, shape, 'float32');
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({ mean: this.mean, stddev: this.stddev, a: this.a, b: this.b, boundsInStd: this.boundsInStd, seed: this.seed });
  }
}

/** Closed-form mean and variance of the truncated normal (for tests and docs). */
export function truncatedNormalMoments(mean: number, stddev: number, alpha: number, beta: number): { mean: number; variance: number } {
  const mass = normalCdf(beta) - normalCdf(alpha);
  const shift = (normalPdf(alpha) - normalPdf(beta)) / mass;
  const spread = (alpha * normalPdf(alpha) - beta * normalPdf(beta)) / mass;
  return { mean: mean + stddev * shift, variance: stddev * stddev * (1 + spread - shift * shift) };
}

export interface DiracOptions {
  readonly groups?: number;
}

const DIRAC_OPTIONS: OptionNames<DiracOptions> = { groups: true };

/** Conv kernel [...spatial, inPerGroup, out]: centre tap W[c, i, g*outPerGroup + i] = 1, so a same-padded conv is the identity when in == out. */
export class Dirac extends InitializerBase {
  static className = 'Dirac';
  readonly groups: number;

  constructor(options: DiracOptions = {}) {
    super();
    checkOptionNames('Dirac', options, DIRAC_OPTIONS);
    this.groups = options.groups ?? 1;
    if (!(Number.isInteger(this.groups) && this.groups >= 1)) throw new Error(`Dirac: expected groups to be a positive integer, got ${String(options.groups)}`);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('Dirac', dtype);
    if (shape.length < 3 || shape.length > 5) throw new Error(`Dirac: expected a 1-D, 2-D or 3-D conv kernel shape [...spatial, in, out], got [${shape.join(', ')}]`);
    const inputs = shape[shape.length - 2]!;
    const outputs = shape[shape.length - 1]!;
    if (outputs % this.groups !== 0) throw new Error(`Dirac: expected the output channels (${outputs}) to divide into ${this.groups} groups`);
    const perGroup = outputs / this.groups;
    const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
    let centre = 0;
    for (const size of shape.slice(0, -2)) centre = centre * size + Math.floor((size - 1) / 2);
    for (let group = 0; group < this.groups; group++) {
      for (let channel = 0; channel < Math.min(inputs, perGroup); channel++) {
        values[(centre * inputs + channel) * outputs + group * perGroup + channel] = 1;
      }
    }
    return tf.tensor(values, shape, 'float32');
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { groups: this.groups };
  }
}

export const varianceScalingEntry: InitializerEntry = {
  id: 'initializers.variance-scaling',
  kind: 'initializer',
  names: ['KerasVarianceScaling'],
  summary: 'Keras-3-compatible VarianceScaling with untruncated_normal, variance-exact truncated normal and uniform.',
  classes: [KerasVarianceScaling],
  examples: (['untruncated_normal', 'truncated_normal', 'uniform'] as const).map((distribution) => ({
    label: `scale 2, fan_avg, ${distribution}: Var = 2/fan_avg`,
    create: () => new KerasVarianceScaling({ scale: 2, mode: 'fan_avg', distribution, seed: 7 }),
    shape: [400, 600],
    check: (values: Float64Array) => varianceWithin(values, 2 / 500),
  })),
  badInputs: [
    { label: 'unknown distribution', run: () => new KerasVarianceScaling({ distribution: 'cauchy' as Distribution }), message: /KerasVarianceScaling: expected distribution 'normal' \(alias 'untruncatedNormal'\), 'truncatedNormal' or 'uniform', got 'cauchy'/ },
  ],
};

export const truncatedNormalEntry: InitializerEntry = {
  id: 'initializers.truncated-normal-bounded',
  kind: 'initializer',
  names: ['TruncatedNormalBounded', 'truncatedNormalMoments'],
  summary: 'Truncated normal with explicit bounds (absolute or in std units), sampled by the inverse CDF.',
  classes: [TruncatedNormalBounded],
  examples: [
    {
      label: 'mean 0.5, std 1, bounds [-0.5, 3]: moments match the closed form',
      create: () => new TruncatedNormalBounded({ mean: 0.5, a: -0.5, b: 3, seed: 5 }), shape: [1000, 1000],
      check: (values) => {
        if (values.some((value) => value < -0.5 || value > 3)) return 'a sample lies outside [-0.5, 3]';
        const expected = truncatedNormalMoments(0.5, 1, -1, 2.5);
        const { mean, variance } = sampleMoments(values);
        return Math.abs(mean - expected.mean) <= 0.02 * Math.abs(expected.mean) && Math.abs(variance - expected.variance) <= 0.02 * expected.variance
          ? null : `moments ${mean}, ${variance} vs ${expected.mean}, ${expected.variance}`;
      },
    },
    {
      label: 'timm tf mode: bounds in std units',
      create: () => new TruncatedNormalBounded({ stddev: 0.02, a: -2, b: 2, boundsInStd: true, seed: 6 }), shape: [500, 500],
      check: (values) => (values.some((value) => Math.abs(value) > 0.04 * (1 + 1e-6)) ? 'a sample lies outside +-2 std' : varianceWithin(values, truncatedNormalMoments(0, 0.02, -2, 2).variance)),
    },
  ],
  badInputs: [
    { label: 'empty interval', run: () => new TruncatedNormalBounded({ a: 1, b: -1 }), message: /TruncatedNormalBounded: expected a < b, got a = 1 and b = -1/ },
  ],
};

export const diracEntry: InitializerEntry = {
  id: 'initializers.dirac',
  kind: 'initializer',
  names: ['Dirac'],
  summary: 'Dirac conv init: centre-tap identity per group, so a same-padded conv returns its input.',
  classes: [Dirac],
  examples: [
    {
      label: '[3, 3, 4, 4]: one 1 per channel at the centre tap',
      create: () => new Dirac(), shape: [3, 3, 4, 4], dense: false,
      check: (values) => {
        const ones = [...values.keys()].filter((index) => values[index] === 1);
        const expected = [0, 1, 2, 3].map((channel) => (4 * 4 + channel) * 4 + channel);
        return JSON.stringify(ones) === JSON.stringify(expected) && values.filter((value) => value !== 0).length === 4 ? null : `ones at ${ones.join(', ')}`;
      },
    },
  ],
  badInputs: [
    { label: 'groups not dividing the outputs', run: () => new Dirac({ groups: 3 }).apply([3, 4, 4]), message: /Dirac: expected the output channels \(4\) to divide into 3 groups/ },
  ],
};
