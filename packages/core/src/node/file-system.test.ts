// Models saved to and loaded from the file system in plain Node, by handler and by file:// URL,
// in the layout tfjs-node uses; and the router stepping aside where another handler answers.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fileSystem } from './index.js';

const folder = mkdtempSync(join(tmpdir(), 'layerkit-file-system-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeAll(async () => { await tf.setBackend('cpu'); });

function smallModel(): tfl.LayersModel {
  const model = tfl.sequential({ layers: [
    tfl.layers.dense({ units: 3, inputShape: [2], activation: 'tanh', kernelInitializer: tfl.initializers.glorotUniform({ seed: 4 }) }),
    tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 5 }) }),
  ] });
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  return model;
}

const x = () => tf.tensor2d([[0.5, -1], [2, 0.25]]);

test('fileSystem(folder) writes model.json and weights.bin, and loads them back with the same predictions', async () => {
  const model = smallModel();
  const target = join(folder, 'by-handler');
  const result = await model.save(fileSystem(target));
  expect(result.modelArtifactsInfo.weightDataBytes).toBe((2 * 3 + 3 + 3 * 1 + 1) * 4);
  expect(readdirSync(target).sort()).toEqual(['model.json', 'weights.bin']);
  const json = JSON.parse(readFileSync(join(target, 'model.json'), 'utf8'));
  expect(json.weightsManifest).toEqual([{ paths: ['weights.bin'], weights: expect.any(Array) }]);
  expect(json.format).toBe('layers-model');
  for (const path of [target, join(target, 'model.json')]) {
    const loaded = await tfl.loadLayersModel(fileSystem(path));
    expect(Array.from((loaded.predict(x()) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x()) as tf.Tensor).dataSync()));
  }
});

test("model.save('file://…') and tf.loadLayersModel('file://…/model.json') work without tfjs-node", async () => {
  const model = smallModel();
  const target = relative(process.cwd(), join(folder, 'by-url'));
  await model.save(`file://${target}`);
  const loaded = await tfl.loadLayersModel(`file://${target}/model.json`);
  expect(Array.from((loaded.predict(x()) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x()) as tf.Tensor).dataSync()));
});

test('where another handler answers a file:// URL (tfjs-node), the router steps aside', () => {
  const other: tf.io.IOHandler = { save: async () => ({ modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }) };
  const prefix = 'file://handled-elsewhere/';
  const route = ((url: string | string[]) => (typeof url === 'string' && url.startsWith(prefix) ? other : null)) as (url: string | string[]) => tf.io.IOHandler;
  tf.io.registerSaveRouter(route);
  expect(tf.io.getSaveHandlers(`${prefix}model`)).toEqual([other]);
  expect(tf.io.getSaveHandlers('file://elsewhere/model')).toHaveLength(1);
});

test('a missing model gets an error naming the path and what to check', async () => {
  await expect(tfl.loadLayersModel(fileSystem(join(folder, 'nothing-here')))).rejects.toThrow(
    /^fileSystem: expected a model at .*nothing-here\/model\.json, but it cannot be read \(ENOENT\) — check the path/);
  expect(() => fileSystem('')).toThrow(/fileSystem: expected a folder or model.json path, got "" — pass a path such as/);
});
