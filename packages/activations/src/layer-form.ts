import { Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { registerWasmKernels } from './wasm-kernels.js';

/** What tfjs-layers' `Layer.apply` is typed to return: tensors when run, SymbolicTensors while building a model. */
export type LayerOutput = ReturnType<tfl.layers.Layer['apply']>;

/**
 * An op function that also builds models: on tensors it computes; on a SymbolicTensor (the
 * output of `layer.apply` inside `tf.model`) it adds the op's layer, so
 * `swiglu(tf.layers.dense({units: 512}).apply(h))` works in functional models.
 */
export interface ActivationOp<Options extends object> {
  (x: Tensor | TensorLike, options?: Options): Tensor;
  (x: tfl.SymbolicTensor, options?: Options): tfl.SymbolicTensor;
  /** Whatever `layer.apply` returned; pass the result on to the next `apply`, or cast it for `tf.model`. */
  (x: LayerOutput, options?: Options): Tensor | tfl.SymbolicTensor;
}

/**
 * The op `compute`, which on a SymbolicTensor applies `layerOf(options)` instead. It registers the
 * package's wasm kernels (a loader), so a bundle that keeps the op needs no register.ts.
 */
export function withLayerForm<Options extends object>(
  name: string,
  compute: (x: Tensor | TensorLike, options?: Options) => Tensor,
  layerOf: (options: Options) => tfl.layers.Layer,
): ActivationOp<Options> {
  registerWasmKernels();
  const op = (x: Tensor | TensorLike | LayerOutput, options?: Options): Tensor | tfl.SymbolicTensor => {
    let value: unknown = x;
    // layer.apply is typed to return arrays too; a single-input layer returns one tensor.
    if (Array.isArray(value) && value.length > 0 && (value[0] instanceof tfl.SymbolicTensor || value[0] instanceof Tensor)) {
      if (value.length !== 1) {
        throw new Error(`${name}: expected one tensor, got an array of ${value.length} tensors — call ${name} on each of them`);
      }
      value = value[0];
    }
    if (value instanceof tfl.SymbolicTensor) return layerOf(options ?? ({} as Options)).apply(value) as tfl.SymbolicTensor;
    return compute(value as Tensor | TensorLike, options);
  };
  return op as ActivationOp<Options>;
}
