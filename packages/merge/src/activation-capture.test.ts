/** Activation capture: streamed statistics equal full-batch ones; capture leaves the model's outputs unchanged. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { StreamingStatistics, activationCapture, captureStatistics, correlationFromCovariance } from '@layerkit/merge';
import { buildMlp, randomFloats, useCpu } from './test-helpers.js';

beforeAll(useCpu);

describe('activation capture (merge.activation-capture)', () => {
  it('hand-computed: mean, population variance and covariance of three samples over two batches', () => {
    const statistics = new StreamingStatistics(2, true);
    statistics.add([1, 2, 3, 6]);
    statistics.add([5, 10]);
    const result = statistics.result();
    // Unit 0: 1, 3, 5 → mean 3, variance 8/3; unit 1: 2, 6, 10 → mean 6, variance 32/3; covariance 16/3.
    expect(Array.from(result.mean)).toEqual([3, 6]);
    expect(result.variance[0]).toBeCloseTo(8 / 3, 12);
    expect(result.variance[1]).toBeCloseTo(32 / 3, 12);
    expect(result.covariance![1]).toBeCloseTo(16 / 3, 12);
    const correlation = correlationFromCovariance(result);
    expect(correlation[0]).toBeCloseTo(1, 12);
    expect(correlation[1]).toBeCloseTo(1, 12);
  });

  it('streamed statistics over batches equal the full-batch statistics within 1e-5; capture does not change outputs', () => {
    const model = buildMlp(4);
    const full = tf.tensor2d(randomFloats(48 * 8, 9, 3), [48, 8]);
    const batches = [tf.slice(full, [0, 0], [20, 8]), tf.slice(full, [20, 0], [17, 8]), tf.slice(full, [37, 0], [11, 8])];
    const before = (model.predict(full) as tf.Tensor).dataSync();
    const streamed = captureStatistics({ model, layers: ['hidden_0', 'hidden_1'], data: batches, covariance: true });
    const whole = captureStatistics({ model, layers: ['hidden_0', 'hidden_1'], data: [full], covariance: true });
    for (const name of ['hidden_0', 'hidden_1']) {
      const left = streamed.get(name)!; const right = whole.get(name)!;
      expect(left.count).toBe(48);
      left.mean.forEach((value, index) => expect(Math.abs(value - right.mean[index]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(value))));
      left.covariance!.forEach((value, index) => expect(Math.abs(value - right.covariance![index]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(value))));
      const direct = tf.tidy(() => tf.moments(activationCapture(model, [name]).predict(full) as tf.Tensor, 0));
      const mean = direct.mean.dataSync(); const variance = direct.variance.dataSync();
      left.variance.forEach((value, index) => expect(value).toBeCloseTo(variance[index]!, 4));
      left.mean.forEach((value, index) => expect(value).toBeCloseTo(mean[index]!, 5));
    }
    expect(Array.from((model.predict(full) as tf.Tensor).dataSync())).toEqual(Array.from(before));
    expect(() => activationCapture(model, ['missing'])).toThrow(/layer named 'missing'/);
  });
});
