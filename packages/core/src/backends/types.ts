import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { ElementwiseProgram } from '../program.js';
import type { ReductionProgram } from '../reduction-program.js';

export { BACKENDS, type BackendName } from './names.js';

/**
 * Runs elementwise programs on one backend. `backend` is the tfjs backend instance the kernel
 * function received (duck-typed: layerkit imports no backend package).
 *
 * - `tensors` are the program's tensor inputs: for 'elementwise', one per `program.inputs`
 *   name in order; for gated layouts, `[x]` ('gated-forward') or `[x, dy]` ('gated-backward').
 * - `params`: uniform mode, one number per `program.params` name; channel mode, one
 *   TensorInfo of shape [c] per name, c = the output's last dimension.
 * - Returns a new float32 TensorInfo of `outShape` owned by the backend.
 */
export interface ElementwiseRunner {
  run(
    backend: unknown,
    program: ElementwiseProgram,
    tensors: readonly TensorInfo[],
    params: readonly number[] | readonly TensorInfo[],
    outShape: readonly number[],
  ): TensorInfo;
}


/** [outer, across, kept, within]: how a reduction views x (see reduction-spec.ts). */
export type ReductionViewShape = readonly [outer: number, across: number, kept: number, within: number];

/**
 * Runs reduction programs (reduction-program.ts) on one backend.
 *
 * - `elements`: one x-shaped tensor per `program.elementInputs` name, in order;
 * - `weights`: one tensor of kept × within values per `program.weights` name, in order;
 * - `params`: one number per `program.params` name, in order (the runner adds the group size).
 *
 * Returns the x-shaped outputs (shaped like `elements[0]`), then one [outer × kept] tensor per
 * group output, then one [kept × within] tensor per column sum, all float32 and owned by the
 * backend.
 */
export interface ReductionRunner {
  run(
    backend: unknown,
    program: ReductionProgram,
    view: ReductionViewShape,
    elements: readonly TensorInfo[],
    weights: readonly TensorInfo[],
    params: readonly number[],
  ): TensorInfo[];
}

/** What a backend's runner module provides; `prepare` finishes asynchronous set-up (wasm compiles its modules). */
export interface BackendRunners {
  readonly elementwise: ElementwiseRunner;
  readonly reduction: ReductionRunner;
  readonly prepare?: (backend: unknown) => Promise<void>;
}
