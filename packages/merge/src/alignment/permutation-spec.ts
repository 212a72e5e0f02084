/**
 * Permutation specs (merge.git-rebasin): which tensor axes index which group of interchangeable
 * hidden units, derived automatically from a tfjs/Keras model topology (model.json).
 *
 * Each layer's output channel axis gets a group; layers that keep channels (activations, pooling,
 * norms, dropout) pass their input's group on; Add/Average/… join their inputs' groups (a residual
 * stream shares one permutation); the model's inputs and outputs are fixed, and so is anything
 * the derivation does not understand (unknown layers, concatenation, reshapes): a fixed group is
 * never permuted, which is always function-preserving, only less aligned.
 */
import type { WeightInfo } from '../weight-source.js';

/** One tagged axis: its length is `repeat × size(group)` with the unit index fastest (NHWC flatten). */
export interface AxisTag {
  readonly group: string;
  readonly repeat: number;
}

export interface PermutationSpec {
  /** Group name → number of units. */
  readonly groups: Readonly<Record<string, number>>;
  /** Tensor name → one entry per axis: its tag, or null for an axis never permuted. Untagged tensors may be absent. */
  readonly tensors: Readonly<Record<string, readonly (AxisTag | null)[]>>;
  /**
   * Layer name → the group of its output's last axis (unflattened outputs only), for matching by
   * activations. Present when the spec was derived from a topology.
   */
  readonly layerOutputs?: Readonly<Record<string, string>>;
}

interface LayerRecord {
  readonly name: string;
  readonly className: string;
  readonly config: Record<string, unknown>;
  /** Names of the layers feeding each input (one call per layer supported, plus shared calls). */
  readonly inbound: string[][];
}

const FIXED = 0;

