// NormAct: each layer equals its norm layer followed by the activation (training and inference,
// cpu and wasm, fused pairs and the wasm two-kernel fallback), saves and loads, and says what is
// wrong with an activation it does not know.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import '@layerkit/activations';
import { afterAll, expect, test } from 'vitest';
import { catalog } from '@layerkit/core';
import {
  BatchNorm, BatchNormAct, GroupNorm, GroupNormAct, LayerNorm, LayerNormAct, RMSNorm, RMSNormAct, batchNormTraining, groupNorm, normActivation,
  groupNormSpec,
} from '@layerkit/norms';

afterAll(async () => { await tf.setBackend('cpu'); });

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0];

const cases = [
  ['BatchNormAct', BatchNormAct, BatchNorm, { momentum: 0.5 }, [2, 3, 3, 8]],
  ['GroupNormAct', GroupNormAct, GroupNorm, { groups: 4 }, [2, 3, 3, 8]],
  ['LayerNormAct', LayerNormAct, LayerNorm, {}, [4, 8]],
  ['RMSNormAct', RMSNormAct, RMSNorm, {}, [4, 8]],
] as const;

for (const backend of ['cpu', 'wasm'] as const) {
  for (const [name, Fused, Plain, options, shape] of cases) {
    for (const activation of ['relu', 'silu', 'gelu', 'hardSwish']) {
      test(`${name} with '${activation}' equals ${Plain.className} then the activation on ${backend}, in training and inference`, async () => {
        await tf.setBackend(backend);
        const x = tf.randomNormal([...shape], 0.3, 1.2, 'float32', 7);
        const fused = new Fused({ ...options, activation } as never);
        const plain = new Plain(options as never);
        const after = tfl.layers.activation({ activation: activation as never });
        for (const training of [true, false, true]) {
          const got = fused.apply(x, { training }) as tf.Tensor;
          const want = after.apply(plain.apply(x, { training }) as tf.Tensor) as tf.Tensor;
          expect(maxDifference(got, want), `training ${training}`).toBeLessThan(1e-5);
        }
        // Same moving statistics after the same training calls (BatchNormAct).
        fused.getWeights().forEach((w, i) => expect(maxDifference(w, plain.getWeights()[i])).toBeLessThan(1e-6));
      });
    }
  }
}

test('gradients of the fused layer equal those of norm then activation', async () => {
  await tf.setBackend('cpu');
  const x = tf.randomNormal([2, 4, 4, 8], 0, 1, 'float32', 3);
  const probe = tf.randomNormal([2, 4, 4, 8], 0, 1, 'float32', 4);
  const gamma = tf.randomNormal([8], 1, 0.3, 'float32', 5);
  const beta = tf.randomNormal([8], 0, 0.3, 'float32', 6);
  const f = (activation: string | null) => (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
    const y = groupNorm(a, g, b, { groups: 2, activation });
    return tf.sum(tf.mul(activation ? y : tfl.layers.activation({ activation: 'gelu' }).apply(y) as tf.Tensor, probe));
  };
  const fused = tf.grads(f('gelu'))([x, gamma, beta]);
  const composed = tf.grads(f(null))([x, gamma, beta]);
  fused.forEach((g, i) => expect(maxDifference(g, composed[i]), `input ${i}`).toBeLessThan(1e-4));
});

test('the pairs compiled for wasm run as one kernel there; any other pair runs as two kernels, both of ours', async () => {
  await tf.setBackend('wasm');
  expect(normActivation('groupNorm', groupNormSpec, 'silu')).toMatchObject({ after: null });
  expect(normActivation('groupNorm', groupNormSpec, 'silu').spec.name).toBe('groupNormSwish');
  const other = normActivation('groupNorm', groupNormSpec, 'mish');
  expect(other.spec).toBe(groupNormSpec);
  expect(other.after).not.toBeNull();
  await tf.setBackend('cpu');
  expect(normActivation('groupNorm', groupNormSpec, 'mish').spec.name).toBe('groupNormMish');
  // An activation string with options names its kernel after them.
  expect(normActivation('groupNorm', groupNormSpec, 'geluTanh').spec.name).toMatch(/^groupNormGeluApproximateTanh/);
});

test('BatchNormAct returns the batch statistics of the normalized input, not of the activation', async () => {
  await tf.setBackend('cpu');
  const x = tf.randomNormal([4, 2, 2, 3], 0.5, 2, 'float32', 8);
  const fused = batchNormTraining(x, null, null, { activation: 'relu' });
  const plain = batchNormTraining(x);
  expect(maxDifference(fused.mean, plain.mean)).toBeLessThan(1e-6);
  expect(maxDifference(fused.output, tf.relu(plain.output))).toBeLessThan(1e-6);
});

test('saves and loads; an unknown activation is a clear error; the catalog lists the layers', async () => {
  await tf.setBackend('cpu');
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 8, inputShape: [4] }), new LayerNormAct({ activation: 'silu' })] });
  const x = tf.randomNormal([5, 4], 0, 1, 'float32', 9);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  expect(() => new BatchNormAct({ activation: 'rellu' }).apply(tfl.input({ shape: [3, 3, 2] }))).toThrow(/BatchNormAct: unknown activation 'rellu' \(did you mean 'relu'\?\)/);
  expect(() => groupNorm(x, null, null, { groups: 2, activation: 3 as never })).toThrow(/groupNorm: expected option 'activation' to be an activation name, got 3/);
  const entry = catalog().find((e) => e.id === 'norms.norm-act');
  expect(entry?.exports?.[0]).toBe('BatchNormAct');
  expect(entry?.backends).toEqual({ cpu: 'fused', wasm: 'fused', webgl: 'fused', webgpu: 'fused' });
});
