// The conformance suite on the backends that run under Node.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { defineConformance } from './suite.js';

defineConformance('cpu', async () => { await tf.setBackend('cpu'); });
defineConformance('wasm', async () => { await tf.setBackend('wasm'); });
