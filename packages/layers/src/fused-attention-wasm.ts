// The wasm kernel of 'layerkit.FusedAttention': assembly/layers/attention.ts run inside tfjs-wasm's
// memory through core's wasm runtime (a chunk of its own in browser bundles, loaded when
// MultiHeadAttention first runs on wasm; Node's entry registers it up front).
import * as tf from '@tensorflow/tfjs-core';
import { invokeKernelOutputs, outputWithValues, type WasmBackendSurface } from '@layerkit/core/wasm';
import { FUSED_ATTENTION, FUSED_ATTENTION_EXPORT, fusedAttentionOnArrays, type FusedAttentionAttributes } from './fused-attention-kernel.js';
import { registerWasmKernels } from './wasm-kernels.js';

// Keys per block of the AssemblyScript kernel: its scratch holds kᵀ padded to whole blocks.
const BLOCK = 16;

function fusedAttentionWasm({ inputs, backend, attrs }: { inputs: tf.NamedTensorInfoMap; backend: unknown; attrs?: tf.NamedAttrMap }): tf.TensorInfo {
  const { query, key, value, mask } = inputs as Record<string, tf.TensorInfo | undefined>;
  const attributes = attrs as unknown as FusedAttentionAttributes;
  const [batchHeads, queries, depth] = query!.shape as [number, number, number];
  const keys = key!.shape[1]!;
  const valueDepth = value!.shape[2]!;
  const maskBatches = mask ? mask.shape[0]! : 0;
  const scratch = BLOCK + depth * Math.ceil(keys / BLOCK) * BLOCK;
  const outputs = invokeKernelOutputs(backend, FUSED_ATTENTION_EXPORT, [[batchHeads, queries, valueDepth], [scratch]], [
    query!, key!, value!, mask ?? null, batchHeads, attributes.heads, queries, keys, depth, valueDepth,
    maskBatches > 1 ? queries * keys : 0, attributes.scale, attributes.causal ? 1 : 0,
  ]);
  if (outputs) {
    (backend as { disposeData(dataId: object): unknown }).disposeData(outputs[1]!.dataId);
    return outputs[0]!;
  }
  // The module is still being fetched or compiled (the runtime said so once): the same math in JavaScript.
  const surface = backend as WasmBackendSurface;
  const read = (info: tf.TensorInfo) => surface.readSync(info.dataId) as Float32Array;
  const result = fusedAttentionOnArrays(read(query!), read(key!), read(value!), mask ? read(mask) : null,
    { batchHeads, queries, keys, depth, valueDepth, maskBatches }, attributes);
  return outputWithValues(surface, [batchHeads, queries, valueDepth], result);
}

/** Registers the wasm kernel and the layers wasm module's loader; harmless twice. */
export function registerFusedAttentionKernel(): void {
  registerWasmKernels();
  if (tf.getKernel(FUSED_ATTENTION, 'wasm')) return;
  tf.registerKernel({ kernelName: FUSED_ATTENTION, backendName: 'wasm', kernelFunc: fusedAttentionWasm as unknown as tf.KernelFunc });
}
