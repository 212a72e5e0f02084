/**
 * mergekit's `slices`: a new layer stack built from layer ranges of several models — passthrough
 * stacking (A's layers [0, 2) then B's [2, 4)), or a merge of equally long ranges layer by layer.
 * For tfjs this means Sequential models: a layer index is a position in the Sequential's layer
 * list (`model.layers[i]`), and the layers of one slice's sources must line up (same class, same
 * weight names and shapes at each offset). The output is a Sequential of the chosen layers, renamed
 * where a name repeats, with its own shard layout.
 */
import * as fs from 'node:fs';
import type { MergeMethod } from '../define-merge-method.js';
import { planMerge, type MergePlan } from '../merge-engine.js';
import type { ParameterSettings } from '../parameters.js';
import type { SliceDefinition } from '../slice-definition.js';
import type { StorageDtype } from '../tensor-math.js';
import type { WeightInfo, WeightSource } from '../weight-source.js';
import { byteLengthOf, type ModelDirectory, type ModelJson, type ModelLayout, type WeightLocation } from './model-directory.js';

interface RawLayer {
  readonly class_name: string;
  readonly config: Record<string, unknown>;
}

interface StackLayer {
  readonly raw: RawLayer;
  readonly name: string;
  readonly weights: readonly WeightLocation[];
}

interface LayerStack {
  readonly directory: ModelDirectory;
  readonly layers: readonly StackLayer[];
  /** A leading InputLayer entry (Keras-saved Sequentials have one): not a layer index. */
  readonly inputLayer: RawLayer | null;
}

/** tfjs writes a model's default shard size: 4 MiB. */
const SHARD_BYTES = 4 * 1024 * 1024;

/** Layers that leave the last axis (the features a Dense or a convolution reads) as it is. */
const KEEPS_FEATURES = new Set([
  'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'GaussianNoise', 'GaussianDropout', 'AlphaDropout', 'Activation', 'ReLU', 'LeakyReLU',
  'PReLU', 'ELU', 'ThresholdedReLU', 'Softmax', 'ActivityRegularization', 'Masking', 'BatchNormalization', 'LayerNormalization',
  'MaxPooling1D', 'MaxPooling2D', 'MaxPooling3D', 'AveragePooling1D', 'AveragePooling2D', 'AveragePooling3D', 'ZeroPadding2D', 'Cropping2D', 'UpSampling2D',
]);

function sliceError(where: string, expected: string, got: string, fix: string): never {
  throw new Error(`slices${where}: expected ${expected}, got ${got} — ${fix}`);
}

function sequentialOf(modelJson: ModelJson): { config: Record<string, unknown>; className: unknown } {
  const topology = modelJson.modelTopology as Record<string, unknown> | null | undefined;
  const model = (topology?.model_config ?? topology) as { class_name?: unknown; config?: unknown } | null | undefined;
  return { config: (model?.config ?? {}) as Record<string, unknown>, className: model?.class_name };
}

/** The model's Sequential layers with their weights (a weight belongs to the layer its name starts with). */
function layerStack(directory: ModelDirectory): LayerStack {
  const { config, className } = sequentialOf(directory.modelJson);
  if (className !== 'Sequential') {
    sliceError('', `Sequential models (a layer index is a position in model.layers)`, `'${String(className)}' for '${directory.label}'`, 'slice Sequential models, or merge this one with models:');
  }
  const list = (Array.isArray(config) ? config : config.layers) as RawLayer[] | undefined;
  if (!Array.isArray(list)) sliceError('', `a layer list in the topology of '${directory.label}'`, 'none', 're-save the model with model.save');
  let inputLayer: RawLayer | null = null;
  const raws: RawLayer[] = [];
  for (const raw of list) {
    if (raw.class_name === 'InputLayer' && raws.length === 0 && inputLayer === null) inputLayer = raw;
    else raws.push(raw);
  }
  const byName = new Map<string, WeightLocation[]>();
  for (const raw of raws) byName.set(String(raw.config?.name), []);
  for (const weight of directory.weights) {
    const owner = weight.name.slice(0, Math.max(0, weight.name.indexOf('/')));
    const list = byName.get(owner);
    if (!list) sliceError('', `every weight of '${directory.label}' to start with its layer's name`, `'${weight.name}'`, 'slice models saved by tfjs (weights named layer/weight)');
    list.push(weight);
  }
  return { directory, layers: raws.map((raw) => ({ raw, name: String(raw.config?.name), weights: byName.get(String(raw.config?.name))! })), inputLayer };
}

