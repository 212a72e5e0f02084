import type * as tfl from '@tensorflow/tfjs-layers';

/** A layer class as the registry holds it: constructible, with tfjs's static className. */
export type LayerClass = (new (options: never) => tfl.layers.Layer) & { readonly className: string };

/** One registry entry per catalog item of @layerkit/layers. */
export interface LayersEntry {
  /** Catalog id, for example 'layers.multi-head-attention'. */
  readonly id: string;
  readonly kind: 'layer' | 'op' | 'utility';
  /** What to import for this item, the main name first; every name is exported by the package. */
  readonly exports: readonly string[];
  readonly summary: string;
  /** Layer classes registered with tf.serialization; the first is the catalog's `layer`. */
  readonly layers: readonly LayerClass[];
  /** The options the docs construct each layer class with (its required ones, and what the item sets). Default {}. */
  readonly docsOptions?: readonly Readonly<Record<string, unknown>>[];
  /** Further class names a saved model may use for the first layer class (Keras, TF-Addons). */
  readonly aliases?: readonly string[];
}
