/**
 * Differentiable merged weights (merge.functional-merge), as used by AdaMerging, aTLAS, soups with
 * learned weights and similar methods: every parameter tensor is computed at call time as
 * θ₀ + Σ_t λ[t, g]·(m_t ⊙ τ_t), with λ one trainable tf.Variable and θ₀, τ frozen, so that
 * tf.variableGrads / tf.grads give ∂loss/∂λ. The network is evaluated functionally with tf ops
 * from the merged weight map rather than through the tfjs-layers layers, whose weights are
 * LayerVariables outside the gradient tape. Limits: sequential chains of the layers listed in
 * SUPPORTED_LAYERS, channels-last convolutions; one input and one output.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/** Coefficient sharing: one per task, one per task and layer, or one per task and parameter tensor. */
export type FunctionalGranularity = 'task' | 'layer' | 'tensor';

/** Layer classes `FunctionalMerge.apply` can evaluate. */
export const SUPPORTED_LAYERS = ['InputLayer', 'Dense', 'Conv2D', 'Flatten', 'Activation', 'Dropout', 'MaxPooling2D', 'AveragePooling2D'] as const;

export interface FunctionalMergeOptions {
  /** The pretrained model θ₀; its topology is the merged model's. */
  readonly base: tfl.LayersModel;
  /** Fine-tuned models of the base's architecture; τ_t = θ_t − θ₀. */
  readonly models: readonly tfl.LayersModel[];
  /** 'layer' (default): one coefficient per task and layer (kernel and bias share it). */
  readonly granularity?: FunctionalGranularity;
  /**
   * Initial coefficients: one number for all, one per task, or a [tasks][groups] table
   * (groups as in `groups`). Default 0.3.
   */
  readonly lambda?: number | readonly number[] | readonly (readonly number[])[];
  /** Optional masks per task (by weight name, same shape, 0/1): τ_t becomes m_t ⊙ τ_t; a missing tensor keeps τ_t whole. */
  readonly masks?: readonly (tf.NamedTensorMap | null | undefined)[];
  /** Clip λ to [low, high] in the forward pass (AdaMerging): a coefficient outside receives zero gradient. */
  readonly clip?: readonly [number, number] | null;
}

interface MergedTensor {
  readonly name: string;
  readonly shape: number[];
  readonly group: number;
  readonly base: tf.Tensor;
  /** [tasks, size]: the (masked) task vectors, flattened. */
  readonly taskVectors: tf.Tensor2D;
}

const weightName = (weight: tfl.LayerVariable) => weight.originalName;

function layerChain(model: tfl.LayersModel): tfl.layers.Layer[] {
  const layers = model.layers;
  for (const layer of layers) {
    if (!(SUPPORTED_LAYERS as readonly string[]).includes(layer.getClassName())) {
      throw new Error(`functionalMerge: expected layers of the classes ${SUPPORTED_LAYERS.join(', ')}, got layer '${layer.name}' of class ${layer.getClassName()} — evaluate such models with your own forward function over merged.weights()`);
    }
  }
  const chain = layers.filter((layer) => layer.getClassName() !== 'InputLayer');
  for (let index = 1; index < chain.length; index++) {
    if (chain[index]!.inboundNodes.length !== 1 || chain[index]!.inboundNodes[0]!.inboundLayers[0] !== chain[index - 1]) {
      throw new Error(`functionalMerge: expected a sequential chain of layers, got '${chain[index]!.name}' not reading only '${chain[index - 1]!.name}' — functional evaluation supports sequential models`);
    }
  }
  return chain;
}

/** A base model whose weights are a differentiable function of trainable merge coefficients. */
export class FunctionalMerge {
  /** Raw coefficients, shape [tasks, groups]; the only trainable quantity. */
  readonly lambda: tf.Variable;
  /** Group names: the task index for 'task', the layer name for 'layer', the weight name for 'tensor'. */
  readonly groups: readonly string[];
  readonly tasks: number;
  readonly granularity: FunctionalGranularity;
  private readonly tensors: readonly MergedTensor[];
  private readonly chain: readonly tfl.layers.Layer[];
  private readonly activations = new Map<string, tfl.layers.Layer>();
  private readonly clip: readonly [number, number] | null;

