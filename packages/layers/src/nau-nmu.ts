// Neural Addition and Multiplication Units (Madsen & Rosenberg Johansen, "Neural Arithmetic
// Units"; the catalog's evaluation source "Measuring Arithmetic Extrapolation Performance"):
// NAU z = x·clamp(W, −1, 1); NMU z_j = Π_i (W'_ij·x_i + 1 − W'_ij), W' = clamp(W, 0, 1); no biases.
// The forward always uses the clamped weights; ArithmeticWeightClipper clips the stored weights
// after every batch of model.fit, as the authors do after every optimizer step (tfjs applies no
// weight constraint in fit). The sparsity regulariser λ(t)·R joins the loss in training, t the
// layer's training step: λ(t) = λ̂·max(0, min(1, (t − start)/(end − start))),
// R = mean(min(|W|, 1 − |W|)) (NAU) or mean(min(|W|, |1 − W|)) (NMU).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkNumber, layerArgs, shapeText, type Initializer, type LayerArgs } from './options.js';

export interface ArithmeticUnitOptions extends LayerArgs {
  /** Output width. Required. */
  units: number;
  /** λ̂, the sparsity regulariser's final weight. Default 10. */
  lambda?: number;
  /** Training step where λ starts to ramp up from 0. Default 1e6. */
  lambdaStart?: number;
  /** Training step where λ reaches λ̂. Default 2e6. */
  lambdaEnd?: number;
  /** The layer's training step count (saved, so a reloaded layer resumes the ramp). Default 0. */
  step?: number;
}

/** λ(t) = λ̂·max(0, min(1, (t − start)/(end − start))). */
export function sparsityLambda(step: number, lambda = 10, lambdaStart = 1e6, lambdaEnd = 2e6): number {
  return lambda * Math.max(0, Math.min(1, (step - lambdaStart) / (lambdaEnd - lambdaStart)));
}

/** R = mean over entries of min(|W|, 1 − |W|) (NAU) or min(|W|, |1 − W|) (NMU). */
export function arithmeticSparsity(kind: 'nau' | 'nmu', weights: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const magnitude = tf.abs(weights);
    const other = kind === 'nau' ? tf.sub(1, magnitude) : tf.abs(tf.sub(1, weights));
    return tf.mean(tf.minimum(magnitude, other)) as tf.Scalar;
  });
}

abstract class ArithmeticUnit extends tfl.layers.Layer {
  readonly units: number;
  readonly lambda: number;
  readonly lambdaStart: number;
  readonly lambdaEnd: number;
  protected kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private stepValue: number;
  private penalty: tf.Scalar | null = null;
  protected abstract readonly kind: 'nau' | 'nmu';
  protected abstract readonly range: [number, number];

  constructor(className: string, options: ArithmeticUnitOptions) {
    if (options == null || typeof options !== 'object') throw new Error(`${className}: expected options with units, got ${describe(options)} — pass {units: 1}`);
    super(layerArgs(className, options, ['units', 'lambda', 'lambdaStart', 'lambdaEnd', 'step']));
    this.units = checkNumber(className, 'units', options.units, undefined, { min: 1, integer: true });
    this.lambda = checkNumber(className, 'lambda', options.lambda, 10, { min: 0 });
    this.lambdaStart = checkNumber(className, 'lambdaStart', options.lambdaStart, 1e6, { min: 0 });
    this.lambdaEnd = checkNumber(className, 'lambdaEnd', options.lambdaEnd, 2e6, { min: this.lambdaStart, minExclusive: true });
    this.stepValue = checkNumber(className, 'step', options.step, 0, { min: 0, integer: true });
    this.addLoss(() => (this.penalty ? tf.clone(this.penalty) : tf.scalar(0)) as tf.Scalar);
  }

  /** Training calls so far (the t of λ(t)). */
  get step(): number {
    return this.stepValue;
  }

