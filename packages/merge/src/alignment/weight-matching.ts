/**
 * Git Re-Basin weight matching and permutation application.
 * "Git Re-Basin: Merging Models modulo Permutation Symmetries": permute model B's hidden units so
 * that its weights are as close as possible (largest inner product) to reference A, one group at
 * a time by exact linear assignment, sweeping until no group improves.
 */
import type { WeightInfo, WeightSource, WeightValues } from '../weight-source.js';
import { seededRandom } from '../tensor-math.js';
import { linearAssignment } from './linear-assignment.js';
import { defaultSimilarityBackend, matrixProduct, type SimilarityBackend } from './similarity.js';
import type { AxisTag, PermutationSpec } from './permutation-spec.js';

/** Group name → permutation: new unit i takes old unit perm[i]. */
export type Permutations = Record<string, Int32Array>;

export interface WeightMatchingOptions {
  /** Maximum sweeps over all groups (default 100). */
  readonly iterations?: number;
  /** Seed of the group visiting order (default 0). */
  readonly seed?: number;
  /**
   * Where the similarity matrices are computed: a tfjs backend name ('wasm' …) or 'js' for plain
   * loops. Default: 'wasm' once initialized (`initializeMatchingBackend()`), else 'js'.
   */
  readonly backend?: SimilarityBackend;
  /** Filled in with the milliseconds spent on similarity matrices and on linear assignment. */
  readonly timing?: WeightMatchingTiming;
}

export interface WeightMatchingTiming {
  similarity: number;
  assignment: number;
}

export interface WeightMatchingResult {
  readonly permutations: Permutations;
  /** Sweeps run, including the last one that made no progress. */
  readonly sweeps: number;
  /** Where the similarity matrices were computed. */
  readonly backend: SimilarityBackend;
}

type FloatArray = Float32Array | Float64Array;

export function identityPermutations(spec: PermutationSpec): Permutations {
  return Object.fromEntries(Object.entries(spec.groups).map(([group, size]) => [group, Int32Array.from({ length: size }, (_, index) => index)]));
}

export function randomPermutations(spec: PermutationSpec, seed = 0): Permutations {
  const random = seededRandom(seed, 'permutations', 0);
  const result: Permutations = {};
  for (const [group, size] of Object.entries(spec.groups)) {
    const permutation = Int32Array.from({ length: size }, (_, index) => index);
    for (let index = size - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      const swap = permutation[index]!;
      permutation[index] = permutation[other]!;
      permutation[other] = swap;
    }
    result[group] = permutation;
  }
  return result;
}

/** The inverse of each permutation (applying p then its inverse restores every tensor bitwise). */
export function invertPermutations(permutations: Permutations): Permutations {
  const result: Permutations = {};
  for (const [group, permutation] of Object.entries(permutations)) {
    const inverse = new Int32Array(permutation.length);
    permutation.forEach((old, index) => { inverse[old] = index; });
    result[group] = inverse;
  }
  return result;
}

/**
 * Gathers a tensor along every tagged axis: output index i on a tagged axis reads input index
 * perm[i] (within each `repeat` block). Axes whose group is in `skip` are left alone.
 */
export function permuteTensor<T extends WeightValues | Float64Array>(
  values: T, shape: readonly number[], tags: readonly (AxisTag | null)[] | undefined, permutations: Permutations, skip?: string,
): T {
  if (!tags) return values;
  const rank = shape.length;
  const maps: (Int32Array | null)[] = tags.map((tagOfAxis, axis) => {
    if (!tagOfAxis || tagOfAxis.group === skip) return null;
    const permutation = permutations[tagOfAxis.group];
    if (!permutation) return null;
    const size = permutation.length;
    const map = new Int32Array(shape[axis]!);
    for (let block = 0; block < tagOfAxis.repeat; block++) {
      for (let unit = 0; unit < size; unit++) map[block * size + unit] = block * size + permutation[unit]!;
    }
    return map;
  });
  if (maps.every((map) => map === null)) return values;
  const strides = new Array<number>(rank);
  let stride = 1;
  for (let axis = rank - 1; axis >= 0; axis--) { strides[axis] = stride; stride *= shape[axis]!; }
  const output = new (values.constructor as new (length: number) => T)(values.length);
  const counters = new Array<number>(rank).fill(0);
  // Source offset maintained incrementally, like an odometer over the output index.
  const sourceOffset = (axis: number, index: number) => (maps[axis] ? maps[axis]![index]! : index) * strides[axis]!;
  const offsets = new Array<number>(rank).fill(0);
  for (let axis = 0; axis < rank; axis++) offsets[axis] = sourceOffset(axis, 0);
  let source = offsets.reduce((sum, offset) => sum + offset, 0);
  for (let index = 0; index < values.length; index++) {
    output[index] = values[source]!;
    for (let axis = rank - 1; axis >= 0; axis--) {
      counters[axis]!++;
      if (counters[axis]! < shape[axis]!) {
        const next = sourceOffset(axis, counters[axis]!);
        source += next - offsets[axis]!;
        offsets[axis] = next;
        break;
      }
      counters[axis] = 0;
      const first = sourceOffset(axis, 0);
      source += first - offsets[axis]!;
      offsets[axis] = first;
    }
  }
  return output;
}

