// A webgl-only browser app using layerkit activations and norms: what a bundler makes of it
// measures what layerkit adds to an app.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import * as tfl from '@tensorflow/tfjs-layers';
import { activation, Swish } from '@layerkit/activations';
import { RMSNorm } from '@layerkit/norms';

export async function run() {
  await tf.setBackend('webgl');
  const model = tfl.sequential({ layers: [
    tfl.layers.dense({ units: 16, inputShape: [4], activation: activation('silu') }),
    new RMSNorm(), new Swish({ learn: 'scalar' }), tfl.layers.dense({ units: 1 }),
  ] });
  const values = Array.from(await model.predict(tf.tensor2d([[0.5, -1, 2, 0.25], [1, 1, -1, -0.5]])).data());
  // webgl's runners come with the main entry: the fused kernels are there from the first call.
  const fused = ['layerkit.Swish', 'layerkit.RmsNorm'].filter((name) => tf.getKernel(name, 'webgl'));
  return { backend: tf.getBackend(), values, fused };
}
