/**
 * Sinkhorn re-basin, "Re-basin via implicit Sinkhorn differentiation", with the 'weight' cost:
 * one learnable matrix X per permutation group, soft permutations S = Sinkhorn(X/temperature) in
 * the log domain applied to model B as matrices, Adam on ‖θ_A − S(θ_B)‖² / (number of parameters),
 * then hardening by exact linear assignment on X. Gradients flow by unrolled autodiff through the
 * Sinkhorn iterations (the layerkit fallback the catalog names), not the implicit backward pass.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { WeightInfo, WeightSource } from '../weight-source.js';
import { seededRandom } from '../tensor-math.js';
import { linearAssignment } from './linear-assignment.js';
import type { AxisTag, PermutationSpec } from './permutation-spec.js';
import type { Permutations } from './weight-matching.js';

export interface SinkhornRebasinOptions {
  /** Divides X before the Sinkhorn iterations (default 1). */
  readonly temperature?: number;
  /** Sinkhorn normalisation rounds per soft permutation (default 20). */
  readonly iterations?: number;
  /** Adam steps on the weight cost (default 300). */
  readonly steps?: number;
  readonly learningRate?: number;
  /** X starts at I + initNoise·N(0, 1) (default 0.1). */
  readonly initNoise?: number;
  readonly seed?: number;
}

/** Log-domain Sinkhorn: columns then rows normalised `iterations` times; returns S = exp(L). */
export function sinkhorn(logits: tf.Tensor2D, iterations: number): tf.Tensor2D {
  return tf.tidy(() => {
    let log = logits;
    for (let round = 0; round < iterations; round++) {
      log = tf.sub(log, tf.logSumExp(log, 0, true));
      log = tf.sub(log, tf.logSumExp(log, 1, true));
    }
    return tf.exp(log) as tf.Tensor2D;
  });
}

/** Applies S along one tagged axis: new unit i = Σ_j S[i, j]·old unit j (within each repeat block). */
function applyAlongAxis(values: tf.Tensor, shape: readonly number[], axis: number, tag: AxisTag, matrix: tf.Tensor2D): tf.Tensor {
  const size = matrix.shape[0];
  const before = shape.slice(0, axis).reduce((product, dimension) => product * dimension, 1) * tag.repeat;
  const after = shape.slice(axis + 1).reduce((product, dimension) => product * dimension, 1);
  const blocks = tf.reshape(values, [before, size, after]);
  const unitsFirst = tf.reshape(tf.transpose(blocks, [1, 0, 2]), [size, before * after]);
  const mixed = tf.reshape(tf.matMul(matrix, unitsFirst), [size, before, after]);
  return tf.reshape(tf.transpose(mixed, [1, 0, 2]), [...shape]);
}

function gaussian(random: () => number): number {
  // Box-Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Hard permutations of `other`'s units aligning it to `reference`, learned through soft ones. */
export function sinkhornRebasin(
  spec: PermutationSpec, reference: WeightSource, other: WeightSource, options: SinkhornRebasinOptions = {},
): Permutations {
  const temperature = options.temperature ?? 1;
  const iterations = options.iterations ?? 20;
  const steps = options.steps ?? 300;
  const initNoise = options.initNoise ?? 0.1;
  if (!(temperature > 0)) throw new Error(`sinkhorn_rebasin: expected temperature > 0, got ${temperature} — use 1 or a small positive value`);
  const random = seededRandom(options.seed ?? 0, 'sinkhorn-rebasin', 0);
  const infos = new Map<string, WeightInfo>(reference.weights.map((weight) => [weight.name, weight]));
  const tensors = Object.keys(spec.tensors);
  const groups = Object.entries(spec.groups);
  const variables = new Map(groups.map(([group, size]) => {
    const initial = new Float32Array(size * size);
    for (let index = 0; index < initial.length; index++) initial[index] = (index % (size + 1) === 0 ? 1 : 0) + initNoise * gaussian(random);
    return [group, tf.variable(tf.tensor2d(initial, [size, size]), true, `sinkhorn_${group}_${Math.floor(random() * 1e9)}`)] as const;
  }));
  const referenceTensors = new Map(tensors.map((name) => [name, tf.tensor(reference.read(name) as Float32Array, [...infos.get(name)!.shape])]));
  const otherTensors = new Map(tensors.map((name) => [name, tf.tensor(other.read(name) as Float32Array, [...infos.get(name)!.shape])]));
  const parameterCount = tensors.reduce((sum, name) => sum + infos.get(name)!.shape.reduce((product, dimension) => product * dimension, 1), 0);
  const optimizer = tf.train.adam(options.learningRate ?? 0.1);
  try {
    for (let step = 0; step < steps; step++) {
      optimizer.minimize(() => {
        const soft = new Map(groups.map(([group]) => [group, sinkhorn(tf.div(variables.get(group)!, temperature) as tf.Tensor2D, iterations)]));
        let cost: tf.Scalar = tf.scalar(0);
        for (const name of tensors) {
          let moved: tf.Tensor = otherTensors.get(name)!;
          spec.tensors[name]!.forEach((tag, axis) => {
            if (tag) moved = applyAlongAxis(moved, infos.get(name)!.shape, axis, tag, soft.get(tag.group)!);
          });
          cost = tf.add(cost, tf.sum(tf.squaredDifference(referenceTensors.get(name)!, moved)));
        }
        return tf.div(cost, parameterCount) as tf.Scalar;
      }, false, [...variables.values()]);
    }
    const permutations: Permutations = {};
    for (const [group, size] of groups) {
      // Hardening on X itself: the same optimum as on log S (Sinkhorn adds row and column constants).
      permutations[group] = linearAssignment(variables.get(group)!.dataSync(), size, size, { maximize: true });
    }
    return permutations;
  } finally {
    optimizer.dispose();
    for (const variable of variables.values()) variable.dispose();
    for (const tensor of [...referenceTensors.values(), ...otherTensors.values()]) tensor.dispose();
  }
}
