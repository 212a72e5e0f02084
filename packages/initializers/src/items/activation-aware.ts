// Activation-aware variance-preserving init: sigma_w^2, sigma_b^2 from the numerical variance map
// so unit-variance inputs keep their second moment through depth with q* = 1 an attracting fixed
// point ("Deep Neural Network Initialization with Sparsity Inducing Activations"; Kumar 2017 and
// NF-ResNet rules as options). Kumar's general equation is taken from the paper's special cases
// (sigmoid 3.6/sqrt(N), tanh 1/sqrt(N), relu sqrt(2/N)); its text was not re-read (UNSURE).
import * as tf from '@tensorflow/tfjs-core';
import {
  checkFloatDtype, definedConfig, fanOf, InitializerBase, normaliseDistribution, normaliseMode, sampleWithVariance, validSeed,
  type Distribution, type FanMode, checkOptionNames, type OptionNames,
} from '../base.js';
import { varianceWithin, type InitializerEntry } from '../entry.js';
import { activationAwareVariances, type ActivationAwareRule, type ActivationAwareVariances } from '../variance-map.js';

export interface ActivationAwareOptions {
  /** An activation name: tfjs built-ins (relu, gelu, tanh ...) or any @layerkit/activations name. */
  readonly activation?: string;
  readonly rule?: ActivationAwareRule;
  readonly margin?: number;
  readonly biasVariance?: number;
  readonly mode?: FanMode | 'fan_in' | 'fan_out' | 'fan_avg';
  readonly distribution?: Distribution | 'untruncatedNormal';
  /** Numeric attributes of the activation (alpha of elu / leakyrelu ...). */
  readonly activationParams?: Readonly<Record<string, number>>;
  readonly seed?: number;
}

const ACTIVATION_AWARE_OPTIONS: OptionNames<ActivationAwareOptions> = { activation: true, rule: true, margin: true, biasVariance: true, mode: true, distribution: true, activationParams: true, seed: true };

/** Shared option handling for the kernel and the bias initializer. */
abstract class ActivationAwareBase extends InitializerBase {
  readonly activation: string;
  readonly rule: ActivationAwareRule;
  readonly margin: number | undefined;
  readonly biasVariance: number | undefined;
  readonly mode: FanMode;
  readonly distribution: Distribution;
  readonly activationParams: Readonly<Record<string, number>> | undefined;
  readonly seed: number | undefined;
  #variances: ActivationAwareVariances | undefined;

  constructor(caller: string, options: ActivationAwareOptions) {
    super();
    checkOptionNames(caller, options, ACTIVATION_AWARE_OPTIONS);
    this.activation = options.activation ?? 'relu';
    this.rule = options.rule ?? 'stable';
    this.margin = options.margin;
    this.biasVariance = options.biasVariance;
    this.mode = normaliseMode(caller, options.mode);
    this.distribution = normaliseDistribution(caller, options.distribution);
    this.activationParams = options.activationParams;
    this.seed = validSeed(caller, options.seed);
    // Resolve eagerly so an unknown activation fails at construction, not at model build.
    this.#variances = this.variances();
  }

  /** The sigma_w^2, sigma_b^2, slope and chi this initializer uses. */
  variances(): ActivationAwareVariances {
    this.#variances ??= activationAwareVariances(this.activation, {
      rule: this.rule,
      ...(this.margin === undefined ? {} : { margin: this.margin }),
      ...(this.biasVariance === undefined ? {} : { biasVariance: this.biasVariance }),
      ...(this.activationParams === undefined ? {} : { params: this.activationParams }),
    });
    return this.#variances;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({
      activation: this.activation, rule: this.rule, margin: this.margin, biasVariance: this.biasVariance, mode: this.mode,
      distribution: this.distribution, activationParams: this.activationParams as tf.serialization.ConfigDictValue, seed: this.seed,
    });
  }
}