function signature(layer: StackLayer): string {
  const weights = layer.weights.map((weight) => `${weight.name.slice(layer.name.length + 1)} [${weight.shape.join(', ')}] ${weight.dtype}`);
  return `${layer.raw.class_name}${weights.length ? ` with ${weights.join(', ')}` : ''}`;
}

function kernelOf(layer: StackLayer): WeightLocation | undefined {
  return layer.weights.find((weight) => weight.name === `${layer.name}/kernel`);
}

/** Features a layer reads on its input's last axis, when its weights say (Dense, convolutions, norms). */
function inputFeatures(layer: StackLayer): number | null {
  const className = layer.raw.class_name;
  if (className === 'Dense' || className === 'Conv1D' || className === 'Conv2D' || className === 'Conv3D') {
    const kernel = kernelOf(layer);
    return kernel ? kernel.shape[kernel.shape.length - 2]! : null;
  }
  if ((className === 'BatchNormalization' || className === 'LayerNormalization') && layer.weights.length > 0 && layer.weights.every((weight) => weight.shape.length === 1)) {
    return layer.weights[0]!.shape[0]!;
  }
  return null;
}

/** Features on the output's last axis: from the weights, passed through, or unknown (null). */
function outputFeatures(layer: StackLayer, input: number | null): number | null {
  const className = layer.raw.class_name;
  if (className === 'Dense' || className === 'Conv1D' || className === 'Conv2D' || className === 'Conv3D') {
    const kernel = kernelOf(layer);
    return kernel ? kernel.shape[kernel.shape.length - 1]! : null;
  }
  if (className === 'Embedding') {
    const embeddings = layer.weights[0];
    return embeddings ? embeddings.shape[1]! : null;
  }
  return KEEPS_FEATURES.has(className) ? input : null;
}

interface OutputLayer {
  readonly stack: LayerStack;
  readonly index: number;
  readonly layer: StackLayer;
  readonly name: string;
}

export interface SlicesPlan {
  readonly plans: readonly MergePlan[];
  readonly layout: ModelLayout;
  readonly tensors: number;
  readonly elements: number;
}

export interface SlicesRequest {
  readonly method: MergeMethod;
  readonly baseModel: string | null;
  readonly slices: readonly SliceDefinition[];
  readonly parameters?: ParameterSettings;
  readonly dtype?: StorageDtype;
  readonly outDtype?: StorageDtype;
  /** Opens a model directory (each path once). */
  readonly open: (path: string) => ModelDirectory;
}

function samePath(left: string, right: string): boolean {
  const real = (file: string) => { try { return fs.realpathSync(file); } catch { return file; } };
  return real(left) === real(right);
}

/**
 * Validates a slices merge completely and plans every slice: which layers go where, under which
 * names, each slice's merge plan (layer depth t = i/(n − 1) within the slice, 1 for a one-layer
 * slice, as mergekit), and the output's model.json and shard layout.
 */
