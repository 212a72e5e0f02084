/**
 * ZipIt! (merge.zipit): "ZipIt! Merging Models from Different Tasks without Training". At every
 * merge point the features of A and B are concatenated, their correlation matrix (2n × 2n) is
 * measured on user data, and pairs are merged greedily by highest correlation — pairs inside one
 * model included, within a per-model budget. Each layer becomes M^l·blockdiag(W_A^l, W_B^l)·U^(l−1).
 * Limits: sequential chains of Dense layers only (convolutions, norms and residual streams are
 * not zipped yet); two models.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

export interface ZipitOptions {
  readonly a: tfl.LayersModel;
  readonly b: tfl.LayersModel;
  /** Inputs whose features are correlated: one batch or several (statistics are accumulated). */
  readonly data: tf.Tensor | readonly tf.Tensor[];
  /** Fraction of the 2n concatenated features removed at each merge point (0.5 leaves one model's width). */
  readonly r?: number;
  /** A merged feature's correlation to the others becomes alpha·min of its members' (discourages re-merging). */
  readonly alpha?: number;
  /** Each model may merge at most floor(beta·merges / 2) pairs inside itself per merge point. */
  readonly beta?: number;
  /**
   * Zip only the first `partialLayer` Dense layers and keep the later ones as one head per model
   * (null: zip every hidden layer and average the output layer, for models sharing an output space).
   */
  readonly partialLayer?: number | null;
}

/** Merge and unmerge matrices at one merge point: merged = merge·[z_A; z_B], [z_A; z_B] ≈ unmerge·merged. */
export interface ZipMatrices {
  /** Row-major [m, 2n]: each row averages the members of one merged feature. */
  readonly merge: Float64Array;
  /** Row-major [2n, m]: each original feature reads its merged feature. */
  readonly unmerge: Float64Array;
  readonly width: number;
  readonly original: number;
}

export interface ZipitResult {
  /** The zipped model (with partialLayer: the zipped trunk, ending at the last merge point). */
  readonly model: tfl.LayersModel;
  /** With partialLayer: the remaining layers of A and of B, each reading the trunk's output. */
  readonly heads: readonly tfl.LayersModel[] | null;
  readonly points: readonly ZipMatrices[];
}

function denseChain(model: tfl.LayersModel, label: string): tfl.layers.Layer[] {
  const layers = model.layers.filter((layer) => layer.getClassName() !== 'InputLayer');
  for (const layer of layers) {
    if (layer.getClassName() !== 'Dense') {
      throw new Error(`zipit: expected ${label} to be a chain of Dense layers, got layer '${layer.name}' of class ${layer.getClassName()} — ZipIt here zips Dense MLPs only`);
    }
  }
  for (let index = 1; index < layers.length; index++) {
    if (layers[index]!.inboundNodes[0]?.inboundLayers[0] !== layers[index - 1]) {
      throw new Error(`zipit: expected ${label}'s Dense layers to form one chain, got '${layers[index]!.name}' not reading '${layers[index - 1]!.name}' — zip sequential MLPs`);
    }
  }
  if (layers.length < 2) throw new Error(`zipit: expected ${label} to have at least two Dense layers, got ${layers.length} — there is no merge point`);
  return layers;
}

/**
 * Pearson correlation of the concatenated features, accumulated over batches in float64.
 * Constant features (dead units) correlate 0 with everything, so they are never preferred.
 */
export function featureCorrelation(sums: Float64Array, products: Float64Array, count: number, size: number): Float64Array {
  const mean = sums.map((value) => value / count);
  const deviation = new Float64Array(size);
  for (let unit = 0; unit < size; unit++) deviation[unit] = Math.sqrt(Math.max(0, products[unit * size + unit]! / count - mean[unit]! ** 2));
  const correlation = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const scale = deviation[row]! * deviation[column]!;
      correlation[row * size + column] = scale > 1e-12 ? (products[row * size + column]! / count - mean[row]! * mean[column]!) / scale : 0;
    }
  }
  return correlation;
}

/**
 * Greedy ZipIt matching on a [2n, 2n] correlation (features 0..n−1 from A, n..2n−1 from B).
 * Returns the merge/unmerge matrices that remove round(r·2n) features.
 */
