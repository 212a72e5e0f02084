// Tied output projection (Press & Wolf, "Using the Output Embedding to Improve Language Models"):
// logits = h·Eᵀ + b, E the [vocabulary, width] matrix of an Embedding layer, one variable for both
// uses, so its gradient is the sum of both. The tie is saved as the Embedding layer's name and
// found again when the model is rebuilt, by walking the graph back from the layer's input.
// Limits: the optional projection before the tied output (and its regulariser) is not built.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkBoolean, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

export interface TiedDenseOptions extends LayerArgs {
  /**
   * The Embedding layer whose matrix to share, or its name (how a saved model refers to it; the
   * layer is then found upstream of this one's input). Required.
   */
  embedding: tfl.layers.Layer | string | { name: string };
  /** A bias of one value per vocabulary entry. Default true. */
  useBias?: boolean;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

/** The Embedding layer named `name` upstream of `tensors` (breadth first through inbound nodes), or null. */
function findUpstream(tensors: readonly tfl.SymbolicTensor[], name: string): tfl.layers.Layer | null {
  const seen = new Set<tfl.layers.Layer>();
  const queue = tensors.map((tensor) => tensor.sourceLayer as tfl.layers.Layer);
  while (queue.length) {
    const layer = queue.shift()!;
    if (!layer || seen.has(layer)) continue;
    seen.add(layer);
    if (layer.name === name) return layer;
    for (const node of layer.inboundNodes) queue.push(...(node.inboundLayers as tfl.layers.Layer[]));
  }
  return null;
}

export class TiedDense extends tfl.layers.Layer {
  static className = 'TiedDense';
  readonly embeddingName: string;
  readonly useBias: boolean;
  readonly biasInitializer: Initializer;
  private embeddingLayer: tfl.layers.Layer | null;
  private bias: Variable | null = null;

  constructor(options: TiedDenseOptions) {
    const where = 'TiedDense';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with embedding, got ${describe(options)} — pass {embedding: anEmbeddingLayer}`);
    super(layerArgs(where, options, ['embedding', 'useBias', 'biasInitializer']));
    const embedding = options.embedding;
    if (embedding instanceof tfl.layers.Layer) {
      if (embedding.getClassName() !== 'Embedding') throw new Error(`${where}: expected an Embedding layer to tie to, got ${embedding.getClassName()} '${embedding.name}' — pass the tf.layers.embedding whose matrix to share`);
      this.embeddingLayer = embedding;
      this.embeddingName = embedding.name;
    } else if ((typeof embedding === 'string' && embedding.length > 0) || (typeof (embedding as { name?: unknown })?.name === 'string')) {
      this.embeddingLayer = null;
      this.embeddingName = typeof embedding === 'string' ? embedding : (embedding as { name: string }).name;
    } else {
      throw new Error(`${where}: expected embedding to be an Embedding layer or its name, got ${describe(embedding)} — pass {embedding: anEmbeddingLayer}`);
    }
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override apply(inputs: tf.Tensor | tf.Tensor[] | tfl.SymbolicTensor | tfl.SymbolicTensor[], kwargs?: Record<string, unknown>) {
    if (!this.embeddingLayer) {
      const list = (Array.isArray(inputs) ? inputs : [inputs]).filter((input): input is tfl.SymbolicTensor => input instanceof tfl.SymbolicTensor);
      this.embeddingLayer = findUpstream(list, this.embeddingName);
      if (!this.embeddingLayer) {
        throw new Error(`TiedDense '${this.name}': expected the Embedding layer '${this.embeddingName}' upstream of its input, found none — apply it to a tensor computed from that embedding, or pass the layer itself as embedding`);
      }
    }
    return super.apply(inputs, kwargs);
  }

  /** The shared [vocabulary, width] matrix. */
  private matrix(): tf.Tensor {
    const layer = this.embeddingLayer!;
    if (!layer.built) throw new Error(`TiedDense '${this.name}': expected the Embedding layer '${layer.name}' built, got it unbuilt — apply the embedding before this layer`);
    const variable = layer.weights.find((weight) => weight.originalName.endsWith('embeddings'));
    if (!variable) throw new Error(`TiedDense '${this.name}': expected '${layer.name}' to hold an embeddings matrix, found none — tie to a tf.layers.embedding`);
    return variable.read();
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const [vocabulary, width] = this.matrix().shape as [number, number];
    if (shape[shape.length - 1] !== width) {
      throw new Error(`TiedDense '${this.name}': expected inputs of the embedding's width ${width}, got ${shapeText(shape)} — project h to ${width} features first`);
    }
    if (this.useBias) this.bias = this.addWeight('bias', [vocabulary], 'float32', this.biasInitializer, undefined, true);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const h = Array.isArray(inputs) ? inputs[0]! : inputs;
      const matrix = this.matrix();
      const [vocabulary, width] = matrix.shape as [number, number];
      if (h.shape[h.rank - 1] !== width) {
        throw new Error(`TiedDense '${this.name}': expected inputs of the embedding's width ${width}, got ${shapeText(h.shape)} — project h to ${width} features first`);
      }
      let logits = tf.matMul(tf.reshape(h, [-1, width]), matrix, false, true);
      if (this.bias) logits = tf.add(logits, this.bias.read());
      return tf.reshape(logits, [...h.shape.slice(0, -1), vocabulary]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.matrix().shape[0]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    // As {name}: tfjs camel-cases string values of a loaded config ('emb_b' → 'embB'), but not 'name' keys.
    return { ...super.getConfig(), embedding: { name: this.embeddingName }, useBias: this.useBias, biasInitializer: serializeInitializer(this.biasInitializer) };
  }
}
