// Peri-LN (Kim et al., 2025): x + Norm_out(F(Norm_in(x))) — the sublayer's input and its output
// are normalized, the output norm inside the branch, before the residual add.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { layerNorm, rmsNorm } from '../ops.js';
import { ResidualWrapper } from './residual-wrapper.js';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

interface PeriLNOwn {
  /** The norm on both sides of the sublayer: 'layerNorm' (γ and β) or 'rmsNorm' (γ). Default 'layerNorm'. */
  readonly norm?: 'layerNorm' | 'rmsNorm';
  /** Added under the root. Default null: 1e-5 for layerNorm (PyTorch), 1e-6 for rmsNorm (this package's RMSNorm). */
  readonly epsilon?: number | null;
}

export interface PeriLNOptions extends PeriLNOwn, WrapperBaseOptions {
  /** The sublayer F (attention or MLP block): maps [..., d] to [..., d]. */
  readonly layer: tfl.layers.Layer;
}

/**
 * Peri-LN wrapper of one sublayer. Weights `input_gamma` (and `input_beta`), `output_gamma` (and
 * `output_beta`) of shape [d], ones and zeros, besides the sublayer's own. The embedding norm
 * and the final norm before the head are separate layers (add a LayerNorm or RMSNorm there).
 */
export class PeriLN extends ResidualWrapper {
  static className = 'PeriLN';
  private norms: Record<string, tfl.LayerVariable> = {};

  constructor(options: PeriLNOptions) {
    super('PeriLN', options?.layer, resolveOptions<PeriLNOwn>('PeriLN', options, { norm: 'layerNorm', epsilon: null }, ['layer']));
    const { norm, epsilon } = this.options as PeriLNOwn;
    if (norm !== 'layerNorm' && norm !== 'rmsNorm') throw new Error(`PeriLN: expected norm 'layerNorm' or 'rmsNorm', got '${String(norm)}'`);
    if (epsilon != null && !(epsilon >= 0)) throw new Error(`PeriLN: expected epsilon ≥ 0, got ${epsilon} — null picks the norm's default`);
  }

  private get epsilon(): number {
    const { norm, epsilon } = this.options as PeriLNOwn;
    return epsilon ?? (norm === 'rmsNorm' ? 1e-6 : 1e-5);
  }

  protected buildOwn(width: number): void {
    const centred = this.options.norm === 'layerNorm';
    for (const side of ['input', 'output']) {
      this.norms[`${side}_gamma`] = this.addWeight(`${side}_gamma`, [width], 'float32', tfl.initializers.ones());
      if (centred) this.norms[`${side}_beta`] = this.addWeight(`${side}_beta`, [width], 'float32', tfl.initializers.zeros());
    }
  }

  private normalize(x: Tensor, side: 'input' | 'output'): Tensor {
    const gamma = this.norms[`${side}_gamma`].read();
    if (this.options.norm === 'rmsNorm') return rmsNorm(x, gamma, { epsilon: this.epsilon });
    return layerNorm(x, gamma, this.norms[`${side}_beta`].read(), { epsilon: this.epsilon });
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return tf.add(x, this.normalize(this.sublayer(this.normalize(x, 'input'), kwargs), 'output'));
    });
  }
}

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(PeriLN, 'layerkit');
