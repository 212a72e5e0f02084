/**
 * The public ops of the memory-saving backwards (on a SymbolicTensor they add their layer) and
 * their catalog entries.
 */
import { withLayerForm, type ActivationOp } from '../layer-form.js';
import { ApproxBp, FewBitBackward, MobiletlBackward } from './layers.js';
import {
  approxBpCompute, fewBitBackwardCompute, mobiletlBackwardCompute, type ApproxBpOptions, type FewBitBackwardOptions, type MobiletlBackwardOptions,
} from './ops.js';

/**
 * The base activation forward exactly (default gelu); the gradient reads only a `bits`-bit code
 * of x (default 3) and takes the L2-optimal piecewise-constant approximation of f' on [-100, 100].
 * Piecewise-linear bases (relu, relu6, leakyRelu, hardTanh, hardSigmoid, hardShrink, softShrink)
 * store their exact 1-bit derivative mask. Catalog id `activations.few-bit-backward`.
 */
export const fewBitBackward: ActivationOp<FewBitBackwardOptions> = /* @__PURE__ */ withLayerForm('fewBitBackward', fewBitBackwardCompute, (options) => new FewBitBackward(options));

/**
 * gelu (ReGELU2) or silu (ReSiLU2) forward exactly; the gradient is the derivative of a 3-kink
 * piecewise-linear fit of the function, read from a 2-bit code. Catalog id `activations.approx-bp`.
 */
export const approxBp: ActivationOp<ApproxBpOptions> = /* @__PURE__ */ withLayerForm('approxBp', approxBpCompute, (options) => new ApproxBp(options));

/** approxBp with base 'gelu'. */
export const reGelu2: ActivationOp<Record<never, never>> = /* @__PURE__ */ withLayerForm('reGelu2', (x) => approxBpCompute(x, { base: 'gelu' }), () => new ApproxBp({ base: 'gelu' }));

/** approxBp with base 'silu'. */
export const reSilu2: ActivationOp<Record<never, never>> = /* @__PURE__ */ withLayerForm('reSilu2', (x) => approxBpCompute(x, { base: 'silu' }), () => new ApproxBp({ base: 'silu' }));

/**
 * hardSwish forward exactly with the gradient c0 + (c1 − c0)·1[x > threshold] from a 1-bit mask,
 * or relu6 with its exact band mask 1[0 < x < 6]. Catalog id `activations.mobiletl-backward`.
 */
export const mobiletlBackward: ActivationOp<MobiletlBackwardOptions> = /* @__PURE__ */ withLayerForm('mobiletlBackward', mobiletlBackwardCompute, (options) => new MobiletlBackward(options));

/** The catalog entries: what to import for each, the main export first. */
export const MEMORY_SAVING_BACKWARDS = [
  { id: 'activations.few-bit-backward', layer: 'FewBitBackward', names: ['fewBitBackward'], exports: ['fewBitBackward', 'FewBitBackward', 'fewBitFit'] },
  { id: 'activations.approx-bp', layer: 'ApproxBp', names: ['approxBp', 'reGelu2', 'reSilu2'], exports: ['approxBp', 'ApproxBp', 'reGelu2', 'reSilu2', 'approxBpLevels'] },
  { id: 'activations.mobiletl-backward', layer: 'MobiletlBackward', names: ['mobiletlBackward'], exports: ['mobiletlBackward', 'MobiletlBackward'] },
] as const;
