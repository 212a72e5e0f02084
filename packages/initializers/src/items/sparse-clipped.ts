// Initialization for clipped sparsity-inducing activations at the edge of chaos ("Deep Neural
// Network Initialization with Sparsity Inducing Activations"). UNSURE (not confirmed from the
// paper body): that the paper fixes q* = 1 and sets sigma_b^2 from the fixed-point equation, and
// how it picks the clip m; here m is a required option and steps 1-4 follow the catalog's
// derivation, which the tests verify against quadrature of the variance map.
import * as tf from '@tensorflow/tfjs-core';
import { checkFloatDtype, definedConfig, fanOf, InitializerBase, sampleWithVariance, validSeed, checkOptionNames, type OptionNames } from '../base.js';
import { varianceWithin, type InitializerEntry } from '../entry.js';
import { normalCdf, normalPdf, normalQuantile } from '../math64.js';
import type { ActivationFunction } from '../activations.js';

export interface SparseClippedOptions {
  /** 'crelu': min(max(x - tau, 0), m); 'cst': sign(x)*min(max(|x| - tau, 0), m). */
  readonly activation?: 'crelu' | 'cst';
  readonly targetSparsity?: number;
  readonly qStar?: number;
  /** The clip m (> 0, Infinity for unclipped); no default. */
  readonly clip: number;
}

export interface SparseClippedParameters {
  readonly tau: number;
  readonly sigmaW2: number;
  readonly sigmaB2: number;
  /** V'(q*): 1 for m = Infinity (marginal), below 1 for any finite clip. */
  readonly slope: number;
}

export function sparseClippedParameters(options: SparseClippedOptions): SparseClippedParameters {
  const activation = options.activation ?? 'crelu';
  const sparsity = options.targetSparsity ?? 0.85;
  const qStar = options.qStar ?? 1;
  const clip = options.clip;
  if (activation !== 'crelu' && activation !== 'cst') throw new Error(`sparseClippedParameters: expected activation 'crelu' or 'cst', got '${String(activation)}'`);
  if (!(sparsity > 0 && sparsity < 1)) throw new Error(`sparseClippedParameters: expected targetSparsity in (0, 1), got ${String(sparsity)}`);
  if (!(qStar > 0)) throw new Error(`sparseClippedParameters: expected qStar > 0, got ${String(qStar)}`);
  if (!(typeof clip === 'number' && clip > 0)) throw new Error(`sparseClippedParameters: expected clip m > 0 (Infinity for unclipped), got ${String(clip)} — the clip has no default`);
  const root = Math.sqrt(qStar);
  const symmetric = activation === 'cst' ? 2 : 1;
  const tau = root * normalQuantile(activation === 'cst' ? (1 + sparsity) / 2 : sparsity);
  const a = tau / root;
  const b = (tau + clip) / root;
  const active = normalCdf(b) - normalCdf(a);
  const sigmaW2 = 1 / (symmetric * active);
  const tail = Number.isFinite(clip) ? (2 * a - b) * normalPdf(b) + (clip * clip / qStar) * (1 - normalCdf(b)) : 0;
  const moment = symmetric * qStar * ((1 + a * a) * active - a * normalPdf(a) + tail);
  const sigmaB2 = qStar - sigmaW2 * moment;
  if (sigmaB2 < 0) throw new Error(`sparseClippedParameters: the fixed point needs sigma_b^2 = ${sigmaB2} < 0 — lower targetSparsity or raise qStar`);
  const slope = Number.isFinite(clip) ? 1 - sigmaW2 * symmetric * clip * (normalPdf(b) / root) : 1;
  return { tau, sigmaW2, sigmaB2, slope };
}

const SPARSE_CLIPPED_OPTIONS: OptionNames<SparseClippedOptions & { readonly seed?: number }> = { activation: true, targetSparsity: true, qStar: true, clip: true, seed: true };

