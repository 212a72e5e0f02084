import type * as tf from '@tensorflow/tfjs-core';
import type { GradientTransform } from './transforms/transform.js';

/** A transform class as the chain's loader needs it. */
export interface TransformClass {
  readonly className: string;
  fromConfig(config: tf.serialization.ConfigDict): GradientTransform;
}

/** One registry entry per catalog item of @layerkit/training. */
export interface TrainingEntry {
  /** Catalog id, for example 'training.adamw'. */
  readonly id: string;
  readonly kind: 'optimizer' | 'schedule' | 'gradient-transform' | 'utility' | 'regularizer' | 'layer';
  /** What to import for this item, the main name first; every name is exported by the package. */
  readonly exports: readonly string[];
  readonly summary: string;
  /** tf.Optimizer classes registered with tf.serialization, so models compiled with them save and load. */
  readonly optimizers?: readonly (typeof tf.Optimizer)[];
  /** Layer classes registered with tf.serialization; the first is the catalog's `layer`. */
  readonly layers?: readonly (typeof tf.serialization.Serializable)[];
  /** 'composite' for items that define a gradient (through tfjs ops); others have none. */
  readonly gradient?: 'composite';
  /** Gradient transforms the transform chain can rebuild from a saved config. */
  readonly transforms?: readonly TransformClass[];
}
