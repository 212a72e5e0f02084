import * as tf from '@tensorflow/tfjs-core';
import {
  engine, getBackend, getKernel, registerGradient, Tensor, type NamedAttrMap, type NamedTensorMap, type TensorInfo, type TensorLike,
} from '@tensorflow/tfjs-core';
import {
  hasRunners, onBackendRunners, prefetchBackendRunners, REDUCTION_RUNNERS, requestBackendRunners, trackKernelLoad,
} from './backends/index.js';
import { BACKENDS, type BackendName, type ReductionViewShape } from './backends/types.js';
import { pascalCase, requireFloatTensor } from './kernels.js';
import { rejectUnknownOptions } from './options.js';
import { runReductionComposite } from './reduction-composite.js';
import { reductionPrograms, type ReductionPrograms } from './reduction-program.js';
import type { ReductionOverride, ReductionSpec } from './reduction-spec.js';
import { planView, type ViewOptions } from './reduction-view.js';
import { registerCatalogEntry, type BackendSupport } from './registry.js';
import { registerKernelOnce } from './register-kernel.js';
import { resolveParams, resolveVariants, variantKey, type VariantChoices } from './spec.js';

/**
 * Kernels, gradients, the op and the catalog entry of a reduction spec. Kernel inputs are x as
 * a [outer·across·kept, within] matrix, the spec's other element inputs in that shape, and
 * every weight as kept × within values (the op fills absent ones); attrs are the params, the
 * variants and `view` ([outer, across, kept, within]).
 */
export function reductionKernelNames(spec: ReductionSpec) {
  const base = `layerkit.${pascalCase(spec.name)}`;
  return { forward: base, backward: `${base}Grad` } as const;
}


const programCache = new Map<string, ReductionPrograms>();

export function programsFor(spec: ReductionSpec, variants: VariantChoices, given: ReadonlySet<string> = new Set()): ReductionPrograms {
  const key = `${spec.id}|${spec.name}|${variantKey(variants)}|${[...given].sort().join()}`;
  let programs = programCache.get(key);
  if (!programs) {
    programs = reductionPrograms(spec, variants, given);
    programCache.set(key, programs);
  }
  return programs;
}

const variantsOf = (spec: ReductionSpec, attrs: NamedAttrMap): VariantChoices =>
  Object.fromEntries((spec.variants ?? []).map((v) => [v.name, String(attrs[v.name] ?? v.default)]));
const viewOf = (attrs: NamedAttrMap) => attrs.view as unknown as ReductionViewShape;
/** The optional element inputs a call gave, from the kernel attr `given` (names joined by commas). */
const givenOf = (attrs: NamedAttrMap): ReadonlySet<string> => new Set(String(attrs.given ?? '').split(',').filter(Boolean));
const paramsOf = (names: readonly string[], attrs: NamedAttrMap) => names.map((name) => attrs[name] as number);

/** Which backends run what for a spec: a generated kernel, a named override, or tfjs ops. */
export function reductionSupport(spec: ReductionSpec): { forward: Record<BackendName, BackendSupport>; backward: Record<BackendName, BackendSupport> } {
  const forward = {} as Record<BackendName, BackendSupport>;
  const backward = {} as Record<BackendName, BackendSupport>;
  for (const backend of BACKENDS) {
    const generated = hasRunners(backend);
    forward[backend] = generated || spec.overrides?.[backend] ? 'fused' : 'composite';
    backward[backend] = generated ? 'fused' : 'composite';
  }
  return { forward, backward };
}

const REGISTERED = new WeakSet<ReductionSpec>();

/**
 * Registers the forward and backward kernels of a spec on every backend with a reduction
 * runner, now or when its runners load (a named override replaces the generated forward), and
 * the gradient. The ops call it on their first run; registering twice is harmless.
 */
