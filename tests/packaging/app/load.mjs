// A fresh process: importing the layerkit packages before tf.loadLayersModel is all it takes
// for the saved model (Swish, RMSNorm, MultiHeadAttention, GluFfn, GatedLinearUnit, Snake, 'silu')
// to load and predict.
import * as tf from '@tensorflow/tfjs';
import '@layerkit/activations';
import '@layerkit/layers';
import '@layerkit/norms';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.argv[2];
const model = await tf.loadLayersModel(`file://${directory}/model.json`);
const xs = tf.tensor2d(Array.from({ length: 256 }, (_, i) => Math.sin(i * 0.37)), [64, 4]);
const got = Array.from(model.predict(xs).dataSync());
const want = JSON.parse(readFileSync(join(directory, 'predictions.json'), 'utf8'));
const differing = got.filter((v, i) => v !== Math.fround(want[i])).length;
if (differing) throw new Error(`load: expected the loaded model to predict what the trained one did, ${differing} of ${got.length} values differ`);
console.log(`load: ${model.layers.map((l) => l.getClassName()).join(', ')} — predictions identical`);
