// Run as a child process: loads a saved model with only the public imports a user would write,
// predicts on the given input and prints the result as JSON.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import '@layerkit/activations';
import '@layerkit/norms';
import { loadFrom } from './model-files.js';

const [directory, inputJson] = process.argv.slice(2);
await tf.setBackend('cpu');
const model = await tfl.loadLayersModel(loadFrom(directory));
const input = JSON.parse(inputJson) as { shape: number[]; values: number[] };
const output = model.predict(tf.tensor(input.values, input.shape)) as tf.Tensor;
process.stdout.write(JSON.stringify({ layers: model.layers.map((l) => l.getClassName()), values: Array.from(output.dataSync()) }));
