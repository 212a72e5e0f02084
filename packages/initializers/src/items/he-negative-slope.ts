// He/Kaiming init with the negative-slope correction ("Delving Deep into Rectifiers"):
// Var(W) = 2/((1 + a^2)*fan), fan-in or fan-out, normal / variance-exact truncated / uniform.
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import {
  checkFloatDtype, definedConfig, fanOf, InitializerBase, normaliseDistribution, normaliseMode, sampleWithVariance, validSeed,
  type Distribution, type FanMode, checkOptionNames, type OptionNames,
} from '../base.js';
import { varianceWithin, type InitializerEntry } from '../entry.js';

export interface HeNegativeSlopeOptions {
  readonly negativeSlope?: number;
  readonly mode?: FanMode | 'fan_in' | 'fan_out' | 'fan_avg';
  readonly distribution?: Distribution | 'untruncatedNormal';
  /** Divide the truncated normal's std by 0.8796 so the variance is exact (false = tfjs heNormal). */
  readonly correctTruncation?: boolean;
  readonly seed?: number;
}

const HE_NEGATIVE_SLOPE_OPTIONS: OptionNames<HeNegativeSlopeOptions> = { negativeSlope: true, mode: true, distribution: true, correctTruncation: true, seed: true };

export class HeNegativeSlope extends InitializerBase {
  static className = 'HeNegativeSlope';
  readonly negativeSlope: number;
  readonly mode: FanMode;
  readonly distribution: Distribution;
  readonly correctTruncation: boolean;
  readonly seed: number | undefined;

  constructor(options: HeNegativeSlopeOptions = {}) {
    super();
    checkOptionNames('HeNegativeSlope', options, HE_NEGATIVE_SLOPE_OPTIONS);
    this.negativeSlope = options.negativeSlope ?? 0;
    if (typeof this.negativeSlope !== 'number' || !Number.isFinite(this.negativeSlope)) {
      throw new Error(`HeNegativeSlope: expected negativeSlope to be a finite number, got ${String(options.negativeSlope)}`);
    }
    this.mode = normaliseMode('HeNegativeSlope', options.mode);
    this.distribution = normaliseDistribution('HeNegativeSlope', options.distribution);
    this.correctTruncation = options.correctTruncation ?? true;
    this.seed = validSeed('HeNegativeSlope', options.seed);
  }

  variance(shape: readonly number[]): number {
    return 2 / ((1 + this.negativeSlope ** 2) * fanOf(shape, this.mode));
  }

  override apply(shape: number[], dtype?: string): Tensor {
    checkFloatDtype('HeNegativeSlope', dtype);
    return sampleWithVariance(shape, this.variance(shape), this.distribution, this.seed, this.correctTruncation);
  }

  override getConfig(): serialization.ConfigDict {
    return definedConfig({ negativeSlope: this.negativeSlope, mode: this.mode, distribution: this.distribution, correctTruncation: this.correctTruncation, seed: this.seed });
  }
}

export const heNegativeSlopeEntry: InitializerEntry = {
  id: 'initializers.he-negative-slope',
  kind: 'initializer',
  names: ['HeNegativeSlope', 'heNegativeSlope'],
  summary: 'He/Kaiming init with leaky-ReLU slope correction, fan mode and variance-exact truncation.',
  classes: [HeNegativeSlope],
  examples: [
    ...(['normal', 'truncatedNormal', 'uniform'] as const).map((distribution) => ({
      label: `dense 1000x1000, a = 0.2, ${distribution}: variance 1.9230769e-3`,
      create: () => new HeNegativeSlope({ negativeSlope: 0.2, distribution, seed: 1 }),
      shape: [1000, 1000],
      check: (values: Float64Array) => varianceWithin(values, 2 / (1.04 * 1000)),
    })),
    {
      label: 'truncatedNormal, a = 0: inside +-0.1016820, variance 2e-3',
      create: () => new HeNegativeSlope({ distribution: 'truncatedNormal', seed: 2 }),
      shape: [1000, 1000],
      check: (values) => {
        const bound = (2 * Math.sqrt(0.002)) / 0.87962566103423978;
        const outside = values.find((value) => Math.abs(value) > bound * (1 + 1e-6));
        return outside !== undefined ? `a sample ${outside} lies outside +-${bound}` : varianceWithin(values, 2e-3);
      },
    },
    {
      label: 'correctTruncation false matches tfjs heNormal: 1.5474826e-3',
      create: () => new HeNegativeSlope({ distribution: 'truncatedNormal', correctTruncation: false, seed: 3 }),
      shape: [1000, 1000],
      check: (values) => varianceWithin(values, 1.5474826e-3),
    },
    {
      label: 'conv [3, 3, 64, 128] fanOut: 1.7361111e-3',
      create: () => new HeNegativeSlope({ mode: 'fanOut', seed: 4 }),
      shape: [3, 3, 64, 128], dense: false,
      check: (values) => varianceWithin(values, 2 / 1152),
    },
  ],
  badInputs: [
    { label: 'unknown mode', run: () => new HeNegativeSlope({ mode: 'fanMiddle' as FanMode }), message: /HeNegativeSlope: expected mode 'fanIn', 'fanOut' or 'fanAvg', got 'fanMiddle'/ },
    { label: 'int32 dtype', run: () => new HeNegativeSlope().apply([2, 2], 'int32'), message: /HeNegativeSlope: expected dtype float32, got int32/ },
  ],
};

/** Factory spelling for `kernelInitializer: heNegativeSlope({negativeSlope: 0.2})`. */
export function heNegativeSlope(options: HeNegativeSlopeOptions = {}): HeNegativeSlope {
  return new HeNegativeSlope(options);
}
