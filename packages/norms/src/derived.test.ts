import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { serialization } from '@tensorflow/tfjs-core';
import { describe, expect, test } from 'vitest';
import { add, div, input, mul, param, registerReductionSpec, sub, x, type ReductionSpec } from '@layerkit/core';
import * as norms from '@layerkit/norms';
import { NORMS } from '@layerkit/norms';

const NORMS_BY_EXPORT = norms as unknown as Record<string, unknown>;
import { derivedNormLayer, derivedNormOp } from './derived.js';
import { forEachGroup } from './specs/group-reference.js';

// A norm that exists only here, as a new norm would arrive: a spec and nothing else. Its op and
// layer come from derived.ts; kernels and gradient from core's registration.
const centreSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.test-centre',
  name: 'centreNorm',
  view: 'rows',
  weights: [{ name: 'gamma', fill: 1, doc: 'Per-feature gain.' }],
  params: [{ name: 'shift', default: 0.5, doc: 'Added after centring.' }],
  math: () => ({
    statistics: [{ name: 'total', reduce: 'sum', of: x }],
    output: mul(add(sub(x, div(input('total'), param('count'))), param('shift')), input('gamma')),
  }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    forEachGroup(given, (offsets, channels) => {
      const mean = offsets.reduce((s, i) => s + given.x[i], 0) / offsets.length;
      offsets.forEach((i, n) => { out[i] = (given.x[i] - mean + given.params.shift) * given.weights.gamma[channels[n]]; });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: { summary: 'x − mean + shift, times gamma.', formula: '(x − mean(x) + s)·γ', papers: [], example: 'centreNorm(x)' },
};
registerReductionSpec(centreSpec, { package: 'norms', layer: 'CentreNorm', exports: ['centreNorm', 'CentreNorm'] });
const CentreNorm = derivedNormLayer(centreSpec);
serialization.registerClass(CentreNorm as never, 'layerkit');
const centreNorm = derivedNormOp(centreSpec);

const rows = [[1, 2, 3, 6], [-1, 0, 4, 1]];
const expected = (shift: number, gamma: number[]) => rows.map((row) => {
  const mean = row.reduce((a, b) => a + b, 0) / row.length;
  return row.map((v, j) => (v - mean + shift) * gamma[j]);
});

describe('a norm from its spec alone (derived op and layer)', () => {
  for (const backend of ['cpu', 'wasm']) {
    test(`the op on ${backend}: weights by name, params as options, the spec's name in errors`, async () => {
      await tf.setBackend(backend);
      expect(centreNorm.name).toBe('centreNorm');
      const gamma = [1, 2, 0.5, -1];
      const values = centreNorm(tf.tensor2d(rows), { gamma: tf.tensor1d(gamma) }, { shift: 0.25 }).arraySync() as number[][];
      expected(0.25, gamma).forEach((row, i) => row.forEach((v, j) => expect(values[i][j]).toBeCloseTo(v, 5)));
      expect(() => centreNorm(tf.tensor2d(rows), {}, { shfit: 1 })).toThrow(/centreNorm.*shfit.*did you mean 'shift'/s);
      expect(() => centreNorm(tf.tensor2d(rows), { gama: tf.ones([4]) })).toThrow(/centreNorm.*gama/s);
    });
  }

  test('the layer: options from the spec, trains, saves and loads with identical predictions, a call leaks nothing', async () => {
    await tf.setBackend('cpu');
    expect(() => new CentreNorm({ shfit: 1 })).toThrow(/CentreNorm.*shfit.*did you mean 'shift'/s);
    const layer = new CentreNorm({ shift: 0.25 });
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3], kernelInitializer: 'ones' }), layer] });
    expect(layer.getConfig()).toMatchObject({ axis: -1, shift: 0.25 });
    expect(layer.getWeights().map((w) => w.shape)).toEqual([[4]]);
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
    const xs = tf.tensor2d([[1, 2, 3], [0, -1, 2], [3, 1, 0]]);
    const ys = tf.tensor2d([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]]);
    const gammaBefore = layer.getWeights()[0].arraySync();
    await model.fit(xs, ys, { epochs: 2, verbose: 0 });
    expect(layer.getWeights()[0].arraySync()).not.toEqual(gammaBefore);
    let artifacts: tf.io.ModelArtifacts | undefined;
    await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
    const before = tf.memory().numTensors;
    tf.tidy(() => { expect((loaded.predict(xs) as tf.Tensor).arraySync()).toEqual((model.predict(xs) as tf.Tensor).arraySync()); });
    // A call leaves nothing behind (fit's optimizer state is the model's own).
    expect(tf.memory().numTensors).toBe(before);
    expect(loaded.layers[1].getClassName()).toBe('CentreNorm');
    model.dispose();
    loaded.dispose();
    xs.dispose();
    ys.dispose();
  });

  test("every registry entry's op and layer are what the package exports under its names (a derived one must be exported too)", () => {
    for (const norm of NORMS) {
      expect(NORMS_BY_EXPORT[norm.exports[0]], norm.spec.id).toBe(norm.op);
      if (norm.layer) expect(NORMS_BY_EXPORT[norm.layer.className] ?? NORMS_BY_EXPORT[norm.exports[1]], norm.spec.id).toBe(norm.layer);
    }
  });

  test('a spec with running statistics is refused: its layer must be written', () => {
    const batchNorm = NORMS.find((n) => n.spec.name === 'batchNorm')!.spec;
    expect(() => derivedNormLayer(batchNorm)).toThrow(/group outputs.*write its layer in layers\.ts/);
  });
});
