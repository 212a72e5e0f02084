import { inputsOf, mul, input, paramsOf, type Expr } from './expr.js';
import {
  variantCombinations, variantKey, type ElementwiseSpec, type VariantChoices,
} from './spec.js';

/**
 * One elementwise kernel, independent of backend: every backend has one generic runner for
 * programs, so a spec needs no backend code of its own.
 *
 * Layouts:
 * - 'elementwise': every input has the output's shape; out[i] = outputs[0](inputs[i]).
 * - 'gated-forward': x is [..., 2h], out is [..., h]; out[r, j] = outputs[0] with
 *   a = x[r, j], b = x[r, h + j].
 * - 'gated-backward': x is [..., 2h], dy is [..., h], out has x's shape;
 *   out[r, j] = outputs[0] (da), out[r, h + j] = outputs[1] (db), with a, b as above and
 *   dy = dy[r, j].
 *
 * Param modes: 'uniform' passes each param as one float per call; 'channel' passes each as a
 * tensor of shape [c], c = the last dimension of the output (x's for gated layouts is not
 * supported), read at `i % c`.
 */
export type Layout = 'elementwise' | 'gated-forward' | 'gated-backward';
export type ParamMode = 'uniform' | 'channel';

export interface ElementwiseProgram {
  /** Unique and stable, usable as an identifier: 'mish_forward', 'gelu_approximate_tanh_grad'. */
  readonly key: string;
  readonly layout: Layout;
  readonly paramMode: ParamMode;
  /** Tensor inputs in call order. */
  readonly inputs: readonly string[];
  /** Params in call order (uniform values, or channel tensors after the inputs). */
  readonly params: readonly string[];
  /** One expression, or two for 'gated-backward'. */
  readonly outputs: readonly Expr[];
}

/** Which programs a spec needs, for one variant choice. */
export interface SpecPrograms {
  readonly variants: VariantChoices;
  readonly forward: ElementwiseProgram;
  /** dx = dy * f'(x or y). */
  readonly gradient: ElementwiseProgram;
  /** Whether the gradient reads the saved output y instead of x. */
  readonly gradientFromOutput: boolean;
  /** dy * df/dp for each trainable param (channel mode; summed to [c] by the gradient). */
  readonly paramGradients: Readonly<Record<string, ElementwiseProgram>>;
}

export const dy = input('dy');

const identifier = (text: string) => text.replace(/[^A-Za-z0-9_]/g, '_');

export function specProgramKey(spec: ElementwiseSpec, variants: VariantChoices, role: string, mode: ParamMode, given: ReadonlySet<string> = new Set()): string {
  const variant = variantKey(variants);
  const withParams = [...given].sort().map((name) => `with_${name}`).join('_');
  return identifier([spec.name, variant, withParams, role, mode === 'channel' ? 'channel' : ''].filter(Boolean).join('_'));
}

function program(key: string, layout: Layout, paramMode: ParamMode, outputs: readonly Expr[], order: readonly string[] = []): ElementwiseProgram {
  const used = new Set(outputs.flatMap(inputsOf));
  const inputs = [...order.filter((name) => used.has(name)), ...[...used].filter((name) => !order.includes(name))];
  const params = [...new Set(outputs.flatMap(paramsOf))];
  return { key, layout, paramMode, inputs, params, outputs };
}

/**
 * The forward, gradient and param-gradient programs of a spec, for a variant choice, mode and
 * set of optional params given.
 */
export function specPrograms(spec: ElementwiseSpec, variants: VariantChoices, mode: ParamMode, given: ReadonlySet<string> = new Set()): SpecPrograms {
  const math = spec.math(variants, given);
  const derivativeInputs = inputsOf(math.derivative);
  const gradientFromOutput = derivativeInputs.includes('y');
  if (gradientFromOutput && derivativeInputs.includes('x')) {
    throw new Error(`${spec.id}: a derivative may read x or y, not both`);
  }
  const paramGradients: Record<string, ElementwiseProgram> = {};
  if (mode === 'channel') {
    for (const [name, derivative] of Object.entries(math.paramDerivatives ?? {})) {
      paramGradients[name] = program(
        specProgramKey(spec, variants, `grad_${name}`, mode, given), 'elementwise', mode, [mul(dy, derivative)], ['dy', 'x'],
      );
    }
  }
  return {
    variants,
    forward: program(specProgramKey(spec, variants, 'forward', mode, given), 'elementwise', mode, [math.forward], ['x']),
    gradient: program(specProgramKey(spec, variants, 'grad', mode, given), 'elementwise', mode, [mul(dy, math.derivative)], ['dy', 'x', 'y']),
    gradientFromOutput,
    paramGradients,
  };
}

/** Every subset of a spec's optional params, the empty one first. */
export function optionalParamSubsets(spec: ElementwiseSpec): ReadonlySet<string>[] {
  const optional = spec.params.filter((p) => p.optional).map((p) => p.name);
  return optional.reduce<string[][]>((all, name) => [...all, ...all.map((subset) => [...subset, name])], [[]]).map((subset) => new Set(subset));
}

/**
 * Every program a spec can run: each variant choice and set of optional params given, uniform
 * mode, and channel mode when it has trainable params.
 */
export function allSpecPrograms(spec: ElementwiseSpec): SpecPrograms[] {
  const hasTrainable = spec.params.some((p) => p.trainable);
  return variantCombinations(spec.variants).flatMap((variants) => optionalParamSubsets(spec).flatMap((given) => [
    specPrograms(spec, variants, 'uniform', given),
    ...(hasTrainable ? [specPrograms(spec, variants, 'channel', given)] : []),
  ]));
}

export function programsOf(programs: SpecPrograms): ElementwiseProgram[] {
  return [programs.forward, programs.gradient, ...Object.values(programs.paramGradients)];
}

/** Splits a shape into rows × width, width = the innermost dimension the layout walks. */
export function rowsAndWidth(program: ElementwiseProgram, outShape: readonly number[], inputShape: readonly number[]): [number, number] {
  const size = outShape.reduce((a, b) => a * b, 1);
  if (program.layout === 'elementwise') {
    const width = outShape.length ? outShape[outShape.length - 1] : 1;
    return width === 0 ? [0, 0] : [size / width, width];
  }
  const half = inputShape[inputShape.length - 1] / 2;
  const rows = half === 0 ? 0 : inputShape.reduce((a, b) => a * b, 1) / (2 * half);
  return [rows, half];
}
