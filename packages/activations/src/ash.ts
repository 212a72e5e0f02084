// ASH, adaptive sparse swish, and its hard form ("Hard ASH: Sparsity and the right optimizer make
// a continual learner"; the ASH authors' tf1 code): x·σ(2α(x − μ − z_k·σ_X)) with per-example
// moments over every non-batch axis. Known limit: whether the paper's Hard ASH is exactly the
// hard threshold x·1[x >= μ + z_k·σ_X] was not readable.
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor, runReduction } from '@layerkit/core';
import type { LayerArgs } from './layers.js';
import { splitLayerOptions } from './layer-options.js';
import { claimSerializationName, markOwner } from './names.js';
import { normalQuantile } from './normal-quantile.js';
import { checkBoolean, checkNumber } from './option-checks.js';
import { ashSpec } from './row-specs/ash.js';
import { registerWasmKernels } from './wasm-kernels.js';

export interface AshOptions {
  /** α, the sharpness of the gate: a number or a one-value tensor (which gets a gradient). Default 1. */
  readonly sharpness?: number | Tensor | TensorLike;
  /** z_k, the Z-score threshold: a number or a one-value tensor (which gets a gradient). Default 0.001. */
  readonly zk?: number | Tensor | TensorLike;
  /** F-ASH-k: keep the top fraction k, z_k = Φ⁻¹(1 − k), fixed; replaces zk. In (0, 1). Default none. */
  readonly k?: number | null;
  /** true: the hard form x·1[x >= μ + z_k·σ]. Default false. */
  readonly hard?: boolean;
}

/** z_k for a fixed fraction k, after checking k is in (0, 1). */
function zkOf(op: string, k: unknown): number {
  const value = checkNumber(op, 'k', k, 0.1);
  if (!(value > 0 && value < 1)) throw new Error(`${op}: expected option 'k' in (0, 1) (the fraction kept), got ${value} — use e.g. k: 0.1 to keep the top 10%`);
  return normalQuantile(1 - value);
}

/** A scalar option as a one-value float32 tensor broadcast over the features (the spec's weight shape). */
function scalarWeight(name: string, value: number | Tensor | TensorLike, features: readonly number[]): Tensor {
  const tensor = typeof value === 'number' ? tf.scalar(checkNumber('ash', name, value, 1)) : requireFloatTensor('ash', value, name);
  if (tensor.size !== 1) {
    throw new Error(`ash: expected '${name}' to be one value (a scalar), got shape [${tensor.shape.join(', ')}] — pass a number or a tensor of one value`);
  }
  return tf.broadcastTo(tf.reshape(tensor, features.map(() => 1)), [...features]);
}

/**
 * ash(x, {sharpness, zk, k, hard}): x·σ(2α(x − μ − z_k·σ_X)), μ and σ_X the mean and population
 * standard deviation of each example (every axis but the first). Gradients flow to x (through
 * μ and σ_X too) and to tensor-valued sharpness and zk.
 */
export function ash(x: Tensor | TensorLike, options: AshOptions = {}): Tensor {
  rejectUnknownOptions('ash', options ?? {}, ['sharpness', 'zk', 'k', 'hard']);
  const hard = checkBoolean('ash', 'hard', options.hard ?? false);
  if (options.k != null && options.zk != null) {
    throw new Error(`ash: expected either 'k' (a fixed fraction) or 'zk' (a threshold), got both (k ${String(options.k)}) — pass one of them`);
  }
  const zk = options.k != null ? zkOf('ash', options.k) : options.zk ?? 0.001;
  return tf.tidy(() => {
    const input = requireFloatTensor('ash', x);
    if (input.rank < 2) {
      throw new Error(`ash: expected a tensor of rank >= 2 ([batch, ...features]: one mean and std per example), got rank ${input.rank} — add a batch axis with tf.expandDims(x, 0)`);
    }
    const features = input.shape.slice(1);
    const axis = features.map((_, i) => i + 1);
    return runReduction(ashSpec, input, {
      weights: { sharpness: scalarWeight('sharpness', options.sharpness ?? 1, features), zk: scalarWeight('zk', zk, features) },
      options: { axis, hard },
    });
  });
}

/**
 * The ASH layer: sharpness α (init 1) and z_k (init 0.001) are learned scalars; with k, z_k is
 * fixed at Φ⁻¹(1 − k) and only α is learned. In the hard form no gradient reaches either.
 */
export class ASH extends tfl.layers.Layer {
  static className = 'ASH';
  readonly sharpness: number;
  readonly zk: number;
  readonly k: number | null;
  readonly hard: boolean;
  private sharpnessWeight: tfl.LayerVariable | null = null;
  private zkWeight: tfl.LayerVariable | null = null;

  constructor(options: AshOptions & LayerArgs = {}) {
    const { own, base } = splitLayerOptions('ASH', options, ['sharpness', 'zk', 'k', 'hard'], rejectUnknownOptions);
    super(base as LayerArgs);
    this.sharpness = checkNumber('ASH', 'sharpness', own.sharpness ?? 1, 1);
    this.k = own.k == null ? null : (own.k as number);
    if (this.k != null && own.zk != null) {
      throw new Error(`ASH: expected either 'k' (a fixed fraction) or 'zk' (the initial threshold), got both — pass one of them`);
    }
    this.zk = this.k != null ? zkOf('ASH', this.k) : checkNumber('ASH', 'zk', own.zk ?? 0.001, 0.001);
    this.hard = checkBoolean('ASH', 'hard', own.hard ?? false);
    this.supportsMasking = true;
  }

  override build(): void {
    this.sharpnessWeight = this.addWeight('sharpness', [1], 'float32', tfl.initializers.constant({ value: this.sharpness }));
    if (this.k == null) this.zkWeight = this.addWeight('zk', [1], 'float32', tfl.initializers.constant({ value: this.zk }));
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return ash(x, {
      sharpness: this.sharpnessWeight!.read(),
      ...(this.k == null ? { zk: this.zkWeight!.read() } : { k: this.k }),
      hard: this.hard,
    });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), sharpness: this.sharpness, zk: this.k == null ? this.zk : null, k: this.k, hard: this.hard };
  }
}

claimSerializationName('ASH', 'activations.ash layer');
markOwner(ASH, 'activations.ash layer');
serialization.registerClass(ASH, 'layerkit');
// The fused kernels' wasm module (a loader), for the layer as for the op.
registerWasmKernels();

/** ASH's catalog entry: the spec, what to import (the main export first) and the layer. */
export const ASH_ENTRY = { spec: ashSpec, kind: 'op', layer: 'ASH', exports: ['ash', 'ASH', 'ashSpec', 'normalQuantile'] } as const;
