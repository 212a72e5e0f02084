/**
 * Git Re-Basin activation matching ("Git Re-Basin: Merging Models modulo Permutation Symmetries"):
 * run both models on the same data and, for each permutation group, match B's units to A's by
 * exact linear assignment on the cross-correlation E[z_A·z_Bᵀ] of the group's (post-activation)
 * features, flattened over batch and spatial positions. One assignment per group, no sweeps.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { linearAssignment } from './linear-assignment.js';
import type { PermutationSpec } from './permutation-spec.js';
import type { Permutations } from './weight-matching.js';

/** For each group, the last layer (in model order) whose output carries it: its features are matched. */
function featureLayers(spec: PermutationSpec, model: tfl.LayersModel): Map<string, string> {
  if (!spec.layerOutputs) {
    throw new Error('activation_matching: expected a permutation spec derived from the model topology (with layerOutputs), got one without — use permutationSpecFromTopology');
  }
  const chosen = new Map<string, string>();
  for (const layer of model.layers) {
    const group = spec.layerOutputs[layer.name];
    if (group !== undefined) chosen.set(group, layer.name);
  }
  return chosen;
}

/**
 * Permutations of `other`'s units that best match `reference`'s activations on `inputs` (one
 * batch, or several batches whose statistics are accumulated). Both models must share the topology.
 */
export async function activationMatching(
  spec: PermutationSpec, reference: tfl.LayersModel, other: tfl.LayersModel, inputs: tf.Tensor | tf.Tensor[] | (tf.Tensor | tf.Tensor[])[],
): Promise<Permutations> {
  const layers = featureLayers(spec, reference);
  const groups = [...layers.keys()];
  const probe = (model: tfl.LayersModel) => tfl.model({ inputs: model.inputs, outputs: groups.map((group) => model.getLayer(layers.get(group)!).output as tfl.SymbolicTensor) });
  const referenceProbe = probe(reference);
  const otherProbe = probe(other);
  const batches = Array.isArray(inputs) && inputs.length > 0 && (Array.isArray(inputs[0]) || reference.inputs.length === 1) ? inputs as (tf.Tensor | tf.Tensor[])[] : [inputs as tf.Tensor | tf.Tensor[]];
  const correlations = groups.map((group) => new Float64Array(spec.groups[group]! ** 2));
  for (const batch of batches) {
    const features = tf.tidy(() => {
      const fromReference = referenceProbe.predict(batch) as tf.Tensor | tf.Tensor[];
      const fromOther = otherProbe.predict(batch) as tf.Tensor | tf.Tensor[];
      const list = (value: tf.Tensor | tf.Tensor[]) => (Array.isArray(value) ? value : [value]);
      return groups.map((group, index) => {
        const size = spec.groups[group]!;
        const a = tf.reshape(list(fromReference)[index]!, [-1, size]);
        const b = tf.reshape(list(fromOther)[index]!, [-1, size]);
        return tf.matMul(a, b, true, false);
      });
    });
    features.forEach((matrix, index) => {
      const values = matrix.dataSync();
      const correlation = correlations[index]!;
      for (let position = 0; position < values.length; position++) correlation[position] += values[position]!;
      matrix.dispose();
    });
  }
  const permutations: Permutations = {};
  for (const [group, size] of Object.entries(spec.groups)) {
    const index = groups.indexOf(group);
    permutations[group] = index < 0 ? Int32Array.from({ length: size }, (_, unit) => unit) : linearAssignment(correlations[index]!, size, size, { maximize: true });
  }
  return permutations;
}
