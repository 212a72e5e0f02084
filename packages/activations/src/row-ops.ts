import { runReduction, type ReductionSpec } from '@layerkit/core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import { logSoftmaxSpec, softmaxSpec } from './row-specs/softmax.js';
import { registerWasmKernels } from './wasm-kernels.js';

/** Row ops (reductions over an axis): kernels, catalog entries and tests iterate this list. */
export const ROW_OPS: readonly ReductionSpec[] = [softmaxSpec, logSoftmaxSpec];

export interface SoftmaxOptions {
  /** Axis or axes of each row. Default -1. */
  readonly axis?: number | readonly number[];
  /** Divides the logits first. Default 1. */
  readonly temperature?: number;
  /** Same shape as x; positions where it is 0/false take no part and come out as exactly 0 (softmax) or −∞ (logSoftmax). */
  readonly mask?: Tensor | TensorLike;
}

/** The op of a row spec; it registers the package's wasm kernels (a loader), as every op does. */
function rowOp(spec: ReductionSpec) {
  registerWasmKernels();
  return (x: Tensor | TensorLike, options: SoftmaxOptions = {}): Tensor => {
    const { mask, ...rest } = options;
    return runReduction(spec, x, { inputs: mask == null ? {} : { mask }, options: rest });
  };
}

/** softmax over any axis with a temperature and a mask; a fully masked row is all zeros. */
export const softmax = /* @__PURE__ */ rowOp(softmaxSpec);
/** logSoftmax over any axis with a temperature and a mask; masked positions are −∞. */
export const logSoftmax = /* @__PURE__ */ rowOp(logSoftmaxSpec);
