import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { gatedOp, type GatedSpec } from '@layerkit/core';
import type { LayerArgs } from './layers.js';
import { GATED } from './registry.js';
import { registerWasmKernels } from './wasm-kernels.js';

export interface GatedLayerOptions<Variant extends string = string> extends LayerArgs {
  /** Which gate ('glu', 'gtu', 'reglu', 'geglu', 'swiglu', 'bilinear'). */
  readonly variant?: Variant;
  /** Axis cut into halves; default -1. */
  readonly axis?: number;
}

/** The layer of a split activation: output shape halves the split axis. */
export class GatedActivationLayer extends tfl.layers.Layer {
  readonly spec: GatedSpec;
  readonly variant: string;
  readonly axis: number;
  private readonly op: ReturnType<typeof gatedOp>;

  constructor(spec: GatedSpec, options: GatedLayerOptions = {}) {
    const { variant, axis, ...layerArgs } = options as GatedLayerOptions & { customObjects?: unknown };
    delete (layerArgs as { customObjects?: unknown }).customObjects;
    super(layerArgs);
    this.spec = spec;
    this.op = gatedOp(spec);
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
      if (size % 2 !== 0) throw new Error(`${this.spec.className}: expected an even size on axis ${this.axis}, got ${size} — make the preceding layer's width even`);
      shape[axis] = size / 2;
    }
    return shape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return this.op(Array.isArray(inputs) ? inputs[0] : inputs, { variant: this.variant, axis: this.axis });
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), variant: this.variant, axis: this.axis };
  }
}

/** The class of a gated spec's layer, constructible with its variant names typed. */
export interface GatedLayerClass<Variant extends string = string> {
  new (options?: GatedLayerOptions<Variant>): GatedActivationLayer;
  readonly className: string;
  readonly spec: GatedSpec;
}

const layerClasses = new Map<GatedSpec, GatedLayerClass>();

/**
 * The layer class of a gated spec, registered for serialization under 'layerkit' with the
 * package's wasm kernels, so a bundle that keeps the class needs no register.ts. Asking twice
 * gives the same class.
 */
export function gatedLayer<Variant extends string = string>(spec: GatedSpec): GatedLayerClass<Variant> {
  const known = layerClasses.get(spec);
  if (known) return known as GatedLayerClass<Variant>;
  const SpecLayer = class extends GatedActivationLayer {
    static className = spec.className;
    static readonly spec = spec;
    constructor(options: GatedLayerOptions<Variant> = {}) {
      super(spec, options);
    }
  };
  Object.defineProperty(SpecLayer, 'name', { value: spec.className });
  serialization.registerClass(SpecLayer, 'layerkit');
  layerClasses.set(spec, SpecLayer as unknown as GatedLayerClass);
  registerWasmKernels();
  return SpecLayer;
}

/** One layer class per gated spec, by spec name (pure: a bundle that never reads it drops it). */
export const GATED_LAYERS: Readonly<Record<string, GatedLayerClass>> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ GATED.map((spec) => [spec.name, gatedLayer(spec)]),
);
