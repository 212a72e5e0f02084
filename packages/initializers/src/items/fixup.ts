// Fixup ("Fixup Initialization: Residual Learning Without Normalization"): zero-init the last layer
// of each residual branch, scale the other branch layers by L^(-1/(2m-2)), and add scalar
// multipliers and biases (ScalarScale, ScalarBias). Known limit: applying the recipe to an existing
// model is left to the model code (which layers form a branch is architecture-specific).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkFloatDtype, definedConfig, fanOf, InitializerBase, sampleWithVariance, validSeed, checkOptionNames, type OptionNames } from '../base.js';
import { varianceWithin, type InitializerEntry } from '../entry.js';

/** L^(-1/(2m - 2)) for L residual branches of m layers each (0.25 for L = 16, m = 2). */
export function fixupScale(numBranches: number, layersPerBranch = 2): number {
  if (!(Number.isInteger(numBranches) && numBranches >= 1)) throw new Error(`fixupScale: expected numBranches to be a positive integer, got ${String(numBranches)}`);
  if (!(Number.isInteger(layersPerBranch) && layersPerBranch >= 2)) throw new Error(`fixupScale: expected layersPerBranch to be an integer >= 2, got ${String(layersPerBranch)}`);
  return numBranches ** (-1 / (2 * layersPerBranch - 2));
}

export interface FixupOptions {
  readonly numBranches: number;
  readonly layersPerBranch?: number;
  /** 'inner': He normal times fixupScale; 'last': zeros (the branch's last layer, and the classifier). */
  readonly position?: 'inner' | 'last';
  readonly seed?: number;
}

const FIXUP_OPTIONS: OptionNames<FixupOptions> = { numBranches: true, layersPerBranch: true, position: true, seed: true };

export class Fixup extends InitializerBase {
  static className = 'Fixup';
  readonly numBranches: number;
  readonly layersPerBranch: number;
  readonly position: 'inner' | 'last';
  readonly seed: number | undefined;

  constructor(options: FixupOptions) {
    super();
    checkOptionNames('Fixup', options, FIXUP_OPTIONS);
    this.numBranches = options?.numBranches;
    this.layersPerBranch = options?.layersPerBranch ?? 2;
    this.position = options?.position ?? 'inner';
    if (this.position !== 'inner' && this.position !== 'last') throw new Error(`Fixup: expected position 'inner' or 'last', got '${String(options.position)}'`);
    this.seed = validSeed('Fixup', options?.seed);
    fixupScale(this.numBranches, this.layersPerBranch);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('Fixup', dtype);
    if (this.position === 'last') return tf.zeros(shape);
    const scale = fixupScale(this.numBranches, this.layersPerBranch);
    return sampleWithVariance(shape, (2 / fanOf(shape, 'fanIn')) * scale * scale, 'normal', this.seed);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({ numBranches: this.numBranches, layersPerBranch: this.layersPerBranch, position: this.position, seed: this.seed });
  }
}

interface ScalarLayerArgs {
  readonly name?: string;
  readonly trainable?: boolean;
  readonly initialValue?: number;
}

/** Adds one trainable scalar (Fixup's bias before each conv, linear and activation; init 0). */
export class ScalarBias extends tfl.layers.Layer {
  static className = 'ScalarBias';
  readonly initialValue: number;
  private scalar: tfl.LayerVariable | null = null;

  constructor(args: ScalarLayerArgs = {}) {
    super(args);
    this.initialValue = args.initialValue ?? 0;
  }

  override build(): void {
    this.scalar = this.addWeight('bias', [], 'float32', tfl.initializers.constant({ value: this.initialValue }));
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.add(input, this.scalar!.read());
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), initialValue: this.initialValue };
  }
}

/** Multiplies by one trainable scalar (Fixup's per-branch multiplier; init 1). */
export class ScalarScale extends tfl.layers.Layer {
  static className = 'ScalarScale';
  readonly initialValue: number;
  private scalar: tfl.LayerVariable | null = null;

  constructor(args: ScalarLayerArgs = {}) {
    super(args);
    this.initialValue = args.initialValue ?? 1;
  }

  override build(): void {
    this.scalar = this.addWeight('scale', [], 'float32', tfl.initializers.constant({ value: this.initialValue }));
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.mul(input, this.scalar!.read());
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), initialValue: this.initialValue };
  }
}

export const fixupEntry: InitializerEntry = {
  id: 'initializers.fixup',
  kind: 'utility',
  names: ['Fixup', 'fixupScale', 'ScalarBias', 'ScalarScale'],
  summary: 'Fixup: zero-init branch outputs, He init scaled by L^(-1/(2m-2)) inside branches, scalar bias and scale layers.',
  classes: [Fixup, ScalarBias, ScalarScale],
  examples: [
    {
      label: 'inner layer, L = 16, m = 2: Var = (2/fan_in)*0.25^2',
      create: () => new Fixup({ numBranches: 16, seed: 1 }), shape: [512, 512],
      check: (values) => varianceWithin(values, (2 / 512) * 0.0625),
    },
    {
      label: 'last layer of a branch: zeros',
      create: () => new Fixup({ numBranches: 16, position: 'last' }), shape: [64, 64],
      check: (values) => (values.every((value) => value === 0) ? null : 'expected zeros'),
    },
  ],
  badInputs: [
    { label: 'missing numBranches', run: () => new Fixup({} as FixupOptions), message: /fixupScale: expected numBranches to be a positive integer, got undefined/ },
  ],
};
