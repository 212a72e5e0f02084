/**
 * The three memory-saving backwards as ops on tensors: few-bit (an L2-optimal b-bit fit of f'),
 * approximate BP (ReGELU2, ReSiLU2) and MobileTL (a 1-bit backward for hardSwish, relu6's exact
 * band mask). Each resolves its options to a step backward once and caches the op.
 */
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import { describe, rejectUnknownOptions } from '@layerkit/core';
import { countExceeded, stepBackwardOp, type StepBackward } from './backward.js';
import { isMaskBase, resolveBase, type SmoothBase } from './bases.js';
import { fitDerivative, type PiecewiseConstantFit } from './solver.js';

export interface FewBitBackwardOptions {
  /** The activation whose derivative is quantised: 'gelu', 'silu', 'mish', … or a piecewise-linear one ('relu', 'relu6', …). Default 'gelu'. */
  readonly base?: string;
  /** Bits per element of the saved code, 1 to 4 (default 3); piecewise-linear bases store their exact 1-bit mask. */
  readonly bits?: number;
  /** [L, R], the interval the fit minimises the L2 error over (default [-100, 100]). */
  readonly domain?: readonly [number, number];
}

export interface ApproxBpOptions {
  /** 'gelu' (ReGELU2) or 'silu' (ReSiLU2). Default 'gelu'. */
  readonly base?: 'gelu' | 'silu';
}

export interface MobiletlBackwardOptions {
  /** 'hardSwish' (two-level surrogate backward) or 'relu6' (exact band mask). Default 'hardSwish'. */
  readonly base?: 'hardSwish' | 'relu6';
  /** hardSwish only: the mask is x > threshold (default 0). */
  readonly threshold?: number;
  /** hardSwish only: [c0, c1], the gradient factor below and above the threshold (default [0, 1]). */
  readonly levels?: readonly [number, number];
}

export const FEW_BIT_DEFAULTS = { base: 'gelu', bits: 3, domain: [-100, 100] as const } as const;

const fits = new Map<string, PiecewiseConstantFit>();

/** The few-bit fit of a smooth base, computed in float64 at first use and cached per base, bits and domain. */
function fitOf(base: SmoothBase, bits: number, domain: readonly [number, number]): PiecewiseConstantFit {
  const key = `${base.name}|${bits}|${domain[0]}|${domain[1]}`;
  let fit = fits.get(key);
  if (!fit) {
    fit = fitDerivative({ f: base.f, derivative: base.derivative, bits, domain, kinks: base.spec.domain.kinks }, 'fewBitBackward');
    fits.set(key, fit);
  }
  return fit;
}

function checkBits(op: string, bits: unknown): number {
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 1 || bits > 4) {
    throw new Error(`${op}: expected option 'bits' to be an integer from 1 to 4, got ${describe(bits)} — pass bits: 1, 2, 3 or 4`);
  }
  return bits;
}

function checkDomain(op: string, domain: unknown): readonly [number, number] {
  const ok = Array.isArray(domain) && domain.length === 2 && domain.every((v) => typeof v === 'number' && Number.isFinite(v))
    && domain[0] < 0 && domain[1] > 0;
  if (!ok) {
    throw new Error(`${op}: expected option 'domain' to be [L, R] with finite L < 0 < R, got ${describe(domain)} — pass such as domain: [-100, 100]`);
  }
  return [domain[0], domain[1]];
}

/**
 * The few-bit fit (borders and levels) of a smooth base: what fewBitBackward saves codes for.
 * gelu with 2 bits: borders ±0.4536011186 and 0, levels −0.0014811853, 0.3250579741, 0.6749420259, 1.0014811853.
 */
export function fewBitFit(options: FewBitBackwardOptions = {}): PiecewiseConstantFit {
  rejectUnknownOptions('fewBitFit', options, ['base', 'bits', 'domain']);
  const base = resolveBase('fewBitFit', options.base ?? FEW_BIT_DEFAULTS.base);
  if (isMaskBase(base)) {
    throw new Error(`fewBitFit: '${base.name}' is piecewise linear — its derivative is stored exactly as a 1-bit mask, with no fit; pass a smooth base such as 'gelu'`);
  }
  return fitOf(base, checkBits('fewBitFit', options.bits ?? FEW_BIT_DEFAULTS.bits), checkDomain('fewBitFit', options.domain ?? FEW_BIT_DEFAULTS.domain));
}

type StepOp = (x: Tensor | TensorLike) => Tensor;
const ops = new Map<string, StepOp>();

function cachedOp(key: string, make: () => StepBackward): StepOp {
  let op = ops.get(key);
  if (!op) {
    op = stepBackwardOp(make());
    ops.set(key, op);
  }
  return op;
}

