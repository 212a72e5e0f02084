/**
 * OTFusion alignment, "Model Fusion via Optimal Transport", for models of equal widths with the
 * reference recipe's settings: exact OT, uniform marginals, weights as the ground metric with the
 * (not squared) Euclidean distance, past correction. With equal widths and uniform marginals the
 * exact transport plan is a permutation (Birkhoff), so each layer is an exact linear assignment;
 * the corrected plan T_c is that permutation matrix. Layers are visited in topological order and
 * each layer's incoming weights are compared after applying the transports already found (past
 * correction). The fusion itself is then a weighted average (`linear` with weights
 * 1 − fusionWeight and fusionWeight). Unequal widths and entropic (Sinkhorn) plans are not supported.
 */
import type { WeightInfo, WeightSource } from '../weight-source.js';
import { linearAssignment } from './linear-assignment.js';
import type { PermutationSpec } from './permutation-spec.js';
import { identityPermutations, permuteTensor, type Permutations } from './weight-matching.js';

/** Rows = units of the group (the tensor's last axis), columns = everything else. */
function incomingRows(values: ArrayLike<number>, shape: readonly number[], size: number): Float64Array {
  const rest = shape.slice(0, -1).reduce((product, dimension) => product * dimension, 1);
  const rows = new Float64Array(size * rest);
  for (let position = 0; position < rest; position++) {
    for (let unit = 0; unit < size; unit++) rows[unit * rest + position] = values[position * size + unit]!;
  }
  return rows;
}

/**
 * Transports (as permutations) of `other`'s units onto `reference`'s, group by group in the
 * spec's order (which follows the layer order of the topology).
 */
export function otfusionAlignment(spec: PermutationSpec, reference: WeightSource, other: WeightSource): Permutations {
  const infos = new Map<string, WeightInfo>(reference.weights.map((weight) => [weight.name, weight]));
  const permutations = identityPermutations(spec);
  const done = new Set<string>();
  for (const [group, size] of Object.entries(spec.groups)) {
    // Incoming weights: tensors whose last axis is this group's units (kernels, biases, norm parameters).
    const incoming = Object.entries(spec.tensors).filter(([, tags]) => tags[tags.length - 1]?.group === group && tags[tags.length - 1]?.repeat === 1);
    // Past correction needs the inputs' transports: in a residual stream a later block also writes
    // into this group, and its inputs are not aligned yet; compare only layers whose inputs are.
    const ready = incoming.filter(([, tags]) => tags.every((tag) => !tag || tag.group === group || done.has(tag.group)));
    const members = ready.length > 0 ? ready : incoming;
    done.add(group);
    if (members.length === 0) continue;
    const squaredDistance = new Float64Array(size * size);
    for (const [tensor, tags] of members) {
      const shape = infos.get(tensor)!.shape;
      const referenceRows = incomingRows(reference.read(tensor), shape, size);
      // Past correction: the input side of B is already transported; this group stays as is.
      const otherRows = incomingRows(permuteTensor(other.read(tensor), shape, tags, permutations, group), shape, size);
      const rest = referenceRows.length / size;
      for (let row = 0; row < size; row++) {
        for (let column = 0; column < size; column++) {
          let sum = 0;
          for (let position = 0; position < rest; position++) {
            const difference = referenceRows[row * rest + position]! - otherRows[column * rest + position]!;
            sum += difference * difference;
          }
          squaredDistance[row * size + column] += sum;
        }
      }
    }
    const cost = squaredDistance.map(Math.sqrt);
    permutations[group] = linearAssignment(cost, size, size, { maximize: false });
  }
  return permutations;
}