/** The clipped activation as a float64 function (for the variance-map helpers and tests). */
export function sparseClippedActivation(activation: 'crelu' | 'cst', tau: number, clip: number): ActivationFunction {
  const crelu = (x: number) => Math.min(Math.max(x - tau, 0), clip);
  const kinks = Number.isFinite(clip) ? [tau, tau + clip] : [tau];
  return activation === 'crelu'
    ? { name: 'crelu', value: crelu, kinks }
    : { name: 'cst', value: (x) => Math.sign(x) * crelu(Math.abs(x)), kinks: [...kinks, ...kinks.map((kink) => -kink)] };
}

abstract class SparseClippedBase extends InitializerBase {
  readonly activation: 'crelu' | 'cst';
  readonly targetSparsity: number;
  readonly qStar: number;
  readonly clip: number;
  readonly mode: 'fanIn';
  readonly seed: number | undefined;
  readonly parameters: SparseClippedParameters;

  constructor(caller: string, options: SparseClippedOptions & { readonly seed?: number }) {
    super();
    checkOptionNames(caller, options, SPARSE_CLIPPED_OPTIONS);
    this.activation = options?.activation ?? 'crelu';
    this.targetSparsity = options?.targetSparsity ?? 0.85;
    this.qStar = options?.qStar ?? 1;
    // JSON has no Infinity: a saved unclipped config stores null.
    this.clip = options?.clip === null ? Infinity : options?.clip;
    this.mode = 'fanIn';
    this.seed = validSeed(caller, options?.seed);
    this.parameters = sparseClippedParameters({ activation: this.activation, targetSparsity: this.targetSparsity, qStar: this.qStar, clip: this.clip });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({
      activation: this.activation, targetSparsity: this.targetSparsity, qStar: this.qStar,
      clip: Number.isFinite(this.clip) ? this.clip : null, seed: this.seed,
    });
  }
}

/** Kernel: Var(W) = sigma_w^2/fan_in at the edge of chaos. */
export class SparseClippedKernel extends SparseClippedBase {
  static className = 'SparseClippedKernel';
  constructor(options: SparseClippedOptions & { readonly seed?: number }) {
    super('SparseClippedKernel', options);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('SparseClippedKernel', dtype);
    return sampleWithVariance(shape, this.parameters.sigmaW2 / fanOf(shape, 'fanIn'), 'normal', this.seed);
  }
}

/** Bias: b ~ N(0, sigma_b^2) from the fixed-point equation. */
export class SparseClippedBias extends SparseClippedBase {
  static className = 'SparseClippedBias';
  constructor(options: SparseClippedOptions & { readonly seed?: number }) {
    super('SparseClippedBias', options);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('SparseClippedBias', dtype);
    return sampleWithVariance(shape, this.parameters.sigmaB2, 'normal', this.seed);
  }
}

export const sparseClippedEntry: InitializerEntry = {
  id: 'initializers.sparse-clipped',
  kind: 'initializer',
  names: ['SparseClippedKernel', 'SparseClippedBias', 'sparseClippedParameters', 'sparseClippedActivation'],
  summary: 'Edge-of-chaos init for clipped shifted-ReLU / soft-threshold activations at a target sparsity.',
  classes: [SparseClippedKernel, SparseClippedBias],
  examples: [
    {
      label: 'CReLU s = 0.85, m = 1: Var(W) = 7.7431401/fan_in',
      create: () => new SparseClippedKernel({ clip: 1, seed: 1 }), shape: [400, 500],
      check: (values) => varianceWithin(values, 7.7431401 / 400),
    },
    {
      label: 'CReLU s = 0.85, m = 1: bias variance 0.6213405',
      create: () => new SparseClippedBias({ clip: 1, seed: 2 }), shape: [200000],
      check: (values) => varianceWithin(values, 0.6213405),
    },
  ],
  badInputs: [
    { label: 'missing clip', run: () => new SparseClippedKernel({} as SparseClippedOptions), message: /sparseClippedParameters: expected clip m > 0 \(Infinity for unclipped\), got undefined — the clip has no default/ },
  ],
};