/** Kernel: W ~ (distribution) with Var(W) = sigma_w^2/fan. */
export class ActivationAware extends ActivationAwareBase {
  static className = 'ActivationAware';

  constructor(options: ActivationAwareOptions = {}) {
    super('ActivationAware', options);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('ActivationAware', dtype);
    return sampleWithVariance(shape, this.variances().weightVariance / fanOf(shape, this.mode), this.distribution, this.seed);
  }
}

/** Bias: b ~ N(0, sigma_b^2), zeros when the rule needs no bias variance. */
export class ActivationAwareBias extends ActivationAwareBase {
  static className = 'ActivationAwareBias';

  constructor(options: ActivationAwareOptions = {}) {
    super('ActivationAwareBias', options);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('ActivationAwareBias', dtype);
    const variance = this.variances().biasVariance;
    return variance === 0 ? tf.zeros(shape) : sampleWithVariance(shape, variance, 'normal', this.seed);
  }
}

/** Factory spellings: `activationAware({activation: 'gelu'})` for `kernelInitializer`. */
export function activationAware(options: ActivationAwareOptions = {}): ActivationAware {
  return new ActivationAware(options);
}

export function activationAwareBias(options: ActivationAwareOptions = {}): ActivationAwareBias {
  return new ActivationAwareBias(options);
}

export const activationAwareEntry: InitializerEntry = {
  id: 'initializers.activation-aware',
  kind: 'initializer',
  names: ['ActivationAware', 'ActivationAwareBias', 'activationAware', 'activationAwareBias', 'secondMomentGain', 'varianceMap', 'activationAwareVariances', 'calculateGain'],
  summary: 'Activation-aware init from the numerical variance map: q* = 1 a stable fixed point (rule stable), or varianceMap / kumar / nf rules.',
  classes: [ActivationAware, ActivationAwareBias],
  examples: [
    {
      label: 'relu, varianceMap rule: Var(W) = 2/fan_in',
      create: () => new ActivationAware({ activation: 'relu', rule: 'varianceMap', seed: 1 }), shape: [500, 800],
      check: (values) => varianceWithin(values, 2 / 500),
    },
    {
      label: 'tanh, varianceMap rule: Var(W) = 2.5361754/fan_in',
      create: () => new ActivationAware({ activation: 'tanh', rule: 'varianceMap', seed: 2 }), shape: [500, 800],
      check: (values) => varianceWithin(values, 2.5361754 / 500),
    },
    {
      label: 'sigmoid, kumar rule: std*sqrt(N) = 3.5777088',
      create: () => new ActivationAware({ activation: 'sigmoid', rule: 'kumar', seed: 3 }), shape: [500, 800],
      check: (values) => varianceWithin(values, 3.5777088 ** 2 / 500),
    },
    {
      label: 'gelu, stable rule: the bias variance is sigma_b^2 = 1 - sigma_w^2*E[gelu(z)^2]',
      create: () => new ActivationAwareBias({ activation: 'gelu', seed: 4 }), shape: [200000],
      check: (values) => {
        const variances = activationAwareVariances('gelu');
        return variances.biasVariance > 0 ? varianceWithin(values, variances.biasVariance) : 'gelu should need a bias variance under the stable rule';
      },
    },
    {
      label: 'tanh, stable rule: no bias needed, zeros',
      create: () => new ActivationAwareBias({ activation: 'tanh' }), shape: [64],
      check: (values) => (values.every((value) => value === 0) ? null : 'expected zeros'),
    },
  ],
  badInputs: [
    { label: 'unknown activation', run: () => new ActivationAware({ activation: 'swoosh' }), message: /ActivationAware|activationAware: unknown activation 'swoosh' — expected one of/ },
    { label: 'margin out of range', run: () => new ActivationAware({ activation: 'gelu', margin: 1.5 }), message: /activationAware: expected margin in \[0, 1\), got 1.5/ },
  ],
};
