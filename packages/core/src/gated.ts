import { engine, getBackend, getKernel, registerGradient, type NamedTensorMap, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tf from '@tensorflow/tfjs-core';
import { ELEMENTWISE_RUNNERS, onBackendRunners, prefetchBackendRunners, requestBackendRunners } from './backends/index.js';
import { runGatedComposite } from './elementwise-composite.js';
import { registerKernelOnce, type KernelRun } from './register-kernel.js';
import { input, mul, type Expr } from './expr.js';
import { requireFloatTensor, pascalCase, elementwiseSupport } from './kernels.js';
import type { ElementwiseProgram } from './program.js';
import { registerCatalogEntry } from './registry.js';
import { describe, type SpecDocs } from './spec.js';

/** The two halves of the split axis: a (value) and b (gate), and the upstream gradient. */
export const gateA = /* @__PURE__ */ input('a');
export const gateB = /* @__PURE__ */ input('b');
const dy = /* @__PURE__ */ input('dy');

/** One gated variant: out = forward(a, b); its partial derivatives in a and b. */
export interface GatedVariant {
  readonly forward: Expr;
  readonly derivativeA: Expr;
  readonly derivativeB: Expr;
  /** float64 reference of forward. */
  readonly reference: (a: number, b: number) => number;
}

/**
 * A split activation (GLU family): the split axis is cut in halves [a, b], the output is
 * f(a, b) with half the width. One kernel per variant, forward and backward one pass each.
 */
export interface GatedSpec {
  readonly kind: 'gated';
  readonly id: string;
  readonly name: string;
  readonly className: string;
  readonly variants: Readonly<Record<string, GatedVariant>>;
  readonly defaultVariant: string;
  readonly tolerance: { readonly relative: number; readonly absolute: number };
  readonly docs: SpecDocs;
}

const programCache = new Map<string, ReturnType<typeof gatedPrograms>>();

/** gatedPrograms, built once per spec and variant. */
function cachedGatedPrograms(spec: GatedSpec, variant: string): ReturnType<typeof gatedPrograms> {
  const key = `${spec.id}|${variant}`;
  let found = programCache.get(key);
  if (!found) { found = gatedPrograms(spec, variant); programCache.set(key, found); }
  return found;
}

export function gatedPrograms(spec: GatedSpec, variant: string): { forward: ElementwiseProgram; gradient: ElementwiseProgram } {
  const math = spec.variants[variant];
  const key = `${spec.name}_${variant}`.replace(/[^A-Za-z0-9_]/g, '_');
  return {
    forward: { key: `${key}_forward`, layout: 'gated-forward', paramMode: 'uniform', inputs: ['x'], params: [], outputs: [math.forward] },
    gradient: {
      key: `${key}_grad`, layout: 'gated-backward', paramMode: 'uniform', inputs: ['x', 'dy'], params: [],
      outputs: [mul(dy, math.derivativeA), mul(dy, math.derivativeB)],
    },
  };
}

/** Every program of a gated spec, for generators of ahead-of-time kernels (wasm). */
export function allGatedPrograms(spec: GatedSpec): ElementwiseProgram[] {
  return Object.keys(spec.variants).flatMap((variant) => {
    const { forward, gradient } = gatedPrograms(spec, variant);
    return [forward, gradient];
  });
}

export function gatedKernelNames(spec: GatedSpec) {
  const base = `layerkit.${pascalCase(spec.name)}`;
  return { forward: base, gradient: `${base}Grad` };
}

const REGISTERED = new WeakSet<GatedSpec>();

/**
 * Registers the gated kernels (attr `variant`) on every backend with a runner, now or when its
 * runners load, and the gradient. The op calls it when it is created; harmless twice.
 */
export function registerGatedKernels(spec: GatedSpec): ReturnType<typeof gatedKernelNames> {
  const names = gatedKernelNames(spec);
  if (REGISTERED.has(spec)) return names;
  REGISTERED.add(spec);
  prefetchBackendRunners();
  const programs = (variant: string) => cachedGatedPrograms(spec, variant);
  onBackendRunners((backendName) => {
    const runner = ELEMENTWISE_RUNNERS[backendName];
    if (!runner) return;
    const kernel = (kernelName: string, run: KernelRun) => registerKernelOnce(kernelName, backendName, run);
    kernel(names.forward, (inputs, attrs, backend) => {
      const shape = inputs.x.shape;
      const outShape = [...shape.slice(0, -1), shape[shape.length - 1] / 2];
      return runner.run(backend, programs(attrs.variant as string).forward, [inputs.x], [], outShape);
    });
    kernel(names.gradient, (inputs, attrs, backend) =>
      runner.run(backend, programs(attrs.variant as string).gradient, [inputs.x, inputs.dy], [], inputs.x.shape));
  });
  registerGradient({
    kernelName: names.forward,
    inputsToSave: ['x'],
    gradFunc: (upstream, saved, attrs) => ({
      x: () => engine().runKernel(names.gradient, { x: saved[0], dy: upstream } as unknown as NamedTensorMap, attrs) as Tensor,
    }),
  });
  return names;
}

/** Registers the gated kernels and gradient, and the catalog entry. */
export function registerGatedSpec(spec: GatedSpec, packageName: string, layer: string | null, exports: readonly string[] = []): void {
  registerGatedKernels(spec);
  registerCatalogEntry({
    id: spec.id, package: packageName, kind: 'op', backends: elementwiseSupport(), gradient: 'fused', layer,
    names: [spec.name, ...Object.keys(spec.variants)],
    exports,
  });
}

export interface GatedOptions {
  /** Which gate: 'glu', 'reglu', 'geglu', 'swiglu' … */
  readonly variant?: string;
  /** Axis split in halves; default -1. */
  readonly axis?: number;
}

/** The op: validates, moves the split axis last when needed, runs the fused kernel or tfjs ops. */
export function gatedOp(spec: GatedSpec, fixedVariant?: string): (x: Tensor | TensorLike, options?: GatedOptions) => Tensor {
  const names = registerGatedKernels(spec);
  const opName = fixedVariant ?? spec.name;
  return (x, options = {}) => {
    const value = requireFloatTensor(opName, x);
    const variant = fixedVariant ?? options.variant ?? spec.defaultVariant;
    if (!(variant in spec.variants)) {
      throw new Error(`${opName}: expected variant to be one of ${Object.keys(spec.variants).map((v) => `'${v}'`).join(', ')}, got ${describe(variant)} — pick one of those`);
    }
    if (value.rank === 0) throw new Error(`${opName}: expected a tensor of rank >= 1 to split in halves, got a scalar — pass [..., 2·n] values`);
    const rank = value.rank;
    const axis = options.axis ?? -1;
    if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
      throw new Error(`${opName}: expected axis in [${-rank}, ${rank - 1}], got ${describe(axis)} — use -1 for the last axis`);
    }
    const positive = axis < 0 ? axis + rank : axis;
    const size = value.shape[positive];
    if (size % 2 !== 0) {
      throw new Error(`${opName}: expected an even size on the split axis ${axis}, got ${size} (shape [${value.shape.join(', ')}]) — the axis is cut into halves [a, b]; make the preceding layer's width even`);
    }
    // Chosen per call, like every layerkit op: the fused kernel, or the same math as tfjs ops.
    const run = (t: Tensor) => {
      if (getKernel(names.forward, getBackend())) return engine().runKernel(names.forward, { x: t } as unknown as NamedTensorMap, { variant }) as Tensor;
      requestBackendRunners(getBackend());
      return runGatedComposite(cachedGatedPrograms(spec, variant), t);
    };
    if (positive === rank - 1) return run(value);
    return tf.tidy(() => {
      const permutation = [...Array(rank).keys()].filter((a) => a !== positive).concat(positive);
      const inverse = permutation.map((_, i) => permutation.indexOf(i));
      return tf.transpose(run(tf.transpose(value, permutation)), inverse);
    });
  };
}
