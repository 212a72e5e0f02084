/**
 * TALL masks (merge.tall-masks), "Localizing Task Information for Improved Model Merging and
 * Compression": per task, the entries where its own task vector dominates the rest of the
 * multi-task vector, m_t = 1{|τ_t| ≥ λ_t·|τ_MTL − τ_t|}; stored bit-packed next to τ_MTL, they
 * reconstruct each task's model as θ_base + m_t·τ_MTL. The `consensus` merge method uses them.
 */

/** One mask per task vector (1 = the entry belongs to that task). */
export function tallMasks(taskVectors: readonly ArrayLike<number>[], lambdas: readonly number[]): Uint8Array[] {
  if (taskVectors.length === 0) throw new Error('tallMasks: expected at least one task vector, got none — pass θ_t − θ_base per task');
  if (lambdas.length !== taskVectors.length) {
    throw new Error(`tallMasks: expected one λ per task vector (${taskVectors.length}), got ${lambdas.length} — pass one λ per task`);
  }
  const length = taskVectors[0]!.length;
  const multiTask = new Float64Array(length);
  for (const vector of taskVectors) {
    if (vector.length !== length) throw new Error(`tallMasks: expected task vectors of one length (${length}), got ${vector.length} — pass vectors of one tensor`);
    for (let index = 0; index < length; index++) multiTask[index] += vector[index]!;
  }
  return taskVectors.map((vector, task) => {
    const mask = new Uint8Array(length);
    const lambda = lambdas[task]!;
    for (let index = 0; index < length; index++) {
      const own = vector[index]!;
      mask[index] = Math.abs(own) >= lambda * Math.abs(multiTask[index]! - own) ? 1 : 0;
    }
    return mask;
  });
}

/** 8 mask entries per byte, first entry in the lowest bit. */
export function packMask(mask: Uint8Array): Uint8Array {
  const packed = new Uint8Array(Math.ceil(mask.length / 8));
  for (let index = 0; index < mask.length; index++) if (mask[index]) packed[index >> 3]! |= 1 << (index & 7);
  return packed;
}

export function unpackMask(packed: Uint8Array, length: number): Uint8Array {
  if (packed.length !== Math.ceil(length / 8)) {
    throw new Error(`unpackMask: expected ${Math.ceil(length / 8)} bytes for ${length} entries, got ${packed.length} — pass the length the mask was packed with`);
  }
  const mask = new Uint8Array(length);
  for (let index = 0; index < length; index++) mask[index] = (packed[index >> 3]! >> (index & 7)) & 1;
  return mask;
}

/** θ_base + m·τ_MTL: one task's model rebuilt from the merged task vector and its mask. */
export function reconstructTask(base: ArrayLike<number>, multiTask: ArrayLike<number>, mask: Uint8Array): Float32Array {
  const result = new Float32Array(base.length);
  for (let index = 0; index < result.length; index++) result[index] = base[index]! + (mask[index] ? multiTask[index]! : 0);
  return result;
}
