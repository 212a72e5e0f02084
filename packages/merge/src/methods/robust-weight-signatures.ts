/**
 * Robust Weight Signatures: the weight difference robust − clean, kept in the selected (by
 * default shallow) layers and quantised for storage, patched onto the clean model as
 * θ = θ_clean + Σ s·RWS; patches compose by summing and are removed with s = −1.
 * "Robust Weight Signatures: Gaining Robustness as Easy as Patching Weights?".
 * Checked against the catalog entry only (no reference code read here): the catalog names no depth
 * cut-off for 'shallow', so it is the `shallowDepth` parameter; quantisation is symmetric
 * per-tensor uniform (scale max|d| / (2^(bits−1) − 1)), one common choice the entry does not fix.
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { inLayerGroup } from './layerwise-average.js';

/** Symmetric uniform quantisation of a difference to `bits` bits (null: full precision). */
export function quantizeSignature(difference: Float64Array, bits: number | null): Float64Array {
  if (bits === null) return difference;
  // One bit has no zero level: sign times the mean magnitude (the L2-best scale for fixed signs).
  if (bits === 1) {
    const magnitude = meanMagnitude(difference);
    return difference.map((value) => (value >= 0 ? magnitude : -magnitude));
  }
  const levels = 2 ** (bits - 1) - 1;
  let largest = 0;
  for (const value of difference) largest = Math.max(largest, Math.abs(value));
  if (largest === 0) return difference;
  const step = largest / levels;
  return difference.map((value) => Math.round(value / step) * step);
}

function meanMagnitude(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += Math.abs(value);
  return values.length > 0 ? sum / values.length : 0;
}

export const robustWeightSignatures = defineMergeMethod({
  name: 'robust_weight_signatures',
  id: 'merge.robust-weight-signatures',
  summary: 'Patch the clean base with each robust model\'s (quantised) weight difference in the selected layers: θ_clean + Σ s·RWS.',
  paper: 'Robust Weight Signatures: Gaining Robustness as Easy as Patching Weights?',
  params: {
    scale: parameter.number({ scope: 'model', default: 1, description: 'Patch strength s of this robust model\'s signature (−1 removes a patch).' }),
    layers: parameter.string({
      scope: 'global', default: 'shallow',
      description: "'shallow' (layers at relative depth ≤ shallowDepth), 'all', or comma-separated layer names.",
    }),
    shallowDepth: parameter.number({ scope: 'global', default: 0.5, minimum: 0, maximum: 1, description: "Relative depth (0 first layer, 1 last) up to which 'shallow' patches." }),
    bits: parameter.integer({ scope: 'global', default: 8, minimum: 1, maximum: 16, nullable: true, description: 'Bits per signature entry (symmetric per-tensor quantisation); null keeps full precision.' }),
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ name, depth, base, models, global, perModel }) {
    const selected = global.layers === 'all' ? true
      : global.layers === 'shallow' ? (depth ?? 0) <= global.shallowDepth
        : inLayerGroup(name, global.layers);
    if (!selected) return Float32Array.from(base!);
    const accumulator = Float64Array.from(base!);
    models.forEach((model, index) => {
      const difference = new Float64Array(model.length);
      for (let position = 0; position < model.length; position++) difference[position] = model[position]! - base![position]!;
      const signature = quantizeSignature(difference, global.bits);
      const scale = perModel[index]!.scale;
      for (let position = 0; position < model.length; position++) accumulator[position] += scale * signature[position]!;
    });
    return Float32Array.from(accumulator);
  },
});