export function registerReductionKernels(spec: ReductionSpec): void {
  if (REGISTERED.has(spec)) return;
  REGISTERED.add(spec);
  prefetchBackendRunners();
  const overrides = spec.overrides ?? {};
  const names = reductionKernelNames(spec);
  const registerOverride = (backendName: BackendName, override: ReductionOverride) =>
    registerKernelOnce(names.forward, backendName, (inputs, attrs, backend) => override(backend, inputs, attrs));
  for (const backendName of BACKENDS) {
    const override = overrides[backendName];
    if (typeof override === 'function') registerOverride(backendName, override);
  }
  onBackendRunners((backendName) => {
    const runner = REDUCTION_RUNNERS[backendName];
    if (!runner) return;
    const override = overrides[backendName];
    // A lazy override loads with its backend's runners; the generated forward never stands in for it.
    if (override && typeof override !== 'function') {
      trackKernelLoad(backendName, override.load().then((loaded) => registerOverride(backendName, loaded)));
    }
    if (!override) {
      registerKernelOnce(names.forward, backendName, (inputs, attrs, backend) => {
        const program = programsFor(spec, variantsOf(spec, attrs), givenOf(attrs)).forward;
        const results = runner.run(backend, program, viewOf(attrs), program.elementInputs.map((n) => inputs[n]),
          program.weights.map((n) => inputs[n]), paramsOf(program.params, attrs));
        // The output, then the group outputs (BatchNorm's batch statistics) when the spec has any.
        return program.groupOutputs.length ? results : results[0];
      });
    }
    registerKernelOnce(names.backward, backendName, (inputs, attrs, backend) => {
      const program = programsFor(spec, variantsOf(spec, attrs), givenOf(attrs)).backward;
      return runner.run(backend, program, viewOf(attrs), program.elementInputs.map((n) => inputs[n]),
        program.weights.map((n) => inputs[n]), paramsOf(program.params, attrs)) as unknown as TensorInfo;
    });
  });

  const elementNames = ['x', ...(spec.inputs ?? [])];
  const weightNames = spec.weights.map((w) => w.name);
  registerGradient({
    kernelName: names.forward,
    inputsToSave: [...elementNames, ...weightNames],
    gradFunc: (dy, saved, attrs) => {
      const tensors = new Map<string, Tensor>([...elementNames, ...weightNames].map((n, i) => [n, saved[i] as Tensor]));
      // With group outputs the kernel has several outputs; they carry no gradient.
      tensors.set('dy', Array.isArray(dy) ? dy[0] : dy);
      const program = programsFor(spec, variantsOf(spec, attrs), givenOf(attrs)).backward;
      const elements = program.elementInputs.map((n) => tensors.get(n)!);
      const weights = program.weights.map((n) => tensors.get(n)!);
      // Computed once here, not per requested input: every output comes from one kernel.
      const results = getKernel(names.backward, getBackend())
        ? engine().runKernel(names.backward, Object.fromEntries(tensors) as unknown as NamedTensorMap, attrs) as Tensor[]
        : runReductionComposite(program, viewOf(attrs), elements, weights, paramsOf(program.params, attrs));
      const grads: Record<string, () => Tensor> = { x: () => results[0] };
      weightNames.forEach((name, n) => { grads[name] = () => results[1 + n]; });
      for (const name of spec.inputs ?? []) grads[name] = () => tf.zerosLike(tensors.get(name)!);
      return grads;
    },
  });
}

