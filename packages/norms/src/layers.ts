// RMSNorm: "Root Mean Square Layer Normalization" (Zhang & Sennrich, 2019); LayerNorm: "Layer
// Normalization" (Ba et al., 2016). Both normalize over the last axes of each example; train and
// inference are the same (no running statistics).
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { layerNorm, rmsNorm } from './ops.js';

type Axis = number | number[];

interface CommonOptions {
  readonly axis?: Axis;
  readonly epsilon?: number;
  readonly name?: string;
  readonly inputShape?: number[];
  readonly batchInputShape?: number[];
  readonly trainable?: boolean;
  readonly dtype?: 'float32';
}

export interface RMSNormOptions extends CommonOptions {
  /** Learn a per-feature gain (default true). */
  readonly scale?: boolean;
  /** Learn a per-feature bias too (default false: RMSNorm is not re-centring). */
  readonly center?: boolean;
  /** Partial RMSNorm fraction p in (0, 1]; null for full RMSNorm. */
  readonly partial?: number | null;
}

export interface LayerNormOptions extends CommonOptions {
  /** Learn a per-feature gain gamma (default true). */
  readonly scale?: boolean;
  /** Learn a per-feature offset beta (default true). */
  readonly center?: boolean;
}

function layerArgs(options: CommonOptions) {
  const { name, inputShape, batchInputShape, trainable, dtype } = options;
  return Object.fromEntries(Object.entries({ name, inputShape, batchInputShape, trainable, dtype }).filter(([, v]) => v !== undefined));
}

/** Normalized-axes shape from the build shape, with a clear error for unknown dimensions. */
function paramShapeOf(layer: string, inputShape: tfl.Shape, axis: Axis): number[] {
  const rank = inputShape.length;
  const axes = (typeof axis === 'number' ? [axis] : axis).map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b);
  return axes.map((a) => {
    const size = inputShape[a];
    if (a <= 0 || a >= rank) {
      throw new Error(`${layer}: expected axes in [1, ${rank - 1}] (axis 0 is the batch) for input shape [${inputShape.join(', ')}], got ${JSON.stringify(axis)} — use -1 for the last axis`);
    }
    if (size == null) {
      throw new Error(`${layer}: expected a known size on axis ${a}, got input shape [${inputShape.join(', ')}] — give the model an inputShape`);
    }
    return size;
  });
}

/**
 * What both norm layers share: options with defaults, per-feature gamma (scale) and beta
 * (center) weights over the normalized axes, the shape-preserving output and the config.
 */
abstract class RowNormLayer extends tfl.layers.Layer {
  readonly axis: Axis;
  readonly epsilon: number;
  readonly scale: boolean;
  readonly center: boolean;
  protected gamma: tfl.LayerVariable | null = null;
  protected beta: tfl.LayerVariable | null = null;

  constructor(options: CommonOptions & { scale?: boolean; center?: boolean }, defaults: { epsilon: number; center: boolean }) {
    super(layerArgs(options));
    this.axis = options.axis ?? -1;
    this.epsilon = options.epsilon ?? defaults.epsilon;
    this.scale = options.scale ?? true;
    this.center = options.center ?? defaults.center;
    this.supportsMasking = true;
  }

  /** Checks particular to a layer, given the input shape and the normalized axes' shape. */
  protected checkBuild(_input: tfl.Shape, _paramShape: number[]): void {}

  /** The op over one input tensor, with the current gamma and beta (null when not learned). */
  protected abstract normalize(input: Tensor, gamma: Tensor | null, beta: Tensor | null): Tensor;

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const input = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const shape = paramShapeOf(this.getClassName(), input, this.axis);
    this.checkBuild(input, shape);
    if (this.scale) this.gamma = this.addWeight('gamma', shape, 'float32', tfl.initializers.ones());
    if (this.center) this.beta = this.addWeight('beta', shape, 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => this.normalize(Array.isArray(inputs) ? inputs[0] : inputs, this.gamma?.read() ?? null, this.beta?.read() ?? null));
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), axis: this.axis, epsilon: this.epsilon, scale: this.scale, center: this.center };
  }
}

export class RMSNorm extends RowNormLayer {
  static className = 'RMSNorm';
  readonly partial: number | null;

  constructor(options: RMSNormOptions = {}) {
    super(options, { epsilon: 1e-6, center: false });
    this.partial = options.partial ?? null;
  }

  protected override checkBuild(input: tfl.Shape, shape: number[]): void {
    const trailing = shape.join() === input.slice(input.length - shape.length).join()
      && (typeof this.axis === 'number' ? [this.axis] : this.axis).every((a) => (a < 0 ? a + input.length : a) >= input.length - shape.length);
    if (this.center && !trailing) {
      throw new Error(`RMSNorm: center: true needs the normalized axes to be the last ones, got axis ${JSON.stringify(this.axis)} for input shape [${input.join(', ')}] — normalize the trailing axes or drop center`);
    }
  }

  protected normalize(input: Tensor, gamma: Tensor | null, beta: Tensor | null): Tensor {
    const out = rmsNorm(input, gamma, { epsilon: this.epsilon, axis: this.axis, partial: this.partial });
    // The bias has the normalized axes' shape, which checkBuild() made sure are trailing: it broadcasts.
    return beta ? tf.add(out, beta) : out;
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), partial: this.partial };
  }
}

export class LayerNorm extends RowNormLayer {
  static className = 'LayerNorm';

  constructor(options: LayerNormOptions = {}) {
    super(options, { epsilon: 1e-5, center: true });
  }

  protected normalize(input: Tensor, gamma: Tensor | null, beta: Tensor | null): Tensor {
    return layerNorm(input, gamma, beta, { epsilon: this.epsilon, axis: this.axis });
  }
}
