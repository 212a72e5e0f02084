// SortedNet ("SortedNet, a Place for Every Network and Every Network in its Place", Valipour et
// al.): nested sub-networks share parameters along the width — the sub-network of width fraction
// f keeps the first ⌈f·units⌉ units of every sorted layer — and each training step samples one
// sub-network, so every prefix is usable on its own at inference. `SortedDense` is a Dense layer
// whose units beyond `activeUnits` output exactly 0 (the next layer then ignores them, which is
// the same function as slicing its kernel's rows), so shapes stay static and the model saves and
// loads as usual; `extractSubnetwork` builds the smaller plain model with copied weight slices.
// The depth variant: `sortedDepthModel` puts one shared head after every exit depth.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkChoice, checkNumber, checkOptionNames, describe, type LayerArgs } from '../options.js';
import { seededRandom } from '../multitask/pcgrad.js';

export interface SortedDenseOptions extends LayerArgs {
  units?: number;
  activation?: string;
  useBias?: boolean;
  /** false for a layer that always keeps all its units (the output head). Default true. */
  nested?: boolean;
  kernelInitializer?: ReturnType<typeof tfl.initializers.glorotUniform>;
}

const LAYER_ARGS = ['inputShape', 'batchInputShape', 'batchSize', 'dtype', 'name', 'trainable', 'weights', 'inputDType'] as const;

type Activation = { apply(x: tf.Tensor): tf.Tensor };

export class SortedDense extends tfl.layers.Layer {
  static className = 'SortedDense';
  readonly units: number;
  readonly activationName: string;
  readonly useBias: boolean;
  readonly nested: boolean;
  private readonly kernelInitializer: ReturnType<typeof tfl.initializers.glorotUniform>;
  private readonly activationFunction: Activation;
  private kernel: tfl.LayerVariable | null = null;
  private bias: tfl.LayerVariable | null = null;
  private active: number;

  constructor(options: SortedDenseOptions = {}) {
    super(options);
    const where = 'SortedDense';
    checkOptionNames(where, options, ['units', 'activation', 'useBias', 'nested', 'kernelInitializer', ...LAYER_ARGS]);
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.nested = checkBoolean(where, 'nested', options.nested, true);
    this.activationName = options.activation ?? 'linear';
    this.activationFunction = (tfl.layers.activation({ activation: this.activationName as never }) as unknown as { activation: Activation }).activation;
    this.kernelInitializer = options.kernelInitializer ?? tfl.initializers.glorotUniform({});
    this.active = this.units;
  }

  /** Units in use (the first ones); the rest output 0. Always `units` when not nested. */
  get activeUnits(): number {
    return this.nested ? this.active : this.units;
  }

  set activeUnits(value: number) {
    this.active = checkNumber('SortedDense', 'activeUnits', value, undefined, { min: 1, max: this.units, integer: true });
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    this.kernel = this.addWeight('kernel', [shape[shape.length - 1]!, this.units], 'float32', this.kernelInitializer);
    if (this.useBias) this.bias = this.addWeight('bias', [this.units], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const input = Array.isArray(inputs) ? inputs[0]! : inputs;
      const flat = tf.reshape(input, [-1, input.shape[input.rank - 1]!]);
      let output = tf.matMul(flat, this.kernel!.read() as tf.Tensor2D);
      if (this.bias != null) output = tf.add(output, this.bias.read());
      output = this.activationFunction.apply(output);
      if (this.activeUnits < this.units) {
        const mask = tf.concat([tf.ones([this.activeUnits]), tf.zeros([this.units - this.activeUnits])]);
        output = tf.mul(output, mask);
      }
      return tf.reshape(output, [...input.shape.slice(0, -1), this.units]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, activation: this.activationName, useBias: this.useBias, nested: this.nested };
  }
}

function sortedLayers(model: tfl.LayersModel): SortedDense[] {
  const layers = model.layers.filter((layer): layer is SortedDense => layer instanceof SortedDense);
  if (layers.length === 0) throw new Error('SortedNet: the model has no SortedDense layer — build the nested layers with new SortedDense({units})');
  return layers;
}

/** Sets every nested SortedDense layer of `model` to the first ⌈fraction·units⌉ units. */
export function setSubnetworkWidth(model: tfl.LayersModel, fraction: number): void {
  checkNumber('setSubnetworkWidth', 'fraction', fraction, undefined, { min: 0, minExclusive: true, max: 1 });
  for (const layer of sortedLayers(model)) if (layer.nested) layer.activeUnits = Math.max(1, Math.ceil(fraction * layer.units));
}

/**
 * The sub-network of width `fraction` as a plain Sequential model (Dense layers with the sliced
 * weights, other layers as they are): the same function, smaller. Sequential models only.
 */
export function extractSubnetwork(model: tfl.LayersModel, fraction: number): tfl.Sequential {
  const where = 'extractSubnetwork';
  checkNumber(where, 'fraction', fraction, undefined, { min: 0, minExclusive: true, max: 1 });
  if (!(model instanceof tfl.Sequential)) throw new Error(`${where}: expected a tf.Sequential model, got ${describe(model?.getClassName?.() ?? model)} — slice functional models by hand`);
  const layers: tfl.layers.Layer[] = [];
  let inputs = (model.inputs[0]!.shape[model.inputs[0]!.shape.length - 1]) as number;
  let first = true;
  for (const layer of model.layers) {
    if (layer instanceof SortedDense) {
      const units = layer.nested ? Math.max(1, Math.ceil(fraction * layer.units)) : layer.units;
      const [kernel, bias] = layer.getWeights();
      const weights = [tf.slice(kernel!, [0, 0], [inputs, units]), ...(bias == null ? [] : [tf.slice(bias, 0, units)])];
      layers.push(tfl.layers.dense({ units, activation: layer.activationName as never, useBias: layer.useBias, weights, ...(first ? { inputShape: [inputs] } : {}) }));
      inputs = units;
    } else {
      if (layer.countParams() > 0) throw new Error(`${where}: layer '${layer.name}' (${layer.getClassName()}) has weights but is not a SortedDense — only SortedDense and parameter-free layers can be sliced`);
      // A parameter-free layer (activation, dropout, flatten …): a fresh copy from its config.
      const { name: _name, batchInputShape: _shape, ...config } = layer.getConfig() as Record<string, unknown>;
      const copy = new (layer.constructor as new (config: object) => tfl.layers.Layer)(first ? { ...config, inputShape: [inputs] } : config);
      layers.push(copy);
    }
    first = false;
  }
  return tfl.sequential({ layers });
}

export interface SortedNetSamplerOptions {
  /** The width fractions sampled (1 is the full network). Default [0.25, 0.5, 0.75, 1]. */
  widths?: number[];
  /** 'random' (seeded) or 'cycle' (in order, one per batch). Default 'random'. */
  sampling?: 'random' | 'cycle';
  seed?: number;
}

/** A model.fit callback that trains one sampled sub-network per batch and restores full width after fit. */
export class SortedNetSampler extends tfl.Callback {
  readonly widths: number[];
  readonly sampling: 'random' | 'cycle';
  /** The width fraction of every batch so far. */
  readonly sampled: number[] = [];
  private readonly random: () => number;

