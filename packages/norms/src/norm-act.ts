import type { Tensor } from '@tensorflow/tfjs-core';
import { getBackend } from '@tensorflow/tfjs-core';
import {
  activationSpecNamed, activationStrings, describe, elementwiseOp, pascalCase, registerReductionKernels, suggestion, withActivation,
  type ReductionSpec,
} from '@layerkit/core';

/**
 * Fused norm + activation (catalog `norms.norm-act`): any norm op called with
 * `activation: 'silu'` (any activation string an imported package registered, with the options
 * it implies) runs y = act(norm(x)) as one kernel on cpu, webgl and webgpu — the spec with the
 * activation folded into its epilogue, and its derived backward. On wasm the kernels are compiled
 * ahead of time, for the pairs below at the activation's defaults; any other
 * pair runs there as the norm's kernel then the activation's.
 *
 * A name is an activation op's name ('hardSigmoid' is then the op's Keras 3 / PyTorch form,
 * relu6(x + 3)/6, not tfjs's 0.2x + 0.5 string) or one of its activation strings ('silu',
 * 'geluTanh'), with the options the string implies.
 */
export const NORM_ACT_WASM_PAIRS = [
  // Each pair adds its forward and backward kernels to the package's wasm module (≈ 70 kB of
  // base64 each): the most common pairs only. The norm spec's name, not the spec: a bundle with
  // one norm op then carries no other norm's spec (registry.ts pairs these with their specs).
  ['batchNorm', 'relu'], ['batchNormInference', 'relu'],
  ['groupNorm', 'swish'],
  ['layerNorm', 'gelu'],
] as const;

/** The fused names the wasm module compiles; the set is made on first use. */
let compiled: ReadonlySet<string> | null = null;
const isCompiled = (name: string) => (compiled ??= new Set(NORM_ACT_WASM_PAIRS.map(([norm, activation]) => `${norm}${pascalCase(activation)}`))).has(name);

/** How a norm op runs with an activation: the spec to run, and an activation to apply after it (or none). */
export interface NormActivation {
  readonly spec: ReductionSpec;
  readonly after: ((y: Tensor) => Tensor) | null;
}

/**
 * The spec a norm op runs for `activation` (null, undefined or 'linear': the norm alone), its
 * kernels registered on first use. Chosen per call: the backend can change between calls.
 */
export function normActivation(op: string, spec: ReductionSpec, activation: string | null | undefined): NormActivation {
  if (activation == null || activation === 'linear') return { spec, after: null };
  checkActivation(op, activation);
  const named = activationSpecNamed(activation)!;
  const fused = withActivation(spec, named.spec, named.options);
  if (getBackend() === 'wasm' && !isCompiled(fused.name)) {
    const apply = elementwiseOp(named.spec);
    return { spec, after: (y) => apply(y, named.options) };
  }
  registerReductionKernels(fused);
  return { spec: fused, after: null };
}

/** The activation string's spec and options, or a clear error naming `op` (null/'linear': none). */
export function checkActivation(op: string, activation: unknown): void {
  if (activation == null || activation === 'linear') return;
  if (typeof activation !== 'string') {
    throw new Error(`${op}: expected option 'activation' to be an activation name, got ${describe(activation)} — pass e.g. activation: 'relu'`);
  }
  if (!activationSpecNamed(activation)) {
    throw new Error(
      `${op}: unknown activation '${activation}'${suggestion(activation, activationStrings())} — fused activations come `
      + 'from the specs of imported packages: import \'@layerkit/activations\' first, then pass one of its names',
    );
  }
}

/** The activation as a kernel of its own, where it cannot be fused (after RMSNorm's bias). */
export function applyActivation(op: string, y: Tensor, activation: string | null): Tensor {
  if (activation == null || activation === 'linear') return y;
  checkActivation(op, activation);
  const { spec, options } = activationSpecNamed(activation)!;
  return elementwiseOp(spec)(y, options);
}

/** The catalog entry's names: the layers first, then the op-level pieces. */
export const NORM_ACT_EXPORTS = ['BatchNormAct', 'GroupNormAct', 'LayerNormAct', 'RMSNormAct', 'normActivation', 'NORM_ACT_PRESETS'] as const;
