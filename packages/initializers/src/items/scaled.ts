// Depth- and width-aware scalings: spectral / muP init ("A Spectral Condition for Feature
// Learning") and DeepNorm's beta-scaled Xavier ("DeepNet: Scaling Transformers to 1,000 Layers").
import * as tf from '@tensorflow/tfjs-core';
import { checkFloatDtype, computeFans, definedConfig, gaussianStream, InitializerBase, validSeed, checkOptionNames, type OptionNames } from '../base.js';
import { varianceWithin, type InitializerEntry } from '../entry.js';
import { orthogonalityError, randomOrthogonal } from './orthogonal.js';

export interface SpectralMupOptions {
  /** 'semiOrthogonal': exact spectral norm sqrt(fan_out/fan_in); 'gaussian': sigma = min(1, sqrt(fan_out/fan_in))/sqrt(fan_in). */
  readonly distribution?: 'semiOrthogonal' | 'gaussian';
  readonly seed?: number;
}

const SPECTRAL_MUP_OPTIONS: OptionNames<SpectralMupOptions> = { distribution: true, seed: true };

export class SpectralMup extends InitializerBase {
  static className = 'SpectralMup';
  readonly distribution: 'semiOrthogonal' | 'gaussian';
  readonly seed: number | undefined;

  constructor(options: SpectralMupOptions = {}) {
    super();
    checkOptionNames('SpectralMup', options, SPECTRAL_MUP_OPTIONS);
    this.distribution = options.distribution ?? 'semiOrthogonal';
    if (this.distribution !== 'semiOrthogonal' && this.distribution !== 'gaussian') {
      throw new Error(`SpectralMup: expected distribution 'semiOrthogonal' or 'gaussian', got '${String(options.distribution)}'`);
    }
    this.seed = validSeed('SpectralMup', options.seed);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('SpectralMup', dtype);
    if (shape.length < 2) throw new Error(`SpectralMup: expected a kernel shape of rank >= 2, got [${shape.join(', ')}]`);
    const { fanIn, fanOut } = computeFans(shape);
    const ratio = Math.sqrt(fanOut / fanIn);
    if (this.distribution === 'gaussian') return tf.randomNormal(shape, 0, Math.min(1, ratio) / Math.sqrt(fanIn), 'float32', this.seed);
    const cols = shape[shape.length - 1]!;
    const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
    const q = randomOrthogonal(rows, cols, gaussianStream(this.seed));
    return tf.tensor(Float32Array.from(q, (value) => value * ratio), shape, 'float32');
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({ distribution: this.distribution, seed: this.seed });
  }
}

/** Per-layer SGD learning-rate multiplier fan_out/fan_in (for the training package's optimizers). */
export function spectralLearningRateMultiplier(shape: readonly number[]): number {
  const { fanIn, fanOut } = computeFans(shape);
  return fanOut / fanIn;
}

export type DeepNormArchitecture = 'encoderOnly' | 'decoderOnly' | 'encoderDecoder';

export interface DeepNormBetaOptions {
  readonly architecture?: DeepNormArchitecture;
  readonly encoderLayers?: number;
  readonly decoderLayers?: number;
  /** Which stack of an encoder-decoder the weight belongs to. */
  readonly stack?: 'encoder' | 'decoder';
  /** 0.87 (paper); 1.15 reproduces torchscale's encoder scaling. */
  readonly encoderBetaConstant?: number;
}

/** DeepNet beta: (8N)^(-1/4), (8M)^(-1/4), or 0.87*(N^4 M)^(-1/16) / (12M)^(-1/4) for encoder-decoder. */
export function deepNormBeta(options: DeepNormBetaOptions): number {
  const architecture = options.architecture ?? 'decoderOnly';
  const layers = (value: number | undefined, label: string) => {
    if (!(Number.isInteger(value) && (value as number) >= 1)) throw new Error(`deepNormBeta: expected ${label} to be a positive integer for architecture '${architecture}', got ${String(value)}`);
    return value as number;
  };
  switch (architecture) {
    case 'encoderOnly': return (8 * layers(options.encoderLayers, 'encoderLayers')) ** -0.25;
    case 'decoderOnly': return (8 * layers(options.decoderLayers, 'decoderLayers')) ** -0.25;
    case 'encoderDecoder': {
      const n = layers(options.encoderLayers, 'encoderLayers');
      const m = layers(options.decoderLayers, 'decoderLayers');
      return (options.stack ?? 'encoder') === 'encoder' ? (options.encoderBetaConstant ?? 0.87) * (n ** 4 * m) ** (-1 / 16) : (12 * m) ** -0.25;
    }
    default: throw new Error(`deepNormBeta: expected architecture 'encoderOnly', 'decoderOnly' or 'encoderDecoder', got '${String(architecture)}'`);
  }
}

