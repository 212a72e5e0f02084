import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  elementwiseBroadcastOp, elementwiseOp, givenParams, rejectUnknownOptions, resolveParams, resolveVariants, type ElementwiseSpec,
} from '@layerkit/core';
import { claimSerializationName, isSaveSafe, markOwner, registerActivationStrings, toCamelCase, toSnakeCase } from './names.js';
import { registerWasmKernels } from './wasm-kernels.js';

type Kwargs = Record<string, unknown>;

/**
 * How a layer holds its trainable params: fixed numbers, one learned scalar, one per channel, or
 * one per element of the input's non-batch shape shared over `sharedAxes` (Keras's PReLU).
 */
export type Learn = 'none' | 'scalar' | 'channel' | 'element';

/** The options of tfjs's base Layer (name, inputShape, batchInputShape, trainable, dtype …). */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tfl.layers.Layer>[0]>;

/** Options every activation layer takes besides its spec's own (`approximate`, `alpha` …). */
export type ActivationLayerOptions = LayerArgs;

/** The option of layers whose spec has trainable params. */
export interface LearnOption {
  /** How the layer learns the trainable params (default per spec: Swish 'scalar', Snake 'channel', Prelu 'element'). */
  readonly learn?: Learn;
  /**
   * With learn 'element': input axes (1 is the first after the batch) along which the params are
   * shared, as in Keras's PReLU (`[1, 2]` for images gives one value per channel). Default none.
   */
  readonly sharedAxes?: number | readonly number[] | null;
}

/** The per-spec facts a layer needs beyond the spec itself. */
export interface ActivationLayerInfo {
  readonly spec: ElementwiseSpec;
  /** The default `learn` of the layer: 'none' unless the paper trains the params. */
  readonly learn?: Learn;
}

// Options of tfjs's base Layer, and what tfjs passes back through fromConfig when loading.
const LAYER_OPTIONS = new Set(['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType', 'learn', 'sharedAxes', 'customObjects']);

/**
 * What every activation layer is: a tfjs Layer whose params, variants and `learn` are readable.
 * Each spec's class (Gelu, Swish …) is a subclass made by activationLayer, one short class per
 * spec; this base holds the template (constructor options with defaults, trainable params as
 * weights through an initializer, `getConfig()` returning every option).
 */
export class ActivationLayer extends tfl.layers.Layer {
  readonly spec: ElementwiseSpec;
  readonly params: Record<string, number>;
  readonly variants: Record<string, string>;
  readonly learn: Learn;
  /** The optional params the options gave (relu's `maxValue`); the others are not applied. */
  readonly given: ReadonlySet<string>;
  /** With learn 'element': the input axes the params are shared along (1-based after the batch). */
  readonly sharedAxes: readonly number[] | null;
  private readonly weightsByParam: Record<string, tfl.LayerVariable> = {};
  private readonly op: ReturnType<typeof elementwiseOp>;
  private readonly broadcastOp: ReturnType<typeof elementwiseBroadcastOp>;
  /** The trainable params the options gave a value for: they start there, not at a random draw. */
  private readonly passed: ReadonlySet<string>;

  constructor(info: ActivationLayerInfo, options: Readonly<Kwargs> = {}) {
    const { spec } = info;
    const layerArgs: Kwargs = {};
    const specOptions: Kwargs = {};
    for (const [key, value] of Object.entries(options)) (LAYER_OPTIONS.has(key) ? layerArgs : specOptions)[key] = value;
    delete layerArgs.learn;
    delete layerArgs.sharedAxes;
    delete layerArgs.customObjects;
    super(layerArgs as LayerArgs);
    this.spec = spec;
    this.op = elementwiseOp(spec);
    this.broadcastOp = elementwiseBroadcastOp(spec);
    this.passed = new Set(Object.keys(specOptions).filter((name) => specOptions[name] != null));
    rejectUnknownOptions(spec.className, specOptions, [...spec.params.map((p) => p.name), ...(spec.variants ?? []).map((v) => v.name), 'learn']);
    const withDefaults = { ...spec.layerDefaults, ...specOptions };
    this.params = resolveParams(spec, withDefaults);
    this.variants = resolveVariants(spec, withDefaults);
    this.given = givenParams(spec, withDefaults);
    this.learn = (options.learn as Learn | undefined) ?? info.learn ?? 'none';
    if (!['none', 'scalar', 'channel', 'element'].includes(this.learn)) {
      throw new Error(`${spec.className}: expected learn to be 'none', 'scalar', 'channel' or 'element', got ${String(this.learn)} — pick one of those`);
    }
    const shared = options.sharedAxes as number | readonly number[] | null | undefined;
    this.sharedAxes = shared == null ? null : typeof shared === 'number' ? [shared] : [...shared];
    if (this.sharedAxes && (this.learn !== 'element' || !this.sharedAxes.every((axis) => Number.isInteger(axis) && axis >= 1))) {
      throw new Error(
        `${spec.className}: sharedAxes needs learn 'element' and axes >= 1 (axis 0 is the batch), got learn '${this.learn}' and `
        + `sharedAxes [${this.sharedAxes.join(', ')}] — use learn: 'element' with axes such as [1, 2] for images`,
      );
    }
    if (this.learn !== 'none' && !spec.params.some((p) => p.trainable)) {
      throw new Error(`${spec.className}: has no trainable params, got learn: '${this.learn}' — leave learn unset`);
    }
    this.supportsMasking = true;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (this.learn !== 'none') {
      const weightShape = this.weightShape(shape);
      for (const p of this.spec.params.filter((param) => param.trainable)) {
        const draw = p.layerInit && !this.passed.has(p.name) ? p.layerInit.uniform : null;
        const weight = this.addWeight(p.name, weightShape, 'float32', tfl.initializers.constant({ value: draw ? 0 : this.params[p.name] }));
        // Drawn here, not by tfjs-layers' randomUniform initializer: it reads minval 0 as "not
        // given" and draws from [−0.05, max) instead.
        if (draw) tf.tidy(() => { weight.write(tf.randomUniform(weightShape, draw[0], draw[1])); });
        this.weightsByParam[p.name] = weight;
      }
    }
    this.built = true;
  }