export function planSlices(request: SlicesRequest): SlicesPlan {
  const { method } = request;
  if (request.slices.length === 0) sliceError('', 'at least one slice', 'none', 'list slices, each with sources');
  const stacks = new Map<string, LayerStack>();
  const stackOf = (model: string) => {
    let stack = stacks.get(model);
    if (!stack) {
      stack = layerStack(request.open(model));
      stacks.set(model, stack);
    }
    return stack;
  };
  const output: OutputLayer[] = [];
  const usedNames = new Set<string>();
  const plans: MergePlan[] = [];
  const weights: WeightInfo[] = [];
  // One seed for every slice (drawn once when the config gives none), so a rerun with it repeats the merge.
  const seedLevel: ParameterSettings = Object.hasOwn(method.params, 'seed') ? { seed: globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1 } : {};
  request.slices.forEach((slice, sliceIndex) => {
    const where = `[${sliceIndex}]`;
    if (slice.sources.length === 0) sliceError(where, 'at least one source', 'none', 'list sources with model and layer_range');
    const sources = slice.sources.map((source, sourceIndex) => {
      const stack = stackOf(source.model);
      const [start, end] = source.layerRange;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > stack.layers.length) {
        sliceError(
          `${where}.sources[${sourceIndex}]`, `a layer_range [start, end) with 0 ≤ start < end ≤ ${stack.layers.length} (the layers of '${source.model}')`,
          `[${start}, ${end}]`, 'fix layer_range',
        );
      }
      return { source, stack, start, length: end - start };
    });
    const length = sources[0]!.length;
    sources.forEach(({ source, length: sourceLength }, sourceIndex) => {
      if (sourceLength !== length) {
        sliceError(`${where}.sources[${sourceIndex}]`, `${length} layers like sources[0] (every source of a slice is merged layer by layer)`, `${sourceLength} in '${source.model}'`, 'give every source of the slice an equally long layer_range');
      }
    });
    const baseModel = slice.baseModel ?? request.baseModel;
    let baseIndex = method.base !== 'unused' && baseModel ? sources.findIndex(({ source }) => samePath(source.model, baseModel)) : -1;
    if (method.base === 'required' && baseIndex < 0) {
      sliceError(
        where, `base_model${baseModel ? ` '${baseModel}'` : ''} among the sources (${method.name} measures the other sources from the base's layers)`,
        `sources ${sources.map(({ source }) => `'${source.model}'`).join(', ')}`, 'add the base model with the same layer_range to this slice',
      );
    }
    if (method.base === 'unused' && (slice.baseModel ?? null) !== null) {
      sliceError(where, `no base_model (${method.name} does not use one)`, `'${slice.baseModel}'`, 'remove base_model from the slice');
    }
    const reference = sources[baseIndex >= 0 ? baseIndex : 0]!;
    const sliceWeights: WeightInfo[] = [];
    const nameMaps = sources.map(() => new Map<string, string>());
    const depths = new Map<string, number>();
    for (let offset = 0; offset < length; offset++) {
      const referenceLayer = reference.stack.layers[reference.start + offset]!;
      sources.forEach(({ source, stack, start }, sourceIndex) => {
        const layer = stack.layers[start + offset]!;
        if (signature(layer) !== signature(referenceLayer)) {
          sliceError(
            `${where}.sources[${sourceIndex}]`, `layer ${start + offset} of '${source.model}' to line up with layer ${reference.start + offset} of '${reference.source.model}' (${signature(referenceLayer)})`,
            signature(layer), 'slice layers of one architecture: the same class and weight shapes at each offset',
          );
        }
      });
      let name = referenceLayer.name;
      for (let suffix = 1; usedNames.has(name); suffix++) name = `${referenceLayer.name}_${suffix}`;
      usedNames.add(name);
      output.push({ stack: reference.stack, index: reference.start + offset, layer: referenceLayer, name });
      referenceLayer.weights.forEach((weight, weightIndex) => {
        const outputName = `${name}/${weight.name.slice(referenceLayer.name.length + 1)}`;
        sliceWeights.push({ name: outputName, shape: weight.shape, dtype: weight.dtype });
        depths.set(outputName, length > 1 ? offset / (length - 1) : 1);
        sources.forEach(({ stack, start }, sourceIndex) => nameMaps[sourceIndex]!.set(outputName, stack.layers[start + offset]!.weights[weightIndex]!.name));
      });
    }
    weights.push(...sliceWeights);
    const views: WeightSource[] = sources.map(({ source, stack, start }, sourceIndex) => ({
      label: `${source.model} layers [${start}, ${start + length})`,
      weights: sliceWeights,
      read: (name: string) => stack.directory.read(nameMaps[sourceIndex]!.get(name)!),
    }));
    if (method.base === 'unused') baseIndex = -1;
    const models = sources.flatMap(({ source }, sourceIndex) => (sourceIndex === baseIndex ? [] : [{ source: views[sourceIndex]!, parameters: source.parameters }]));
    plans.push(planMerge({
      method: method.name, base: baseIndex >= 0 ? views[baseIndex]! : null, models,
      parameters: [slice.parameters ?? {}, request.parameters ?? {}, seedLevel], depths, dtype: request.dtype, outDtype: request.outDtype,
    }));
  });
  checkBoundaries(output);
  const layout = outputLayout(output, weights, request.baseModel ? stacks.get(request.baseModel) ?? output[0]!.stack : output[0]!.stack);
  return {
    plans, layout, tensors: weights.length, elements: plans.reduce((sum, plan) => sum + plan.elements, 0),
  };
}

