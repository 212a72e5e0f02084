/**
 * Generalized task arithmetic (merge.gta): the building blocks that TIES, DARE, Breadcrumbs and
 * DELLA are presets of — sparsify each task vector, optionally elect a sign per entry, then take
 * the (normalised) weighted sum of the entries that agree with it.
 */
import {
  keptCount, magnitudeOrder, outputUnitGroups, scratchFloat64, seededRandom, topMagnitudeMask, type FloatArray,
} from './tensor-math.js';

export type Consensus = 'sum' | 'count' | null;

/**
 * Task vectors δᵢ = θᵢ − θ_base in float64, in reused scratch arrays: valid until the next call,
 * which is all a merge method needs (it consumes them before returning).
 */
export function taskVectors(models: readonly Float32Array[], base: Float32Array): Float64Array[] {
  return models.map((model, index) => {
    const delta = scratchFloat64(`task-vector-${index}`, model.length);
    for (let position = 0; position < model.length; position++) delta[position] = model[position]! - base[position]!;
    return delta;
  });
}

/** TIES trim: keep the top `density` fraction of |δ| (exact count, ties to the lower index). */
export function trimByMagnitude(delta: Float64Array, density: number): Float64Array {
  const mask = topMagnitudeMask(delta, keptCount(density, delta.length));
  for (let index = 0; index < delta.length; index++) if (mask[index] === 0) delta[index] = 0;
  return delta;
}

/**
 * DARE: keep each entry with probability `density`, rescale kept ones by 1/density. One uniform
 * draw per entry in flat order (DELLA draws in the same order, so DELLA with epsilon 0 equals DARE).
 */
export function randomDrop(delta: Float64Array, density: number, rescale: boolean, random: () => number): Float64Array {
  const scale = rescale ? 1 / density : 1;
  for (let index = 0; index < delta.length; index++) {
    delta[index] = random() < density ? delta[index]! * scale : 0;
  }
  return delta;
}

/**
 * Model Breadcrumbs: drop the largest `gamma` fraction of |δ| (outliers) and the smallest ones
 * so that a `density` fraction remains.
 */
export function dropOutliersAndSmall(delta: Float64Array, density: number, gamma: number): Float64Array {
  const length = delta.length;
  const topDropped = keptCount(gamma, length);
  const kept = Math.min(keptCount(density, length), length - topDropped);
  const order = magnitudeOrder(delta, Uint32Array.from({ length }, (_, index) => index));
  // order is ascending; keep positions [length - topDropped - kept, length - topDropped).
  const keepFrom = length - topDropped - kept;
  const keepTo = length - topDropped;
  const mask = new Uint8Array(length);
  for (let position = keepFrom; position < keepTo; position++) mask[order[position]!] = 1;
  for (let index = 0; index < length; index++) if (mask[index] === 0) delta[index] = 0;
  return delta;
}

/**
 * DELLA MagPrune: within each output unit (tfjs: a column of the last axis), rank |δ| and keep
 * entry i with probability pᵢ spread linearly over [density − epsilon, density + epsilon] (larger
 * magnitude, higher probability), rescaling kept entries by 1/pᵢ.
 */
export function magnitudeRankedDrop(
  delta: Float64Array, shape: readonly number[], density: number, epsilon: number, rescale: boolean, random: () => number,
): Float64Array {
  const probability = new Float64Array(delta.length);
  for (const group of outputUnitGroups(shape)) {
    const order = magnitudeOrder(delta, group);
    const count = order.length;
    for (let rank = 0; rank < count; rank++) {
      probability[order[rank]!] = count === 1 ? density : density - epsilon + (2 * epsilon * rank) / (count - 1);
    }
  }
  for (let index = 0; index < delta.length; index++) {
    const keep = probability[index]!;
    delta[index] = random() < keep ? (rescale ? delta[index]! / keep : delta[index]!) : 0;
  }
  return delta;
}

/**
 * Weighted sum of task vectors with optional sign election (TIES steps 2–3). With a consensus,
 * only entries whose weighted sign equals the elected sign count, and `normalize` divides by the
 * weights of those agreeing models; without, by the sum of all weights.
 */
export function combineTaskVectors(
  deltas: readonly FloatArray[], weights: readonly number[], consensus: Consensus, normalize: boolean,
): Float64Array {
  return Float64Array.from(combineIntoScratch(deltas, weights, consensus, normalize));
}

/** `combineTaskVectors` into a reused scratch array, valid until the next call (for merge methods). */
export function combineIntoScratch(
  deltas: readonly FloatArray[], weights: readonly number[], consensus: Consensus, normalize: boolean,
): Float64Array {
  const length = deltas[0]!.length;
  // Scratch: the result is consumed (added to the base) before the method returns.
  const result = scratchFloat64('combined', length, true);
  if (consensus === null) {
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    const divisor = normalize && Math.abs(weightSum) > 1e-12 ? weightSum : 1;
    for (let model = 0; model < deltas.length; model++) {
      const delta = deltas[model]!;
      const weight = weights[model]!;
      for (let index = 0; index < length; index++) result[index] += weight * delta[index]!;
    }
    for (let index = 0; index < length; index++) result[index] /= divisor;
    return result;
  }
  // One pass over entries with the (few) models inside: cheaper than a pass per model here.
  const count = deltas.length;
  const bySum = consensus === 'sum';
  for (let index = 0; index < length; index++) {
    let elected = 0;
    for (let model = 0; model < count; model++) {
      const weighted = weights[model]! * deltas[model]![index]!;
      elected += bySum ? weighted : weighted > 0 ? 1 : weighted < 0 ? -1 : 0;
    }
    if (elected === 0) continue;
    let sum = 0;
    let weightSum = 0;
    for (let model = 0; model < count; model++) {
      const weighted = weights[model]! * deltas[model]![index]!;
      if (elected > 0 ? weighted > 0 : weighted < 0) {
        sum += weighted;
        weightSum += weights[model]!;
      }
    }
    result[index] = normalize && Math.abs(weightSum) > 1e-12 ? sum / weightSum : sum;
  }
  return result;
}

export function seededStream(seed: number, name: string, model: number): () => number {
  return seededRandom(seed, name, model);
}
