import {
  engine, getBackend, getKernel, registerGradient, Tensor, tensor, type NamedAttrMap, type NamedTensorMap,
  type TensorLike, sum, reshape, zerosLike, fill, tidy, broadcastTo, zeros,
} from '@tensorflow/tfjs-core';
import { runElementwiseComposite } from './elementwise-composite.js';
import { ELEMENTWISE_RUNNERS, hasRunners, onBackendRunners, prefetchBackendRunners, requestBackendRunners } from './backends/index.js';
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
 * The tensor inputs of a channel kernel besides x: every param that is not optional. The fixed
 * ones (SAU's sigma, PDELU's t) come as [c] tensors filled with their value, since the backends
 * read every param of a channel program per channel.
 */
const channelInputNames = (spec: ElementwiseSpec) => spec.params.filter((p) => !p.optional).map((p) => p.name);

const REGISTERED = new WeakSet<ElementwiseSpec>();

/**
 * Registers the forward, gradient and param-gradient kernels of an elementwise spec on every
 * backend that has a runner (and on the others when their runners load), and the gradient
 * functions. The ops call it when they are created; registering twice is harmless.
 */
export function registerElementwiseKernels(spec: ElementwiseSpec): ElementwiseKernelNames {
  const names = kernelNames(spec);
  if (REGISTERED.has(spec)) return names;
  REGISTERED.add(spec);
  prefetchBackendRunners();
  const channelNames = trainableNames(spec);
  const channelInputs = channelInputNames(spec);
  // On every backend whose runners are loaded, now or when they load.
  onBackendRunners((backendName) => {
    const runner = ELEMENTWISE_RUNNERS[backendName];
    if (!runner) return;
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
  });

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
      inputsToSave: ['x', ...channelInputs],
      outputsToSave: fromOutput ? [true] : [],
      gradFunc: (dy, saved, attrs) => {
        const dyTensor = dy as Tensor;
        const [x, ...params] = saved;
        const paramInputs = Object.fromEntries(channelInputs.map((n, i) => [n, params[i]]));
        const y = saved[channelInputs.length + 1];
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
        // The fixed params are constants filled by the op: nothing learns them.
        for (const name of channelInputs.filter((n) => !channelNames.includes(n))) grads[name] = () => zerosLike(paramInputs[name]);
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
  const names = registerElementwiseKernels(spec);
  const known = [...spec.params.map((p) => p.name), ...(spec.variants ?? []).map((v) => v.name)];
  const trainable = trainableNames(spec);
  let broadcastOp: ReturnType<typeof elementwiseBroadcastOp> | undefined;
  return (x, passed) => {
    const options = (passed ?? {}) as Record<string, unknown>;
    const input = requireFloatTensor(spec.name, x);
    rejectUnknownOptions(spec.name, options, known);
    // A trainable param given as a tensor (prelu's alpha per channel) broadcasts against x and
    // gets a gradient; numbers keep the uniform kernel.
    if (trainable.some((name) => options[name] instanceof Tensor)) {
      const params = Object.fromEntries(trainable.filter((name) => options[name] != null).map((name) => [name, options[name] as Tensor | number]));
      const rest = Object.fromEntries(Object.entries(options).filter(([name]) => !trainable.includes(name)));
      broadcastOp ??= elementwiseBroadcastOp(spec);
      return broadcastOp(input, params, rest);
    }
    const params = resolveParams(spec, options);
    const variants = resolveVariants(spec, options);
    const given = givenParams(spec, options);
    // Chosen per call: the backend can change between calls (tf.setBackend).
    if (getKernel(names.forward, getBackend())) {
      const attrs = { ...params, ...variants, given: [...given].sort().join(',') };
      return engine().runKernel(names.forward, { x: input } as unknown as NamedTensorMap, attrs as NamedAttrMap) as Tensor;
    }
    requestBackendRunners(getBackend());
    return runElementwiseComposite(programsFor(spec, variants, 'uniform', given), input, params);
  };
}

/**
 * The op with trainable params as [c] tensors (c = x's last dimension), read per channel: what
 * layers with trainable params call. Gradients flow to both x and the params. The fixed params
 * (not trainable) come as numbers in `options`, with the variants; absent, their defaults.
 */
export function elementwiseChannelOp(spec: ElementwiseSpec): (x: Tensor, params: Record<string, Tensor>, options?: Record<string, unknown>) => Tensor {
  const names = registerElementwiseKernels(spec);
  const channelNames = trainableNames(spec);
  const fixedNames = channelInputNames(spec).filter((name) => !channelNames.includes(name));
  const known = [...fixedNames, ...(spec.variants ?? []).map((v) => v.name)];
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
    rejectUnknownOptions(spec.name, options, known);
    const variants = resolveVariants(spec, options);
    const resolved = resolveParams(spec, options);
    const fixed = Object.fromEntries(fixedNames.map((name) => [name, resolved[name]]));
    if (getKernel(names.forwardChannel, getBackend())) {
      return tidy(() => {
        for (const name of fixedNames) inputs[name] = fill([width], fixed[name]);
        return engine().runKernel(names.forwardChannel, inputs as unknown as NamedTensorMap, variants as NamedAttrMap) as Tensor;
      });
    }
    requestBackendRunners(getBackend());
    const { x: _, ...channelParams } = inputs;
    return runElementwiseComposite(programsFor(spec, variants, 'channel'), input, { ...fixed, ...channelParams });
  };
}

