// The same app without layerkit: the baseline the layerkit share is measured against.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import * as tfl from '@tensorflow/tfjs-layers';

export async function run() {
  await tf.setBackend('webgl');
  const model = tfl.sequential({ layers: [
    tfl.layers.dense({ units: 16, inputShape: [4], activation: 'swish' }),
    tfl.layers.layerNormalization(), tfl.layers.dense({ units: 1 }),
  ] });
  return model.predict(tf.ones([2, 4])).data();
}
