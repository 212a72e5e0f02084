/**
 * The bases a memory-saving backward wraps: smooth activations with a float64 reference (their
 * derivative gets a few-bit fit) and piecewise-linear ones whose derivative takes two values
 * (stored exactly as a 1-bit mask). Every base is an activation of the registry, by its name,
 * an alias or an activation string (which may carry options: 'geluTanh').
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import {
  elementwiseOp, evaluate, givenParams, resolveParams, resolveVariants, suggestion, type ElementwiseSpec,
} from '@layerkit/core';
import { activationStringsOf } from '../names.js';
import { gelu } from '../specs/gelu.js';
import { swish } from '../specs/swish.js';
import { mish } from '../specs/mish.js';
import { hardSwish } from '../specs/hard-swish.js';
import { softplus } from '../specs/softplus.js';
import { elu } from '../specs/elu.js';
import { celu } from '../specs/celu.js';
import { selu } from '../specs/selu.js';
import { sigmoid } from '../specs/sigmoid.js';
import { tanh } from '../specs/tanh.js';
import { logSigmoid } from '../specs/log-sigmoid.js';
import { relu } from '../specs/relu.js';
import { leakyRelu } from '../specs/leaky-relu.js';
import { hardTanh } from '../specs/hard-tanh.js';
import { hardSigmoid } from '../specs/hard-sigmoid.js';
import { hardShrink } from '../specs/hard-shrink.js';
import { softShrink } from '../specs/soft-shrink.js';
import { registerWasmKernels } from '../wasm-kernels.js';
import { band } from './backward.js';

type Options = Readonly<Record<string, unknown>>;

/** A smooth base: its spec with the options its name implies, f and f' in float64, and its op. */
export interface SmoothBase {
  readonly name: string;
  readonly spec: ElementwiseSpec;
  readonly options: Options;
  readonly f: (x: number) => number;
  readonly derivative: (x: number) => number;
  readonly forward: (x: Tensor) => Tensor;
}

/** A piecewise-linear base: its op, the 1-bit mask of its derivative, and the derivative's two values. */
export interface MaskBase {
  readonly name: string;
  readonly forward: (x: Tensor) => Tensor;
  readonly code: (x: Tensor) => Tensor;
  readonly levels: readonly [number, number];
}

/** The activations the few-bit library fits (skolai/fewbit's table) that the registry has. */
// The base activations' fused kernels' wasm module (a loader): every memory-saving op and layer comes here.
registerWasmKernels();

const SMOOTH_SPECS: readonly ElementwiseSpec[] = [gelu, swish, mish, hardSwish, softplus, elu, celu, selu, sigmoid, tanh, logSigmoid];

function namesOf(spec: ElementwiseSpec): [string, Options][] {
  return Object.entries({ ...Object.fromEntries([spec.name, ...(spec.aliases ?? [])].map((name) => [name, {}])), ...activationStringsOf(spec) });
}

function smoothBase(spec: ElementwiseSpec, name: string, options: Options): SmoothBase {
  const params = resolveParams(spec, options);
  const variants = resolveVariants(spec, options);
  const math = spec.math(variants, givenParams(spec, options));
  const f = (v: number) => spec.reference(v, params, variants);
  const derivative = spec.referenceDerivative
    ? (v: number) => spec.referenceDerivative!(v, params, variants)
    // The spec's own derivative, in float64 (it may read the output y).
    : (v: number) => evaluate(math.derivative, { x: v, y: f(v) }, params);
  const op = elementwiseOp(spec);
  return { name, spec, options, f, derivative, forward: (x) => op(x, options) };
}

const SMOOTH = new Map<string, { spec: ElementwiseSpec; options: Options }>(
  SMOOTH_SPECS.flatMap((spec) => namesOf(spec).map(([name, options]) => [name, { spec, options }] as const)),
);

const opOf = (spec: ElementwiseSpec, options: Options = {}) => {
  const op = elementwiseOp(spec);
  return (x: Tensor) => op(x, options);
};
const above = (threshold: number) => (x: Tensor) => tf.tidy(() => tf.cast(tf.greater(x, threshold), 'int32'));
const outside = (threshold: number) => (x: Tensor) => tf.tidy(() => tf.cast(tf.greater(tf.abs(x), threshold), 'int32'));

/**
 * Piecewise-linear bases with their default params: the mask is where the spec's derivative
 * takes its second value, with the spec's own conventions at the kinks (relu: 0 at x = 0;
 * relu6: 0 at 0 and at 6).
 */
function maskBases(): Map<string, MaskBase> {
  const leak = resolveParams(leakyRelu).alpha;
  const clamp = resolveParams(hardTanh);
  const shrink = resolveParams(hardShrink).threshold;
  const softThreshold = resolveParams(softShrink).threshold;
  const bases: MaskBase[] = [
    { name: 'relu', forward: opOf(relu), code: above(0), levels: [0, 1] },
    { name: 'relu6', forward: opOf(relu, { maxValue: 6 }), code: (x) => band(x, 0, 6), levels: [0, 1] },
    { name: 'leakyRelu', forward: opOf(leakyRelu), code: above(0), levels: [leak, 1] },
    { name: 'hardTanh', forward: opOf(hardTanh), code: (x) => band(x, clamp.minVal, clamp.maxVal), levels: [0, 1] },
    { name: 'hardSigmoid', forward: opOf(hardSigmoid), code: (x) => band(x, -3, 3), levels: [0, 1 / 6] },
    { name: 'hardShrink', forward: opOf(hardShrink), code: outside(shrink), levels: [0, 1] },
    { name: 'softShrink', forward: opOf(softShrink), code: outside(softThreshold), levels: [0, 1] },
  ];
  return new Map(bases.map((base) => [base.name, base]));
}

let masks: Map<string, MaskBase> | undefined;

/** The names every memory-saving backward can take as its base, smooth ones first. */
export function baseNames(): { smooth: string[]; mask: string[] } {
  masks ??= maskBases();
  return { smooth: [...SMOOTH.keys()], mask: [...masks.keys()] };
}

/** The bases' main names, for error messages: each smooth spec's name (and 'silu'), then the masks. */
export function mainBaseNames(): string[] {
  return [...SMOOTH_SPECS.map((spec) => spec.name), 'silu', ...baseNames().mask];
}

/**
 * A base by name: smooth, piecewise-linear, or an error naming the closest known name. `allowed`
 * narrows the names an op takes; `shown` is what the error lists.
 */
export function resolveBase(
  op: string,
  name: unknown,
  allowed: readonly string[] = [...baseNames().smooth, ...baseNames().mask],
  shown: readonly string[] = allowed.length > 10 ? mainBaseNames() : allowed,
): SmoothBase | MaskBase {
  if (typeof name !== 'string' || !allowed.includes(name)) {
    const given = typeof name === 'string' ? `'${name}'` : String(name);
    throw new Error(
      `${op}: unknown base ${given}${typeof name === 'string' ? suggestion(name, allowed) : ''} — `
      + `use one of ${shown.map((n) => `'${n}'`).join(', ')}`,
    );
  }
  masks ??= maskBases();
  const mask = masks.get(name);
  if (mask) return mask;
  const { spec, options } = SMOOTH.get(name)!;
  return smoothBase(spec, name, options);
}

export const isMaskBase = (base: SmoothBase | MaskBase): base is MaskBase => 'code' in base;