/** Where one model's layers follow another's, the features must agree (checked where weights tell them). */
function checkBoundaries(output: readonly OutputLayer[]): void {
  let features: number | null = null;
  output.forEach((current, position) => {
    const previous = output[position - 1];
    const joined = previous !== undefined && !(previous.stack === current.stack && previous.index + 1 === current.index);
    const reads = inputFeatures(current.layer);
    if (joined && features !== null && reads !== null && reads !== features) {
      sliceError(
        '', `layer ${current.index} of '${current.stack.directory.label}' (${current.layer.raw.class_name}, reads ${reads} features) to accept what layer ${previous!.index} of '${previous!.stack.directory.label}' gives before it`,
        `${features} features`, 'choose layer ranges whose boundaries have matching widths',
      );
    }
    features = outputFeatures(current.layer, reads ?? features);
  });
}

/** The output's model.json (a Sequential of the chosen layers) and its 4 MiB shard layout. */
function outputLayout(output: readonly OutputLayer[], weights: readonly WeightInfo[], topologySource: LayerStack): ModelLayout {
  const first = output[0]!;
  const layers: RawLayer[] = output.map(({ layer, name }, position) => {
    const config: Record<string, unknown> = { ...structuredClone(layer.raw.config), name };
    if (position > 0) {
      delete config.batch_input_shape;
      delete config.input_shape;
      delete config.batch_size;
    }
    return { ...layer.raw, config };
  });
  let inputLayer: RawLayer | null = null;
  if (first.index === 0) {
    inputLayer = first.stack.inputLayer ? structuredClone(first.stack.inputLayer) : null;
  } else {
    // The Sequential needs its input shape on the first layer; a layer from inside a model has none recorded.
    const reads = inputFeatures(first.layer);
    const modelInput = (first.stack.inputLayer?.config.batch_input_shape ?? first.stack.layers[0]!.raw.config.batch_input_shape) as unknown[] | undefined;
    const flat = first.stack.layers.slice(0, first.index).every((layer) => layer.raw.class_name === 'Dense' || KEEPS_FEATURES.has(layer.raw.class_name));
    if (first.layer.raw.class_name !== 'Dense' || reads === null || !Array.isArray(modelInput) || modelInput.length !== 2 || !flat) {
      sliceError(
        '', `the first slice to start at layer 0 of '${first.stack.directory.label}' (where its input shape is recorded), or at a Dense layer of a model of flat [batch, features] inputs`,
        `layer ${first.index} (${first.layer.raw.class_name})`, 'start the first slice at layer 0',
      );
    }
    layers[0]!.config.batch_input_shape = [null, reads];
  }
  const reference = topologySource.directory.modelJson;
  const topology = structuredClone(reference.modelTopology) as Record<string, unknown>;
  const model = (topology.model_config ?? topology) as { config: Record<string, unknown> | unknown[] };
  const layerList = [...(inputLayer ? [inputLayer] : []), ...layers];
  if (Array.isArray(model.config)) model.config = layerList;
  else model.config = { ...model.config, layers: layerList };
  const total = weights.reduce((sum, weight) => sum + byteLengthOf(weight), 0);
  const shardCount = Math.max(1, Math.ceil(total / SHARD_BYTES));
  const paths = Array.from({ length: shardCount }, (_, index) => `group1-shard${index + 1}of${shardCount}.bin`);
  const shards = paths.map((relativePath, index) => ({ relativePath, size: index < shardCount - 1 ? SHARD_BYTES : total - SHARD_BYTES * (shardCount - 1) }));
  let offset = 0;
  const locations: WeightLocation[] = weights.map((weight) => {
    const byteLength = byteLengthOf(weight);
    const location = { ...weight, group: 0, offset, byteLength };
    offset += byteLength;
    return location;
  });
  const modelJson: ModelJson = {
    ...reference, modelTopology: topology,
    weightsManifest: [{ paths, weights: weights.map((weight) => ({ name: weight.name, shape: [...weight.shape], dtype: weight.dtype })) }],
  };
  return { modelJson, weights: locations, groups: [shards] };
}
