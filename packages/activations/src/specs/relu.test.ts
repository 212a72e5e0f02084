// relu's options follow Keras 3: the rows below are the examples of Keras 3's relu docstring and
// ReLU layer docs (x = [-10, -5, 0, 5, 10]) plus the catalog's oracle. With default options it
// is tfjs's relu bit for bit, and with maxValue 6 tfjs's relu6.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, test } from 'vitest';
import { Relu, relu } from '../index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const X = [-10, -5, 0, 5, 10];
const run = (options: Parameters<typeof relu>[1], x: number[] = X) => Array.from(tf.tidy(() => relu(tf.tensor1d(x), options).dataSync()));
// Signed zeros compare as numbers here: Keras's own outputs mix −0 and 0.
const plain = (values: number[]) => values.map((v) => v + 0);

describe('Keras 3 examples', () => {
  const TABLE: Array<[string, Parameters<typeof relu>[1], number[]]> = [
    ['defaults', {}, [0, 0, 0, 5, 10]],
    ['negativeSlope 0.5', { negativeSlope: 0.5 }, [-5, -2.5, 0, 5, 10]],
    ['maxValue 5', { maxValue: 5 }, [0, 0, 0, 5, 5]],
    ['threshold 5', { threshold: 5 }, [0, 0, 0, 0, 10]],
    ['maxValue 10, negativeSlope 0.5, threshold 0', { maxValue: 10, negativeSlope: 0.5, threshold: 0 }, [-5, -2.5, 0, 5, 10]],
  ];
  for (const [label, options, want] of TABLE) {
    test(label, () => expect(plain(run(options))).toEqual(want));
  }
  test('tf.keras ReLU layer examples', () => {
    expect(plain(run({ threshold: 1.5 }, [-3, -1, 1, 2]))).toEqual([0, 0, 0, 2]);
    expect(plain(run({ maxValue: 1 }, [-3, -1, 0, 2]))).toEqual([0, 0, 0, 1]);
    expect(plain(run({ negativeSlope: 1 }, [-3, -1, 0, 2]))).toEqual([-3, -1, 0, 2]);
  });
  test('catalog oracle: relu(-1) = 0, relu(2) = 2, relu6(7) = 6, f(t − 1) = −s', () => {
    expect(plain(run({}, [-1, 2]))).toEqual([0, 2]);
    expect(run({ maxValue: 6 }, [7])).toEqual([6]);
    expect(run({ threshold: 2, negativeSlope: 0.25 }, [1])).toEqual([-0.25]);
    // At the threshold the output is 0, and x passes only above it (Keras computes x·(x > t)).
    expect(plain(run({ threshold: 2 }, [2, 2.5]))).toEqual([0, 2.5]);
  });
});

describe('against tfjs', () => {
  const values = Float32Array.from([-Infinity, -3, -1e-30, -0, 0, 1e-30, 0.5, 5.999999, 6, 6.000001, 7, Infinity]);
  for (const backend of ['cpu', 'wasm']) {
    test(`defaults are tf.relu and maxValue 6 is tf.relu6, bit for bit, on ${backend}`, async () => {
      await tf.setBackend(backend);
      const x = tf.tensor1d(values);
      const bits = (t: tf.Tensor) => Array.from(new Uint32Array((t.dataSync() as Float32Array).slice().buffer));
      expect(bits(relu(x))).toEqual(bits(tf.relu(x)));
      expect(bits(relu(x, { maxValue: 6 }))).toEqual(bits(tf.relu6(x)));
      // NaN stays NaN, as in PyTorch and tfjs's cpu kernels (tfjs's wasm relu6 returns 0).
      const nan = tf.tensor1d([NaN]);
      expect(relu(nan).dataSync()[0]).toBeNaN();
      expect(relu(nan, { maxValue: 6 }).dataSync()[0]).toBeNaN();
      tf.dispose([x, nan]);
      await tf.setBackend('cpu');
    });
  }

  test('gradient: 0 at x = 0 (tfjs convention), 0 at and above maxValue, negativeSlope below the threshold', () => {
    const x = tf.tensor1d([-1, 0, 1, 6, 7]);
    const slope = (options: Parameters<typeof relu>[1]) => Array.from(tf.grad((v: tf.Tensor) => relu(v, options))(x).dataSync());
    expect(slope({})).toEqual([0, 0, 1, 1, 1]);
    expect(slope({ maxValue: 6 })).toEqual([0, 0, 1, 0, 0]);
    expect(slope({ negativeSlope: 0.5, threshold: 1 })).toEqual([0.5, 0.5, 0.5, 1, 1]);
  });
});

describe('options', () => {
  test('bad options get clear errors', () => {
    expect(() => relu(tf.tensor1d([1]), { maxValue: -1 })).toThrow(/relu: expected option 'maxValue' >= 0, got -1/);
    expect(() => relu(tf.tensor1d([1]), { maxvalue: 6 } as never)).toThrow(/relu: unknown option 'maxvalue' \(did you mean 'maxValue'\?\)/);
  });

  test('the layer saves unset options as null and loads them unset', async () => {
    const model = tfl.sequential({ layers: [new Relu({ inputShape: [5], negativeSlope: 0.1 }) as unknown as tfl.layers.Layer] });
    expect(model.layers[0].getConfig()).toMatchObject({ negativeSlope: 0.1, maxValue: null, threshold: null });
    let artifacts: tf.io.ModelArtifacts | null = null;
    await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory({ ...artifacts!, modelTopology: JSON.parse(JSON.stringify(artifacts!.modelTopology)) }));
    const x = tf.tensor2d([X]);
    expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual([-1, -0.5, 0, 5, 10]);
    expect(loaded.layers[0].getConfig()).toMatchObject({ negativeSlope: 0.1, maxValue: null, threshold: null });
  });
});