  protected abstract initializer(features: number): Initializer;
  protected abstract compute(x: tf.Tensor, weights: tf.Tensor): tf.Tensor;

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const features = shape[shape.length - 1];
    if (shape.length < 2 || features == null) {
      throw new Error(`${this.getClassName()} '${this.name}': expected an input [batch, ..., features] with a known feature size, got ${shapeText(shape)} — give the input a fixed last dimension`);
    }
    this.kernel = this.addWeight('kernel', [features, this.units], 'float32', this.initializer(features), undefined, true);
    this.built = true;
  }

  /** Clips the stored weights into the unit's range (what ArithmeticWeightClipper calls after each batch). */
  clipWeights(): void {
    if (!this.kernel) return;
    const clipped = tf.clipByValue(this.kernel.read(), ...this.range);
    this.kernel.write(clipped);
    clipped.dispose();
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    const features = this.kernel!.shape[0]!;
    if (x.shape[x.rank - 1] !== features) {
      throw new Error(`${this.getClassName()} '${this.name}': expected ${features} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
    }
    if (kwargs.training === true) {
      const weight = sparsityLambda(this.stepValue, this.lambda, this.lambdaStart, this.lambdaEnd);
      this.stepValue += 1;
      this.penalty?.dispose();
      this.penalty = weight > 0 ? tf.keep(tf.tidy(() => tf.mul(arithmeticSparsity(this.kind, this.kernel!.read()), weight) as tf.Scalar)) : null;
    }
    return tf.tidy(() => {
      const rows = tf.reshape(x, [-1, features]);
      const out = this.compute(rows, tf.clipByValue(this.kernel!.read(), ...this.range));
      return tf.reshape(out, [...x.shape.slice(0, -1), this.units]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.units];
  }

  // Annotated: an inferred type would print tfjs-layers' internal module path into the declarations.
  override dispose(): ReturnType<tfl.layers.Layer['dispose']> {
    this.penalty?.dispose();
    this.penalty = null;
    return super.dispose();
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, lambda: this.lambda, lambdaStart: this.lambdaStart, lambdaEnd: this.lambdaEnd, step: this.stepValue };
  }
}

/** NAU: z = x·clamp(W, −1, 1), W ~ U(−r, r) with r = min(0.5, √3·√(2/(in + out))). */
export class NAU extends ArithmeticUnit {
  static className = 'NAU';
  protected readonly kind = 'nau' as const;
  protected readonly range: [number, number] = [-1, 1];
  constructor(options: ArithmeticUnitOptions) {
    super('NAU', options);
  }

  protected initializer(features: number): Initializer {
    const r = Math.min(0.5, Math.sqrt(3) * Math.sqrt(2 / (features + this.units)));
    return tfl.initializers.randomUniform({ minval: -r, maxval: r });
  }

  protected compute(x: tf.Tensor, weights: tf.Tensor): tf.Tensor {
    return tf.matMul(x, weights);
  }
}

/** NMU: z_j = Π_i (W'_ij·x_i + 1 − W'_ij), W' = clamp(W, 0, 1), W ~ U(0.25, 0.75). */
export class NMU extends ArithmeticUnit {
  static className = 'NMU';
  protected readonly kind = 'nmu' as const;
  protected readonly range: [number, number] = [0, 1];
  constructor(options: ArithmeticUnitOptions) {
    super('NMU', options);
  }

  protected initializer(): Initializer {
    return tfl.initializers.randomUniform({ minval: 0.25, maxval: 0.75 });
  }

  protected compute(x: tf.Tensor, weights: tf.Tensor): tf.Tensor {
    // [rows, in, 1]·[in, out] + (1 − W): the factors, then their product over the inputs.
    const factors = tf.add(tf.mul(tf.expandDims(x, 2), weights), tf.sub(1, weights));
    // The product as a chain of multiplies: tfjs-core's Prod gradient calls chained tensor
    // methods, which an app importing only @tensorflow/tfjs-core does not have.
    const [rows, inputs, units] = factors.shape as [number, number, number];
    let product = tf.reshape(tf.slice(factors, [0, 0, 0], [rows, 1, units]), [rows, units]);
    for (let i = 1; i < inputs; i++) product = tf.mul(product, tf.reshape(tf.slice(factors, [0, i, 0], [rows, 1, units]), [rows, units]));
    return product;
  }
}

/** Clips every NAU and NMU weight of the model into its range after each batch of model.fit. */
export class ArithmeticWeightClipper extends tfl.Callback {
  override async onBatchEnd(): Promise<void> {
    const model = this.model as unknown as tfl.LayersModel | undefined;
    for (const layer of model?.layers ?? []) if (layer instanceof ArithmeticUnit) layer.clipWeights();
  }
}