export interface DeepNormInitOptions extends DeepNormBetaOptions {
  /** 'ffn', 'value' and 'output' get gain beta; 'query' and 'key' keep gain 1. */
  readonly role?: 'ffn' | 'value' | 'output' | 'query' | 'key';
  /** An explicit beta instead of the architecture formula. */
  readonly beta?: number;
  readonly seed?: number;
}

const DEEPNORM_INIT_OPTIONS: OptionNames<DeepNormInitOptions> = { architecture: true, encoderLayers: true, decoderLayers: true, stack: true, encoderBetaConstant: true, role: true, beta: true, seed: true };

/** Xavier normal with gain g: W ~ N(0, g^2*2/(fan_in + fan_out)). */
export class DeepNormInit extends InitializerBase {
  static className = 'DeepNormInit';
  readonly options: DeepNormInitOptions;
  readonly beta: number;

  constructor(options: DeepNormInitOptions = {}) {
    super();
    checkOptionNames('DeepNormInit', options, DEEPNORM_INIT_OPTIONS);
    // Copy only known options: fromConfig also passes tfjs's customObjects.
    this.options = {
      architecture: options.architecture, encoderLayers: options.encoderLayers, decoderLayers: options.decoderLayers, stack: options.stack,
      encoderBetaConstant: options.encoderBetaConstant, role: options.role, seed: validSeed('DeepNormInit', options.seed),
    };
    const role = options.role ?? 'ffn';
    if (!['ffn', 'value', 'output', 'query', 'key'].includes(role)) throw new Error(`DeepNormInit: expected role ffn, value, output, query or key, got '${role}'`);
    this.beta = options.beta ?? deepNormBeta(options);
  }

  gain(): number {
    const role = this.options.role ?? 'ffn';
    return role === 'query' || role === 'key' ? 1 : this.beta;
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('DeepNormInit', dtype);
    const { fanIn, fanOut } = computeFans(shape);
    return tf.randomNormal(shape, 0, this.gain() * Math.sqrt(2 / (fanIn + fanOut)), 'float32', this.options.seed);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({ ...this.options, beta: this.beta } as Record<string, unknown>);
  }
}

export const spectralMupEntry: InitializerEntry = {
  id: 'initializers.spectral-mup',
  kind: 'initializer',
  names: ['SpectralMup', 'spectralLearningRateMultiplier'],
  summary: 'Spectral / muP init: spectral norm sqrt(fan_out/fan_in) (exact semi-orthogonal or Gaussian), LR multiplier fan_out/fan_in.',
  classes: [SpectralMup],
  examples: [
    {
      label: '[1024, 256] semi-orthogonal: W^T W = 0.25 I (spectral norm 0.5)',
      create: () => new SpectralMup({ seed: 1 }), shape: [1024, 256],
      check: (values) => { const error = orthogonalityError(values, 1024, 256, 0.5); return error < 1e-5 ? null : `Gram error ${error}`; },
    },
    {
      label: '512x512 gaussian: sigma = 1/sqrt(512)',
      create: () => new SpectralMup({ distribution: 'gaussian', seed: 2 }), shape: [512, 512],
      check: (values) => varianceWithin(values, 1 / 512),
    },
  ],
  badInputs: [
    { label: 'unknown distribution', run: () => new SpectralMup({ distribution: 'uniform' as 'gaussian' }), message: /SpectralMup: expected distribution 'semiOrthogonal' or 'gaussian', got 'uniform'/ },
  ],
};

export const deepNormEntry: InitializerEntry = {
  id: 'initializers.deepnorm-init',
  kind: 'initializer',
  names: ['DeepNormInit', 'deepNormBeta'],
  summary: 'DeepNorm init: Xavier normal with gain beta on FFN, value and output projections (gain 1 on query/key).',
  classes: [DeepNormInit],
  examples: [
    {
      label: '12-layer decoder-only FFN kernel [1024, 4096]: std beta*sqrt(2/5120)',
      create: () => new DeepNormInit({ decoderLayers: 12, seed: 1 }), shape: [1024, 4096],
      check: (values) => varianceWithin(values, 96 ** -0.5 * (2 / 5120)),
    },
    {
      label: 'query projection keeps plain Xavier',
      create: () => new DeepNormInit({ decoderLayers: 12, role: 'query', seed: 2 }), shape: [512, 512],
      check: (values) => varianceWithin(values, 2 / 1024),
    },
  ],
  badInputs: [
    { label: 'missing layer count', run: () => new DeepNormInit({ architecture: 'encoderOnly' }), message: /deepNormBeta: expected encoderLayers to be a positive integer for architecture 'encoderOnly', got undefined/ },
  ],
};
