import {
  engine, getBackend, getKernel, registerGradient, Tensor, tensor, type NamedAttrMap, type NamedTensorMap,
  type TensorLike, sum, reshape,
} from '@tensorflow/tfjs-core';
import { runElementwiseComposite } from './elementwise-composite.js';
import { ELEMENTWISE_RUNNERS } from './backends/index.js';
import { registerKernelOnce, type KernelInputs, type KernelRun } from './register-kernel.js';
import { BACKENDS, type BackendName } from './backends/types.js';
import { specPrograms, type ParamMode, type SpecPrograms } from './program.js';
import { rejectUnknownOptions } from './options.js';
import { registerCatalogEntry, type BackendSupport } from './registry.js';
import {
  describe, givenParams, resolveParams, resolveVariants, variantKey, type ElementwiseSpec, type VariantChoices,
} from './spec.js';

/** 'hard-swish' or 'hardSwish' → 'HardSwish'. */
export const pascalCase = (name: string): string =>
  name.replace(/(^|[-_\s])(\w)/g, (_, __, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());

/** Kernel names carry the package prefix so they never collide with tfjs's own. */
export interface ElementwiseKernelNames {
  readonly forward: string;
  readonly forwardChannel: string;
  readonly gradient: string;
  readonly paramGradient: string;
}

export function kernelNames(spec: ElementwiseSpec): ElementwiseKernelNames {
  const base = `layerkit.${pascalCase(spec.name)}`;
  return { forward: base, forwardChannel: `${base}Channel`, gradient: `${base}Grad`, paramGradient: `${base}ParamGrad` };
}

const programCache = new Map<string, SpecPrograms>();

function programsFor(spec: ElementwiseSpec, variants: VariantChoices, mode: ParamMode, given: ReadonlySet<string> = new Set()): SpecPrograms {
  const key = `${spec.id}|${variantKey(variants)}|${mode}|${[...given].sort().join()}`;
  let programs = programCache.get(key);
  if (!programs) {
    programs = specPrograms(spec, variants, mode, given);
    programCache.set(key, programs);
  }
  return programs;
}

function variantsFromAttrs(spec: ElementwiseSpec, attrs: NamedAttrMap): VariantChoices {
  return Object.fromEntries((spec.variants ?? []).map((v) => [v.name, String(attrs[v.name] ?? v.default)]));
}

/** The optional params a call gave, from the kernel attr `given` (names joined by commas). */
const givenFromAttrs = (attrs: NamedAttrMap): ReadonlySet<string> => new Set(String(attrs.given ?? '').split(',').filter(Boolean));

type Inputs = KernelInputs;

const trainableNames = (spec: ElementwiseSpec) => spec.params.filter((p) => p.trainable).map((p) => p.name);

/**
 * Registers the forward, gradient and param-gradient kernels of an elementwise spec on every
 * backend that has a runner, and the gradient functions. Registering twice is harmless.
 */
export function registerElementwiseKernels(spec: ElementwiseSpec): ElementwiseKernelNames {
  const names = kernelNames(spec);
  const channelNames = trainableNames(spec);
  for (const backendName of BACKENDS) {
    const runner = ELEMENTWISE_RUNNERS[backendName];
    if (!runner) continue;
    const kernel = (kernelName: string, run: KernelRun) => registerKernelOnce(kernelName, backendName, run);
    const paramsOf = (mode: ParamMode, names: readonly string[], inputs: Inputs, attrs: NamedAttrMap) =>
      mode === 'channel' ? names.map((n) => inputs[n]) : names.map((n) => attrs[n] as number);
    const modeOf = (inputs: Inputs): ParamMode => (channelNames.some((n) => inputs[n]) ? 'channel' : 'uniform');

    for (const forwardName of [names.forward, names.forwardChannel]) {
      kernel(forwardName, (inputs, attrs, backend) => {
        const mode = modeOf(inputs);
        const program = programsFor(spec, variantsFromAttrs(spec, attrs), mode, givenFromAttrs(attrs)).forward;
        return runner.run(backend, program, [inputs.x], paramsOf(mode, program.params, inputs, attrs), inputs.x.shape);
      });
    }
    kernel(names.gradient, (inputs, attrs, backend) => {
      const mode = modeOf(inputs);
      const program = programsFor(spec, variantsFromAttrs(spec, attrs), mode, givenFromAttrs(attrs)).gradient;
      const tensors = program.inputs.map((n) => inputs[n]);
      return runner.run(backend, program, tensors, paramsOf(mode, program.params, inputs, attrs), inputs.dy.shape);
    });
    kernel(names.paramGradient, (inputs, attrs, backend) => {
      const program = programsFor(spec, variantsFromAttrs(spec, attrs), 'channel', givenFromAttrs(attrs)).paramGradients[attrs.param as string];
      const tensors = program.inputs.map((n) => inputs[n]);
      return runner.run(backend, program, tensors, paramsOf('channel', program.params, inputs, attrs), inputs.dy.shape);
    });
  }

  // One gradient function per kernel name: every variant and set of optional params must save
  // the same tensor (x or y).
  const uniformPrograms = programsFor(spec, variantsFromAttrs(spec, {}), 'uniform');
  const fromOutput = uniformPrograms.gradientFromOutput;
  registerGradient({
    kernelName: names.forward,
    inputsToSave: fromOutput ? [] : ['x'],
    outputsToSave: fromOutput ? [true] : [],
    gradFunc: (dy, saved, attrs) => ({
      x: () => engine().runKernel(names.gradient, { dy, [fromOutput ? 'y' : 'x']: saved[0] } as unknown as NamedTensorMap, attrs) as Tensor,
    }),
  });
  if (channelNames.length) {
    registerGradient({
      kernelName: names.forwardChannel,
      inputsToSave: ['x', ...channelNames],
      outputsToSave: fromOutput ? [true] : [],
      gradFunc: (dy, saved, attrs) => {
        const dyTensor = dy as Tensor;
        const [x, ...params] = saved;
        const paramInputs = Object.fromEntries(channelNames.map((n, i) => [n, params[i]]));
        const y = saved[channelNames.length + 1];
        const grads: Record<string, () => Tensor> = {
          x: () => engine().runKernel(names.gradient, { dy, ...(fromOutput ? { y } : { x }), ...paramInputs } as unknown as NamedTensorMap, attrs) as Tensor,
        };
        for (const name of channelNames) {
          grads[name] = () => {
            const perElement = engine().runKernel(names.paramGradient, { dy, x, ...paramInputs } as unknown as NamedTensorMap, { ...attrs, param: name }) as Tensor;
            const width = dyTensor.shape[dyTensor.rank - 1] ?? 1;
            return sum(reshape(perElement, [-1, width]), 0);
          };
        }
        return grads;
      },
    });
  }
  return names;
}

/** The tfjs error-message style for bad tensors: op, expected, got, fix. */
export function requireFloatTensor(op: string, value: unknown, argument = 'x'): Tensor {
  if (value instanceof Tensor) {
    if (value.dtype !== 'float32') {
      throw new Error(
        `${op}: expected '${argument}' to be a float32 tensor, got ${value.dtype} — `
        + (value.dtype === 'string' ? 'string tensors have no numeric value; parse them first'
          : `cast first with tf.cast(${argument}, 'float32')`),
      );
    }
    if (value.isDisposed) throw new Error(`${op}: '${argument}' was already disposed — keep it alive until the op has run`);
    return value;
  }
  if (typeof value === 'number' || Array.isArray(value) || ArrayBuffer.isView(value)) {
    return tensor(value as TensorLike, undefined, 'float32');
  }
  throw new Error(`${op}: expected '${argument}' to be a tf.Tensor or an array of numbers, got ${describe(value)} — pass a float32 tensor`);
}

/**
 * An op function for an elementwise spec: validates, resolves defaults, runs the fused kernel
 * where the active backend has one and the same math as tfjs ops elsewhere.
 */
export function elementwiseOp<Options extends object = Record<string, unknown>>(
  spec: ElementwiseSpec,
): (x: Tensor | TensorLike, options?: Options) => Tensor {
  const names = kernelNames(spec);
  const known = [...spec.params.map((p) => p.name), ...(spec.variants ?? []).map((v) => v.name)];
  return (x, passed) => {
    const options = (passed ?? {}) as Record<string, unknown>;
    const input = requireFloatTensor(spec.name, x);
    rejectUnknownOptions(spec.name, options, known);
    const params = resolveParams(spec, options);
    const variants = resolveVariants(spec, options);
    const given = givenParams(spec, options);
    // Chosen per call: the backend can change between calls (tf.setBackend).
    if (getKernel(names.forward, getBackend())) {
      const attrs = { ...params, ...variants, given: [...given].sort().join(',') };
      return engine().runKernel(names.forward, { x: input } as unknown as NamedTensorMap, attrs as NamedAttrMap) as Tensor;
    }
    return runElementwiseComposite(programsFor(spec, variants, 'uniform', given), input, params);
  };
}

/**
 * The op with trainable params as [c] tensors (c = x's last dimension), read per channel: what
 * layers with trainable params call. Gradients flow to both x and the params.
 */
export function elementwiseChannelOp(spec: ElementwiseSpec): (x: Tensor, params: Record<string, Tensor>, options?: Record<string, unknown>) => Tensor {
  const names = kernelNames(spec);
  const channelNames = trainableNames(spec);
  return (x, params, options = {}) => {
    const input = requireFloatTensor(spec.name, x);
    const width = input.shape[input.rank - 1] ?? 1;
    const inputs: Record<string, Tensor> = { x: input };
    for (const name of channelNames) {
      const value = requireFloatTensor(spec.name, params[name], name);
      if (value.rank !== 1 || value.shape[0] !== width) {
        throw new Error(
          `${spec.name}: expected '${name}' of shape [${width}] (one value per channel of x's last axis), `
          + `got [${value.shape.join(', ')}] — broadcast it with tf.broadcastTo(${name}, [${width}])`,
        );
      }
      inputs[name] = value;
    }
    const variants = resolveVariants(spec, options);
    if (getKernel(names.forwardChannel, getBackend())) {
      return engine().runKernel(names.forwardChannel, inputs as unknown as NamedTensorMap, variants as NamedAttrMap) as Tensor;
    }
    const { x: _, ...channelParams } = inputs;
    return runElementwiseComposite(programsFor(spec, variants, 'channel'), input, channelParams);
  };
}

/** How this spec runs on each backend, for the catalog: without a runner it runs as tfjs ops. */
export function elementwiseSupport(): Record<BackendName, BackendSupport> {
  return Object.fromEntries(BACKENDS.map((b) => [b, ELEMENTWISE_RUNNERS[b] ? 'fused' : 'composite'])) as Record<BackendName, BackendSupport>;
}

const ACTIVATION_STRINGS = new Map<string, { readonly spec: ElementwiseSpec; readonly options: Readonly<Record<string, unknown>> }>();

/**
 * The elementwise spec an activation string names ('silu', 'geluTanh'), with the options it
 * implies; null when no imported package registered it. Fused norm + activation kernels use it.
 */
export function activationSpecNamed(name: string): { readonly spec: ElementwiseSpec; readonly options: Readonly<Record<string, unknown>> } | null {
  return ACTIVATION_STRINGS.get(name) ?? null;
}

/** Every activation string registered so far, for 'did you mean' messages. */
export function activationStrings(): string[] {
  return [...ACTIVATION_STRINGS.keys()];
}

/** Registers kernels, gradients and the catalog entry of an elementwise spec. */
/** Registers kernels, gradients and the catalog entry; `exports` are the names the package exports for it, the main one first. */
export function registerElementwiseSpec(spec: ElementwiseSpec, packageName: string, layer: string | null, kind = 'op', exports: readonly string[] = []): void {
  registerElementwiseKernels(spec);
  const strings = spec.activationStrings ?? Object.fromEntries([spec.name, ...(spec.aliases ?? [])].map((name) => [name, {}]));
  for (const [name, options] of [[spec.name, {}] as const, ...Object.entries(strings)]) ACTIVATION_STRINGS.set(name, { spec, options });
  registerCatalogEntry({
    id: spec.id,
    package: packageName,
    kind,
    backends: elementwiseSupport(),
    gradient: 'fused',
    layer,
    names: [spec.name, ...(spec.aliases ?? [])],
    exports,
  });
}
