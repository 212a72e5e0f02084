import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelStatistics, filterNormalizedDirection, interpolationLosses, landscapeSvg, lossLandscape, signalPropagation } from '@layerkit/training';
import { randomValues, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('signal propagation', () => {
  /** A random 16 × 16 orthogonal matrix (Gram–Schmidt in float64). */
  const orthogonal = (seed: number) => {
    const rows: number[][] = [];
    const raw = randomValues(256, seed);
    for (let r = 0; r < 16; r++) {
      let row = raw.slice(r * 16, r * 16 + 16);
      for (const previous of rows) {
        const dot = row.reduce((sum, value, k) => sum + value * previous[k]!, 0);
        row = row.map((value, k) => value - dot * previous[k]!);
      }
      const length = Math.hypot(...row);
      rows.push(row.map((value) => value / length));
    }
    return tf.tensor(rows);
  };

  it('an orthogonal linear network keeps both statistics constant across depth', () => {
    const model = tfl.sequential({
      layers: Array.from({ length: 6 }, (_, index) => tfl.layers.dense({ units: 16, useBias: false, ...(index === 0 ? { inputShape: [16] } : {}) })),
    });
    model.layers.forEach((layer, index) => layer.setWeights([orthogonal(index + 1)]));
    const x = tf.add(tf.randomNormal([64, 16], 0, 1, 'float32', 3), 0.5);
    const input = channelStatistics(x);
    const series = signalPropagation(model, x);
    expect(series).toHaveLength(6);
    for (const point of series) {
      expect(point.averageVariance).toBeCloseTo(input.averageVariance, 4);
      expect(point.averageSquaredMean).toBeCloseTo(input.averageSquaredMean, 4);
    }
  });

  it('variance-preserving init (N(0, 1/fanIn)) on unit-variance inputs keeps the variance near 1 over 10 layers', () => {
    const model = tfl.sequential({
      layers: Array.from({ length: 10 }, (_, index) => tfl.layers.dense({ units: 256, useBias: false, ...(index === 0 ? { inputShape: [256] } : {}) })),
    });
    model.layers.forEach((layer, index) => layer.setWeights([tf.randomNormal([256, 256], 0, 1 / 16, 'float32', index + 10)]));
    const series = signalPropagation(model, tf.randomNormal([512, 256], 0, 1, 'float32', 4));
    for (const point of series) expect(Math.abs(point.averageVariance - 1)).toBeLessThan(0.3);
    expect(() => signalPropagation(model, tf.zeros([1, 256]), { layer: [] } as never)).toThrow(/did you mean 'layers'/);
  });
});

describe('loss landscape', () => {
  function build() {
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 6, inputShape: [3], activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }), biasInitializer: 'ones' }),
        tfl.layers.batchNormalization(),
        tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    return model;
  }

  it('directions: every filter has its weight filter’s norm; biases and batch-norm parameters get zero', () => {
    const model = build();
    const weights = model.getWeights();
    const direction = filterNormalizedDirection(weights, 5);
    weights.forEach((weight, index) => {
      if (weight.rank <= 1) {
        expect(values(direction[index]!).every((value) => value === 0)).toBe(true);
        return;
      }
      const norms = (tensor: tf.Tensor) => values(tf.sqrt(tf.sum(tf.square(tensor), 0)));
      norms(direction[index]!).forEach((norm, unit) => expect(norm).toBeCloseTo(norms(weight)[unit]!, 5));
    });
  });

  it('the centre of a 1-D and a 2-D scan is L(θ), the weights are restored, and the interpolation ends at each model', async () => {
    const model = build();
    const x = tf.tensor(randomValues(30, 3), [10, 3]);
    const y = tf.tensor(randomValues(10, 4), [10, 1]);
    const center = (model.evaluate(x, y) as tf.Scalar).dataSync()[0]!;
    const before = model.getWeights().map(values);
    const line = lossLandscape(model, x, y, { resolution: 5 });
    expect(line.coordinates).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect((line.losses as number[])[2]).toBeCloseTo(center, 6);
    expect(new Set(line.losses as number[]).size).toBeGreaterThan(1);
    const surface = lossLandscape(model, x, y, { resolution: 3, dimensions: 2 });
    expect((surface.losses as number[][])[1]![1]).toBeCloseTo(center, 6);
    model.getWeights().forEach((weight, index) => expect(values(weight)).toEqual(before[index]));
    const other = build();
    await other.fit(x, y, { epochs: 3, verbose: 0 });
    const path = interpolationLosses(model, model.getWeights(), other.getWeights(), x, y, { resolution: 3 });
    expect((path.losses as number[])[0]).toBeCloseTo(center, 6);
    expect((model.evaluate(x, y) as tf.Scalar).dataSync()[0]).toBeCloseTo(center, 6);
    expect((path.losses as number[])[2]).toBeCloseTo((other.evaluate(x, y) as tf.Scalar).dataSync()[0]!, 5);
    expect(landscapeSvg(line)).toMatch(/^<svg[^>]*><polyline [^>]*points="(\S+ ){4}\S+"\/><\/svg>$/);
    expect(landscapeSvg(surface).match(/<rect /g)).toHaveLength(9);
    expect(() => lossLandscape(model, x, y, { resolutoin: 3 } as never)).toThrow(/did you mean 'resolution'/);
  });
});
