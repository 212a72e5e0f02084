// The k-sparse (TopK) catalog oracle: exactly k non-zeros per row with ties to the lower index
// (k = 2 on [3, −1, 3, 5] keeps [3, 0, 0, 5]), kept values unchanged, the gradient's mask equal
// to the forward support, k = width the identity, testMultiplier at inference, the kSchedule
// (10 epochs, startK 100, target 25: 100 at epoch 0, 25 from epoch 5, linear in between); the
// layer in models, save → load; bad input.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { KSchedule, kSparse, KSparse, scheduledK } from '../index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const values = (t: tf.Tensor) => Array.from(t.dataSync());

test('k = 2 on [3, −1, 3, 5] keeps [3, 0, 0, 5]: ties go to the lower index', () => {
  expect(values(kSparse([3, -1, 3, 5], { k: 2 }))).toEqual([3, 0, 0, 5]);
  expect(values(kSparse([[2, 2, 2, 2], [1, 4, 4, 4]], { k: 2 }))).toEqual([2, 2, 0, 0, 0, 4, 4, 0]);
  // By value, not magnitude.
  expect(values(kSparse([-9, 1, -8, 0.5], { k: 1 }))).toEqual([0, 1, 0, 0]);
});

test('exactly k non-zeros per row, kept values unchanged; k = width is the identity', () => {
  const x = tf.randomNormal([6, 40], 0, 1, 'float32', 5);
  const rows = x.arraySync() as number[][];
  const got = kSparse(x, { k: 7 }).arraySync() as number[][];
  got.forEach((row, r) => {
    expect(row.filter((v) => v !== 0).length).toBe(7);
    const seventh = [...rows[r]].sort((a, b) => b - a)[6];
    row.forEach((v, i) => expect(v).toBe(rows[r][i] >= seventh ? rows[r][i] : 0));
  });
  expect(values(kSparse(x, { k: 40 }))).toEqual(values(x));
});

test('the gradient flows through the kept support only, the forward mask itself', () => {
  const x = tf.tensor2d([[3, -1, 3, 5], [0.5, 2, -3, 1]]);
  const dy = tf.tensor2d([[1, 2, 3, 4], [5, 6, 7, 8]]);
  const dx = values(tf.grad((input: tf.Tensor) => tf.sum(tf.mul(kSparse(input, { k: 2, training: true }), dy)))(x));
  const support = values(kSparse(x, { k: 2, training: true })).map((v) => v !== 0);
  expect(dx).toEqual(values(dy).map((g, i) => (support[i] ? g : 0)));
  expect(dx).toEqual([1, 0, 0, 4, 0, 6, 0, 8]);
});

test('testMultiplier: training keeps k, inference round(α·k) capped at the width; any axis', () => {
  const x = tf.tensor2d([[6, 5, 4, 3, 2, 1]]);
  expect(values(kSparse(x, { k: 2, testMultiplier: 2, training: true }))).toEqual([6, 5, 0, 0, 0, 0]);
  expect(values(kSparse(x, { k: 2, testMultiplier: 2 }))).toEqual([6, 5, 4, 3, 0, 0]);
  expect(values(kSparse(x, { k: 2, testMultiplier: 5 }))).toEqual([6, 5, 4, 3, 2, 1]);
  const columns = tf.tensor2d([[1, 9], [5, 2], [3, 4]]);
  expect(values(kSparse(columns, { k: 1, axis: 0 }))).toEqual([0, 9, 5, 0, 0, 0]);
  expect(values(kSparse(tf.reshape(x, [1, 2, 3]), { k: 2, axis: [1, 2] }))).toEqual([6, 5, 0, 0, 0, 0]);
});

test('the kSchedule: 10 epochs, startK 100, target 25 — 100 at epoch 0, 25 from epoch 5 on, linear between', () => {
  const schedule = { startK: 100, k: 25, rampFraction: 0.5, epochs: 10 };
  expect(Array.from({ length: 10 }, (_, epoch) => scheduledK(epoch, schedule))).toEqual([100, 85, 70, 55, 40, 25, 25, 25, 25, 25]);
});

test('the layer: k in model.fit, α·k in predict; a KSchedule callback sets k per epoch, capped at the width', async () => {
  const layer = new KSparse({ k: 2, testMultiplier: 2, kSchedule: { startK: 6, rampFraction: 0.5 } });
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 8, inputShape: [4], kernelInitializer: tfl.initializers.glorotNormal({ seed: 1 }) }), layer] });
  model.compile({ optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 4], 0, 1, 'float32', 2);
  const y = tf.randomNormal([16, 8], 0, 1, 'float32', 3);
  const schedule = new KSchedule();
  const seen: number[] = [];
  const probe = new (class extends tfl.Callback {
    override async onEpochBegin(): Promise<void> { seen.push(layer.trainingK); }
  })();
  await model.fit(x, y, { epochs: 4, batchSize: 16, verbose: 0, callbacks: [schedule, probe] });
  // epochs 4, rampFraction 0.5: k falls from 6 to 2 over 2 epochs.
  expect(seen).toEqual([6, 4, 2, 2]);
  expect(schedule.history).toEqual([{ [layer.name]: 6 }, { [layer.name]: 4 }, { [layer.name]: 2 }, { [layer.name]: 2 }]);
  // tfjs calls the layer with training: true in fit, without it in predict.
  const hidden = tf.tensor2d([[8, 7, 6, 5, 4, 3, 2, 1]]);
  expect(Array.from((layer.apply(hidden, { training: true }) as tf.Tensor).dataSync())).toEqual([8, 7, 0, 0, 0, 0, 0, 0]);
  expect(Array.from((layer.apply(hidden) as tf.Tensor).dataSync())).toEqual([8, 7, 6, 5, 0, 0, 0, 0]);
  expect(layer.name).toMatch(/^k_sparse/);
  const predicted = model.predict(x) as tf.Tensor;
  (predicted.arraySync() as number[][]).forEach((row) => expect(row.filter((v) => v !== 0).length).toBe(4));
  // startK above the width is capped at it (the paper's min(startK, width)).
  const wide = new KSchedule({ startK: 100, epochs: 2 });
  await model.fit(x, y, { epochs: 1, batchSize: 16, verbose: 0, callbacks: [wide] });
  expect(wide.history[0]).toEqual({ [layer.name]: 8 });
});