  constructor(options: SortedNetSamplerOptions = {}) {
    super();
    const where = 'sortedNetSampler';
    checkOptionNames(where, options, ['widths', 'sampling', 'seed']);
    const widths = options.widths ?? [0.25, 0.5, 0.75, 1];
    if (!Array.isArray(widths) || widths.length === 0) throw new Error(`${where}: expected widths to be a non-empty array of fractions in (0, 1], got ${describe(widths)}`);
    this.widths = widths.map((width) => checkNumber(where, 'widths[]', width, undefined, { min: 0, minExclusive: true, max: 1 }));
    this.sampling = checkChoice(where, 'sampling', options.sampling, 'random', ['random', 'cycle'] as const);
    this.random = seededRandom(checkNumber(where, 'seed', options.seed, 0, { integer: true }));
  }

  override async onBatchBegin(): Promise<void> {
    const width = this.sampling === 'cycle' ? this.widths[this.sampled.length % this.widths.length]! : this.widths[Math.floor(this.random() * this.widths.length)]!;
    this.sampled.push(width);
    setSubnetworkWidth(this.model as tfl.LayersModel, width);
  }

  override async onTrainEnd(): Promise<void> {
    setSubnetworkWidth(this.model as tfl.LayersModel, 1);
  }
}

/** `model.fit(x, y, {callbacks: [sortedNetSampler({widths: [0.25, 0.5, 1]})]})`. */
export function sortedNetSampler(options: SortedNetSamplerOptions = {}): SortedNetSampler {
  return new SortedNetSampler(options);
}

export interface SortedDepthOptions {
  /** Shape of one input row. Required. */
  inputShape?: number[];
  /** The blocks, each a list of layers applied in order. Required. */
  blocks?: tfl.layers.Layer[][];
  /** The shared head, applied after every exit depth. Required. */
  head?: tfl.layers.Layer[];
  /** Exit depths (numbers of blocks, 1-based); default every depth. */
  depths?: number[];
}

/**
 * SortedNet's depth variant: one model whose outputs are the shared head applied after the first
 * d blocks, for every exit depth d (the same head layers, so one set of weights). Compile it with
 * a loss per output to train the summed losses in model.fit; any exit is a sub-network on its own.
 */
export function sortedDepthModel(options: SortedDepthOptions): tfl.LayersModel {
  const where = 'sortedDepthModel';
  checkOptionNames(where, options, ['inputShape', 'blocks', 'head', 'depths']);
  const blocks = options?.blocks;
  if (!Array.isArray(blocks) || blocks.length === 0 || blocks.some((block) => !Array.isArray(block) || block.length === 0 || block.some((layer) => !(layer instanceof tfl.layers.Layer)))) {
    throw new Error(`${where}: expected blocks to be a non-empty array of non-empty layer arrays, got ${describe(blocks)}`);
  }
  if (!Array.isArray(options.head) || options.head.length === 0 || options.head.some((layer) => !(layer instanceof tfl.layers.Layer))) {
    throw new Error(`${where}: expected head to be a non-empty array of layers, got ${describe(options.head)}`);
  }
  if (!Array.isArray(options.inputShape)) throw new Error(`${where}: expected inputShape, the shape of one input row, got ${describe(options.inputShape)}`);
  const depths = (options.depths ?? blocks.map((_, index) => index + 1)).map((depth) => checkNumber(where, 'depths[]', depth, undefined, { min: 1, max: blocks.length, integer: true }));
  const input = tfl.input({ shape: options.inputShape });
  const outputs: tfl.SymbolicTensor[] = [];
  let current = input;
  blocks.forEach((block, index) => {
    current = block.reduce((tensor, layer) => layer.apply(tensor) as tfl.SymbolicTensor, current);
    if (depths.includes(index + 1)) outputs.push(options.head!.reduce((tensor, layer) => layer.apply(tensor) as tfl.SymbolicTensor, current));
  });
  return tfl.model({ inputs: input, outputs });
}