  constructor(private readonly options: FunctionalMergeOptions) {
    const { base, models } = options;
    if (models.length === 0) throw new Error('functionalMerge: expected at least one fine-tuned model, got none — pass models: [a, b, …]');
    this.chain = layerChain(base);
    this.granularity = options.granularity ?? 'layer';
    if (!['task', 'layer', 'tensor'].includes(this.granularity)) {
      throw new Error(`functionalMerge: expected granularity 'task', 'layer' or 'tensor', got '${this.granularity}' — pick one`);
    }
    this.tasks = models.length;
    this.clip = options.clip ?? null;
    const groupIndex = new Map<string, number>();
    const groupOf = (name: string) => {
      const key = this.granularity === 'task' ? 'all' : this.granularity === 'layer' ? name.slice(0, Math.max(0, name.lastIndexOf('/'))) : name;
      if (!groupIndex.has(key)) groupIndex.set(key, groupIndex.size);
      return groupIndex.get(key)!;
    };
    const modelWeights = models.map((model, index) => {
      const byName = new Map(model.weights.map((weight) => [weightName(weight), weight]));
      if (model.weights.length !== base.weights.length) {
        throw new Error(`functionalMerge: expected models[${index}] to have the base's ${base.weights.length} weights, got ${model.weights.length} — merge models of one architecture`);
      }
      return byName;
    });
    this.tensors = base.weights.map((weight) => {
      const name = weightName(weight);
      const shape = weight.shape as number[];
      const baseValue = weight.read().clone();
      const taskVectors = tf.tidy(() => tf.stack(modelWeights.map((byName, index) => {
        const other = byName.get(name);
        if (!other || !tf.util.arraysEqual(other.shape as number[], shape)) {
          throw new Error(`functionalMerge: expected models[${index}] to hold '${name}' of shape [${shape.join(', ')}], got ${other ? `[${other.shape.join(', ')}]` : 'no such weight'} — merge models of one architecture`);
        }
        let vector = tf.sub(other.read(), baseValue);
        const mask = options.masks?.[index]?.[name];
        if (mask) {
          if (!tf.util.arraysEqual(mask.shape, shape)) {
            throw new Error(`functionalMerge: expected masks[${index}]['${name}'] of shape [${shape.join(', ')}], got [${mask.shape.join(', ')}] — one mask per weight, same shape`);
          }
          vector = tf.mul(vector, tf.cast(mask, 'float32'));
        }
        return tf.reshape(vector, [-1]);
      })) as tf.Tensor2D);
      return { name, shape, group: groupOf(name), base: baseValue, taskVectors };
    });
    this.groups = this.granularity === 'task' ? ['task'] : [...groupIndex.keys()];
    this.lambda = tf.variable(tf.tensor2d(this.initialLambda(options.lambda ?? 0.3), [this.tasks, this.groups.length]), true);
  }

  private initialLambda(lambda: number | readonly number[] | readonly (readonly number[])[]): number[] {
    const groups = this.groups.length;
    if (typeof lambda === 'number') return new Array(this.tasks * groups).fill(lambda);
    if (lambda.length !== this.tasks) {
      throw new Error(`functionalMerge: expected lambda with one entry per task (${this.tasks}), got ${lambda.length} — pass a number, ${this.tasks} numbers or a [${this.tasks}][${groups}] table`);
    }
    return lambda.flatMap((row, task) => {
      if (typeof row === 'number') return new Array(groups).fill(row);
      if (row.length !== groups) {
        throw new Error(`functionalMerge: expected lambda[${task}] to have ${groups} entries (one per ${this.granularity} group), got ${row.length} — see merged.groups`);
      }
      return [...row];
    });
  }

  /** The coefficients the forward pass uses: λ, clipped when `clip` is set. */
  effectiveLambda(): tf.Tensor2D {
    return (this.clip ? tf.clipByValue(this.lambda, this.clip[0], this.clip[1]) : tf.clone(this.lambda)) as tf.Tensor2D;
  }

