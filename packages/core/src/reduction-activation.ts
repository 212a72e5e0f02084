import { withDerivative } from './derivative.js';
import { substitute } from './expr.js';
import { pascalCase } from './kernels.js';
import type { ReductionSpec } from './reduction-spec.js';
import { givenParams, resolveParams, resolveVariants, type ElementwiseSpec } from './spec.js';

/**
 * A reduction spec with an elementwise activation applied in the same kernel (NormAct):
 * y = act(norm(x)). The activation's params and variants are fixed by `options` (its defaults
 * otherwise) and printed as constants; its own stated derivative (over x, or over its saved
 * output y) becomes the chain rule's outer factor, so the backward is derived as for any spec,
 * one kernel per backend. The same spec object per (norm, activation, options).
 */
export function withActivation(norm: ReductionSpec, activation: ElementwiseSpec, options: Readonly<Record<string, unknown>> = {}): ReductionSpec {
  const params = resolveParams(activation, options);
  const variants = resolveVariants(activation, options);
  // Non-default params and variants name the kernel: relu6 is batchNormReluMaxValue6.
  const suffix = [
    ...Object.entries(variants).filter(([name, value]) => value !== resolveVariants(activation, {})[name]),
    ...Object.entries(params).filter(([name, value]) => value !== resolveParams(activation, {})[name]),
  ].sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${pascalCase(name)}${typeof value === 'string' ? pascalCase(value) : String(value).replace('-', 'Minus').replace('.', 'p').replace(/[^A-Za-z0-9]/g, '')}`)
    .join('');
  const key = `${norm.id}|${norm.name}|${activation.id}|${suffix}`;
  const cached = FUSED.get(key);
  if (cached) return cached;
  const act = activation.math(variants, givenParams(activation, options));
  const fused: ReductionSpec = {
    ...norm,
    name: `${norm.name}${pascalCase(activation.name)}${suffix}`,
    aliases: [],
    math: (normVariants, given) => {
      const math = norm.math(normVariants, given);
      const forward = substitute(act.forward, { x: math.output }, params);
      const slope = substitute(act.derivative, { x: math.output, y: forward }, params);
      return { statistics: math.statistics, output: withDerivative(forward, math.output, slope) };
    },
    reference: (input) => norm.reference(input).map((v) => activation.reference(v, params, variants)),
    tolerance: {
      relative: Math.max(norm.tolerance.relative, activation.tolerance.relative),
      absolute: Math.max(norm.tolerance.absolute, activation.tolerance.absolute),
    },
    docs: { ...norm.docs, summary: `${norm.docs.summary} Followed by ${activation.name} in the same kernel.` },
    // Hand-written forwards are for the norm alone.
    overrides: undefined,
  };
  FUSED.set(key, fused);
  return fused;
}

const FUSED = new Map<string, ReductionSpec>();
