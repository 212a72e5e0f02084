// Reversible residual block (Gomez et al., "The Reversible Residual Network"; the catalog's
// RevBiFPN source): channels split into [x1, x2], y1 = x1 + F(x2), y2 = x2 + G(y1), inverted
// exactly by x2 = y2 − G(y1), x1 = y1 − F(x2). The custom backward saves only the output and
// recomputes the input from it, then the block's local gradients (one block's activations at a
// time), so F's and G's hidden activations are never kept for the backward pass. F and G are
// two-layer MLPs on the channel halves. Limits: tfjs's gradient tape still holds every layer's
// input tensor during model.fit, so memory is saved inside the block, not across stacked blocks.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { activationFunction } from './activation.js';
import { checkBoolean, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

export interface ReversibleBlockOptions extends LayerArgs {
  /** Hidden width of F and G. Required. */
  hiddenUnits: number;
  /** Activation inside F and G. Default 'relu'. */
  activation?: string;
  /** Recompute inputs in the backward pass instead of storing activations. Default true. */
  memorySaving?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
}

const WEIGHTS = ['f/kernel_1', 'f/bias_1', 'f/kernel_2', 'f/bias_2', 'g/kernel_1', 'g/bias_1', 'g/kernel_2', 'g/bias_2'] as const;

export class ReversibleBlock extends tfl.layers.Layer {
  static className = 'ReversibleBlock';
  readonly hiddenUnits: number;
  readonly activation: string;
  readonly memorySaving: boolean;
  readonly kernelInitializer: Initializer;
  private readonly activate: (x: tf.Tensor) => tf.Tensor;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: ReversibleBlockOptions) {
    const where = 'ReversibleBlock';
    super(layerArgs(where, options, ['hiddenUnits', 'activation', 'memorySaving', 'kernelInitializer']));
    this.hiddenUnits = checkNumber(where, 'hiddenUnits', options?.hiddenUnits, undefined, { min: 1, integer: true });
    const activation = activationFunction(where, 'activation', options.activation ?? 'relu');
    this.activation = activation.name;
    this.activate = activation.apply;
    this.memorySaving = checkBoolean(where, 'memorySaving', options.memorySaving, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[shape.length - 1];
    if (shape.length < 2 || channels == null || channels % 2 !== 0) {
      throw new Error(`ReversibleBlock '${this.name}': expected an input [batch, ..., channels] with an even, known channel count (split in halves), got ${shapeText(shape)} — give it an even last dimension`);
    }
    const half = channels / 2;
    const shapes: Record<string, number[]> = { kernel_1: [half, this.hiddenUnits], bias_1: [this.hiddenUnits], kernel_2: [this.hiddenUnits, half], bias_2: [half] };
    for (const name of WEIGHTS) {
      const kind = name.split('/')[1]!;
      this.parameters.set(name, this.addWeight(name, shapes[kind]!, 'float32', kind.startsWith('kernel') ? this.kernelInitializer : tfl.initializers.zeros(), undefined, true));
    }
    this.built = true;
  }

  /** An MLP branch on rows [n, half] with weights [kernel_1, bias_1, kernel_2, bias_2]. */
  private branch(x: tf.Tensor, w: tf.Tensor[]): tf.Tensor {
    return tf.add(tf.matMul(this.activate(tf.add(tf.matMul(x, w[0]!), w[1]!)), w[2]!), w[3]!);
  }

  private forward(x: tf.Tensor, w: tf.Tensor[]): tf.Tensor {
    const [x1, x2] = tf.split(x, 2, 1);
    const y1 = tf.add(x1!, this.branch(x2!, w.slice(0, 4)));
    const y2 = tf.add(x2!, this.branch(y1, w.slice(4)));
    return tf.concat([y1, y2], 1);
  }

  private inverseRows(y: tf.Tensor, w: tf.Tensor[]): tf.Tensor {
    const [y1, y2] = tf.split(y, 2, 1);
    const x2 = tf.sub(y2!, this.branch(y1!, w.slice(4)));
    const x1 = tf.sub(y1!, this.branch(x2, w.slice(0, 4)));
    return tf.concat([x1, x2], 1);
  }

  /** The input that gives output y: x2 = y2 − G(y1), x1 = y1 − F(x2). */
  inverse(y: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const channels = y.shape[y.rank - 1]!;
      return tf.reshape(this.inverseRows(tf.reshape(y, [-1, channels]), WEIGHTS.map((name) => this.parameters.get(name)!.read())), y.shape);
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const channels = this.parameters.get('f/kernel_1')!.shape[0]! * 2;
      if (x.shape[x.rank - 1] !== channels) {
        throw new Error(`ReversibleBlock '${this.name}': expected ${channels} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const rows = tf.reshape(x, [-1, channels]);
      const weights = WEIGHTS.map((name) => this.parameters.get(name)!.read());
      if (!this.memorySaving) return tf.reshape(this.forward(rows, weights), x.shape);
      const reversible = tf.customGrad(((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
        const save = args.pop() as tf.GradSaveFunc;
        const [input, ...w] = args as tf.Tensor[];
        const output = this.forward(input!, w);
        save([output, ...w]);
        return {
          value: output,
          gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
            const [y, ...ws] = saved;
            // Rebuild the input from the output, then backpropagate through this one block.
            const rebuilt = this.inverseRows(y!, ws);
            // A gradient inside a gradient function: tfjs's engine replaces its active tape for the
            // inner one and clears it afterwards, so the outer backward pass gets its tape back here.
            const engine = tf.engine();
            const outer = engine.state.activeTape;
            try {
              return tf.grads((...all: tf.Tensor[]) => tf.sum(tf.mul(this.forward(all[0]!, all.slice(1)), dy)))([rebuilt, ...ws]);
            } finally {
              engine.state.activeTape = outer;
            }
          },
        };
      }) as never) as (...inputs: tf.Tensor[]) => tf.Tensor;
      return tf.reshape(reversible(rows, ...weights), x.shape);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), hiddenUnits: this.hiddenUnits, activation: this.activation, memorySaving: this.memorySaving, kernelInitializer: serializeInitializer(this.kernelInitializer) };
  }
}