/** The step backward of fewBitBackward for these options. */
export function fewBitStep(options: FewBitBackwardOptions = {}): StepBackward {
  const name = 'fewBitBackward';
  rejectUnknownOptions(name, options, ['base', 'bits', 'domain']);
  const base = resolveBase(name, options.base ?? FEW_BIT_DEFAULTS.base);
  if (isMaskBase(base)) {
    if (options.bits != null && options.bits !== 1) {
      throw new Error(`${name}: '${base.name}' is piecewise linear — its exact derivative is a 1-bit mask, got bits: ${describe(options.bits)}; pass bits: 1 or leave bits unset`);
    }
    return { name, forward: base.forward, code: base.code, levels: base.levels, bits: 1 };
  }
  const bits = checkBits(name, options.bits ?? FEW_BIT_DEFAULTS.bits);
  const fit = fitOf(base, bits, checkDomain(name, options.domain ?? FEW_BIT_DEFAULTS.domain));
  return { name, forward: base.forward, code: (x) => countExceeded(x, fit.borders), levels: fit.levels, bits };
}

export function fewBitBackwardCompute(x: Tensor | TensorLike, options: FewBitBackwardOptions = {}): Tensor {
  const key = `${options.base ?? FEW_BIT_DEFAULTS.base}|${options.bits}|${options.domain?.join(',')}`;
  // Validate on every call (a cached key may hold unknown options), then reuse the op.
  const step = fewBitStep(options);
  return cachedOp(`fewBit|${key}`, () => step)(x);
}

/**
 * h(x) = Σ a_i·max(x − c_i, 0), the function-space L2 fit of gelu and silu from simulated
 * annealing (yyyyychen/LowMemoryBP, regelu2_cuda.cu and resilu2_cuda.cu): its derivative
 * Σ a_i·1[x > c_i] is the backward, so 2 bits say how many c_i x exceeds.
 */
export const APPROX_BP_CONSTANTS = {
  gelu: {
    a: [-0.04922261145617846, 1.0979632065417297, -0.048740595085551286],
    c: [-3.1858810036855245, -0.001178821281161997, 3.190832613414926],
  },
  silu: {
    a: [-0.04060357190528599, 1.080925428529668, -0.040321856624382146],
    c: [-6.3050461001646445, -0.0008684942046214787, 6.325815242089708],
  },
} as const;

/** The four backward levels of approxBp: 0, a1, a1 + a2, a1 + a2 + a3. */
export function approxBpLevels(base: 'gelu' | 'silu'): number[] {
  const { a } = APPROX_BP_CONSTANTS[base];
  return [0, a[0], a[0] + a[1], a[0] + a[1] + a[2]];
}

export function approxBpStep(options: ApproxBpOptions = {}): StepBackward {
  const name = 'approxBp';
  rejectUnknownOptions(name, options, ['base']);
  const baseName = options.base ?? 'gelu';
  // gelu's exact erf form and silu (swish with beta 1), as the base ops compute them.
  const base = resolveBase(name, baseName, ['gelu', 'silu']);
  const key = baseName as 'gelu' | 'silu';
  return { name, forward: base.forward, code: (x) => countExceeded(x, APPROX_BP_CONSTANTS[key].c), levels: approxBpLevels(key), bits: 2 };
}

export function approxBpCompute(x: Tensor | TensorLike, options: ApproxBpOptions = {}): Tensor {
  const step = approxBpStep(options);
  return cachedOp(`approxBp|${options.base ?? 'gelu'}`, () => step)(x);
}

function checkLevels(op: string, levels: unknown): readonly [number, number] {
  if (!Array.isArray(levels) || levels.length !== 2 || !levels.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new Error(`${op}: expected option 'levels' to be two finite numbers [c0, c1], got ${describe(levels)} — pass such as levels: [0, 1]`);
  }
  return [levels[0], levels[1]];
}

export function mobiletlStep(options: MobiletlBackwardOptions = {}): StepBackward {
  const name = 'mobiletlBackward';
  rejectUnknownOptions(name, options, ['base', 'threshold', 'levels']);
  const base = resolveBase(name, options.base ?? 'hardSwish', ['hardSwish', 'relu6']);
  if (isMaskBase(base)) {
    if (options.threshold != null || options.levels != null) {
      throw new Error(
        `${name}: relu6's backward is exact — its derivative is the band mask 1[0 < x < 6] — so it takes no threshold or levels; `
        + 'leave them unset, or use base: \'hardSwish\'',
      );
    }
    return { name, forward: base.forward, code: base.code, levels: base.levels, bits: 1 };
  }
  const threshold = options.threshold ?? 0;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    throw new Error(`${name}: expected option 'threshold' to be a finite number, got ${describe(threshold)} — pass such as threshold: 0`);
  }
  const levels = checkLevels(name, options.levels ?? [0, 1]);
  return { name, forward: base.forward, code: (x) => countExceeded(x, [threshold]), levels, bits: 1 };
}

export function mobiletlBackwardCompute(x: Tensor | TensorLike, options: MobiletlBackwardOptions = {}): Tensor {
  const step = mobiletlStep(options);
  return cachedOp(`mobiletl|${options.base ?? 'hardSwish'}|${step.levels.join(',')}|${options.threshold ?? 0}`, () => step)(x);
}