  /** [1], [c], or Keras's PReLU shape: the input's non-batch shape with 1 on the shared axes. */
  private weightShape(shape: tfl.Shape): number[] {
    if (this.learn === 'scalar') return [1];
    const known = (axis: number) => {
      const size = shape[axis];
      if (size == null || size <= 0) {
        throw new Error(
          `${this.spec.className}: learn '${this.learn}' needs the size of input axis ${axis}, got input shape [${shape.join(', ')}] — `
          + `give the model an inputShape${this.learn === 'element' ? ', or share the axis with sharedAxes' : ''}`,
        );
      }
      return size;
    };
    if (this.learn === 'channel') return [known(shape.length - 1)];
    for (const axis of this.sharedAxes ?? []) {
      if (axis >= shape.length) {
        throw new Error(`${this.spec.className}: expected sharedAxes below the input rank ${shape.length}, got ${axis} — name axes 1 … ${shape.length - 1}`);
      }
    }
    return shape.slice(1).map((_, i) => (this.sharedAxes?.includes(i + 1) ? 1 : known(i + 1)));
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => {
      const input = Array.isArray(inputs) ? inputs[0] : inputs;
      if (this.learn === 'none') return this.op(input, { ...this.appliedParams(), ...this.variants });
      const params = Object.fromEntries(Object.entries(this.weightsByParam).map(([name, variable]) => [name, variable.read()]));
      const fixed = Object.fromEntries(Object.entries(this.appliedParams()).filter(([name]) => !(name in params)));
      return this.broadcastOp(input, params, { ...fixed, ...this.variants });
    });
  }

  /** The params the op applies: every one except optional params not given. */
  private appliedParams(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.params).filter(([name]) => !this.isUnset(name)));
  }

  private isUnset(name: string): boolean {
    return Boolean(this.spec.params.find((p) => p.name === name)?.optional) && !this.given.has(name);
  }

  override getConfig(): serialization.ConfigDict {
    // An optional param not given saves as null (Keras's max_value: None) and loads as not given.
    const params = Object.fromEntries(Object.entries(this.params).map(([name, value]) => [name, this.isUnset(name) ? null : value]));
    return {
      ...super.getConfig(), ...params, ...this.variants, learn: this.learn,
      ...(this.learn === 'element' ? { sharedAxes: this.sharedAxes ? [...this.sharedAxes] : null } : {}),
    };
  }
}

/** The class of one spec's layer: constructible with that spec's typed options. */
export interface ActivationLayerClass<Options extends object = Record<never, never>> {
  new (options?: Options & ActivationLayerOptions): ActivationLayer;
  readonly className: string;
  readonly spec: ElementwiseSpec;
}

const layerClasses = new Map<string, ActivationLayerClass<never>>();

/**
 * The standalone layer class of an elementwise spec (one short class per spec, made here once
 * and registered for serialization under 'layerkit', so the layer survives `model.save` →
 * `tf.loadLayersModel`), with the spec's activation strings and the package's wasm kernels: a
 * bundle that keeps the class has all three without register.ts. Asking twice gives the same class.
 */
export function activationLayer<Options extends object = Record<string, unknown>>(info: ActivationLayerInfo): ActivationLayerClass<Options> {
  const { spec } = info;
  // A layer's config saves its variants as strings, which pass through snake_case and back.
  for (const variant of spec.variants ?? []) {
    for (const choice of variant.choices.filter((c) => !isSaveSafe(c))) {
      throw new Error(
        `${spec.id}: variant '${variant.name}' choice '${choice}' does not survive model.save → tf.loadLayersModel `
        + `(it comes back as '${toCamelCase(toSnakeCase(choice))}') — spell it in lower camelCase`,
      );
    }
  }
  const key = `${spec.id}|${info.learn ?? 'none'}`;
  const known = layerClasses.get(key);
  if (known) return known as unknown as ActivationLayerClass<Options>;
  const SpecLayer = class extends ActivationLayer {
    static className = spec.className;
    static readonly spec = spec;
    constructor(options: Options & ActivationLayerOptions = {} as Options & ActivationLayerOptions) {
      super(info, options as Kwargs);
    }
  };
  Object.defineProperty(SpecLayer, 'name', { value: spec.className });
  // Layer class names share tfjs's one serialization namespace with its layers and activations.
  claimSerializationName(spec.className, `${spec.id} layer`);
  markOwner(SpecLayer, `${spec.id} layer`);
  serialization.registerClass(SpecLayer, 'layerkit');
  layerClasses.set(key, SpecLayer as ActivationLayerClass<never>);
  registerActivationStrings(spec);
  registerWasmKernels();
  return SpecLayer;
}