/** Union-find over unit groups; element 0 is "fixed" and absorbs anything joined with it. */
class Groups {
  private readonly parent: number[] = [FIXED];
  create(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(element: number): number {
    let root = element;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let current = element;
    while (this.parent[current] !== root) {
      const next = this.parent[current]!;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }
  union(left: number, right: number): number {
    const a = this.find(left);
    const b = this.find(right);
    if (a === b) return a;
    // The fixed element always stays the root so that fixedness spreads.
    if (a === FIXED) { this.parent[b] = a; return a; }
    if (b === FIXED) { this.parent[a] = b; return b; }
    this.parent[b] = a;
    return a;
  }
}

/** What flows along an edge: a group for the last axis, and whether it was flattened with spatial axes. */
interface Channels {
  readonly group: number;
  readonly flattened: boolean;
  /** Rank of the tensor including the batch axis, when known (to read positive `axis` configs). */
  readonly rank?: number | null;
}

const CHANNEL_PRESERVING = new Set([
  'Activation', 'ReLU', 'ELU', 'LeakyReLU', 'Softmax', 'ThresholdedReLU', 'Dropout', 'AlphaDropout', 'GaussianDropout',
  'GaussianNoise', 'SpatialDropout1D', 'SpatialDropout2D', 'MaxPooling1D', 'MaxPooling2D', 'MaxPooling3D', 'AveragePooling1D',
  'AveragePooling2D', 'AveragePooling3D', 'GlobalAveragePooling1D', 'GlobalAveragePooling2D', 'GlobalMaxPooling1D',
  'GlobalMaxPooling2D', 'ZeroPadding1D', 'ZeroPadding2D', 'Cropping1D', 'Cropping2D', 'UpSampling1D', 'UpSampling2D',
  'ActivityRegularization', 'RepeatVector', 'Masking',
]);
const MERGING = new Set(['Add', 'Average', 'Maximum', 'Minimum', 'Multiply', 'Subtract']);
const CONVOLUTIONS = new Set(['Conv1D', 'Conv2D', 'Conv3D']);

function parseLayers(topology: unknown): { layers: LayerRecord[]; outputs: string[]; inputs: string[] } {
  const model = (topology as { model_config?: unknown })?.model_config ?? topology;
  const { class_name: className, config } = (model ?? {}) as { class_name?: string; config?: unknown };
  if (className === 'Sequential') {
    const layerList = (Array.isArray(config) ? config : (config as { layers?: unknown[] })?.layers) ?? [];
    const layers: LayerRecord[] = [];
    let previous: string | null = null;
    for (const raw of layerList as { class_name: string; config: Record<string, unknown> }[]) {
      const name = String(raw.config?.name ?? `layer_${layers.length}`);
      if (raw.class_name === 'InputLayer') {
        layers.push({ name, className: 'InputLayer', config: raw.config ?? {}, inbound: [] });
      } else {
        if (previous === null) {
          // Sequential models without an InputLayer entry start from an implicit input.
          layers.push({ name: '__input__', className: 'InputLayer', config: { batch_input_shape: raw.config?.batch_input_shape }, inbound: [] });
          previous = '__input__';
        }
        layers.push({ name, className: raw.class_name, config: raw.config ?? {}, inbound: [[previous]] });
      }
      previous = name;
    }
    return { layers, outputs: previous === null ? [] : [previous], inputs: [] };
  }
  if (className === 'Model' || className === 'Functional') {
    const functional = config as { layers?: unknown[]; output_layers?: unknown[]; input_layers?: unknown[] };
    const layers = (functional.layers ?? []).map((raw) => {
      const record = raw as { name?: string; class_name: string; config: Record<string, unknown>; inbound_nodes?: unknown[] };
      const name = String(record.name ?? record.config?.name);
      const inbound = (record.inbound_nodes ?? []).map((node) =>
        (Array.isArray(node) ? node : []).map((edge) => String((edge as unknown[])[0])));
      return { name, className: record.class_name, config: record.config ?? {}, inbound };
    });
    const outputs = (functional.output_layers ?? []).map((edge) => String((edge as unknown[])[0]));
    const inputs = (functional.input_layers ?? []).map((edge) => String((edge as unknown[])[0]));
    return { layers, outputs, inputs };
  }
  throw new Error(
    `weight_matching: expected a Sequential or functional model topology, got class '${String(className)}' — pass a permutation spec explicitly for other models`,
  );
}

function isLastAxis(axis: unknown, rank: number | null | undefined): boolean {
  if (axis === undefined || axis === null || axis === -1) return true;
  if (Array.isArray(axis)) return axis.length === 1 && isLastAxis(axis[0], rank);
  // tfjs saves LayerNormalization's axis as a positive index; it is the channel axis only at rank − 1.
  return typeof rank === 'number' && axis === rank - 1;
}

function shapeRank(config: Record<string, unknown>): number | null {
  const shape = config.batch_input_shape ?? config.batchInputShape;
  return Array.isArray(shape) ? shape.length : null;
}

/**
 * Derives the permutation spec of a model from its topology and weight list. Weight names are
 * `<layer name>/<weight name>` as tfjs saves them.
 */
export function permutationSpecFromTopology(topology: unknown, weights: readonly WeightInfo[]): PermutationSpec {
  const { layers, outputs } = parseLayers(topology);
  const groups = new Groups();
  const layerOutput = new Map<string, Channels>();
  const layerInputGroup = new Map<string, number>();
  const weightsOf = new Map<string, WeightInfo[]>();
  for (const weight of weights) {
    const slash = weight.name.lastIndexOf('/');
    const layer = weight.name.slice(0, Math.max(0, slash));
    if (!weightsOf.has(layer)) weightsOf.set(layer, []);
    weightsOf.get(layer)!.push(weight);
  }
  // Tags refer to union-find elements until the end, when they become group names.
  const pending = new Map<string, ({ element: number; flattened: boolean } | null)[]>();
  const tag = (weight: WeightInfo, axes: ({ element: number; flattened: boolean } | null)[]) => pending.set(weight.name, axes);
  const fixedChannels: Channels = { group: FIXED, flattened: false };
  const byName = new Map(layers.map((layer) => [layer.name, layer]));
  const done = new Set<string>();

  const visit = (layer: LayerRecord, stack: Set<string>): void => {
    if (done.has(layer.name)) return;
    if (stack.has(layer.name)) throw new Error(`weight_matching: expected an acyclic model graph, got a cycle through '${layer.name}' — fix the topology`);
    stack.add(layer.name);
    for (const call of layer.inbound) for (const source of call) { const upstream = byName.get(source); if (upstream) visit(upstream, stack); }
    stack.delete(layer.name);
    done.add(layer.name);
    const calls = layer.inbound.map((call) => call.map((source) => layerOutput.get(source) ?? fixedChannels));
    const layerWeights = weightsOf.get(layer.name) ?? [];
    const suffix = (weight: WeightInfo) => weight.name.slice(weight.name.lastIndexOf('/') + 1);
    const single = (): Channels => {
      // A shared layer called several times: all its calls' inputs must share one permutation.
      let input: Channels | null = null;
      for (const call of calls) {
        if (call.length !== 1) { for (const channels of call) groups.union(channels.group, FIXED); return fixedChannels; }
        const channels = call[0]!;
        if (input === null) input = channels;
        else if (channels.flattened !== input.flattened) { groups.union(channels.group, FIXED); groups.union(input.group, FIXED); }
        else groups.union(channels.group, input.group);
      }
      return input ?? fixedChannels;
    };
    const fixEverything = () => {
      for (const call of calls) for (const channels of call) groups.union(channels.group, FIXED);
      layerOutput.set(layer.name, fixedChannels);
    };
    const config = layer.config;
    const firstInputRank = () => calls[0]?.[0]?.rank ?? null;
    const channelsLast = config.data_format === undefined || config.data_format === 'channels_last';
    const className = layer.className;
    if (className === 'InputLayer') {
      layerOutput.set(layer.name, { ...fixedChannels, rank: shapeRank(config) });
    } else if (className === 'Dense' || (CONVOLUTIONS.has(className) && channelsLast)) {
      const input = single();
      if (CONVOLUTIONS.has(className) && input.flattened) groups.union(input.group, FIXED);
      const output = groups.create();
      for (const weight of layerWeights) {
        const axes = weight.shape.map(() => null) as ({ element: number; flattened: boolean } | null)[];
        if (suffix(weight) === 'kernel') {
          axes[axes.length - 2] = { element: input.group, flattened: input.flattened };
          axes[axes.length - 1] = { element: output, flattened: false };
        } else if (suffix(weight) === 'bias') {
          axes[0] = { element: output, flattened: false };
        } else {
          groups.union(output, FIXED);
          groups.union(input.group, FIXED);
        }
        tag(weight, axes);
      }
      layerOutput.set(layer.name, { group: output, flattened: false, rank: input.rank });
    } else if (className === 'DepthwiseConv2D' && channelsLast && (config.depth_multiplier ?? 1) === 1) {
      const input = single();
      if (input.flattened) groups.union(input.group, FIXED);
      for (const weight of layerWeights) {
        const axes = weight.shape.map(() => null) as ({ element: number; flattened: boolean } | null)[];
        if (suffix(weight) === 'depthwise_kernel') axes[2] = { element: input.group, flattened: false };
        else if (suffix(weight) === 'bias') axes[0] = { element: input.group, flattened: false };
        else groups.union(input.group, FIXED);
        tag(weight, axes);
      }
      layerOutput.set(layer.name, { group: input.group, flattened: false, rank: input.rank });
    } else if ((className === 'BatchNormalization' || className === 'LayerNormalization') && isLastAxis(config.axis, firstInputRank())) {
      const input = single();
      if (input.flattened) groups.union(input.group, FIXED);
      for (const weight of layerWeights) tag(weight, [{ element: input.group, flattened: false }]);
      layerOutput.set(layer.name, input);
    } else if (className === 'Embedding') {
      const input = single();
      const output = groups.create();
      for (const weight of layerWeights) tag(weight, [null, { element: output, flattened: false }]);
      layerOutput.set(layer.name, { group: output, flattened: false, rank: typeof input.rank === 'number' ? input.rank + 1 : null });
    } else if (className === 'PReLU') {
      const input = single();
      if (input.flattened) groups.union(input.group, FIXED);
      for (const weight of layerWeights) {
        const axes = weight.shape.map(() => null) as ({ element: number; flattened: boolean } | null)[];
        axes[axes.length - 1] = { element: input.group, flattened: false };
        tag(weight, axes);
      }
      layerOutput.set(layer.name, input);
    } else if (className === 'Flatten' && channelsLast) {
      const input = single();
      layerOutput.set(layer.name, { group: input.group, flattened: input.rank !== 2, rank: 2 });
    } else if (CHANNEL_PRESERVING.has(className) && layerWeights.length === 0 && channelsLast) {
      const input = single();
      const pooled = className.startsWith('Global') && config.keepdims !== true;
      const rank = className === 'RepeatVector' ? 3 : pooled ? 2 : input.rank;
      layerOutput.set(layer.name, { ...input, rank });
    } else if (MERGING.has(className) && layerWeights.length === 0) {
      let joined: Channels | null = null;
      for (const call of calls) {
        for (const channels of call) {
          if (joined === null) joined = channels;
          else if (joined.flattened !== channels.flattened) { groups.union(joined.group, FIXED); groups.union(channels.group, FIXED); }
          else joined = { group: groups.union(joined.group, channels.group), flattened: joined.flattened, rank: joined.rank ?? channels.rank };
        }
      }
      layerOutput.set(layer.name, joined ?? fixedChannels);
    } else {
      // Unknown or unsupported: keep its inputs and outputs fixed, its weights untouched.
      fixEverything();
    }
  };
  for (const layer of layers) visit(layer, new Set());
  for (const output of outputs) groups.union((layerOutput.get(output) ?? fixedChannels).group, FIXED);

  // Group sizes come from the unflattened axes; flattened axes then get their repeat.
  const sizes = new Map<number, number>();
  for (const [name, axes] of pending) {
    const shape = weights.find((weight) => weight.name === name)!.shape;
    axes.forEach((axis, index) => {
      if (!axis || axis.flattened) return;
      const root = groups.find(axis.element);
      if (root === FIXED) return;
      const known = sizes.get(root);
      if (known !== undefined && known !== shape[index]) groups.union(root, FIXED);
      else sizes.set(root, shape[index]!);
    });
  }
  // An axis whose length does not fit its group (say a flatten of unexpected size) would make a
  // half-applied permutation: such a group is fixed instead, and the tags are computed again.
  for (;;) {
    let changed = false;
    for (const [name, axes] of pending) {
      const shape = weights.find((weight) => weight.name === name)!.shape;
      axes.forEach((axis, index) => {
        if (!axis) return;
        const root = groups.find(axis.element);
        const size = sizes.get(root);
        if (root === FIXED) return;
        const repeat = size ? shape[index]! / size : NaN;
        if (!Number.isInteger(repeat) || (!axis.flattened && repeat !== 1)) {
          groups.union(root, FIXED);
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
  const groupNames = new Map<number, string>();
  const spec: { groups: Record<string, number>; tensors: Record<string, (AxisTag | null)[]>; layerOutputs: Record<string, string> } = { groups: {}, tensors: {}, layerOutputs: {} };
  for (const [name, axes] of pending) {
    const shape = weights.find((weight) => weight.name === name)!.shape;
    const tags = axes.map((axis, index): AxisTag | null => {
      if (!axis) return null;
      const root = groups.find(axis.element);
      const size = sizes.get(root);
      if (root === FIXED || size === undefined || size === 0) return null;
      const repeat = shape[index]! / size;
      if (!Number.isInteger(repeat) || (!axis.flattened && repeat !== 1)) return null;
      if (!groupNames.has(root)) groupNames.set(root, `P${groupNames.size}`);
      const group = groupNames.get(root)!;
      spec.groups[group] = size;
      return { group, repeat };
    });
    if (tags.some((tagOfAxis) => tagOfAxis !== null)) spec.tensors[name] = tags;
  }
  for (const [layer, channels] of layerOutput) {
    const group = groupNames.get(groups.find(channels.group));
    if (group !== undefined && !channels.flattened && layer !== '__input__') spec.layerOutputs[layer] = group;
  }
  return spec;
}