export function zipMatching(correlation: Float64Array, original: number, r: number, alpha: number, beta: number): ZipMatrices {
  const size = 2 * original;
  if (correlation.length !== size * size) {
    throw new Error(`zipit: expected a [${size}, ${size}] correlation, got ${correlation.length} entries — pass both models' features`);
  }
  const similarity = Float64Array.from(correlation);
  for (let unit = 0; unit < size; unit++) similarity[unit * size + unit] = -Infinity;
  const merges = Math.round(r * size);
  // Catalog: each model's within-model budget is beta·(features to remove / number of models).
  const budget = [Math.floor((beta * merges) / 2), Math.floor((beta * merges) / 2)];
  const modelOf = (unit: number) => (unit < original ? 0 : 1);
  const blockWithin = (model: number) => {
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) if (modelOf(row) === model && modelOf(column) === model) similarity[row * size + column] = -Infinity;
    }
  };
  for (let model = 0; model < 2; model++) if (budget[model] === 0) blockWithin(model);
  const group = Int32Array.from({ length: size }, (_, unit) => unit);
  for (let merge = 0; merge < merges; merge++) {
    let best = -Infinity; let row = -1; let column = -1;
    for (let i = 0; i < size; i++) {
      for (let j = i + 1; j < size; j++) {
        if (similarity[i * size + j]! > best) { best = similarity[i * size + j]!; row = i; column = j; }
      }
    }
    if (row < 0) throw new Error(`zipit: expected ${merges} mergeable pairs at a merge point of width ${original}, found ${merge} — lower r or raise beta`);
    if (modelOf(row) === modelOf(column)) {
      budget[modelOf(row)]!--;
      if (budget[modelOf(row)] === 0) blockWithin(modelOf(row));
    }
    for (let unit = 0; unit < size; unit++) if (group[unit] === column) group[unit] = row;
    for (let other = 0; other < size; other++) {
      if (other === row || other === column) continue;
      const lowest = Math.min(similarity[other * size + row]!, similarity[other * size + column]!);
      const value = lowest === -Infinity ? -Infinity : alpha * lowest;
      similarity[other * size + row] = value;
      similarity[row * size + other] = value;
    }
    for (let other = 0; other < size; other++) {
      similarity[other * size + column] = -Infinity;
      similarity[column * size + other] = -Infinity;
    }
  }
  const representatives = [...new Set(group)].sort((left, right) => left - right);
  const width = representatives.length;
  const merge = new Float64Array(width * size);
  const unmerge = new Float64Array(size * width);
  representatives.forEach((representative, index) => {
    const members = [...group.keys()].filter((unit) => group[unit] === representative);
    for (const member of members) {
      merge[index * size + member] = 1 / members.length;
      unmerge[member * width + index] = 1;
    }
  });
  return { merge, unmerge, width, original };
}

/** [rows, inner] × [inner, columns], row-major float64. */
function multiply(left: Float64Array, right: Float64Array, rows: number, inner: number, columns: number): Float64Array {
  const result = new Float64Array(rows * columns);
  for (let row = 0; row < rows; row++) {
    for (let k = 0; k < inner; k++) {
      const value = left[row * inner + k]!;
      if (value === 0) continue;
      for (let column = 0; column < columns; column++) result[row * columns + column] += value * right[k * columns + column]!;
    }
  }
  return result;
}

function transpose(values: Float64Array, rows: number, columns: number): Float64Array {
  const result = new Float64Array(values.length);
  for (let row = 0; row < rows; row++) for (let column = 0; column < columns; column++) result[column * rows + row] = values[row * columns + column]!;
  return result;
}

interface DenseWeights { kernel: Float64Array; bias: Float64Array | null; inputs: number; units: number; activation: string; useBias: boolean }

function readDense(layer: tfl.layers.Layer): DenseWeights {
  const [kernel, bias] = layer.getWeights();
  const config = layer.getConfig() as { units: number; activation: string; useBias: boolean };
  return {
    kernel: Float64Array.from(kernel!.dataSync()), bias: bias ? Float64Array.from(bias.dataSync()) : null,
    inputs: kernel!.shape[0]!, units: config.units, activation: config.activation, useBias: config.useBias,
  };
}

/**
 * One zipped Dense layer: kernel [in', out'] = inputMap^T-side · blockdiag(K_A, K_B) · outputMap.
 * `inputMap` is [2·in, in'] (the previous unmerge, or [I; I] for the shared input) and `outputMap`
 * [2·out, out'] (the transposed merge); the bias is outputMapᵀ·[b_A; b_B].
 */
