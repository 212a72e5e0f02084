// The op and the layer a norm gets from its spec alone, for registry entries that give neither:
// a new norm is a spec file and a line in NORMS. The hand-written ops and layers (ops.ts,
// layers.ts) exist for what a spec cannot say: positional weights, Keras's option names
// (scale, center), running statistics, aliases.
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { pascalCase, runReduction, type ReductionSpec } from '@layerkit/core';
import { normLayer, type NormLayerClass } from './layer-factory.js';
import { registerNormsWasmModule } from './wasm-module-loader.js';

/** A derived op: x, the spec's weights by name (absent ones take their fill) and its options (params, variants, axis, groups). */
export type DerivedNormOp = (
  x: Tensor | TensorLike,
  weights?: Readonly<Record<string, Tensor | TensorLike | null | undefined>>,
  options?: Readonly<Record<string, unknown>>,
) => Tensor;

/** The op of a spec: runReduction with its weights and options, named after the spec. */
export function derivedNormOp(spec: ReductionSpec): DerivedNormOp {
  registerNormsWasmModule();
  const op: DerivedNormOp = (x, weights = {}, options = {}) => runReduction(spec, x, { weights, options });
  Object.defineProperty(op, 'name', { value: spec.name });
  return op;
}

/**
 * The layer of a spec: one trainable weight per spec weight (one value per normalized feature or
 * channel, initialized to its fill), the spec's params and variants as options with their
 * defaults (an optional param defaults to null: not given), `axis` (and `groups` for channel
 * groups, default −1: one per channel), the spec's element inputs as further call inputs
 * ([x, mask]). Specs with group outputs (running statistics) need a hand-written layer.
 */
export function derivedNormLayer(spec: ReductionSpec): NormLayerClass<Record<string, unknown>> {
  if (spec.groupOutputs?.length) {
    throw new Error(`${spec.id}: a spec with group outputs (${spec.groupOutputs.join(', ')}) keeps running statistics — write its layer in layers.ts and name it in the registry`);
  }
  const optional = new Set(spec.params.filter((p) => p.optional).map((p) => p.name));
  const defaults: Record<string, unknown> = {
    axis: -1,
    ...(spec.view === 'channel-groups' ? { groups: -1 } : {}),
    ...Object.fromEntries(spec.params.map((p) => [p.name, p.optional ? null : p.default])),
    ...Object.fromEntries((spec.variants ?? []).map((v) => [v.name, v.default])),
  };
  registerNormsWasmModule();
  return normLayer<Record<string, unknown>, Record<string, unknown>>({
    className: pascalCase(spec.name),
    defaults,
    weights: spec.weights.map((weight) => ({
      name: weight.name, size: 'features', initial: () => tfl.initializers.constant({ value: weight.fill }),
    })),
    apply: (x, weights, options, context) => runReduction(spec, x, {
      weights,
      options: Object.fromEntries(Object.entries(options).filter(([name, value]) => !(optional.has(name) && value == null))),
      inputs: Object.fromEntries((spec.inputs ?? []).flatMap((name, n) => (context.others[n] ? [[name, context.others[n]]] : []))),
    }),
  });
}
