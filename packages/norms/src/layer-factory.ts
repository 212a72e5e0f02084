import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, rejectUnknownOptions } from '@layerkit/core';
import {
  constraintFrom, initializerFrom, regularizerFrom, serializeObject,
  type Constraint, type Initializer, type KerasObjectIdentifier, type Regularizer,
} from './keras-objects.js';

/**
 * The one layer factory for reduction specs (STYLE §19): a definition per norm — its options
 * with defaults, its weights and the op it calls — gives a layer class with tfjs's template
 * (build() makes weights through initializers, computeOutputShape, getConfig() with every
 * option), Keras-style weight options and names, and the Keras / TF-Addons class names it
 * also answers to when a model.json is loaded.
 */

/** Options of tfjs's base Layer, and what tfjs passes back through fromConfig when loading. */
export interface BaseLayerOptions {
  readonly name?: string;
  readonly inputShape?: number[];
  readonly batchInputShape?: number[];
  readonly batchSize?: number;
  readonly trainable?: boolean;
  readonly dtype?: 'float32';
  /** Initial values of the weights, in the layer's weight order. */
  readonly weights?: Tensor[];
}

const BASE_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'];

/** `gammaInitializer`, `gammaRegularizer`, `gammaConstraint` for a weight named 'gamma'. */
export type WeightOptions<Name extends string> =
  & { readonly [K in `${Name}Initializer`]?: KerasObjectIdentifier<Initializer> | null }
  & { readonly [K in `${Name}Regularizer`]?: KerasObjectIdentifier<Regularizer> | null }
  & { readonly [K in `${Name}Constraint`]?: KerasObjectIdentifier<Constraint> | null };

const camel = (name: string) => name.replace(/_+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
const weightOptionNames = (name: string) => ['Initializer', 'Regularizer', 'Constraint'].map((suffix) => `${camel(name)}${suffix}`);

export interface NormLayerWeight<Own> {
  /** The weight's name, as Keras and TF-Addons name it ('gamma', 'beta', 'learned_epsilon'). */
  readonly name: string;
  /** 'features': one value per normalized feature or channel; 'scalar': one value, shape [1]. */
  readonly size: 'features' | 'scalar';
  /** Whether the layer has the weight with these options (scale, center, affine …). Default: always. */
  readonly when?: (options: Own) => boolean;
  /** The initializer when the options give none, from the options and the number of features. */
  readonly initial: (options: Own, features: number) => Initializer;
  /** Its shape when it is not the features' own (TF-Addons FRN keeps [1, 1, 1, C]). */
  readonly shape?: (features: readonly number[], options: Own) => number[];
  /** False for state the layer updates itself (BatchNorm's moving statistics). Default true. */
  readonly trainable?: boolean;
}

/** What a layer's op learns about the call beyond x: training or inference, and how to update its state. */
export interface NormCallContext {
  readonly training: boolean;
  /** Writes a new value into a non-trainable weight (a moving average). */
  update(name: string, value: Tensor): void;
  /** The further inputs when the layer is called on a list (RegionNorm's mask): x is the first. */
  readonly others: readonly Tensor[];
}

export interface NormLayerDefinition<Own> {
  readonly className: string;
  /** Every option of the layer besides tfjs's base options and the weights' ones, with its default. */
  readonly defaults: { readonly [K in keyof Own]-?: Own[K] };
  /** In creation order: the order of getWeights() and setWeights(). */
  readonly weights: readonly NormLayerWeight<Own>[];
  /** The axis or axes the 'features' weights cover. Default: the 'axis' option, else -1. */
  readonly featureAxes?: (options: Own) => number | readonly number[];
  /** Checks against the input shape at build time (groups against channels …). */
  readonly check?: (options: Own, inputShape: tfl.Shape, features: readonly number[]) => void;
  /** The op: x and the layer's weights by name (absent ones missing), with the options. */
  readonly apply: (x: Tensor, weights: Readonly<Record<string, Tensor>>, options: Own, context: NormCallContext) => Tensor;
}

/** A layer class made by normLayer: constructible from TypeScript with its typed options. */
export interface NormLayerClass<Options extends object> {
  new (options?: Options): NormLayer;
  readonly className: string;
  /** The Keras / TF-Addons classes loading the same layer from a model.json (subclasses of this one). */
  readonly aliases: readonly NormLayerClass<Options>[];
  fromConfig<T extends serialization.Serializable>(cls: serialization.SerializableConstructor<T>, config: serialization.ConfigDict): T;
}

interface WeightObjects {
  readonly initializer: Initializer | null;
  readonly regularizer: Regularizer | null;
  readonly constraint: Constraint | null;
}

type AnyDefinition = NormLayerDefinition<Record<string, unknown>>;

function featureSizes(layer: string, inputShape: tfl.Shape, axes: number | readonly number[]): number[] {
  const rank = inputShape.length;
  const given = typeof axes === 'number' ? [axes] : [...axes];
  return given.map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b).map((a) => {
    if (!Number.isInteger(a) || a <= 0 || a >= rank) {
      throw new Error(`${layer}: expected axes in [1, ${rank - 1}] (axis 0 is the batch) for input shape [${inputShape.join(', ')}], got ${JSON.stringify(axes)} — use -1 for the last axis`);
    }
    const size = inputShape[a];
    if (size == null) {
      throw new Error(`${layer}: expected a known size on axis ${a}, got input shape [${inputShape.join(', ')}] — give the model an inputShape`);
    }
    return size;
  });
}