function zipDense(a: DenseWeights, b: DenseWeights, inputMap: Float64Array, inputWidth: number, outputMap: Float64Array, outputWidth: number) {
  const blockRows = a.inputs + b.inputs;
  const blockColumns = a.units + b.units;
  const block = new Float64Array(blockRows * blockColumns);
  for (let row = 0; row < a.inputs; row++) for (let column = 0; column < a.units; column++) block[row * blockColumns + column] = a.kernel[row * a.units + column]!;
  for (let row = 0; row < b.inputs; row++) {
    for (let column = 0; column < b.units; column++) block[(a.inputs + row) * blockColumns + a.units + column] = b.kernel[row * b.units + column]!;
  }
  const kernel = multiply(multiply(transpose(inputMap, blockRows, inputWidth), block, inputWidth, blockRows, blockColumns), outputMap, inputWidth, blockColumns, outputWidth);
  let bias: Float64Array | null = null;
  if (a.bias && b.bias) {
    const joined = new Float64Array(blockColumns);
    joined.set(a.bias, 0);
    joined.set(b.bias, a.units);
    bias = multiply(joined, outputMap, 1, blockColumns, outputWidth);
  }
  return { kernel, bias };
}

function denseModel(inputWidth: number, layers: { kernel: Float64Array; bias: Float64Array | null; units: number; activation: string }[]): tfl.LayersModel {
  const model = tfl.sequential();
  layers.forEach((layer, index) => {
    model.add(tfl.layers.dense({
      units: layer.units, activation: layer.activation as 'relu', useBias: layer.bias !== null, ...(index === 0 ? { inputShape: [inputWidth] } : {}),
    }));
  });
  model.setWeights(layers.flatMap((layer, index) => {
    const rows = index === 0 ? inputWidth : layers[index - 1]!.units;
    const weights: tf.Tensor[] = [tf.tensor2d(Float32Array.from(layer.kernel), [rows, layer.units])];
    if (layer.bias) weights.push(tf.tensor1d(Float32Array.from(layer.bias)));
    return weights;
  }));
  return model;
}

function identityStack(width: number): Float64Array {
  const stacked = new Float64Array(2 * width * width);
  for (let unit = 0; unit < width; unit++) {
    stacked[unit * width + unit] = 1;
    stacked[(width + unit) * width + unit] = 1;
  }
  return stacked;
}