export interface ReductionCall {
  /** Weights by name; an absent or null weight takes its spec's fill value. */
  readonly weights?: Readonly<Record<string, Tensor | TensorLike | null | undefined>>;
  /** Element inputs besides x (softmax's mask), x-shaped. */
  readonly inputs?: Readonly<Record<string, Tensor | TensorLike>>;
  /** Params, variants and view options (axis, groups). */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** The option names a spec's op accepts. */
export function reductionOptionNames(spec: ReductionSpec): string[] {
  const view = spec.view === 'channel-groups' ? ['axis', 'groups'] : ['axis'];
  return [...spec.params.map((p) => p.name), ...(spec.variants ?? []).map((v) => v.name), ...view];
}

/**
 * Runs a reduction spec on a tensor: validates, plans the view, and runs the fused kernel on
 * backends that have one, tfjs ops elsewhere (chosen per call), so every backend computes it.
 */
export function runReduction(spec: ReductionSpec, x: Tensor | TensorLike, call: ReductionCall = {}): Tensor {
  return reduce(spec, x, call, false).output;
}

/**
 * runReduction that also returns the spec's group outputs (BatchNorm's batch mean and
 * variance), each of shape [kept] when the view has one outer group (batch statistics), else
 * [outer, kept]. They carry no gradient.
 */
export function runReductionWithStatistics(spec: ReductionSpec, x: Tensor | TensorLike, call: ReductionCall = {}): { output: Tensor; statistics: Record<string, Tensor> } {
  return reduce(spec, x, call, true);
}

function reduce(spec: ReductionSpec, x: Tensor | TensorLike, call: ReductionCall, withStatistics: boolean): { output: Tensor; statistics: Record<string, Tensor> } {
  const op = spec.name;
  const options = call.options ?? {};
  rejectUnknownOptions(op, options, reductionOptionNames(spec));
  const params = resolveParams(spec, options);
  const variants = resolveVariants(spec, options);
  for (const key of Object.keys(call.weights ?? {})) rejectUnknownOptions(op, { [key]: 0 }, spec.weights.map((w) => w.name));
  return tf.tidy(() => {
    // Inside the tidy: an array x becomes a tensor that must not outlive the call.
    const input = requireFloatTensor(op, x);
    const plan = planView(op, spec.view, input, options as ViewOptions);
    const weights = spec.weights.map((weight) => {
      const given = call.weights?.[weight.name];
      if (given == null) return tf.fill([plan.weightSize], weight.fill);
      const tensor = requireFloatTensor(op, given, weight.name);
      if (tensor.size !== plan.weightSize || (tensor.rank !== 1 && tensor.shape.join() !== plan.weightShape.join())) {
        throw new Error(`${op}: expected '${weight.name}' of shape [${plan.weightShape.join(', ')}], got [${tensor.shape.join(', ')}] — `
          + `create it with ${spec.view === 'rows' ? 'the size of the normalized dimensions' : 'one value per channel'}`);
      }
      return tensor.rank === 1 ? tensor : tf.reshape(tensor, [plan.weightSize]);
    });
    for (const key of Object.keys(call.inputs ?? {})) rejectUnknownOptions(op, { [key]: 0 }, spec.inputs ?? []);
    const given = new Set([
      ...(spec.inputs ?? []).filter((name) => call.inputs?.[name] != null),
      ...spec.params.filter((p) => p.optional && options[p.name] != null).map((p) => p.name),
    ]);
    const kernelX = plan.toKernel(input);
    // An input not given is read by no program: a one-value stand-in keeps the kernels' one
    // signature. Not x itself: the tape would then add the stand-in's zero gradient into dx.
    let standIn: Tensor | null = null;
    const elements = [kernelX, ...(spec.inputs ?? []).map((name) => {
      const value = call.inputs?.[name];
      if (value == null) return (standIn ??= tf.zeros([1]));
      const given = value;
      const tensor = given instanceof Tensor ? tf.cast(given, 'float32') : tf.tensor(given as TensorLike, undefined, 'float32');
      if (tensor.shape.join() !== input.shape.join()) {
        throw new Error(`${op}: expected '${name}' of x's shape [${input.shape.join(', ')}], got [${tensor.shape.join(', ')}] — `
          + `broadcast it first with tf.broadcastTo(${name}, x.shape)`);
      }
      return plan.toKernel(tensor);
    })];
    const elementNames = ['x', ...(spec.inputs ?? [])];
    const attrs = { ...params, ...variants, view: [...plan.view], given: [...given].join(',') } as unknown as NamedAttrMap;
    const names = reductionKernelNames(spec);
    registerReductionKernels(spec);
    let results: Tensor[];
    if (getKernel(names.forward, getBackend())) {
      const inputs = Object.fromEntries([
        ...elementNames.map((n, i) => [n, elements[i]]),
        ...spec.weights.map((w, i) => [w.name, weights[i]]),
      ]);
      const result = engine().runKernel(names.forward, inputs as NamedTensorMap, attrs) as Tensor | Tensor[];
      results = Array.isArray(result) ? result : [result];
    } else {
      requestBackendRunners(getBackend());
      const program = programsFor(spec, variants, given).forward;
      const byName = new Map<string, Tensor>([...elementNames.map((n, i) => [n, elements[i]] as const), ...spec.weights.map((w, i) => [w.name, weights[i]] as const)]);
      results = runReductionComposite(program, plan.view, program.elementInputs.map((n) => byName.get(n)!),
        program.weights.map((n) => byName.get(n)!), paramsOf(program.params, attrs));
    }
    const [outer, , kept] = plan.view;
    const statistics = withStatistics
      ? Object.fromEntries((spec.groupOutputs ?? []).map((name, n) => [name, tf.reshape(results[1 + n], outer === 1 ? [kept] : [outer, kept])]))
      : {};
    return { output: plan.fromKernel(results[0]), statistics };
  });
}

/** Registers kernels, gradient and the catalog entry of a reduction spec. */
export function registerReductionSpec(
  spec: ReductionSpec,
  entry: { package: string; kind?: string; layer: string | null; exports: readonly string[] },
): void {
  registerReductionKernels(spec);
  const support = reductionSupport(spec);
  registerCatalogEntry({
    id: spec.id,
    package: entry.package,
    kind: entry.kind ?? 'op',
    backends: support.forward,
    gradients: support.backward,
    gradient: Object.values(support.backward).every((s) => s === 'fused') ? 'fused' : 'composite',
    layer: entry.layer,
    names: [spec.name, ...(spec.aliases ?? [])],
    exports: entry.exports,
  });
}
