// Packed-Ensembles (Laurent et al., "Packed-Ensembles for Efficient Uncertainty Estimation"): M
// members packed into grouped layers of a wider backbone, each member owning a contiguous block of
// channels so members never mix. packedLayerPlan gives a layer's packed widths and groups (α
// widens, γ subdivides each member, channel counts rounded up to the group count, γ lowered for
// convolutions while a group has fewer than minChannelsPerGroup input channels); PackedDense is the
// grouped dense layer (GroupedConv2D is the grouped convolution). Limits: turning a whole backbone
// into its packed form, and rearranging outputs to [M·batch, C], are left to the model.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { activationFunction } from './activation.js';
import { checkBoolean, checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

export interface PackedLayerPlanOptions {
  /** The plain backbone layer's input and output widths. */
  inChannels: number;
  outChannels: number;
  /** Members M. Default 4. */
  estimators?: number;
  /** Width factor α. Default 2. */
  alpha?: number;
  /** Groups per member γ. Default 2. */
  gamma?: number;
  /** 'first' (shared input, groups 1), 'hidden' or 'last' (M·outChannels outputs). Default 'hidden'. */
  position?: 'first' | 'hidden' | 'last';
  /** Convolutions lower γ while a group has fewer input channels than this. Default 64. */
  minChannelsPerGroup?: number;
  /** Whether the layer is a convolution (the γ-lowering rule applies). Default false. */
  convolution?: boolean;
}

/** The packed layer's widths and groups: hidden C_in → C_out becomes α·C_in → α·C_out with M·γ groups. */
export function packedLayerPlan(options: PackedLayerPlanOptions): { inChannels: number; outChannels: number; groups: number; gamma: number } {
  const where = 'packedLayerPlan';
  const inChannels = checkNumber(where, 'inChannels', options.inChannels, undefined, { min: 1, integer: true });
  const outChannels = checkNumber(where, 'outChannels', options.outChannels, undefined, { min: 1, integer: true });
  const M = checkNumber(where, 'estimators', options.estimators, 4, { min: 1, integer: true });
  const alpha = checkNumber(where, 'alpha', options.alpha, 2, { min: 0, minExclusive: true });
  let gamma = checkNumber(where, 'gamma', options.gamma, 2, { min: 1, integer: true });
  const position = checkChoice(where, 'position', options.position, 'hidden', ['first', 'hidden', 'last'] as const);
  const minimum = checkNumber(where, 'minChannelsPerGroup', options.minChannelsPerGroup, 64, { min: 1, integer: true });
  const roundUp = (value: number, multiple: number) => Math.ceil(value / multiple) * multiple;
  const widthIn = position === 'first' ? inChannels : Math.round(alpha * inChannels);
  if (options.convolution && position !== 'first') while (gamma > 1 && widthIn / (M * gamma) < minimum) gamma -= 1;
  const groups = position === 'first' ? 1 : M * gamma;
  const outWidth = position === 'last' ? M * outChannels : Math.round(alpha * outChannels);
  return { inChannels: roundUp(widthIn, groups), outChannels: roundUp(outWidth, position === 'first' ? M * gamma : groups), groups, gamma };
}

export interface PackedDenseOptions extends LayerArgs {
  /** Output width (a multiple of groups). Required. */
  units: number;
  /** Groups: input and output channels are cut into this many blocks, each its own dense map. Required. */
  groups: number;
  /** Default 'linear'. */
  activation?: string;
  /** Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

/** A grouped dense layer: kernel [groups, C_in/groups, units/groups], block g maps input block g to output block g. */
export class PackedDense extends tfl.layers.Layer {
  static className = 'PackedDense';
  readonly units: number;
  readonly groups: number;
  readonly activation: string;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly activate: (x: tf.Tensor) => tf.Tensor;
  private kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private bias: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: PackedDenseOptions) {
    const where = 'PackedDense';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units and groups, got ${describe(options)} — pass {units: 256, groups: 8}`);
    super(layerArgs(where, options, ['units', 'groups', 'activation', 'useBias', 'kernelInitializer', 'biasInitializer']));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.groups = checkNumber(where, 'groups', options.groups, undefined, { min: 1, integer: true });
    if (this.units % this.groups !== 0) throw new Error(`${where}: expected units to be a multiple of groups = ${this.groups}, got ${this.units} — round units up with packedLayerPlan`);
    const activation = activationFunction(where, 'activation', options.activation ?? 'linear');
    this.activation = activation.name;
    this.activate = activation.apply;
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const features = shape[shape.length - 1];
    if (shape.length < 2 || features == null || features % this.groups !== 0) {
      throw new Error(`PackedDense '${this.name}': expected [batch, ..., features] with features divisible by groups = ${this.groups}, got ${shapeText(shape)} — round the width up with packedLayerPlan`);
    }
    this.kernel = this.addWeight('kernel', [this.groups, features / this.groups, this.units / this.groups], 'float32', this.kernelInitializer, undefined, true);
    if (this.useBias) this.bias = this.addWeight('bias', [this.units], 'float32', this.biasInitializer, undefined, true);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const kernel = this.kernel!.read();
      const [G, inPart] = kernel.shape as [number, number, number];
      if (x.shape[x.rank - 1] !== G * inPart) {
        throw new Error(`PackedDense '${this.name}': expected ${G * inPart} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      // [rows, G, inPart] → [G, rows, inPart] · [G, inPart, outPart] → [rows, G·outPart].
      const rows = tf.transpose(tf.reshape(x, [-1, G, inPart]), [1, 0, 2]);
      let out = tf.reshape(tf.transpose(tf.matMul(rows, kernel), [1, 0, 2]), [-1, this.units]);
      if (this.bias) out = tf.add(out, this.bias.read());
      return tf.reshape(this.activate(out), [...x.shape.slice(0, -1), this.units]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(), units: this.units, groups: this.groups, activation: this.activation, useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer), biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
