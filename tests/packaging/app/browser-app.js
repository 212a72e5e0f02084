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
  return model.predict(tf.ones([2, 4])).data();
}
