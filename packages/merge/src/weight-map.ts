/**
 * Name-keyed weight maps (merge.weight-map): adapters from tfjs weight maps, LayersModels and
 * model artifacts to the merge engine's `WeightSource`, and the task-vector algebra users compose
 * merges from. The file-system IOHandler (Node) is node/directory-handler.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { WeightDtype, WeightInfo, WeightSource, WeightValues } from './weight-source.js';

function checkDtype(where: string, name: string, dtype: string): WeightDtype {
  if (dtype !== 'float32' && dtype !== 'int32' && dtype !== 'bool') {
    throw new Error(`${where}: expected float32, int32 or bool weights, got ${dtype} for '${name}' — cast it with tf.cast first`);
  }
  return dtype;
}

/** A weight map as a source; tensors are read with dataSync when the merge reaches them. */
export function sourceFromTensorMap(weights: tf.NamedTensorMap, label: string): WeightSource {
  const infos: WeightInfo[] = Object.entries(weights).map(([name, tensor]) => ({
    name, shape: tensor.shape, dtype: checkDtype('merge', name, tensor.dtype),
  }));
  return {
    label,
    weights: infos,
    read(name: string): WeightValues {
      const tensor = weights[name];
      if (!tensor) throw new Error(`merge: expected tensor '${name}' in '${label}', got none — the weight maps must share their names`);
      if (tensor.isDisposed) throw new Error(`merge: expected tensor '${name}' of '${label}' to be alive, got a disposed tensor — keep inputs until the merge returns`);
      const values = tensor.dataSync();
      return tensor.dtype === 'bool' ? Uint8Array.from(values as Uint8Array) : values as Float32Array | Int32Array;
    },
  };
}

function joinWeightData(weightData: tf.io.WeightData | undefined): ArrayBuffer {
  if (weightData === undefined) return new ArrayBuffer(0);
  return Array.isArray(weightData) ? tf.io.CompositeArrayBuffer.join(weightData) : weightData as ArrayBuffer;
}

/** Model artifacts (as a save handler receives them) as a source reading from the weight buffer. */
export function sourceFromArtifacts(artifacts: tf.io.ModelArtifacts, label: string): WeightSource {
  const buffer = joinWeightData(artifacts.weightData);
  const specs = artifacts.weightSpecs ?? [];
  const offsets = new Map<string, { info: WeightInfo; offset: number }>();
  let offset = 0;
  const infos = specs.map((spec) => {
    if (spec.quantization) throw new Error(`merge: expected unquantized weights, got quantization on '${spec.name}' in '${label}' — merge the float model`);
    const info: WeightInfo = { name: spec.name, shape: spec.shape, dtype: checkDtype('merge', spec.name, spec.dtype) };
    offsets.set(spec.name, { info, offset });
    offset += info.shape.reduce((product, dimension) => product * dimension, 1) * (info.dtype === 'bool' ? 1 : 4);
    return info;
  });
  if (offset !== buffer.byteLength) {
    throw new Error(`merge: expected ${offset} bytes of weights in '${label}' as its specs say, got ${buffer.byteLength} — the artifacts are inconsistent`);
  }
  return {
    label,
    weights: infos,
    read(name: string): WeightValues {
      const entry = offsets.get(name)!;
      const count = entry.info.shape.reduce((product, dimension) => product * dimension, 1);
      // Copy: the slice must be aligned for the typed array and independent of the shared buffer.
      const bytes = buffer.slice(entry.offset, entry.offset + count * (entry.info.dtype === 'bool' ? 1 : 4));
      if (entry.info.dtype === 'float32') return new Float32Array(bytes);
      if (entry.info.dtype === 'int32') return new Int32Array(bytes);
      return new Uint8Array(bytes);
    },
  };
}

/** The artifacts `model.save` would write, captured in memory. */
export async function modelToArtifacts(model: LayersModel): Promise<tf.io.ModelArtifacts> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    captured = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  return captured!;
}

/** Concatenates merged weights into one weight buffer in spec order. */
export function encodeWeightValues(values: readonly WeightValues[]): ArrayBuffer {
  const total = values.reduce((sum, value) => sum + value.byteLength, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const value of values) {
    bytes.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), offset);
    offset += value.byteLength;
  }
  return bytes.buffer;
}

function checkSameKeys(operation: string, left: tf.NamedTensorMap, right: tf.NamedTensorMap): void {
  for (const name of Object.keys(left)) {
    const other = right[name];
    if (!other) throw new Error(`${operation}: expected tensor '${name}' in both weight maps, got it only in the first — use maps of one model architecture`);
    if (!tf.util.arraysEqual(left[name]!.shape, other.shape)) {
      throw new Error(`${operation}: expected tensor '${name}' to have one shape, got [${left[name]!.shape}] and [${other.shape}] — use maps of one model architecture`);
    }
  }
  for (const name of Object.keys(right)) {
    if (!left[name]) throw new Error(`${operation}: expected tensor '${name}' in both weight maps, got it only in the second — use maps of one model architecture`);
  }
}

function mapEach(left: tf.NamedTensorMap, operation: (tensor: tf.Tensor, name: string) => tf.Tensor): tf.NamedTensorMap {
  const result: tf.NamedTensorMap = {};
  for (const [name, tensor] of Object.entries(left)) result[name] = tf.tidy(() => operation(tensor, name));
  return result;
}

/** Task-vector algebra on weight maps; every result is a new map the caller disposes. */
export const weightAlgebra = {
  add(left: tf.NamedTensorMap, right: tf.NamedTensorMap): tf.NamedTensorMap {
    checkSameKeys('weightAlgebra.add', left, right);
    return mapEach(left, (tensor, name) => tf.add(tensor, right[name]!));
  },
  subtract(left: tf.NamedTensorMap, right: tf.NamedTensorMap): tf.NamedTensorMap {
    checkSameKeys('weightAlgebra.subtract', left, right);
    return mapEach(left, (tensor, name) => tf.sub(tensor, right[name]!));
  },
  scale(map: tf.NamedTensorMap, factor: number): tf.NamedTensorMap {
    return mapEach(map, (tensor) => (factor === 1 ? tensor.clone() : tf.mul(tensor, factor)));
  },
  mean(maps: readonly tf.NamedTensorMap[]): tf.NamedTensorMap {
    if (maps.length === 0) throw new Error('weightAlgebra.mean: expected at least one weight map, got none — pass the maps to average');
    for (const map of maps.slice(1)) checkSameKeys('weightAlgebra.mean', maps[0]!, map);
    return mapEach(maps[0]!, (_tensor, name) => tf.div(tf.addN(maps.map((map) => map[name]!)), maps.length));
  },
  /** Per-tensor cosine similarity of two maps (e.g. of two task vectors). */
  cosine(left: tf.NamedTensorMap, right: tf.NamedTensorMap): Record<string, number> {
    checkSameKeys('weightAlgebra.cosine', left, right);
    const result: Record<string, number> = {};
    for (const name of Object.keys(left)) {
      const a = left[name]!.dataSync();
      const b = right[name]!.dataSync();
      let product = 0; let normA = 0; let normB = 0;
      for (let index = 0; index < a.length; index++) { product += a[index]! * b[index]!; normA += a[index]! ** 2; normB += b[index]! ** 2; }
      result[name] = normA > 0 && normB > 0 ? product / Math.sqrt(normA * normB) : 0;
    }
    return result;
  },
};

/** Disposes every tensor of a weight map. */
export function disposeWeights(map: tf.NamedTensorMap): void {
  for (const tensor of Object.values(map)) tensor.dispose();
}
