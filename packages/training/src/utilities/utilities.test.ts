import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Temperature, expectedCalibrationError, fitTemperature, trainOnlyNormParams } from '@layerkit/training';
import { randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Labels drawn from softmax(z) (calibrated by construction), then logits scaled by 3 (overconfident). */
function overconfident(count: number, classes: number, seed: number) {
  const base = randomValues(count * classes, seed).map((value) => 2 * value);
  const draws = randomValues(count, seed + 1).map((value) => (value + 1) / 2);
  const labels = Array.from({ length: count }, (_, row) => {
    const logits = base.slice(row * classes, (row + 1) * classes);
    const exps = logits.map(Math.exp);
    const sum = exps.reduce((a, b) => a + b, 0);
    let target = draws[row]! * sum;
    let label = 0;
    while (label < classes - 1 && target >= exps[label]!) target -= exps[label++]!;
    return label;
  });
  const rows = Array.from({ length: count }, (_, row) => base.slice(row * classes, (row + 1) * classes).map((value) => 3 * value));
  return { rows, labels };
}

describe('temperature scaling', () => {
  it('fits T ≈ 3 on logits made overconfident by 3, lowers NLL and ECE, and never changes accuracy', () => {
    const { rows, labels } = overconfident(20_000, 5, 11);
    const fit = fitTemperature(tf.tensor(rows), tf.tensor1d(labels, 'int32'));
    expect(Math.abs(fit.temperature - 3)).toBeLessThan(0.1);
    expect(fit.nllAfter).toBeLessThan(fit.nllBefore);
    expect(fit.eceAfter).toBeLessThan(fit.eceBefore / 3);
    const argmax = (data: number[][]) => data.map((row) => row.indexOf(Math.max(...row)));
    expect(argmax(rows.map((row) => row.map((value) => value / fit.temperature)))).toEqual(argmax(rows));
  });

  it('ECE of perfectly confident correct predictions is 0 and of a 0.9-confident coin is |0.5 − 0.9|', () => {
    expect(expectedCalibrationError([[1, 0], [0, 1]], [0, 1])).toBe(0);
    expect(expectedCalibrationError([[0.9, 0.1], [0.9, 0.1]], [0, 1])).toBeCloseTo(0.4, 12);
    expect(() => expectedCalibrationError([[1, 0]], [2])).toThrow(/expectedCalibrationError: expected 1 class labels in \[0, 2\)/);
    expect(() => fitTemperature([[1, 2]], [0], { iteration: 3 } as never)).toThrow(/did you mean 'iterations'/);
  });

  it('the Temperature layer: T = 1 is the identity, it divides by T, saves and loads', async () => {
    const logits = tf.tensor(randomValues(12, 3), [4, 3]);
    const model = tfl.sequential({ layers: [tfl.layers.inputLayer({ inputShape: [3] }), new Temperature()] });
    expect(values(model.predict(logits) as tf.Tensor)).toEqual(values(logits));
    const layer = model.layers[model.layers.length - 1] as Temperature;
    expect(layer).toBeInstanceOf(Temperature);
    layer.temperature = 2.5;
    expect(values(model.predict(logits) as tf.Tensor)).toEqual(values(tf.div(logits, 2.5)));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, false)));
    expect((loaded.layers[loaded.layers.length - 1] as Temperature).temperature).toBe(2.5);
    expect(() => new Temperature({ temperature: 0 })).toThrow(/Temperature: expected temperature > 0, got 0/);
    expect(() => new Temperature({ temprature: 2 } as never)).toThrow(/did you mean 'temperature'/);
  });
});

describe('trainOnlyNormParams', () => {
  function build() {
    return tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 6, inputShape: [4], kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
        tfl.layers.batchNormalization(),
        tfl.layers.reLU(),
        tfl.layers.dense({ units: 5, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
        tfl.layers.layerNormalization(),
        tfl.layers.dense({ units: 2, kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) }),
      ],
    });
  }
  const x = () => tf.tensor(randomValues(40, 4), [10, 4]);
  const y = () => tf.tensor(randomValues(20, 5), [10, 2]);

  it('after fit only γ and β changed (2·channels per norm layer), even on an already compiled model', async () => {
    const model = build();
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
    const names = trainOnlyNormParams(model);
    expect(names).toHaveLength(4);
    expect(model.trainableWeights.reduce((sum, weight) => sum + weight.shape.reduce((a, b) => a! * b!, 1)!, 0)).toBe(2 * 6 + 2 * 5);
    const before = model.getWeights().map(values);
    await model.fit(x(), y(), { epochs: 2, verbose: 0 });
    const changed = model.weights.map((weight, index) => values(model.getWeights()[index]!).some((value, k) => value !== before[index]![k]) ? weight.originalName.split('/').pop() : null).filter(Boolean);
    // Batch norm's moving statistics move too: they are statistics, not trained parameters.
    expect(changed.sort()).toEqual(['beta', 'beta', 'gamma', 'gamma', 'moving_mean', 'moving_variance']);
  });

  it('shiftsOnly keeps β alone (1·channels); includeOutput adds the last layer', async () => {
    const model = build();
    trainOnlyNormParams(model, { shiftsOnly: true, includeOutput: true });
    expect(model.trainableWeights.map((weight) => weight.originalName.split('/').pop())).toEqual(['beta', 'beta', 'kernel', 'bias']);
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
    const gammaOf = () => values(model.layers[1]!.weights.find((weight) => weight.name.endsWith('/gamma'))!.read());
    const betaOf = () => values(model.layers[1]!.weights.find((weight) => weight.name.endsWith('/beta'))!.read());
    const [gamma, beta] = [gammaOf(), betaOf()];
    await model.fit(x(), y(), { epochs: 1, verbose: 0 });
    expect(gammaOf()).toEqual(gamma);
    expect(betaOf()).not.toEqual(beta);
    expect(() => trainOnlyNormParams(tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [1] })] }))).toThrow(/trainOnlyNormParams: the model has no normalisation layer/);
    expect(() => trainOnlyNormParams(model, { shiftOnly: true } as never)).toThrow(/did you mean 'shiftsOnly'/);
  });
});
