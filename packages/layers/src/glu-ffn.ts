// Gated feed-forward block (Shazeer, "GLU Variants Improve Transformer"; Dauphin et al.,
// "Language Modeling with Gated Convolutional Networks"; dReLU from "Turbo Sparse"):
// FFN(x) = (valueActivation(x·V + c) ⊙ activation(x·W + b))·W2 + b2, biases off by default.
// With a linear value branch, GLU/ReGLU/GEGLU/SwiGLU/bilinear run through @layerkit/activations'
// fused gated kernels on one [value | gate] projection; other activations compose tfjs ops.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { activationFunction } from './activation.js';
import { bilinear, geglu, glu, reglu, swiglu } from '@layerkit/activations';
import {
  checkBoolean, featureSize, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

/** The activations with a fused gated kernel: act → the op computing a·act(b) on [a | b]. */
const FUSED: Record<string, (x: tf.Tensor) => tf.Tensor> = {
  sigmoid: (x) => glu(x), relu: (x) => reglu(x), gelu: (x) => geglu(x), swish: (x) => swiglu(x), silu: (x) => swiglu(x), linear: (x) => bilinear(x),
};

export interface GluFfnOptions extends LayerArgs {
  /** Width of the hidden (gated) layer, dFF. Required; 2/3 of a plain FFN's width keeps its parameter count. */
  hiddenUnits: number;
  /** Output width. Default: the input's feature size. */
  units?: number | null;
  /**
   * Gate activation: 'sigmoid' (GLU), 'relu' (ReGLU), 'gelu' (GEGLU, exact erf form), 'swish'
   * or 'silu' (SwiGLU, the default), 'linear' (bilinear), or any activation string tfjs knows
   * (layerkit's included). Default 'swish'.
   */
  activation?: string;
  /** Activation of the value branch: 'linear' (default) or, e.g., 'relu' with a relu gate for dReLU. */
  valueActivation?: string;
  /** Biases on the three projections. Default false. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

const OWN_OPTIONS = ['hiddenUnits', 'units', 'activation', 'valueActivation', 'useBias', 'kernelInitializer', 'biasInitializer'] as const;


/** Gated FFN: (valueActivation(x·V) ⊙ activation(x·W))·W2; SwiGLU by default. */
export class GluFfn extends tfl.layers.Layer {
  static className = 'GluFfn';
  readonly hiddenUnits: number;
  readonly unitsOption: number | null;
  readonly activation: string;
  readonly valueActivation: string;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly gate: (x: tf.Tensor) => tf.Tensor;
  private readonly value: (x: tf.Tensor) => tf.Tensor;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: GluFfnOptions) {
    const where = 'GluFfn';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with hiddenUnits, got ${describe(options)} — pass {hiddenUnits: 2048}`);
    super(layerArgs(where, options, OWN_OPTIONS));
    this.hiddenUnits = checkNumber(where, 'hiddenUnits', options.hiddenUnits, undefined, { min: 1, integer: true });
    this.unitsOption = options.units == null ? null : checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    const gate = activationFunction(where, 'activation', options.activation ?? 'swish');
    const value = activationFunction(where, 'valueActivation', options.valueActivation ?? 'linear');
    this.activation = gate.name;
    this.valueActivation = value.name;
    this.gate = gate.apply;
    this.value = value.apply;
    this.useBias = checkBoolean(where, 'useBias', options.useBias, false);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const features = featureSize(this, inputShape);
    const units = this.unitsOption ?? features;
    const add = (name: string, weightShape: number[], initializer: Initializer) => {
      this.parameters.set(name, this.addWeight(name, weightShape, 'float32', initializer, undefined, true));
    };
    for (const [name, inSize, outSize] of [['gate', features, this.hiddenUnits], ['up', features, this.hiddenUnits], ['down', this.hiddenUnits, units]] as const) {
      add(`${name}/kernel`, [inSize, outSize], this.kernelInitializer);
      if (this.useBias) add(`${name}/bias`, [outSize], this.biasInitializer);
    }
    this.built = true;
  }

  private read(name: string): tf.Tensor | null {
    return this.parameters.get(name)?.read() ?? null;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const gateKernel = this.read('gate/kernel')!;
      const features = gateKernel.shape[0]!;
      if (x.shape[x.rank - 1] !== features) {
        throw new Error(`GluFfn '${this.name}': expected ${features} input features (as built), got shape ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const rows = tf.reshape(x, [-1, features]);
      let hidden: tf.Tensor;
      const fused = this.valueActivation === 'linear' ? FUSED[this.activation] : undefined;
      if (fused) {
        // One matmul for both branches: [value | gate], then a·act(b) in one fused kernel.
        let both = tf.matMul(rows, tf.concat([this.read('up/kernel')!, gateKernel], 1));
        if (this.useBias) both = tf.add(both, tf.concat([this.read('up/bias')!, this.read('gate/bias')!]));
        hidden = fused(both);
      } else {
        const branch = (name: string) => {
          const out = tf.matMul(rows, this.read(`${name}/kernel`)!);
          return this.useBias ? tf.add(out, this.read(`${name}/bias`)!) : out;
        };
        hidden = tf.mul(this.value(branch('up')), this.gate(branch('gate')));
      }
      let out = tf.matMul(hidden, this.read('down/kernel')!);
      if (this.useBias) out = tf.add(out, this.read('down/bias')!);
      return tf.reshape(out, [...x.shape.slice(0, -1), out.shape[1]!]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.unitsOption ?? shape[shape.length - 1]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      hiddenUnits: this.hiddenUnits,
      units: this.unitsOption,
      activation: this.activation,
      valueActivation: this.valueActivation,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
