// Importing @layerkit/activations takes over the activation strings tfjs already has that a spec
// lists in replacesTfjs ('gelu', 'gelu_new', 'mish', 'swish', 'elu', 'selu', 'softplus') with
// fused kernels. The math must be the same as tfjs's own: each string is compared with the tfjs
// ops that tfjs-layers uses. Every other tfjs string ('relu', 'sigmoid', 'hardSigmoid' …) keeps
// tfjs's class (the name registry refuses to shadow it; packages/activations/src/names.test.ts).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import '@layerkit/activations';

const TFJS_FORMS: Record<string, (x: tf.Tensor) => tf.Tensor> = {
  gelu: (x) => tf.mul(x, tf.mul(0.5, tf.add(1, tf.erf(tf.div(x, Math.SQRT2))))),
  gelu_new: (x) => tf.mul(0.5, tf.mul(x, tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3)))))))),
  mish: (x) => tf.mul(x, tf.tanh(tf.softplus(x))),
  swish: (x) => tf.mul(tf.sigmoid(x), x),
  elu: (x) => tf.elu(x),
  selu: (x) => tf.selu(x),
  softplus: (x) => tf.softplus(x),
};

beforeAll(async () => { await tf.setBackend('cpu'); });

test("the strings compared here are exactly the ones the specs take over from tfjs (replacesTfjs)", async () => {
  const { ACTIVATIONS } = await import('@layerkit/activations');
  const replaced = ACTIVATIONS.flatMap((spec) => spec.replacesTfjs ?? []);
  expect([...replaced].sort()).toEqual(Object.keys(TFJS_FORMS).sort());
});

for (const [name, tfjsForm] of Object.entries(TFJS_FORMS)) {
  test(`activation '${name}' is layerkit's kernel with tfjs's math`, () => {
    const layer = tfl.layers.activation({ activation: name as never });
    const x = tf.linspace(-15, 15, 3001);
    const ours = (layer.apply(x) as tf.Tensor).dataSync();
    const theirs = tfjsForm(x).dataSync();
    for (let i = 0; i < ours.length; i++) {
      expect(Math.abs(ours[i] - theirs[i]), `${name} at ${x.dataSync()[i]}`).toBeLessThanOrEqual(2e-6 + 2e-6 * Math.abs(theirs[i]));
    }
    // The activation object is layerkit's: it runs a layerkit.* kernel, not tfjs's composite.
    const kernels: string[] = [];
    const profile = tf.profile(() => layer.apply(tf.ones([4])) as tf.Tensor);
    return profile.then((info) => {
      kernels.push(...info.kernels.map((k) => k.name));
      expect(kernels.some((k) => k.startsWith('layerkit.'))).toBe(true);
    });
  });
}

test("activation('silu') is a typed activation option that tfjs layers resolve to layerkit's silu", async () => {
  const { activation, silu } = await import('@layerkit/activations');
  const layer = tfl.layers.dense({ units: 3, inputShape: [2], activation: activation('silu'), kernelInitializer: 'ones' });
  const x = tf.tensor2d([[0.5, -2]]);
  const got = (layer.apply(x) as tf.Tensor).dataSync();
  const want = silu(tf.matMul(x, tf.ones([2, 3]))).dataSync();
  expect(Array.from(got)).toEqual(Array.from(want));
  expect(layer.getConfig().activation).toBe('silu');
});
