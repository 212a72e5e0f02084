// Direct feedback alignment ("Direct Feedback Alignment Scales to Modern Deep Learning Tasks and
// Architectures", Launay et al.; "Principled Training of Neural Networks with Direct Feedback
// Alignment"). The output error e = ∂L/∂ŷ (for softmax cross-entropy, taken on the logits:
// ŷ − y) is sent straight to every hidden layer through a fixed random matrix B_l: the layer's
// update uses δa_l = (B_l·e) ⊙ f′(a_l) instead of the backpropagated gradient.
// In a tfjs model: `DfaOutput` sits on the network's output (logits) and, in the backward pass,
// stores e in its group's slot and passes it on unchanged; a `DfaHook` after each hidden layer's
// activation ignores the gradient arriving from above and returns e·B_l (backprop through the
// activation below then gives (B_l e) ⊙ f′(a_l)). Backprop reaches the output first, so the slot
// is filled before any hook reads it. B_l ~ N(0, feedbackScale²/outputUnits) is a non-trainable
// weight (saved with the model); its scale is a library choice. With `trackAlignment` a hook
// records the angle between its injected signal and the gradient it received, which for the last
// hidden layer is the backpropagated one.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkNumber, checkOptionNames, describe, type LayerArgs } from '../options.js';

/** The error slot of each DFA group (one per network). */
const ERRORS = new Map<string, tf.Tensor>();

const LAYER_ARGS = ['inputShape', 'batchInputShape', 'batchSize', 'dtype', 'name', 'trainable', 'weights', 'inputDType'] as const;

function checkGroup(where: string, group: unknown): string {
  if (group === undefined) return 'default';
  if (typeof group !== 'string' || group.length === 0) throw new Error(`${where}: expected group to be a non-empty string naming the network's DFA group, got ${describe(group)}`);
  return group;
}

export interface DfaOutputOptions extends LayerArgs {
  /** Which hooks read this output's error. Default 'default'. */
  group?: string;
}

/** Identity on the network output; its backward stores e = ∂L/∂ŷ for the group's hooks. */
export class DfaOutput extends tfl.layers.Layer {
  static className = 'DfaOutput';
  readonly group: string;

  constructor(options: DfaOutputOptions = {}) {
    super(options);
    checkOptionNames('DfaOutput', options, ['group', ...LAYER_ARGS]);
    this.group = checkGroup('DfaOutput', options.group);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0]! : inputs;
    const group = this.group;
    const op = tf.customGrad(((value: tf.Tensor) => ({
      value: tf.clone(value),
      gradFunc: (dy: tf.Tensor) => {
        ERRORS.get(group)?.dispose();
        ERRORS.set(group, tf.keep(tf.clone(dy)));
        return dy;
      },
    })) as never);
    return (op as (x: tf.Tensor) => tf.Tensor)(input);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), group: this.group };
  }
}

export interface DfaHookOptions extends LayerArgs {
  /** Size of the error e (the output layer's units). Required. */
  outputUnits?: number;
  /** Standard deviation of B times √outputUnits. Default 1. */
  feedbackScale?: number;
  /** Seed of B. Default 0. */
  seed?: number;
  group?: string;
  /** Record the angle (degrees) between B·e and the gradient arriving from above, per call. Default false. */
  trackAlignment?: boolean;
}

/** Identity forward; backward returns e·B (the DFA signal) instead of the gradient from above. */
export class DfaHook extends tfl.layers.Layer {
  static className = 'DfaHook';
  readonly outputUnits: number;
  readonly feedbackScale: number;
  readonly seed: number;
  readonly group: string;
  readonly trackAlignment: boolean;
  /** Angles (degrees) recorded with trackAlignment, one per backward pass. */
  readonly alignment: number[] = [];
  private feedback: tfl.LayerVariable | null = null;

  constructor(options: DfaHookOptions = {}) {
    super(options);
    const where = 'DfaHook';
    checkOptionNames(where, options, ['outputUnits', 'feedbackScale', 'seed', 'group', 'trackAlignment', ...LAYER_ARGS]);
    if (options.outputUnits === undefined) throw new Error(`${where}: expected outputUnits, the size of the network's output error (e.g. the number of classes), got none`);
    this.outputUnits = checkNumber(where, 'outputUnits', options.outputUnits, undefined, { min: 1, integer: true });
    this.feedbackScale = checkNumber(where, 'feedbackScale', options.feedbackScale, 1, { min: 0 });
    this.seed = checkNumber(where, 'seed', options.seed, 0, { integer: true });
    this.group = checkGroup(where, options.group);
    this.trackAlignment = checkBoolean(where, 'trackAlignment', options.trackAlignment, false);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const units = shape[shape.length - 1]!;
    this.feedback = this.addWeight('feedback', [this.outputUnits, units], 'float32',
      tfl.initializers.randomNormal({ mean: 0, stddev: this.feedbackScale / Math.sqrt(this.outputUnits), seed: this.seed }), undefined, false);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0]! : inputs;
    const group = this.group;
    const feedback = this.feedback!.read();
    const op = tf.customGrad(((value: tf.Tensor) => ({
      value: tf.clone(value),
      gradFunc: (dy: tf.Tensor) => {
        const error = ERRORS.get(group);
        if (error == null || error.isDisposed) {
          throw new Error(`DfaHook: no output error in group '${group}' — put a DfaOutput layer (same group) on the network's output`);
        }
        const rows = tf.reshape(error, [-1, this.outputUnits]);
        const signal = tf.reshape(tf.matMul(rows, feedback as tf.Tensor2D), dy.shape);
        if (this.trackAlignment) {
          const cosine = tf.tidy(() => tf.div(tf.sum(tf.mul(signal, dy)), tf.maximum(tf.mul(tf.norm(signal), tf.norm(dy)), 1e-30)).dataSync()[0]!);
          this.alignment.push((Math.acos(Math.max(-1, Math.min(1, cosine))) * 180) / Math.PI);
        }
        return signal;
      },
    })) as never);
    return (op as (x: tf.Tensor) => tf.Tensor)(input);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), outputUnits: this.outputUnits, feedbackScale: this.feedbackScale, seed: this.seed, group: this.group, trackAlignment: this.trackAlignment };
  }
}
