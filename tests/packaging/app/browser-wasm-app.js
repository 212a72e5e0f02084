// The browser app on tfjs's wasm backend: layerkit's wasm runner and kernels arrive as chunks of
// their own, fetched when the wasm backend first needs them. Until then layerkit runs tfjs ops or
// JavaScript; after `prepareWasmKernels` the fused kernels run inside tfjs-wasm's memory (shared
// memory when the page is cross-origin isolated and tfjs picks its threaded build).
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { prepareWasmKernels } from '@layerkit/core';
import { wasmKernelMode } from '@layerkit/core/wasm';
import { activation, Swish } from '@layerkit/activations';
import { MultiHeadAttention } from '@layerkit/layers';
import { RMSNorm } from '@layerkit/norms';

export async function run() {
  setWasmPaths(new URL('./', import.meta.url).href);
  await tf.setBackend('wasm');
  const model = tfl.sequential({ layers: [
    tfl.layers.dense({ units: 16, inputShape: [4], activation: activation('silu'), kernelInitializer: 'glorotUniform' }),
    new RMSNorm(), new Swish({ learn: 'scalar' }),
    // Four tokens of width 4 through MultiHeadAttention: its fused wasm kernel (@layerkit/layers'
    // own module) starts loading when the layer is built, and prepareWasmKernels waits for it.
    tfl.layers.reshape({ targetShape: [4, 4] }), new MultiHeadAttention({ numHeads: 2, keyDim: 2 }), tfl.layers.flatten(),
    tfl.layers.dense({ units: 1 }),
  ] });
  const input = tf.tensor2d([[0.5, -1, 2, 0.25], [1, 1, -1, -0.5]]);
  const beforeReady = Array.from(await model.predict(input).data());
  await prepareWasmKernels(tf.backend());
  const values = Array.from(await model.predict(input).data());
  const memory = tf.backend().wasm?.wasmMemory ?? tf.backend().wasm?.asm?.memory;
  return {
    backend: tf.getBackend(), values, beforeReady, mode: wasmKernelMode(tf.backend()),
    fusedAttention: tf.getKernel('layerkit.FusedAttention', 'wasm') != null,
    sharedMemory: typeof SharedArrayBuffer !== 'undefined' && memory?.buffer instanceof SharedArrayBuffer,
  };
}