/** The layers every norm class derives from: options, weights, call and config from its definition. */
export class NormLayer extends tfl.layers.Layer {
  /** The resolved options (defaults filled in), as getConfig() returns them. */
  readonly options: Readonly<Record<string, unknown>>;
  private readonly definition: AnyDefinition;
  private readonly weightObjects: Readonly<Record<string, WeightObjects>>;
  private variables: Array<[string, tfl.LayerVariable]> = [];

  constructor(definition: AnyDefinition, options: Readonly<Record<string, unknown>>) {
    const base: Record<string, unknown> = {};
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) (BASE_OPTIONS.includes(key) ? base : own)[key] = value;
    super(base as never);
    const weightKeys = definition.weights.flatMap((w) => weightOptionNames(w.name));
    rejectUnknownOptions(definition.className, own, [...Object.keys(definition.defaults), ...weightKeys, ...BASE_OPTIONS]);
    const resolved: Record<string, unknown> = {};
    for (const [key, fallback] of Object.entries(definition.defaults)) {
      const value = own[key] === undefined ? fallback : own[key];
      const expected = fallback === null || Array.isArray(fallback) ? null : typeof fallback;
      if (expected && value !== null && typeof value !== expected && !(key === 'axis' && Array.isArray(value))) {
        throw new Error(`${definition.className}: expected option '${key}' to be a ${expected}, got ${describe(value)} — pass e.g. ${key}: ${JSON.stringify(fallback)}`);
      }
      resolved[key] = value;
    }
    this.definition = definition;
    this.options = resolved;
    this.weightObjects = Object.fromEntries(definition.weights.map((w) => {
      const [initializer, regularizer, constraint] = weightOptionNames(w.name);
      return [w.name, {
        initializer: initializerFrom(own[initializer] as never),
        regularizer: regularizerFrom(own[regularizer] as never),
        constraint: constraintFrom(own[constraint] as never),
      }];
    }));
    // Per-position norms: a mask on the time steps passes through unchanged.
    this.supportsMasking = true;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const input = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const { definition, options } = this;
    const axes = definition.featureAxes?.(options) ?? (options.axis as number | number[] | undefined) ?? -1;
    const features = featureSizes(definition.className, input, axes);
    definition.check?.(options, input, features);
    const count = features.reduce((a, b) => a * b, 1);
    this.variables = definition.weights.filter((w) => w.when?.(options) ?? true).map((w) => {
      const objects = this.weightObjects[w.name];
      const shape = w.size === 'scalar' ? [1] : w.shape?.(features, options as never) ?? features;
      return [w.name, this.addWeight(w.name, shape, 'float32', objects.initializer ?? w.initial(options, count),
        objects.regularizer ?? undefined, w.trainable ?? true, objects.constraint ?? undefined)];
    });
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    // Called on [x, …others]: the output has x's shape.
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override call(inputs: Tensor | Tensor[], kwargs: { training?: boolean } = {}): Tensor {
    return tf.tidy(() => {
      const weights = Object.fromEntries(this.variables.map(([name, variable]) => [name, variable.read()]));
      const variables = new Map(this.variables);
      const context: NormCallContext = {
        training: kwargs.training === true,
        update: (name, value) => { variables.get(name)!.write(value); },
        others: Array.isArray(inputs) ? inputs.slice(1) : [],
      };
      return this.definition.apply(Array.isArray(inputs) ? inputs[0] : inputs, weights, this.options, context);
    });
  }

