import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { WrapperLayer, type ResolvedOptions } from './wrapper-layer.js';

/**
 * The base of the residual-block wrappers (Peri-LN, DeepNorm): the wrapped sublayer F maps
 * x = [..., d] to the same shape (a layer, or a tfjs model used as one), and the wrapper adds
 * its own norm weights over the last axis.
 */
export abstract class ResidualWrapper extends WrapperLayer {
  protected constructor(className: string, layer: unknown, resolved: ResolvedOptions) {
    super(className, layer, resolved);
    this.supportsMasking = true;
  }

  /** The width d of the residual stream (the last axis), known after build. */
  protected width = 0;

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const input = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const width = input[input.length - 1];
    if (width == null) throw new Error(`${this.getClassName()}: expected a known size on the last axis, got input shape [${input.map(String).join(', ')}] — give the model an inputShape`);
    this.buildWrapped(input);
    const output = this.layer.computeOutputShape(input) as tfl.Shape;
    if (output.length !== input.length || output[output.length - 1] !== width) {
      throw new Error(`${this.getClassName()}: expected the sublayer to keep the shape [${input.map(String).join(', ')}] (its output is added to the residual stream), got [${output.map(String).join(', ')}] — end the sublayer with a projection back to ${width} units`);
    }
    this.width = width;
    this.buildOwn(width);
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  protected abstract buildOwn(width: number): void;

  /** F(x), the sublayer on a concrete tensor, with the call's training flag. */
  protected sublayer(x: Tensor, kwargs: Record<string, unknown>): Tensor {
    return this.layer.apply(x, kwargs) as Tensor;
  }
}
