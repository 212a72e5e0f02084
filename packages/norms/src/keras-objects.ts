import { serialization } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/**
 * Initializers, regularizers and constraints given as a layer option: an object, a tfjs
 * identifier ('ones', 'glorotUniform', 'l1l2', 'nonNeg') or a serialized config — the form a
 * Keras or TF-Addons model.json carries ({class_name: 'Ones', config: {}}, camel-cased by tfjs
 * when it loads). tfjs-layers keeps its own resolvers private, so the lookup goes through the
 * serialization map tfjs-layers registers these classes in, as tfjs's own layers do.
 */
export type Initializer = ReturnType<typeof tfl.initializers.ones>;
export type Regularizer = ReturnType<typeof tfl.regularizers.l1l2>;
export type Constraint = ReturnType<typeof tfl.constraints.nonNeg>;
export type KerasObjectIdentifier<T> = T | string | serialization.ConfigDict;

type Kind = 'initializer' | 'regularizer' | 'constraint';

/** A Keras regularizer class tfjs lacks, as the tfjs class that computes the same penalty. */
const KERAS_REGULARIZERS: Record<string, (config: serialization.ConfigDict) => serialization.ConfigDict> = {
  // keras.regularizers.L1(l1) and L2(l2) are L1L2 with the other rate 0.
  L1: (config) => ({ className: 'L1L2', config: { l1: config.l1 ?? 0.01, l2: 0 } }),
  L2: (config) => ({ className: 'L1L2', config: { l1: 0, l2: config.l2 ?? 0.01 } }),
};

function classOf(kind: Kind, name: string) {
  const entry = serialization.SerializationMap.getMap().classNameMap[name];
  if (!entry) {
    const known = Object.keys(serialization.SerializationMap.getMap().classNameMap);
    throw new Error(`layer options: expected a registered ${kind} class, got '${name}' — use a tfjs ${kind} (for example ${kind === 'initializer' ? "'ones' or 'glorotUniform'" : kind === 'regularizer' ? "'l1l2'" : "'nonNeg' or 'maxNorm'"}) or register the class with tf.serialization.registerClass${known.length ? '' : ' (is @tensorflow/tfjs-layers loaded?)'}`);
  }
  return entry;
}

function resolve<T>(kind: Kind, identifier: KerasObjectIdentifier<T> | null | undefined): T | null {
  if (identifier == null) return null;
  if (identifier instanceof serialization.Serializable) return identifier as T;
  let config: serialization.ConfigDict;
  if (typeof identifier === 'string') {
    // tfjs identifiers are the class names with a lower-case first letter ('glorotUniform'), 'l1l2' aside.
    config = { className: identifier === 'l1l2' ? 'L1L2' : identifier[0].toUpperCase() + identifier.slice(1), config: {} };
  } else if (typeof identifier === 'object' && typeof (identifier as serialization.ConfigDict).className === 'string') {
    config = identifier as serialization.ConfigDict;
  } else {
    throw new Error(`layer options: expected a ${kind} (an object, an identifier string or {className, config}), got ${JSON.stringify(identifier)} — pass for example ${kind === 'initializer' ? "'ones'" : 'null'}`);
  }
  const className = config.className as string;
  if (kind === 'regularizer' && KERAS_REGULARIZERS[className]) config = KERAS_REGULARIZERS[className]((config.config ?? {}) as serialization.ConfigDict);
  const [cls, fromConfig] = classOf(kind, config.className as string);
  return fromConfig(cls, (config.config ?? {}) as serialization.ConfigDict) as T;
}

// Annotated return types: inferred ones would be emitted as imports of tfjs-layers' internal
// files, which `nodenext` resolution cannot reach from a user's project.
export const initializerFrom = (identifier: KerasObjectIdentifier<Initializer> | null | undefined): Initializer | null => resolve<Initializer>('initializer', identifier);
export const regularizerFrom = (identifier: KerasObjectIdentifier<Regularizer> | null | undefined): Regularizer | null => resolve<Regularizer>('regularizer', identifier);
export const constraintFrom = (identifier: KerasObjectIdentifier<Constraint> | null | undefined): Constraint | null => resolve<Constraint>('constraint', identifier);

/** The {className, config} form tfjs writes into model.json (and Keras reads). */
export function serializeObject(value: serialization.Serializable | null): serialization.ConfigDict | null {
  return value == null ? null : { className: value.getClassName(), config: value.getConfig() };
}
