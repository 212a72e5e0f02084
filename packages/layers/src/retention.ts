// Multi-scale retention (Sun et al., "Retentive Network: A Successor to Transformer for Large
// Language Models"): per head h, Q = rot(X·W_Q), K = rot(X·W_K)/√d_h, V = X·W_V (rot: the
// position rotation e^{inθ}, as rotary pairs), and Y = (Q·Kᵀ ⊙ D)·V with D_nm = γ_h^(n−m) for
// n ≥ m, else 0, γ_h = 1 − 2^(−5−h). The same Y comes from the recurrence S_n = γ·S_{n−1} + K_nᵀV_n,
// o_n = Q_n·S_n, or chunk by chunk (parallel inside a chunk, recurrent across chunks). Each head's
// output is normalised (GroupNorm with one group per head, no affine), gated by swish(X·W_G) and
// projected by W_O. Causal by construction. Limits: RetNet's extra score normalisations (which the
// GroupNorm makes immaterial in exact arithmetic) are left out; value and key heads share one size.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { layerNorm } from '@layerkit/norms';
import { swish } from '@layerkit/activations';
import {
  checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export type RetentionMode = 'parallel' | 'recurrent' | 'chunkwise';

export interface RetentionOptions extends LayerArgs {
  /** Number of heads, each with its own decay γ_h = 1 − 2^(−5−h). Default 4. */
  heads?: number;
  /** Size of each head (even, for the rotation). Default 64. */
  headDim?: number;
  /** 'parallel' (default), 'recurrent' or 'chunkwise': the same numbers, different cost. */
  mode?: RetentionMode;
  /** Positions per chunk in 'chunkwise' mode. Default 64. */
  chunkSize?: number;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
}

/** γ_h = 1 − 2^(−5−h) for heads 0 … n−1 (RetNet's multi-scale decays). */
export function retentionDecays(heads: number): number[] {
  return Array.from({ length: heads }, (_, h) => 1 - 2 ** (-5 - h));
}

export class Retention extends tfl.layers.Layer {
  static className = 'Retention';
  readonly heads: number;
  readonly headDim: number;
  readonly mode: RetentionMode;
  readonly chunkSize: number;
  readonly kernelInitializer: Initializer;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: RetentionOptions = {}) {
    const where = 'Retention';
    super(layerArgs(where, options, ['heads', 'headDim', 'mode', 'chunkSize', 'kernelInitializer']));
    this.heads = checkNumber(where, 'heads', options.heads, 4, { min: 1, integer: true });
    this.headDim = checkNumber(where, 'headDim', options.headDim, 64, { min: 2, integer: true });
    if (this.headDim % 2 !== 0) throw new Error(`${where}: expected an even headDim (the rotation acts on pairs), got ${this.headDim} — pick an even size`);
    this.mode = checkChoice(where, 'mode', options.mode, 'parallel', ['parallel', 'recurrent', 'chunkwise'] as const);
    this.chunkSize = checkNumber(where, 'chunkSize', options.chunkSize, 64, { min: 1, integer: true });
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 3 || shape[2] == null) {
      throw new Error(`Retention '${this.name}': expected a sequence [batch, positions, features] with known features, got ${shapeText(shape)} — reshape to [batch, positions, features]`);
    }
    const features = shape[2];
    const inner = this.heads * this.headDim;
    for (const name of ['query', 'key', 'value', 'gate']) {
      this.parameters.set(`${name}/kernel`, this.addWeight(`${name}/kernel`, [features, inner], 'float32', this.kernelInitializer, undefined, true));
    }
    this.parameters.set('output/kernel', this.addWeight('output/kernel', [inner, features], 'float32', this.kernelInitializer, undefined, true));
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  /** x [B, T, d] · kernel → [B, heads, T, headDim]. */
  private heads_(x: tf.Tensor, name: string): tf.Tensor4D {
    const [B, T, d] = x.shape as [number, number, number];
    const projected = tf.reshape(tf.matMul(tf.reshape(x, [B * T, d]), this.read(`${name}/kernel`)), [B, T, this.heads, this.headDim]);
    return tf.transpose(projected, [0, 2, 1, 3]) as tf.Tensor4D;
  }

  /** Rotates feature pairs (2j, 2j+1) of position n by n·θ_j, θ_j = 10000^(−j/(headDim/2 − 1)) (RetNet's angles). */
  private rotate(x: tf.Tensor4D): tf.Tensor4D {
    const [, , T, D] = x.shape;
    const pairs = D / 2;
    const angles = Array.from({ length: pairs }, (_, j) => 1 / 10000 ** (pairs === 1 ? 0 : j / (pairs - 1)));
    const phase = Array.from({ length: T }, (_, n) => angles.map((theta) => n * theta)).flat();
    const cos = tf.reshape(tf.cos(tf.tensor(phase)), [1, 1, T, pairs, 1]);
    const sin = tf.reshape(tf.sin(tf.tensor(phase)), [1, 1, T, pairs, 1]);
    const split = tf.reshape(x, [...x.shape.slice(0, 3), pairs, 2]);
    const even = tf.slice(split, [0, 0, 0, 0, 0], [-1, -1, -1, -1, 1]);
    const odd = tf.slice(split, [0, 0, 0, 0, 1], [-1, -1, -1, -1, 1]);
    const rotated = tf.concat([tf.sub(tf.mul(even, cos), tf.mul(odd, sin)), tf.add(tf.mul(even, sin), tf.mul(odd, cos))], 4);
    return tf.reshape(rotated, x.shape) as tf.Tensor4D;
  }

  /** D [heads, n, m] = γ_h^(n − m + offset) for n ≥ m (offset 0), else 0. */
  private decayMatrix(rows: number, columns: number): tf.Tensor3D {
    const values: number[] = [];
    for (const gamma of retentionDecays(this.heads)) for (let n = 0; n < rows; n++) for (let m = 0; m < columns; m++) values.push(n >= m ? gamma ** (n - m) : 0);
    return tf.tensor3d(values, [this.heads, rows, columns]);
  }

  private parallel(q: tf.Tensor4D, k: tf.Tensor4D, v: tf.Tensor4D): tf.Tensor {
    const T = q.shape[2];
    return tf.matMul(tf.mul(tf.matMul(q, k, false, true), this.decayMatrix(T, T)), v);
  }

  private recurrent(q: tf.Tensor4D, k: tf.Tensor4D, v: tf.Tensor4D): tf.Tensor {
    const [B, H, T, D] = q.shape;
    const gamma = tf.reshape(tf.tensor(retentionDecays(H)), [1, H, 1, 1]);
    let state: tf.Tensor = tf.zeros([B, H, D, D]);
    const outputs: tf.Tensor[] = [];
    for (let n = 0; n < T; n++) {
      const at = (x: tf.Tensor4D) => tf.slice(x, [0, 0, n, 0], [B, H, 1, D]);
      state = tf.add(tf.mul(state, gamma), tf.matMul(at(k), at(v), true, false));
      outputs.push(tf.matMul(at(q), state));
    }
    return tf.concat(outputs, 2);
  }

  private chunkwise(q: tf.Tensor4D, k: tf.Tensor4D, v: tf.Tensor4D): tf.Tensor {
    const [B, H, T, D] = q.shape;
    const decays = retentionDecays(H);
    let state: tf.Tensor = tf.zeros([B, H, D, D]);
    const outputs: tf.Tensor[] = [];
    for (let start = 0; start < T; start += this.chunkSize) {
      const size = Math.min(this.chunkSize, T - start);
      const chunk = (x: tf.Tensor4D) => tf.slice(x, [0, 0, start, 0], [B, H, size, D]);
      const [qc, kc, vc] = [chunk(q), chunk(k), chunk(v)];
      const inner = tf.matMul(tf.mul(tf.matMul(qc, kc, false, true), this.decayMatrix(size, size)), vc);
      // The earlier chunks' state, decayed to each position of this one: ξ_j = γ^(j+1).
      const xi = tf.reshape(tf.tensor(decays.flatMap((g) => Array.from({ length: size }, (_, j) => g ** (j + 1)))), [1, H, size, 1]);
      outputs.push(tf.add(inner, tf.matMul(tf.mul(qc, xi), state)));
      // State after this chunk: γ^size·S + Kᵀ·(V ⊙ ζ), ζ_j = γ^(size − j − 1).
      const zeta = tf.reshape(tf.tensor(decays.flatMap((g) => Array.from({ length: size }, (_, j) => g ** (size - j - 1)))), [1, H, size, 1]);
      const carry = tf.reshape(tf.tensor(decays.map((g) => g ** size)), [1, H, 1, 1]);
      state = tf.add(tf.mul(state, carry), tf.matMul(kc, tf.mul(vc, zeta), true, false));
    }
    return tf.concat(outputs, 2);
  }

  /** The retention output Y [B, heads, T, headDim] before the norm and gate, in the given form (for tests). */
  retention(x: tf.Tensor, mode: RetentionMode = this.mode): tf.Tensor {
    return tf.tidy(() => {
      const q = this.rotate(this.heads_(x, 'query'));
      const k = tf.mul(this.rotate(this.heads_(x, 'key')), 1 / Math.sqrt(this.headDim)) as tf.Tensor4D;
      const v = this.heads_(x, 'value');
      return mode === 'parallel' ? this.parallel(q, k, v) : mode === 'recurrent' ? this.recurrent(q, k, v) : this.chunkwise(q, k, v);
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const features = this.read('query/kernel').shape[0]!;
      if (x.rank !== 3 || x.shape[2] !== features) {
        throw new Error(`Retention '${this.name}': expected [batch, positions, ${features}] (as built), got ${shapeText(x.shape)} — call the layer on sequences of the shape it was built for`);
      }
      const [B, T] = x.shape as [number, number, number];
      const y = this.retention(x);
      // GroupNorm with one group per head: normalise each head's features, no affine.
      const normed = layerNorm(y, null, null, { epsilon: 1e-6 });
      const merged = tf.reshape(tf.transpose(normed, [0, 2, 1, 3]), [B * T, this.heads * this.headDim]);
      const gate = swish(tf.matMul(tf.reshape(x, [B * T, features]), this.read('gate/kernel')));
      return tf.reshape(tf.matMul(tf.mul(gate, merged), this.read('output/kernel')), [B, T, features]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      heads: this.heads,
      headDim: this.headDim,
      mode: this.mode,
      chunkSize: this.chunkSize,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
    };
  }
}
