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

/**
 * Which published form a sparsify-and-combine step follows where the two differ. 'mergekit'
 * (default): a ported mergekit config gives mergekit's numbers — top-k keeps ⌊density·n⌋ entries,
 * a tied sign vote elects +, `rescale` restores the task vector's L1 norm, density ≥ 1 keeps the
 * tensor as it is. 'paper': the papers' formulas — ⌈round⌋(density·n) entries, a tied vote elects
 * nothing (the entry stays at the base), `rescale` divides by the keep probability.
 */
export type Convention = 'mergekit' | 'paper';

export interface SparsifyOptions {
  readonly convention?: Convention;
  /** Rescale the kept entries (see `Convention` for how). */
  readonly rescale?: boolean;
}

function sumOfMagnitudes(values: FloatArray): number {
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += Math.abs(values[index]!);
  return sum;
}

/** mergekit's rescale: scale the kept entries so that the L1 norm is what it was before masking (left alone below 1e-7). */
function restoreL1(delta: Float64Array, before: number): Float64Array {
  const after = sumOfMagnitudes(delta);
  if (before < 1e-7 || after < 1e-7) return delta;
  const scale = before / after;
  for (let index = 0; index < delta.length; index++) delta[index] *= scale;
  return delta;
}

/** How many entries a top-k keeps: ⌊density·n⌋ for mergekit (Python's int()), the nearest integer for the papers. */
function topCount(density: number, length: number, convention: Convention): number {
  return convention === 'mergekit' ? Math.min(length, Math.max(0, Math.floor(density * length))) : keptCount(density, length);
}

/**
 * TIES trim: keep the top `density` fraction of |δ| (exact count, ties to the lower index).
 * mergekit asserts that at least one entry stays; here a count of 0 keeps none (small tensors at low density).
 */
export function trimByMagnitude(delta: Float64Array, density: number, options: SparsifyOptions = {}): Float64Array {
  const convention = options.convention ?? 'mergekit';
  if (convention === 'mergekit' && density >= 1) return delta;
  const before = options.rescale ? sumOfMagnitudes(delta) : 0;
  const kept = topCount(density, delta.length, convention);
  const mask = topMagnitudeMask(delta, kept);
  for (let index = 0; index < delta.length; index++) if (mask[index] === 0) delta[index] = 0;
  if (!options.rescale) return delta;
  if (convention === 'mergekit') return restoreL1(delta, before);
  const scale = kept > 0 ? delta.length / kept : 1;
  for (let index = 0; index < delta.length; index++) delta[index] *= scale;
  return delta;
}

/**
 * DARE: keep each entry with probability `density`; `rescale` restores the L1 norm (mergekit) or
 * divides the kept ones by density (paper). One uniform draw per entry in flat order (DELLA draws
 * in the same order, so DELLA with epsilon 0 equals DARE).
 */
export function randomDrop(delta: Float64Array, density: number, rescale: boolean, random: () => number, options: { convention?: Convention } = {}): Float64Array {
  const convention = options.convention ?? 'mergekit';
  if (convention === 'mergekit') {
    if (density >= 1) return delta;
    const before = rescale ? sumOfMagnitudes(delta) : 0;
    for (let index = 0; index < delta.length; index++) if (!(random() < density)) delta[index] = 0;
    return rescale ? restoreL1(delta, before) : delta;
  }
  const scale = rescale ? 1 / density : 1;
  for (let index = 0; index < delta.length; index++) {
    delta[index] = random() < density ? delta[index]! * scale : 0;
  }
  return delta;
}

/**
 * Model Breadcrumbs: drop the largest `gamma` fraction of |δ| (outliers) and the smallest ones so
 * that a `density` fraction remains. When density + gamma > 1 the two conventions part: mergekit
 * keeps ⌊density·n⌋ entries and drops fewer outliers; the paper form drops the ⌈round⌋(gamma·n)
 * outliers and keeps what is left. mergekit keeps nothing at all when the outlier count is 0 (its
 * slice `[bottom:-0]` is empty); here that keeps the top `density` fraction.
 */
