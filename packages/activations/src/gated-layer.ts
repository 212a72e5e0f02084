import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { gatedOp, type GatedSpec } from '@layerkit/core';
import { GATED } from './registry.js';

export interface GatedLayerOptions {
  /** Which gate ('glu', 'gtu', 'reglu', 'geglu', 'swiglu', 'bilinear'). */
  readonly variant?: string;
  /** Axis cut into halves; default -1. */
  readonly axis?: number;
  readonly name?: string;
  readonly inputShape?: number[];
  readonly batchInputShape?: number[];
  readonly trainable?: boolean;
}

/** The layer of a split activation: output shape halves the split axis. */
export function gatedLayer(spec: GatedSpec): typeof tfl.layers.Layer & { className: string } {
  const op = gatedOp(spec);
  class GatedLayer extends tfl.layers.Layer {
    static className = spec.className;
    readonly variant: string;
    readonly axis: number;

    constructor(options: GatedLayerOptions = {}) {
      const { variant, axis, ...layerArgs } = options as GatedLayerOptions & { customObjects?: unknown };
      delete (layerArgs as { customObjects?: unknown }).customObjects;
      super(layerArgs);
      this.variant = variant ?? spec.defaultVariant;
      this.axis = axis ?? -1;
      if (!(this.variant in spec.variants)) {
        throw new Error(`${spec.className}: expected variant to be one of ${Object.keys(spec.variants).map((v) => `'${v}'`).join(', ')}, got '${this.variant}' — pick one of those`);
      }
    }

    override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
      const shape = [...((Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape)];
      const axis = this.axis < 0 ? this.axis + shape.length : this.axis;
      const size = shape[axis];
      if (size != null) {
        if (size % 2 !== 0) throw new Error(`${spec.className}: expected an even size on axis ${this.axis}, got ${size} — make the preceding layer's width even`);
        shape[axis] = size / 2;
      }
      return shape;
    }

    override call(inputs: Tensor | Tensor[]): Tensor {
      return op(Array.isArray(inputs) ? inputs[0] : inputs, { variant: this.variant, axis: this.axis });
    }

    override getConfig(): serialization.ConfigDict {
      return { ...super.getConfig(), variant: this.variant, axis: this.axis };
    }
  }
  Object.defineProperty(GatedLayer, 'name', { value: spec.className });
  serialization.registerClass(GatedLayer, 'layerkit');
  return GatedLayer;
}

/** One layer class per gated spec, by spec name. */
export const GATED_LAYERS: Record<string, ReturnType<typeof gatedLayer>> = Object.fromEntries(GATED.map((spec) => [spec.name, gatedLayer(spec)]));
