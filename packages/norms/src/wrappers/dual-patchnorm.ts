// Dual PatchNorm (Kumar et al., 2023): a ViT patch embedding with a LayerNorm before and after
// the linear projection: LN(Dense(LN(patch))).
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { layerNorm } from '../ops.js';
import { initializerFrom, serializeObject, type Initializer, type KerasObjectIdentifier } from '../keras-objects.js';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

interface DualPatchNormOwn {
  /** Side p of the square patches; the image height and width must be multiples of it. Required. */
  readonly patchSize?: number | null;
  /** Width of the patch embedding. Required. */
  readonly units?: number | null;
  /** Both LayerNorms' ε. Default 1e-6 (ViT). */
  readonly epsilon?: number;
}

export interface DualPatchNormOptions extends DualPatchNormOwn, WrapperBaseOptions {
  /** The projection's kernel initializer. Default 'glorotUniform'. */
  readonly kernelInitializer?: KerasObjectIdentifier<Initializer> | null;
}

/**
 * Images [batch, H, W, C] → patch tokens [batch, (H/p)·(W/p), units]: each p×p×C patch
 * flattened in (row, column, channel) order, LayerNorm'd, projected, LayerNorm'd. Weights
 * `patch_gamma`, `patch_beta` [p·p·C], `kernel` [p·p·C, units], `bias` [units],
 * `embedding_gamma`, `embedding_beta` [units].
 */
export class DualPatchNorm extends tfl.layers.Layer {
  static className = 'DualPatchNorm';
  readonly options: Readonly<Record<string, unknown>>;
  private readonly kernelInitializer: Initializer | null;
  private variables: Record<string, tfl.LayerVariable> = {};

  constructor(options: DualPatchNormOptions = {}) {
    const { own, base } = resolveOptions<DualPatchNormOwn>('DualPatchNorm', options, { patchSize: null, units: null, epsilon: 1e-6 }, ['kernelInitializer']);
    super(base as never);
    this.options = own;
    for (const key of ['patchSize', 'units'] as const) {
      const value = own[key];
      if (!(Number.isInteger(value) && (value as number) >= 1)) throw new Error(`DualPatchNorm: expected ${key} to be a positive integer, got ${String(value)} — pass e.g. ${key}: ${key === 'units' ? 192 : 16}`);
    }
    this.kernelInitializer = initializerFrom(options.kernelInitializer);
  }

  private patchShape(inputShape: tfl.Shape): { rows: number; columns: number; patch: number } {
    const p = this.options.patchSize as number;
    const [, height, width, channels] = inputShape;
    if (inputShape.length !== 4 || height == null || width == null || channels == null || height % p !== 0 || width % p !== 0) {
      throw new Error(`DualPatchNorm: expected images [batch, H, W, C] with H and W multiples of patchSize ${p}, got [${inputShape.map(String).join(', ')}] — resize or crop the images, or choose another patchSize`);
    }
    return { rows: height / p, columns: width / p, patch: p * p * channels };
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const { patch } = this.patchShape(inputShape as tfl.Shape);
    const units = this.options.units as number;
    const add = (name: string, shape: number[], initializer: Initializer) => { this.variables[name] = this.addWeight(name, shape, 'float32', initializer); };
    add('patch_gamma', [patch], tfl.initializers.ones());
    add('patch_beta', [patch], tfl.initializers.zeros());
    add('kernel', [patch, units], this.kernelInitializer ?? tfl.initializers.glorotUniform({}));
    add('bias', [units], tfl.initializers.zeros());
    add('embedding_gamma', [units], tfl.initializers.ones());
    add('embedding_beta', [units], tfl.initializers.zeros());
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const { rows, columns } = this.patchShape(inputShape as tfl.Shape);
    return [(inputShape as tfl.Shape)[0], rows * columns, this.options.units as number];
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const p = this.options.patchSize as number;
      const [batch, height, width, channels] = x.shape;
      const { rows, columns, patch } = this.patchShape([null, height, width, channels]);
      const patches = tf.reshape(tf.transpose(tf.reshape(x, [batch, rows, p, columns, p, channels]), [0, 1, 3, 2, 4, 5]), [batch * rows * columns, patch]);
      const read = (name: string) => this.variables[name].read();
      const epsilon = this.options.epsilon as number;
      const normalized = layerNorm(patches, read('patch_gamma'), read('patch_beta'), { epsilon });
      const embedded = tf.add(tf.matMul(normalized, read('kernel')), read('bias'));
      const out = layerNorm(embedded, read('embedding_gamma'), read('embedding_beta'), { epsilon });
      return tf.reshape(out, [batch, rows * columns, this.options.units as number]);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), ...(this.options as tf.serialization.ConfigDict), kernelInitializer: serializeObject(this.kernelInitializer) };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    const { customObjects: _customObjects, ...rest } = config;
    return new cls(rest);
  }
}

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(DualPatchNorm, 'layerkit');
