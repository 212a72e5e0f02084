// Capsules with dynamic routing (Sabour, Frosst & Hinton, "Dynamic Routing Between Capsules"):
// squash(s) = ‖s‖²/(1 + ‖s‖²)·s/‖s‖, and a capsule layer from [batch, N_in, D_in] child
// capsules to [batch, N_out, D_out] parents: û_{j|i} = W_ij·u_i, then r routing iterations of
// c_i = softmax_j(b_i), s_j = Σ_i c_ij·û_{j|i}, v_j = squash(s_j), b_ij += û_{j|i}·v_j (b starts
// at 0). Primary capsules are a convolution, a reshape to [batch, N, D] and the Squash layer.
// The margin loss belongs to @layerkit/losses (losses.capsule-margin).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { softmax } from '@layerkit/activations';
import { checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

/** squash over the last axis: ‖s‖²/(1 + ‖s‖²)·s/√(‖s‖² + ε), ε = 1e-7 keeping s = 0 finite. */
export function squash(s: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const squared = tf.sum(tf.square(s), -1, true);
    return tf.mul(s, tf.div(squared, tf.mul(tf.add(squared, 1), tf.sqrt(tf.add(squared, 1e-7)))));
  });
}

/** The squash nonlinearity as a layer (primary capsules: conv → reshape [batch, N, D] → Squash). */
export class Squash extends tfl.layers.Layer {
  static className = 'Squash';
  constructor(options: LayerArgs = {}) {
    super(layerArgs('Squash', options, []));
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return squash(Array.isArray(inputs) ? inputs[0]! : inputs);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }
}

export interface CapsuleOptions extends LayerArgs {
  /** Number of parent capsules N_out. Required. */
  capsules: number;
  /** Size of each parent capsule D_out. Default 16. */
  capsuleDim?: number;
  /** Routing iterations r. Default 3. */
  routingIterations?: number;
  /** Initializer of W. Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
}

export class Capsule extends tfl.layers.Layer {
  static className = 'Capsule';
  readonly capsules: number;
  readonly capsuleDim: number;
  readonly routingIterations: number;
  readonly kernelInitializer: Initializer;
  private kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: CapsuleOptions) {
    const where = 'Capsule';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with capsules, got ${describe(options)} — pass {capsules: 10, capsuleDim: 16}`);
    super(layerArgs(where, options, ['capsules', 'capsuleDim', 'routingIterations', 'kernelInitializer']));
    this.capsules = checkNumber(where, 'capsules', options.capsules, undefined, { min: 1, integer: true });
    this.capsuleDim = checkNumber(where, 'capsuleDim', options.capsuleDim, 16, { min: 1, integer: true });
    this.routingIterations = checkNumber(where, 'routingIterations', options.routingIterations, 3, { min: 1, integer: true });
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 3 || shape[1] == null || shape[2] == null) {
      throw new Error(`Capsule '${this.name}': expected child capsules [batch, count, size] with known count and size, got ${shapeText(shape)} — reshape primary capsules to [batch, count, size]`);
    }
    this.kernel = this.addWeight('kernel', [shape[1], this.capsules, this.capsuleDim, shape[2]], 'float32', this.kernelInitializer, undefined, true);
    this.built = true;
  }

  /** û [batch, N_in, N_out, D_out] = W_ij·u_i. */
  predictions(u: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const W = this.kernel!.read();
      const [nIn, nOut, dOut, dIn] = W.shape as [number, number, number, number];
      if (u.rank !== 3 || u.shape[1] !== nIn || u.shape[2] !== dIn) {
        throw new Error(`Capsule '${this.name}': expected child capsules [batch, ${nIn}, ${dIn}] (as built), got ${shapeText(u.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const batch = u.shape[0]!;
      // Per child i: [nOut·dOut, dIn]·u_i → batched over i with the batch folded into columns.
      const Wi = tf.reshape(W, [nIn, nOut * dOut, dIn]);
      const ui = tf.transpose(u, [1, 2, 0]);                        // [nIn, dIn, batch]
      const out = tf.matMul(Wi, ui);                                 // [nIn, nOut·dOut, batch]
      return tf.reshape(tf.transpose(out, [2, 0, 1]), [batch, nIn, nOut, dOut]);
    });
  }

  /** The coupling coefficients c [batch, N_in, N_out] of the last routing iteration (for inspection and tests). */
  couplings(u: tf.Tensor): tf.Tensor {
    return tf.tidy(() => this.route(this.predictions(u)).couplings);
  }

  private route(uHat: tf.Tensor): { output: tf.Tensor; couplings: tf.Tensor } {
    const [batch, nIn, nOut] = uHat.shape as [number, number, number, number];
    let logits: tf.Tensor = tf.zeros([batch, nIn, nOut]);
    let couplings = softmax(logits);
    let output: tf.Tensor = tf.zeros([batch, nOut, this.capsuleDim]);
    for (let iteration = 0; iteration < this.routingIterations; iteration++) {
      couplings = softmax(logits);
      const s = tf.sum(tf.mul(tf.expandDims(couplings, -1), uHat), 1);          // [batch, nOut, dOut]
      output = squash(s);
      if (iteration < this.routingIterations - 1) logits = tf.add(logits, tf.sum(tf.mul(uHat, tf.expandDims(output, 1)), -1));
    }
    return { output, couplings };
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => this.route(this.predictions(Array.isArray(inputs) ? inputs[0]! : inputs)).output);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [shape[0]!, this.capsules, this.capsuleDim];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), capsules: this.capsules, capsuleDim: this.capsuleDim, routingIterations: this.routingIterations, kernelInitializer: serializeInitializer(this.kernelInitializer) };
  }
}