/** Sizes around a tagged axis: `before` × (`repeat` blocks of `size` units) × `after`. */
function axisLayout(shape: readonly number[], axis: number, tagOfAxis: AxisTag, size: number): { before: number; after: number; rest: number } {
  const before = shape.slice(0, axis).reduce((product, dimension) => product * dimension, 1);
  const after = shape.slice(axis + 1).reduce((product, dimension) => product * dimension, 1);
  return { before, after, rest: before * tagOfAxis.repeat * after };
}

/** The tagged axis moved to the front: an [n, rest] float32 matrix whose row i holds every entry of unit i. */
function unitRows(values: FloatArray, shape: readonly number[], axis: number, tagOfAxis: AxisTag, size: number): Float32Array {
  const { before, after, rest } = axisLayout(shape, axis, tagOfAxis, size);
  const repeat = tagOfAxis.repeat;
  // Already unit-major (a Dense kernel's input axis): no copy.
  if (before === 1 && repeat === 1 && values instanceof Float32Array) return values;
  const matrix = new Float32Array(size * rest);
  for (let outer = 0; outer < before; outer++) {
    for (let block = 0; block < repeat; block++) {
      for (let unit = 0; unit < size; unit++) {
        const sourceBase = ((outer * repeat + block) * size + unit) * after;
        const targetBase = unit * rest + (outer * repeat + block) * after;
        for (let inner = 0; inner < after; inner++) matrix[targetBase + inner] = values[sourceBase + inner]!;
      }
    }
  }
  return matrix;
}

/** The tagged axis moved to the back: a [rest, n] float32 matrix whose column j holds every entry of unit j. */
function unitColumns(values: FloatArray, shape: readonly number[], axis: number, tagOfAxis: AxisTag, size: number): Float32Array {
  const { before, after, rest } = axisLayout(shape, axis, tagOfAxis, size);
  const repeat = tagOfAxis.repeat;
  // Already unit-last (a Dense kernel's output axis, a bias): no copy.
  if (after === 1 && repeat === 1 && values instanceof Float32Array) return values;
  const matrix = new Float32Array(rest * size);
  for (let outer = 0; outer < before; outer++) {
    for (let block = 0; block < repeat; block++) {
      for (let unit = 0; unit < size; unit++) {
        const sourceBase = ((outer * repeat + block) * size + unit) * after;
        const restBase = (outer * repeat + block) * after;
        for (let inner = 0; inner < after; inner++) matrix[(restBase + inner) * size + unit] = values[sourceBase + inner]!;
      }
    }
  }
  return matrix;
}

function toFloat(values: WeightValues): FloatArray {
  return values instanceof Float32Array ? values : Float32Array.from(values);
}

/**
 * Weight matching: permutations of `other`'s groups that maximise Σ_tensors ⟨reference, π(other)⟩.
 * Reads each tagged tensor of both models once and keeps them in memory for the sweeps.
 */