  override getConfig(): serialization.ConfigDict {
    const objects: serialization.ConfigDict = {};
    for (const w of this.definition.weights) {
      const [initializer, regularizer, constraint] = weightOptionNames(w.name);
      const given = this.weightObjects[w.name];
      objects[initializer] = serializeObject(given.initializer);
      objects[regularizer] = serializeObject(given.regularizer);
      objects[constraint] = serializeObject(given.constraint);
    }
    return { ...super.getConfig(), ...(this.options as serialization.ConfigDict), ...objects };
  }

  /**
   * What a loader passes: the config less tfjs's `customObjects`, with a Keras 3 dtype policy
   * ({class_name: 'DTypePolicy', config: {name: 'float32'}}) read as its name.
   */
  static override fromConfig<T extends serialization.Serializable>(cls: serialization.SerializableConstructor<T>, config: serialization.ConfigDict): T {
    const { customObjects: _customObjects, ...rest } = config;
    const dtype = rest.dtype as serialization.ConfigDict | string | undefined;
    if (dtype && typeof dtype === 'object') rest.dtype = ((dtype.config as serialization.ConfigDict | undefined)?.name as string) ?? 'float32';
    return new cls(rest);
  }
}

/** A Keras / TF-Addons class name the layer also loads under, with what differs in its definition. */
export type NormLayerAlias<Own> = Partial<Omit<NormLayerDefinition<Own>, 'className'>> & { readonly className: string };

/**
 * The layer class of a definition, and a subclass per alias, each registered for serialization
 * under the package's name ('layerkit'): a bundle that keeps the class can load it from a
 * model.json, and one that drops it carries none of it. Callers annotate each call `@__PURE__`
 * (its arguments' calls too), so bundlers drop a class nothing uses.
 */
export function normLayer<Own extends object, Options extends object>(
  definition: NormLayerDefinition<Own>,
  aliases: readonly NormLayerAlias<any>[] = [],
): NormLayerClass<Options> {
  const main = definition as unknown as AnyDefinition;
  const Layer = class extends NormLayer {
    static className = definition.className;
    static aliases: readonly NormLayerClass<Options>[] = [];
    constructor(options: Options = {} as Options, override: AnyDefinition = main) {
      super(override, options as Record<string, unknown>);
    }
  };
  Object.defineProperty(Layer, 'name', { value: definition.className });
  Layer.aliases = aliases.map((alias) => {
    const aliasDefinition = { ...main, ...alias } as AnyDefinition;
    const Alias = class extends Layer {
      static override className = alias.className;
      constructor(options: Options = {} as Options) {
        super(options, aliasDefinition);
      }
    };
    Object.defineProperty(Alias, 'name', { value: alias.className.replace(/\W/g, '') });
    return serialization.registerClass(Alias, 'layerkit') as unknown as NormLayerClass<Options>;
  });
  return serialization.registerClass(Layer, 'layerkit') as unknown as NormLayerClass<Options>;
}
