// Layers of the memory-saving backwards ("Few-Bit Backward: Quantized Gradients of Activation
// Functions for Memory Footprint Reduction"; "Reducing Fine-Tuning Memory Overhead by Approximate
// and Memory-Sharing Backpropagation"; "MobileTL: On-device Transfer Learning with Inverted
// Residual Blocks"): the base activation forward, a gradient from saved low-bit codes.
// Known limit: the saving shows only where nothing else keeps x — tfjs's Dense and Conv2D keep
// their output (x here) for their own gradient (see the package README).
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import type { LayerArgs } from '../layers.js';
import { claimSerializationName, markOwner, savedNameOf } from '../names.js';
import { isMaskBase, resolveBase } from './bases.js';
import {
  approxBpCompute, approxBpStep, FEW_BIT_DEFAULTS, fewBitBackwardCompute, fewBitStep, mobiletlBackwardCompute, mobiletlStep,
  type ApproxBpOptions, type FewBitBackwardOptions, type MobiletlBackwardOptions,
} from './ops.js';

const LAYER_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'];

/** The options of tfjs's base Layer, without what tfjs passes back through fromConfig. */
function layerArgs(className: string, rest: Record<string, unknown>, own: readonly string[]): LayerArgs {
  const { customObjects: _, ...args } = rest;
  rejectUnknownOptions(className, args, [...own, ...LAYER_OPTIONS]);
  return args as LayerArgs;
}

function register(cls: { className: string } & (new (...args: never[]) => tfl.layers.Layer), owner: string): void {
  claimSerializationName(cls.className, `${owner} layer`);
  markOwner(cls, `${owner} layer`);
  serialization.registerClass(cls as unknown as serialization.SerializableConstructor<serialization.Serializable>, 'layerkit');
}

/** The base's save-safe name: a config's strings pass through snake_case and back. */
function savedBase(op: string, name: string, allowed?: readonly string[]): string {
  const base = resolveBase(op, name, allowed);
  return isMaskBase(base) ? base.name : savedNameOf(base.spec, base.name, base.options);
}

abstract class MemorySavingLayer extends tfl.layers.Layer {
  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => this.apply1(Array.isArray(inputs) ? inputs[0] : inputs));
  }

  protected abstract apply1(x: Tensor): Tensor;
}

/** Few-bit backward: the base forward exactly, an L2-optimal `bits`-bit piecewise-constant derivative backward. */
export class FewBitBackward extends MemorySavingLayer {
  static className = 'FewBitBackward';
  readonly base: string;
  readonly bits: number;
  readonly domain: readonly [number, number];

  constructor(options: FewBitBackwardOptions & LayerArgs = {}) {
    const { base = FEW_BIT_DEFAULTS.base, bits, domain = FEW_BIT_DEFAULTS.domain, ...rest } = options as FewBitBackwardOptions & Record<string, unknown>;
    super(layerArgs('FewBitBackward', rest, ['base', 'bits', 'domain']));
    const step = fewBitStep({ base, bits: bits ?? undefined, domain });
    this.base = savedBase('fewBitBackward', base);
    this.bits = step.bits;
    this.domain = [domain[0], domain[1]];
  }

  protected apply1(x: Tensor): Tensor {
    return fewBitBackwardCompute(x, { base: this.base, bits: this.bits, domain: this.domain });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), base: this.base, bits: this.bits, domain: [...this.domain] };
  }
}

/** ReGELU2 / ReSiLU2: gelu or silu forward, a backward from 2-bit codes. */
export class ApproxBp extends MemorySavingLayer {
  static className = 'ApproxBp';
  readonly base: 'gelu' | 'silu';

  constructor(options: ApproxBpOptions & LayerArgs = {}) {
    const { base = 'gelu', ...rest } = options as ApproxBpOptions & Record<string, unknown>;
    super(layerArgs('ApproxBp', rest, ['base']));
    approxBpStep({ base });
    this.base = base;
  }

  protected apply1(x: Tensor): Tensor {
    return approxBpCompute(x, { base: this.base });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), base: this.base };
  }
}

/** MobileTL: hardSwish with a two-level backward from a 1-bit mask, or relu6 with its exact band mask. */
export class MobiletlBackward extends MemorySavingLayer {
  static className = 'MobiletlBackward';
  readonly base: 'hardSwish' | 'relu6';
  readonly threshold: number | null;
  readonly levels: readonly [number, number] | null;

  constructor(options: MobiletlBackwardOptions & LayerArgs = {}) {
    const { base = 'hardSwish', threshold, levels, ...rest } = options as MobiletlBackwardOptions & Record<string, unknown>;
    super(layerArgs('MobiletlBackward', rest, ['base', 'threshold', 'levels']));
    // A saved relu6 layer writes threshold and levels as null.
    const step = mobiletlStep({ base, threshold: threshold ?? undefined, levels: levels ?? undefined });
    this.base = base;
    this.threshold = base === 'relu6' ? null : threshold ?? 0;
    this.levels = base === 'relu6' ? null : [step.levels[0], step.levels[1]];
  }

  protected apply1(x: Tensor): Tensor {
    return mobiletlBackwardCompute(x, this.base === 'relu6' ? { base: 'relu6' } : { base: this.base, threshold: this.threshold!, levels: this.levels! });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), base: this.base, threshold: this.threshold, levels: this.levels ? [...this.levels] : null };
  }
}

register(FewBitBackward, 'activations.few-bit-backward');
register(ApproxBp, 'activations.approx-bp');
register(MobiletlBackward, 'activations.mobiletl-backward');