export function weightMatching(
  spec: PermutationSpec, reference: WeightSource, other: WeightSource, options: WeightMatchingOptions = {},
): WeightMatchingResult {
  const iterations = options.iterations ?? 100;
  const random = seededRandom(options.seed ?? 0, 'weight-matching', 0);
  const product = matrixProduct(options.backend ?? defaultSimilarityBackend());
  const timing = options.timing;
  const infoByName = new Map<string, WeightInfo>(reference.weights.map((weight) => [weight.name, weight]));
  const members = new Map<string, { tensor: string; axis: number; tag: AxisTag }[]>();
  for (const [tensor, tags] of Object.entries(spec.tensors)) {
    if (!infoByName.has(tensor)) {
      throw new Error(`weight_matching: expected tensor '${tensor}' of the permutation spec in '${reference.label}', got none — the spec belongs to another architecture`);
    }
    tags.forEach((tagOfAxis, axis) => {
      if (!tagOfAxis) return;
      if (!members.has(tagOfAxis.group)) members.set(tagOfAxis.group, []);
      members.get(tagOfAxis.group)!.push({ tensor, axis, tag: tagOfAxis });
    });
  }
  const referenceValues = new Map<string, FloatArray>();
  const otherValues = new Map<string, FloatArray>();
  for (const tensor of Object.keys(spec.tensors)) {
    referenceValues.set(tensor, toFloat(reference.read(tensor)));
    otherValues.set(tensor, toFloat(other.read(tensor)));
  }
  const groupNames = Object.keys(spec.groups).filter((group) => members.has(group));
  const referenceMatrices = new Map<string, Float32Array>();
  // A member's contribution to its group's cost only changes when a permutation of one of the
  // tensor's other axes changes: cache it against those groups' versions.
  const versions = new Map<string, number>(groupNames.map((group) => [group, 0]));
  const contributions = new Map<string, { signature: string; matrix: Float32Array | Float64Array }>();
  const permutations = identityPermutations(spec);
  let sweeps = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    sweeps++;
    let progress = false;
    const order = [...groupNames];
    for (let index = order.length - 1; index > 0; index--) {
      const swap = Math.floor(random() * (index + 1));
      [order[index], order[swap]] = [order[swap]!, order[index]!];
    }
    for (const group of order) {
      const size = spec.groups[group]!;
      const cost = new Float64Array(size * size);
      for (const { tensor, axis, tag: tagOfAxis } of members.get(group)!) {
        const shape = infoByName.get(tensor)!.shape;
        const key = `${tensor}\u0000${axis}`;
        const signature = spec.tensors[tensor]!.map((other) => (other && other.group !== group ? `${other.group}:${versions.get(other.group) ?? 0}` : '-')).join(',');
        let cached = contributions.get(key);
        if (!cached || cached.signature !== signature) {
          const started = timing ? performance.now() : 0;
          let referenceMatrix = referenceMatrices.get(key);
          if (!referenceMatrix) {
            referenceMatrix = unitRows(referenceValues.get(tensor)!, shape, axis, tagOfAxis, size);
            referenceMatrices.set(key, referenceMatrix);
          }
          const permutedOther = permuteTensor(otherValues.get(tensor)!, shape, spec.tensors[tensor], permutations, group);
          const rest = referenceMatrix.length / size;
          // C[i, j] = ⟨reference unit i, other unit j⟩ over every entry of both units in this tensor.
          const otherMatrix = product.otherLayout === 'columns'
            ? unitColumns(permutedOther, shape, axis, tagOfAxis, size)
            : unitRows(permutedOther, shape, axis, tagOfAxis, size);
          cached = { signature, matrix: product.similarity(referenceMatrix, otherMatrix, size, rest) };
          contributions.set(key, cached);
          if (timing) timing.similarity += performance.now() - started;
        }
        const matrix = cached.matrix;
        for (let position = 0; position < cost.length; position++) cost[position] += matrix[position]!;
      }
      const current = permutations[group]!;
      let before = 0;
      for (let row = 0; row < size; row++) before += cost[row * size + current[row]!]!;
      const started = timing ? performance.now() : 0;
      const assignment = linearAssignment(cost, size, size, { maximize: true });
      if (timing) timing.assignment += performance.now() - started;
      let after = 0;
      for (let row = 0; row < size; row++) after += cost[row * size + assignment[row]!]!;
      if (after > before + 1e-12) {
        progress = true;
        permutations[group] = assignment;
        versions.set(group, (versions.get(group) ?? 0) + 1);
      }
    }
    if (!progress) break;
  }
  return { permutations, sweeps, backend: product.backend };
}

/** A view of a source with its hidden units permuted (applied on read, tensor by tensor). */
export function permutedSource(source: WeightSource, spec: PermutationSpec, permutations: Permutations): WeightSource {
  const shapes = new Map(source.weights.map((weight) => [weight.name, weight.shape]));
  return {
    label: source.label,
    weights: source.weights,
    read(name: string): WeightValues {
      return permuteTensor(source.read(name), shapes.get(name)!, spec.tensors[name], permutations);
    },
  };
}