test('the layer trains in sequential and functional models and survives save → load with every option', async () => {
  const x = tf.randomNormal([16, 4], 0, 1, 'float32', 4);
  const y = tf.randomNormal([16, 2], 0, 1, 'float32', 5);
  const sequential = tfl.sequential({ layers: [
    tfl.layers.dense({ units: 6, inputShape: [4], kernelInitializer: tfl.initializers.glorotNormal({ seed: 6 }) }),
    new KSparse({ k: 3, testMultiplier: 1.5, kSchedule: null }),
    tfl.layers.dense({ units: 2, kernelInitializer: tfl.initializers.glorotNormal({ seed: 7 }) }),
  ] });
  const input = tfl.input({ shape: [4] });
  const hidden = kSparse(tfl.layers.dense({ units: 6, kernelInitializer: tfl.initializers.glorotNormal({ seed: 8 }) }).apply(input), { k: 2 });
  const functional = tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 2 }).apply(hidden) as tfl.SymbolicTensor });
  for (const model of [sequential, functional]) {
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
    const history = await model.fit(x, y, { epochs: 10, batchSize: 16, verbose: 0, callbacks: [new KSchedule({ startK: 6 })] });
    const losses = history.history.loss as number[];
    expect(losses[9]).toBeLessThan(losses[0]);
    let artifacts: tf.io.ModelArtifacts | null = null;
    await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const original = model.layers.find((l) => l instanceof KSparse)!.getConfig();
    const restored = loaded.layers.find((l) => l instanceof KSparse)!.getConfig();
    expect(restored).toEqual(original);
  }
  expect(new KSparse({ k: 3, axis: [1, 2] }).getConfig()).toMatchObject({ k: 3, testMultiplier: 1, kSchedule: { startK: 100, rampFraction: 0.5 }, axis: [1, 2] });
});

test('bad input gets a clear error', () => {
  expect(() => kSparse([1, 2, 3], { k: 4 })).toThrow(/kSparse: expected k <= 3 \(the width of each row along axis -1\), got k = 4 — pass a k of at most 3/);
  expect(() => kSparse([1, 2, 3], { k: 1.5 })).toThrow(/kSparse: expected k to be a positive integer, got 1.5/);
  expect(() => kSparse([1, 2, 3], { k: 0 })).toThrow(/kSparse: expected k to be a positive integer, got 0/);
  expect(() => kSparse([1, 2, 3], { kk: 1 } as never)).toThrow(/kSparse: unknown option 'kk' \(did you mean 'k'\?\)/);
  expect(() => kSparse([1, 2, 3], { k: 1, testMultiplier: 0.5 })).toThrow(/kSparse: expected testMultiplier to be a number >= 1, got 0.5/);
  expect(() => kSparse([[1, 2, 3]], { k: 1, axis: 3 })).toThrow(/kSparse: expected axis in \[-2, 1\] for a rank-2 tensor, got 3/);
  expect(() => new KSparse({ k: 2, testMultplier: 2 } as never)).toThrow(/KSparse: unknown option 'testMultplier' \(did you mean 'testMultiplier'\?\)/);
  expect(() => new KSparse({ kSchedule: { startk: 10 } } as never)).toThrow(/KSparse kSchedule: unknown option 'startk' \(did you mean 'startK'\?\)/);
  expect(() => new KSparse({ kSchedule: { rampFraction: 2 } })).toThrow(/KSparse: expected kSchedule.rampFraction in \[0, 1\], got 2/);
  expect(() => tfl.sequential({ layers: [new KSparse({ k: 5, inputShape: [4] })] })).toThrow(/KSparse: expected k <= 4 .* got k = 5/);
  expect(() => new KSchedule({ layers: [tfl.layers.dense({ units: 1 })] } as never)).toThrow(/KSchedule: expected layers to be KSparse layers/);
  expect(() => new KSchedule({ rampFraction: -0.5 })).toThrow(/KSchedule: expected rampFraction in \[0, 1\], got -0.5/);
  expect(() => new KSchedule({ startk: 5 } as never)).toThrow(/KSchedule: unknown option 'startk' \(did you mean 'startK'\?\)/);
});

test('a model without KSparse layers refuses a KSchedule; no tensors leak', async () => {
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [2] })] });
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  await expect(model.fit(tf.ones([2, 2]), tf.ones([2, 2]), { epochs: 1, verbose: 0, callbacks: [new KSchedule()] })).rejects.toThrow(/KSchedule: the model has no KSparse layer/);
  const x = tf.randomNormal([4, 10]);
  const before = tf.memory().numTensors;
  tf.dispose([kSparse(x, { k: 3 }), tf.grad((input: tf.Tensor) => tf.sum(kSparse(input, { k: 3, training: true })))(x)]);
  expect(tf.memory().numTensors).toBe(before);
});
