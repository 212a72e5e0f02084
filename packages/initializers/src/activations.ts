// Float64 references of the activations an initializer can be made aware of: tfjs's built-in
// activation strings (a local table, since tfjs ships no float64 math) and every activation of
// @layerkit/activations (through its spec's reference and kinks).
import { ACTIVATIONS } from '@layerkit/activations';
import { erf } from './math64.js';

/** What the variance map needs of an activation. */
export interface ActivationFunction {
  readonly name: string;
  /** phi(x) in float64. */
  readonly value: (x: number) => number;
  /** phi'(x); numerical (central differences kept on one side of every kink) when absent. */
  readonly derivative?: (x: number) => number;
  /** Points where phi' jumps: quadrature splits there. */
  readonly kinks: readonly number[];
}

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;
const normalCdf = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));
const normalPdf = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const GELU_TANH_SCALE = Math.sqrt(2 / Math.PI);

/** tfjs-layers activation strings (and leakyrelu, a tfjs layer), with tfjs's defaults. */
export function builtinActivation(name: string, params: Readonly<Record<string, number>> = {}): ActivationFunction | undefined {
  const alpha = params.alpha;
  switch (name) {
    case 'linear': return { name, value: (x) => x, derivative: () => 1, kinks: [] };
    case 'relu': return { name, value: (x) => Math.max(x, 0), derivative: (x) => (x > 0 ? 1 : 0), kinks: [0] };
    case 'relu6': return { name, value: (x) => Math.min(Math.max(x, 0), 6), derivative: (x) => (x > 0 && x < 6 ? 1 : 0), kinks: [0, 6] };
    case 'leakyrelu':
    case 'leakyRelu': {
      // tfjs-layers' LeakyReLU layer defaults to alpha = 0.3 (tf.leakyRelu, the op, to 0.2).
      const slope = alpha ?? 0.3;
      return { name: 'leakyrelu', value: (x) => (x > 0 ? x : slope * x), derivative: (x) => (x > 0 ? 1 : slope), kinks: [0] };
    }
    case 'elu': {
      const scale = alpha ?? 1;
      return { name, value: (x) => (x > 0 ? x : scale * Math.expm1(x)), derivative: (x) => (x > 0 ? 1 : scale * Math.exp(x)), kinks: [0] };
    }
    case 'selu': return {
      name,
      value: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
      derivative: (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
      kinks: [0],
    };
    case 'tanh': return { name, value: Math.tanh, derivative: (x) => 1 - Math.tanh(x) ** 2, kinks: [] };
    case 'sigmoid': return { name, value: sigmoid, derivative: (x) => sigmoid(x) * (1 - sigmoid(x)), kinks: [] };
    case 'softplus': return { name, value: softplus, derivative: sigmoid, kinks: [] };
    case 'softsign': return { name, value: (x) => x / (1 + Math.abs(x)), derivative: (x) => 1 / (1 + Math.abs(x)) ** 2, kinks: [] };
    case 'hardSigmoid':
    case 'hard_sigmoid': return {
      name: 'hardSigmoid', value: (x) => Math.min(Math.max(0.2 * x + 0.5, 0), 1), derivative: (x) => (x > -2.5 && x < 2.5 ? 0.2 : 0), kinks: [-2.5, 2.5],
    };
    case 'swish':
    case 'silu': {
      const beta = alpha ?? 1;
      return { name, value: (x) => x * sigmoid(beta * x), derivative: (x) => sigmoid(beta * x) * (1 + beta * x * (1 - sigmoid(beta * x))), kinks: [] };
    }
    case 'mish': return {
      name,
      value: (x) => x * Math.tanh(softplus(x)),
      derivative: (x) => {
        const t = Math.tanh(softplus(x));
        return t + x * (1 - t * t) * sigmoid(x);
      },
      kinks: [],
    };
    case 'gelu': return { name, value: (x) => x * normalCdf(x), derivative: (x) => normalCdf(x) + x * normalPdf(x), kinks: [] };
    case 'gelu_new':
    case 'geluNew': return {
      name: 'gelu_new',
      value: (x) => 0.5 * x * (1 + Math.tanh(GELU_TANH_SCALE * (x + 0.044715 * x ** 3))),
      kinks: [],
    };
    default: return undefined;
  }
}

export const BUILTIN_ACTIVATION_NAMES = [
  'linear', 'relu', 'relu6', 'leakyrelu', 'elu', 'selu', 'tanh', 'sigmoid', 'softplus', 'softsign', 'hardSigmoid',
  'swish', 'mish', 'gelu', 'gelu_new',
] as const;

/** The shape of an @layerkit/activations spec that this package reads. */
interface ActivationSpecLike {
  readonly name: string;
  readonly id: string;
  readonly aliases?: readonly string[];
  readonly params: readonly { readonly name: string; readonly default: number }[];
  readonly variants?: readonly { readonly name: string; readonly default: string }[];
  readonly reference: (x: number, params: Readonly<Record<string, number>>, variants: Readonly<Record<string, string>>) => number;
  readonly domain: { readonly kinks?: readonly number[] };
}

function fromSpec(spec: ActivationSpecLike, params: Readonly<Record<string, number>>, variants: Readonly<Record<string, string>>): ActivationFunction {
  const resolvedParams: Record<string, number> = {};
  for (const param of spec.params) resolvedParams[param.name] = params[param.name] ?? param.default;
  const resolvedVariants: Record<string, string> = {};
  for (const variant of spec.variants ?? []) resolvedVariants[variant.name] = variants[variant.name] ?? variant.default;
  return {
    name: spec.name,
    value: (x) => spec.reference(x, resolvedParams, resolvedVariants),
    kinks: spec.domain.kinks ?? [],
  };
}

/** A layerkit activation spec by name, alias or catalog id, when @layerkit/activations has it. */
export function layerkitActivationSpec(name: string): ActivationSpecLike | undefined {
  const specs = ACTIVATIONS as unknown as readonly ActivationSpecLike[];
  return specs.find((spec) => spec.name === name || spec.id === name || (spec.aliases ?? []).includes(name));
}

export interface ActivationOptions {
  readonly params?: Readonly<Record<string, number>>;
  readonly variants?: Readonly<Record<string, string>>;
}

/**
 * Resolves an activation: a function object as is; a name first among tfjs's built-ins (whose
 * defaults tfjs users get from the activation string), then among @layerkit/activations.
 */
export function resolveActivation(activation: string | ActivationFunction, options: ActivationOptions = {}, caller = 'secondMomentGain'): ActivationFunction {
  if (typeof activation === 'object' && activation !== null && typeof activation.value === 'function') return activation;
  if (typeof activation !== 'string') {
    throw new Error(`${caller}: expected an activation name or {name, value, kinks}, got ${typeof activation}`);
  }
  const builtin = builtinActivation(activation, options.params ?? {});
  if (builtin) return builtin;
  const spec = layerkitActivationSpec(activation);
  if (spec) return fromSpec(spec, options.params ?? {}, options.variants ?? {});
  const known = [...new Set([...BUILTIN_ACTIVATION_NAMES, ...(ACTIVATIONS as unknown as readonly ActivationSpecLike[]).map((item) => item.name)])];
  throw new Error(`${caller}: unknown activation '${activation}' — expected one of ${known.join(', ')}, or pass {name, value, kinks} with a float64 value function`);
}
