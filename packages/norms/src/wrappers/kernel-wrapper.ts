import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { WrapperLayer, type ResolvedOptions } from './wrapper-layer.js';

/**
 * The base of the kernel reparameterisations (WeightNorm, SpectralNorm, ScaledWS): the wrapped
 * Dense or Conv keeps its kernel as the raw weight, and each call runs the wrapped layer's own
 * call with the effective kernel in its place — so strides, padding, dilation, bias and the
 * fused activation are the wrapped layer's, and gradients reach the raw kernel through the
 * reparameterisation.
 */

/** The layers whose kernel has the output units on its last axis (tfjs layout [..., in, out]). */
const KERNEL_LAYERS = ['Dense', 'Conv1D', 'Conv2D', 'Conv3D'];

interface KernelLayer {
  kernel: { read(): Tensor } | null;
  bias: { read(): Tensor } | null;
  activation: serialization.Serializable;
  call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown>): Tensor | Tensor[];
}

const linearActivation = (): serialization.Serializable => {
  const [cls] = serialization.SerializationMap.getMap().classNameMap.linear;
  return new cls();
};

export abstract class KernelWrapper extends WrapperLayer {
  protected constructor(className: string, layer: unknown, resolved: ResolvedOptions) {
    super(className, layer, resolved);
    const wrapped = this.layer.getClassName();
    if (!KERNEL_LAYERS.includes(wrapped)) {
      throw new Error(`${className}: expected a ${KERNEL_LAYERS.join(', ')} layer to wrap, got ${wrapped} — wrap the layer that owns a [..., in, out] kernel`);
    }
  }

  private get wrapped(): KernelLayer {
    return this.layer as unknown as KernelLayer;
  }

  /** The raw kernel weight (what the wrapped layer stores). */
  protected get rawKernel(): tfl.LayerVariable {
    return this.wrapped.kernel as unknown as tfl.LayerVariable;
  }

  /** The raw bias weight, or null when the wrapped layer has none. */
  protected get rawBias(): tfl.LayerVariable | null {
    return this.wrapped.bias as unknown as tfl.LayerVariable | null;
  }

  /** The number of output units: the kernel's last axis. */
  protected get units(): number {
    const shape = this.rawKernel.shape;
    return shape[shape.length - 1] as number;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    this.buildWrapped(inputShape);
    this.buildOwn();
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return this.layer.computeOutputShape(inputShape);
  }

  /** Adds the wrapper's own weights, once the wrapped layer is built. */
  protected abstract buildOwn(): void;

  /** The kernel the wrapped layer computes with, from the raw one (inside the call's tidy). */
  protected abstract effectiveKernel(kernel: Tensor, training: boolean, x: Tensor): Tensor;

  /** The kernel the layer computes with now (inference form), a new tensor the caller owns. */
  foldedKernel(): Tensor {
    return tf.tidy(() => this.effectiveKernel(this.rawKernel.read(), false, tf.zeros([0])));
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const kernel = this.effectiveKernel(this.rawKernel.read(), kwargs.training === true, x);
      return this.callWith(x, kernel, kwargs);
    });
  }

  /** The wrapped layer's call with another kernel (and, with `preActivation`, no bias and no activation). */
  protected callWith(x: Tensor, kernel: Tensor, kwargs: Record<string, unknown>, preActivation = false): Tensor {
    const wrapped = this.wrapped;
    const { kernel: savedKernel, bias: savedBias, activation: savedActivation } = wrapped;
    wrapped.kernel = { read: () => kernel };
    if (preActivation) {
      wrapped.bias = null;
      wrapped.activation = linearActivation();
    }
    try {
      return wrapped.call(x, kwargs) as Tensor;
    } finally {
      wrapped.kernel = savedKernel;
      wrapped.bias = savedBias;
      wrapped.activation = savedActivation;
    }
  }

  /**
   * A plain copy of the wrapped layer whose kernel is the effective one: the same outputs at
   * inference, with no wrapper (for export). Needs the wrapper to be built.
   */
  fold(): tfl.layers.Layer {
    if (!this.built) throw new Error(`${this.getClassName()}.fold: the layer is not built yet — call it on an input (or add it to a model) first`);
    const [cls, fromConfig] = serialization.SerializationMap.getMap().classNameMap[this.layer.getClassName()];
    const { name: _name, ...config } = this.layer.getConfig();
    const plain = fromConfig(cls, { ...config, name: `${this.name}_folded` }) as tfl.layers.Layer;
    const weights = this.layer.getWeights();
    const kernel = this.foldedKernel();
    plain.build(this.builtInputShape());
    plain.setWeights([kernel, ...weights.slice(1)]);
    kernel.dispose();
    return plain;
  }

  private builtInputShape(): tfl.Shape {
    const kernelShape = this.rawKernel.shape as number[];
    // The kernel's input size is all the build needs: [null, ..., in] with the wrapped layer's rank.
    const rank = this.layer.getClassName() === 'Dense' ? 2 : kernelShape.length;
    const shape: Array<number | null> = new Array(rank).fill(null);
    shape[this.layer.getConfig().dataFormat === 'channelsFirst' ? 1 : rank - 1] = kernelShape[kernelShape.length - 2];
    return shape as tfl.Shape;
  }
}