/**
 * The op with trainable params as tensors that broadcast against x (tf.prelu's alpha, a
 * PReLU layer's alpha of shape x.shape[1:] with shared axes of size 1), or as numbers. x is
 * viewed as [rows, p], p covering x's axes from the first one along which a param varies, and
 * each param is broadcast over those axes only: a param that varies along the last axis alone
 * costs [c], and the channel kernel runs fused. Gradients reach x and every tensor param.
 */
export function elementwiseBroadcastOp(spec: ElementwiseSpec): (x: Tensor | TensorLike, params: Readonly<Record<string, Tensor | number>>, options?: Record<string, unknown>) => Tensor {
  const channelOp = elementwiseChannelOp(spec);
  const channelNames = trainableNames(spec);
  return (x, params, options = {}) => {
    const input = requireFloatTensor(spec.name, x);
    rejectUnknownOptions(spec.name, params, channelNames);
    const shape = input.rank === 0 ? [1] : input.shape;
    let first = shape.length - 1;
    const tensors: Record<string, Tensor> = {};
    const numbers: Record<string, number> = {};
    for (const name of channelNames) {
      const value = params[name] ?? spec.params.find((p) => p.name === name)!.default;
      if (typeof value === 'number') {
        numbers[name] = resolveParams(spec, { [name]: value })[name];
        continue;
      }
      const tensorValue = requireFloatTensor(spec.name, value, name);
      const offset = shape.length - tensorValue.rank;
      const fits = offset >= 0 && tensorValue.shape.every((size, i) => size === 1 || size === shape[offset + i]);
      if (!fits) {
        throw new Error(
          `${spec.name}: expected '${name}' to broadcast against x of shape [${input.shape.join(', ')}], got shape `
          + `[${tensorValue.shape.join(', ')}] — give it x's trailing sizes, with 1 on the axes it shares`,
        );
      }
      tensorValue.shape.forEach((size, i) => { if (size !== 1) first = Math.min(first, offset + i); });
      tensors[name] = tensorValue;
    }
    if (input.size === 0) return zeros(input.shape);
    return tidy(() => {
      const block = shape.slice(first);
      const width = block.reduce((a, b) => a * b, 1);
      const channel: Record<string, Tensor> = {};
      for (const name of channelNames) {
        if (name in numbers) {
          channel[name] = fill([width], numbers[name]);
          continue;
        }
        const value = tensors[name];
        const aligned = value.rank > block.length ? reshape(value, value.shape.slice(value.rank - block.length)) : value;
        const padded = reshape(aligned, [...Array(block.length - aligned.rank).fill(1), ...aligned.shape]);
        channel[name] = reshape(broadcastTo(padded, block), [width]);
      }
      return reshape(channelOp(reshape(input, [-1, width]), channel, options), input.shape);
    });
  };
}

/** How this spec runs on each backend, for the catalog: without runners it runs as tfjs ops. */
export function elementwiseSupport(): Record<BackendName, BackendSupport> {
  return Object.fromEntries(BACKENDS.map((b) => [b, hasRunners(b) ? 'fused' : 'composite'])) as Record<BackendName, BackendSupport>;
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
