/**
 * What the merge engine reads tensors from: a weight map, model artifacts, a permuted view, or
 * (in Node) a model directory. Types only, so every entry — browser and Node — can share them.
 */

export type WeightDtype = 'float32' | 'int32' | 'bool';
export type WeightValues = Float32Array | Int32Array | Uint8Array;

/** One weight as the manifest describes it. */
export interface WeightInfo {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: WeightDtype;
}

/** Anything tensors can be read from by name: a model directory, a weight map, a permuted view. */
export interface WeightSource {
  /** Names the model in error messages (a path, or `models[2]`). */
  readonly label: string;
  /** Every weight, in storage order. */
  readonly weights: readonly WeightInfo[];
  read(name: string): WeightValues;
}
