// A model using every layerkit layer is saved to disk and loaded in a fresh Node process, which
// knows nothing but the package imports: the layer classes, their configs and weights survive.
import * as tf from '@tensorflow/tfjs-core';
import { serialization } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { ACTIVATIONS, activationLayer, activationStringsOf, GATED_LAYERS, Taaf } from '@layerkit/activations';
import { LayerNorm, NORMS, RMSNorm } from '@layerkit/norms';
import { saveTo } from './model-files.js';

/** Saves `model` to disk, loads it in a fresh process and expects the same layers and predictions. */
async function expectSameInFreshProcess(model: tfl.LayersModel, x: tf.Tensor): Promise<void> {
  const directory = join(mkdtempSync(join(tmpdir(), 'layerkit-save-')), 'model');
  try {
    await model.save(saveTo(directory));
    const input = { shape: x.shape, values: Array.from(x.dataSync()) };
    const script = fileURLToPath(new URL('./load-in-fresh-process.ts', import.meta.url));
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@layerkit/source', script, directory, JSON.stringify(input)], { encoding: 'utf8' });
    const loaded = JSON.parse(stdout) as { layers: string[]; values: number[] };
    expect(loaded.layers).toEqual(model.layers.map((l) => l.getClassName()));
    const expected = Array.from((model.predict(x) as tf.Tensor).dataSync());
    expect(loaded.values.length).toBe(expected.length);
    loaded.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
  } finally {
    rmSync(join(directory, '..'), { recursive: true, force: true });
  }
}

test('every layer and activation string survives save → load in a fresh process', async () => {
  await tf.setBackend('cpu');
  const width = 8;
  const layers: tfl.layers.Layer[] = [tfl.layers.dense({ units: width, inputShape: [4], activation: 'gelu' as never })];
  for (const spec of ACTIVATIONS) {
    // Non-default options, so a config that forgot an option would load with different math.
    const options = Object.fromEntries(spec.params.map((p) => [p.name, p.default * 0.75]));
    const Layer = activationLayer({ spec, learn: spec.layerLearns });
    layers.push(new Layer(options) as unknown as tfl.layers.Layer);
    // Every string of the name registry (relu, sigmoid and tanh leave theirs to tfjs; prelu has none).
    const strings = Object.keys(activationStringsOf(spec));
    const tfjsKnows = (name: string) => name in serialization.SerializationMap.getMap().classNameMap;
    for (const name of strings.length ? strings : [spec.name].filter(tfjsKnows)) layers.push(tfl.layers.dense({ units: width, activation: name as never }));
  }
  layers.push(new Taaf({ activation: 'silu' }));
  layers.push(new RMSNorm({ partial: 0.5 }), new LayerNorm({ epsilon: 1e-3 }));
  layers.push(new GATED_LAYERS.glu({ variant: 'geglu' } as never) as unknown as tfl.layers.Layer, tfl.layers.dense({ units: 3 }));
  const model = tfl.sequential({ layers });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 4], 0, 1, 'float32', 1);
  await model.fit(x, tf.randomNormal([16, 3], 0, 1, 'float32', 2), { epochs: 2, verbose: 0 });
  await expectSameInFreshProcess(model, x);
});

test('every norm layer of the registry survives save → load in a fresh process', async () => {
  await tf.setBackend('cpu');
  // The registry's example for each norm: rows for the row norms, small images for the others.
  for (const rank of [1, 3]) {
    const entries = NORMS.filter((norm) => norm.layer && (norm.example?.inputShape?.length ?? 1) === rank);
    const inputShape = rank === 1 ? [4] : [3, 3, 4];
    const layers: tfl.layers.Layer[] = [tfl.layers.dense({ units: 8, inputShape })];
    for (const norm of entries) layers.push(new norm.layer!(norm.example?.options ?? {}) as unknown as tfl.layers.Layer);
    layers.push(...(rank === 1 ? [] : [tfl.layers.flatten()]), tfl.layers.dense({ units: 3 }));
    const model = tfl.sequential({ layers });
    model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
    const x = tf.randomNormal([6, ...inputShape], 0, 1, 'float32', 3);
    // Training moves BatchNorm's moving statistics away from their initial values.
    await model.fit(x, tf.randomNormal([6, 3], 0, 1, 'float32', 4), { epochs: 2, verbose: 0 });
    expect(entries.length, `norm layers of rank ${rank}`).toBeGreaterThan(0);
    await expectSameInFreshProcess(model, x);
  }
});
