// The conformance suite on the GPU backends, in headless Chromium.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { prepareKernels } from '@layerkit/core';
// Browser entries register nothing up front; the suite reads every norm's and activation's catalog entry.
import '@layerkit/norms/register';
import '@layerkit/activations/register';
import { defineConformance } from './suite.js';

// The webgpu runners load on demand in browsers: wait for them, as an app that wants the fused
// kernels from the first call does.
defineConformance('webgl', async () => { await tf.setBackend('webgl'); await prepareKernels('webgl'); });
defineConformance('webgpu', async () => { await tf.setBackend('webgpu'); await prepareKernels('webgpu'); });
