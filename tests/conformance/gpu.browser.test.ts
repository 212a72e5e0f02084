// The conformance suite on the GPU backends, in headless Chromium.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { defineConformance } from './suite.js';

defineConformance('webgl', async () => { await tf.setBackend('webgl'); });
defineConformance('webgpu', async () => { await tf.setBackend('webgpu'); });