export function dropOutliersAndSmall(delta: Float64Array, density: number, gamma: number, options: SparsifyOptions = {}): Float64Array {
  const convention = options.convention ?? 'mergekit';
  if (convention === 'mergekit' && density >= 1) return delta;
  const length = delta.length;
  const before = options.rescale ? sumOfMagnitudes(delta) : 0;
  let topDropped: number;
  let kept: number;
  if (convention === 'mergekit') {
    kept = Math.floor(density * length);
    topDropped = Math.floor(gamma * length);
    const bottomDropped = length - kept - topDropped;
    if (bottomDropped < 0) topDropped += bottomDropped;
  } else {
    topDropped = keptCount(gamma, length);
    kept = Math.min(keptCount(density, length), length - topDropped);
  }
  const order = magnitudeOrder(delta, Uint32Array.from({ length }, (_, index) => index));
  // order is ascending; keep positions [length - topDropped - kept, length - topDropped).
  const keepFrom = length - topDropped - kept;
  const keepTo = length - topDropped;
  const mask = new Uint8Array(length);
  for (let position = keepFrom; position < keepTo; position++) mask[order[position]!] = 1;
  for (let index = 0; index < length; index++) if (mask[index] === 0) delta[index] = 0;
  if (!options.rescale) return delta;
  if (convention === 'mergekit') return restoreL1(delta, before);
  const scale = kept > 0 ? length / kept : 1;
  for (let index = 0; index < length; index++) delta[index] *= scale;
  return delta;
}

/**
 * DELLA MagPrune: within each output unit (tfjs: a column of the last axis), rank |δ| and keep
 * entry i with probability pᵢ spread linearly over [density − epsilon, density + epsilon] (larger
 * magnitude, higher probability). `rescale` restores the tensor's L1 norm (mergekit) or divides
 * each kept entry by its pᵢ (paper). mergekit keeps the tensor as it is at density ≥ 1 and zeroes
 * it at density ≤ 0.
 */
export function magnitudeRankedDrop(
  delta: Float64Array, shape: readonly number[], density: number, epsilon: number, rescale: boolean, random: () => number,
  options: { convention?: Convention } = {},
): Float64Array {
  const convention = options.convention ?? 'mergekit';
  if (convention === 'mergekit') {
    if (density >= 1) return delta;
    if (density <= 0) return delta.fill(0);
  }
  const before = rescale && convention === 'mergekit' ? sumOfMagnitudes(delta) : 0;
  const probability = new Float64Array(delta.length);
  for (const group of outputUnitGroups(shape)) {
    const order = magnitudeOrder(delta, group);
    const count = order.length;
    for (let rank = 0; rank < count; rank++) {
      probability[order[rank]!] = count === 1 ? density : density - epsilon + (2 * epsilon * rank) / (count - 1);
    }
  }
  const divide = rescale && convention === 'paper';
  for (let index = 0; index < delta.length; index++) {
    const keep = probability[index]!;
    delta[index] = random() < keep ? (divide ? delta[index]! / keep : delta[index]!) : 0;
  }
  return rescale && convention === 'mergekit' ? restoreL1(delta, before) : delta;
}

/**
 * Weighted sum of task vectors with optional sign election (TIES steps 2–3). With a consensus,
 * only entries whose weighted sign equals the elected sign count, and `normalize` divides by the
 * weights of those agreeing models; without, by the sum of all weights. A tied vote elects +
 * (mergekit) or nothing, leaving the entry at the base (paper).
 */
export function combineTaskVectors(
  deltas: readonly FloatArray[], weights: readonly number[], consensus: Consensus, normalize: boolean, options: { convention?: Convention } = {},
): Float64Array {
  return Float64Array.from(combineIntoScratch(deltas, weights, consensus, normalize, options.convention ?? 'mergekit'));
}

/** `combineTaskVectors` into a reused scratch array, valid until the next call (for merge methods). */
export function combineIntoScratch(
  deltas: readonly FloatArray[], weights: readonly number[], consensus: Consensus, normalize: boolean, convention: Convention = 'mergekit',
): Float64Array {
  const length = deltas[0]!.length;
  // Scratch: the result is consumed (added to the base) before the method returns.
  const result = scratchFloat64('combined', length, true);
  if (consensus === null) {
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    // mergekit's guard: weights summing to (almost) nothing are not divided by.
    const divisor = normalize && Math.abs(weightSum) >= 1e-8 ? weightSum : 1;
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
  const tieElectsPositive = convention === 'mergekit';
  for (let index = 0; index < length; index++) {
    let vote = 0;
    for (let model = 0; model < count; model++) {
      const weighted = weights[model]! * deltas[model]![index]!;
      vote += bySum ? weighted : weighted > 0 ? 1 : weighted < 0 ? -1 : 0;
    }
    if (vote === 0 && !tieElectsPositive) continue;
    const positive = vote > 0 || (vote === 0 && tieElectsPositive);
    let sum = 0;
    let weightSum = 0;
    for (let model = 0; model < count; model++) {
      const weighted = weights[model]! * deltas[model]![index]!;
      if (positive ? weighted > 0 : weighted < 0) {
        sum += weighted;
        weightSum += weights[model]!;
      }
    }
    result[index] = normalize && weightSum !== 0 ? sum / weightSum : sum;
  }
  return result;
}

export function seededStream(seed: number, name: string, model: number): () => number {
  return seededRandom(seed, name, model);
}
