/** Sinkhorn re-basin: soft permutations' marginals and hardening, and aligning a permuted copy. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  permutedSource, randomPermutations, sinkhorn, sinkhornRebasin, type PermutationSpec, type WeightSource,
} from '@layerkit/merge';
import { arraySource, randomFloats, useCpu } from '../test-helpers.js';
import { permuteTensor } from '@layerkit/merge';

beforeAll(useCpu);

describe('sinkhorn', () => {
  it('rows sum to 1 and columns within 1e-4 after 20 iterations from I + 0.1·noise', () => {
    for (const size of [8, 32]) {
      const noise = randomFloats(size * size, size, 0.17);
      const x = tf.tensor2d(noise.map((value, index) => value + (index % (size + 1) === 0 ? 1 : 0)), [size, size]);
      const soft = sinkhorn(x, 20);
      const rows = tf.sum(soft, 1).dataSync();
      const columns = tf.sum(soft, 0).dataSync();
      rows.forEach((value) => expect(Math.abs(value - 1)).toBeLessThan(1e-5));
      columns.forEach((value) => expect(Math.abs(value - 1)).toBeLessThan(1e-4));
    }
  });
});

describe('sinkhornRebasin', () => {
  it('recovers the permutation of a permuted copy of a 6-12-12-3 MLP exactly', () => {
    const spec: PermutationSpec = {
      groups: { P0: 12, P1: 12 },
      tensors: {
        'first/kernel': [null, { group: 'P0', repeat: 1 }],
        'first/bias': [{ group: 'P0', repeat: 1 }],
        'second/kernel': [{ group: 'P0', repeat: 1 }, { group: 'P1', repeat: 1 }],
        'second/bias': [{ group: 'P1', repeat: 1 }],
        'third/kernel': [{ group: 'P1', repeat: 1 }, null],
      },
    };
    const shapes: Record<string, number[]> = { 'first/kernel': [6, 12], 'first/bias': [12], 'second/kernel': [12, 12], 'second/bias': [12], 'third/kernel': [12, 3] };
    const tensors = Object.fromEntries(Object.entries(shapes).map(([name, shape], index) => [name, { shape, values: randomFloats(shape.reduce((a, b) => a * b, 1), 50 + index) }]));
    const reference: WeightSource = arraySource('A', tensors);
    const shuffle = randomPermutations(spec, 4);
    const other = arraySource('B', Object.fromEntries(Object.entries(tensors).map(([name, { shape, values }]) => [name, { shape, values: permuteTensor(values, shape, spec.tensors[name], shuffle) }])));
    const found = sinkhornRebasin(spec, reference, other, { steps: 60, seed: 1 });
    const aligned = permutedSource(other, spec, found);
    for (const name of Object.keys(shapes)) expect(Array.from(aligned.read(name))).toEqual(Array.from(reference.read(name)));
  });
});