/** Zips two Dense MLPs of one architecture (trained on the same or different tasks) on `data`. */
export function zipit(options: ZipitOptions): ZipitResult {
  const r = options.r ?? 0.5;
  const alpha = options.alpha ?? 0.3;
  const beta = options.beta ?? 0.125;
  if (!(r >= 0 && r <= 0.5)) throw new Error(`zipit: expected r in [0, 0.5], got ${r} — 0.5 leaves one model's width, 0 keeps both side by side`);
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`zipit: expected alpha in [0, 1], got ${alpha} — use the paper's 0.3`);
  if (!(beta >= 0 && beta <= 1)) throw new Error(`zipit: expected beta in [0, 1], got ${beta} — use the paper's 0.125`);
  const layersA = denseChain(options.a, 'model a');
  const layersB = denseChain(options.b, 'model b');
  if (layersA.length !== layersB.length) {
    throw new Error(`zipit: expected models with the same number of Dense layers, got ${layersA.length} and ${layersB.length} — zip models of one architecture`);
  }
  const hidden = layersA.length - 1;
  const partial = options.partialLayer ?? null;
  if (partial !== null && !(Number.isInteger(partial) && partial >= 1 && partial <= hidden)) {
    throw new Error(`zipit: expected partialLayer to be an integer in [1, ${hidden}] or null, got ${partial} — count the zipped Dense layers from the input`);
  }
  const zipped = partial ?? hidden;
  const weightsA = layersA.map(readDense);
  const weightsB = layersB.map(readDense);
  weightsA.forEach((layer, index) => {
    if (layer.units !== weightsB[index]!.units || layer.inputs !== weightsB[index]!.inputs) {
      throw new Error(`zipit: expected layer ${index} to have the same shape in both models, got [${layer.inputs}, ${layer.units}] and [${weightsB[index]!.inputs}, ${weightsB[index]!.units}] — zip models of one architecture`);
    }
  });

  // Correlations of [z_A; z_B] at every merge point (outputs of the first `zipped` Dense layers).
  const probe = (model: tfl.LayersModel, layers: tfl.layers.Layer[]) => tfl.model({ inputs: model.inputs, outputs: layers.slice(0, zipped).map((layer) => layer.output as tfl.SymbolicTensor) });
  const probeA = probe(options.a, layersA);
  const probeB = probe(options.b, layersB);
  const widths = weightsA.slice(0, zipped).map((layer) => layer.units);
  const sums = widths.map((width) => new Float64Array(2 * width));
  const products = widths.map((width) => new Float64Array(4 * width * width));
  let count = 0;
  const batches = Array.isArray(options.data) ? options.data as readonly tf.Tensor[] : [options.data as tf.Tensor];
  for (const batch of batches) {
    const joined = tf.tidy(() => {
      const list = (value: tf.Tensor | tf.Tensor[]) => (Array.isArray(value) ? value : [value]);
      const fromA = list(probeA.predict(batch) as tf.Tensor | tf.Tensor[]);
      const fromB = list(probeB.predict(batch) as tf.Tensor | tf.Tensor[]);
      return fromA.map((features, index) => tf.concat([features, fromB[index]!], 1));
    });
    count += joined[0]!.shape[0]!;
    joined.forEach((features, point) => {
      const values = features.dataSync();
      const size = 2 * widths[point]!;
      const rows = values.length / size;
      for (let sample = 0; sample < rows; sample++) {
        for (let i = 0; i < size; i++) {
          const value = values[sample * size + i]!;
          sums[point]![i] += value;
          for (let j = 0; j < size; j++) products[point]![i * size + j] += value * values[sample * size + j]!;
        }
      }
      features.dispose();
    });
  }
  if (count < 2) throw new Error(`zipit: expected data with at least 2 samples, got ${count} — correlations need several inputs`);
  const points = widths.map((width, point) => zipMatching(featureCorrelation(sums[point]!, products[point]!, count, 2 * width), width, r, alpha, beta));

  const inputWidth = weightsA[0]!.inputs;
  const trunk: { kernel: Float64Array; bias: Float64Array | null; units: number; activation: string }[] = [];
  let inputMap = identityStack(inputWidth);
  let mappedWidth = inputWidth;
  for (let layer = 0; layer < zipped; layer++) {
    const point = points[layer]!;
    const outputMap = transpose(point.merge, point.width, 2 * point.original);
    const { kernel, bias } = zipDense(weightsA[layer]!, weightsB[layer]!, inputMap, mappedWidth, outputMap, point.width);
    trunk.push({ kernel, bias, units: point.width, activation: weightsA[layer]!.activation });
    inputMap = point.unmerge;
    mappedWidth = point.width;
  }
  if (partial === null) {
    // Shared output space: the output layer averages both models' logits, M = [I/2, I/2].
    const units = weightsA[hidden]!.units;
    const average = new Float64Array(2 * units * units);
    for (let unit = 0; unit < units; unit++) { average[unit * units + unit] = 0.5; average[(units + unit) * units + unit] = 0.5; }
    const { kernel, bias } = zipDense(weightsA[hidden]!, weightsB[hidden]!, inputMap, mappedWidth, average, units);
    trunk.push({ kernel, bias, units, activation: weightsA[hidden]!.activation });
    return { model: denseModel(inputWidth, trunk), heads: null, points };
  }
  // Partial zip: each model's remaining layers read its own features back through its rows of U.
  const heads = [weightsA, weightsB].map((weights, model) => {
    const original = points[zipped - 1]!.original;
    const rows = inputMap.subarray(model * original * mappedWidth, (model + 1) * original * mappedWidth);
    const first = weights[zipped]!;
    const head = [{ kernel: multiply(transpose(Float64Array.from(rows), original, mappedWidth), first.kernel, mappedWidth, original, first.units), bias: first.bias, units: first.units, activation: first.activation }];
    for (const layer of weights.slice(zipped + 1)) head.push({ kernel: layer.kernel, bias: layer.bias, units: layer.units, activation: layer.activation });
    return denseModel(mappedWidth, head);
  });
  return { model: denseModel(inputWidth, trunk), heads, points };
}