  /** θ₀ + Σ_t λ[t, g]·τ_t for every weight, by weight name; differentiable w.r.t. `lambda`. */
  weights(): tf.NamedTensorMap {
    const lambda = this.effectiveLambda();
    const result: tf.NamedTensorMap = {};
    for (const tensor of this.tensors) {
      const column = tf.slice(lambda, [0, tensor.group], [this.tasks, 1]);
      result[tensor.name] = tf.add(tensor.base, tf.reshape(tf.sum(tf.mul(column, tensor.taskVectors), 0), tensor.shape));
    }
    return result;
  }

  /**
   * Runs the merged network on `input` with tf ops (call inside tf.tidy / tf.variableGrads).
   * `logits: true` leaves out a final softmax activation.
   */
  apply(input: tf.Tensor, options: { readonly logits?: boolean } = {}): tf.Tensor {
    const weights = this.weights();
    let x = input;
    this.chain.forEach((layer, index) => {
      const config = layer.getConfig();
      const className = layer.getClassName();
      const parameter = (suffix: string) => {
        const weight = layer.weights.find((candidate) => weightName(candidate).endsWith(`/${suffix}`));
        return weight ? weights[weightName(weight)]! : null;
      };
      if (className === 'Dense') {
        const kernel = parameter('kernel')!;
        x = x.rank === 2 ? tf.matMul(x, kernel) : tf.reshape(tf.matMul(tf.reshape(x, [-1, x.shape[x.rank - 1]!]), kernel), [...x.shape.slice(0, -1), kernel.shape[1]!]);
      } else if (className === 'Conv2D') {
        if (config.dataFormat === 'channelsFirst') throw new Error(`functionalMerge: expected channelsLast Conv2D, got '${layer.name}' with channelsFirst — use channelsLast`);
        if (config.padding === 'causal') throw new Error(`functionalMerge: expected padding 'valid' or 'same' in '${layer.name}', got 'causal' — not supported for Conv2D`);
        x = tf.conv2d(x as tf.Tensor4D, parameter('kernel') as tf.Tensor4D, config.strides as [number, number], config.padding as 'valid' | 'same', 'NHWC', config.dilationRate as [number, number]);
      } else if (className === 'Flatten') {
        x = tf.reshape(x, [x.shape[0]!, -1]);
      } else if (className === 'MaxPooling2D' || className === 'AveragePooling2D') {
        if (config.dataFormat === 'channelsFirst') throw new Error(`functionalMerge: expected channelsLast pooling, got '${layer.name}' with channelsFirst — use channelsLast`);
        const pool = className === 'MaxPooling2D' ? tf.maxPool : tf.avgPool;
        x = pool(x as tf.Tensor4D, config.poolSize as [number, number], (config.strides ?? config.poolSize) as [number, number], config.padding as 'valid' | 'same');
      }
      const bias = className === 'Dense' || className === 'Conv2D' ? parameter('bias') : null;
      if (bias) x = tf.add(x, bias);
      const activation = config.activation as string | undefined;
      const last = index === this.chain.length - 1;
      if (activation && activation !== 'linear' && !(options.logits && last && activation === 'softmax')) {
        // The Activation layer applies tfjs-layers' own activation functions (plain tf ops, so on the tape).
        if (!this.activations.has(activation)) this.activations.set(activation, tfl.layers.activation({ activation: activation as never }));
        x = this.activations.get(activation)!.apply(x) as tf.Tensor;
      }
    });
    return x;
  }

  /** A plain LayersModel with the current merged weights baked in (same topology as the base). */
  async export(): Promise<tfl.LayersModel> {
    const model = await tfl.models.modelFromJSON({ modelTopology: this.options.base.toJSON(null, false) as tf.io.ModelJSON['modelTopology'] });
    const merged = tf.tidy(() => this.weights());
    model.setWeights(this.tensors.map((tensor) => merged[tensor.name]!));
    tf.dispose(merged);
    return model;
  }

  /** Releases λ, θ₀ and the task vectors. */
  dispose(): void {
    this.lambda.dispose();
    for (const tensor of this.tensors) tf.dispose([tensor.base, tensor.taskVectors]);
  }
}

/** Wraps `base` and `models` so that merged weights are computed from trainable coefficients. */
export function functionalMerge(options: FunctionalMergeOptions): FunctionalMerge {
  return new FunctionalMerge(options);
}
