import type * as tfl from '@tensorflow/tfjs-layers';
import type { BackendName } from '@layerkit/core';

/** A layer class as the registry holds it: constructible, with tfjs's static className. */
export type LayerClass = (new (options: never) => tfl.layers.Layer) & { readonly className: string };

/** A GPU backend of tfjs that the browser tests run layers on. */
export type GpuBackend = 'webgl' | 'webgpu';

/** Options and input shapes that build a layer class in a small test; the test adds a batch of 2. */
export interface LayerExample {
  /** Options of the layer, or a function making them where an option is a layer (TiedDense's embedding). Default: none. */
  readonly options?: Readonly<Record<string, unknown>> | (() => Readonly<Record<string, unknown>>);
  /** The shape of each input without its batch dimension: one shape, or several for a layer applied to a list. */
  readonly inputShapes: readonly (readonly number[])[];
  /** Backends where the layer cannot run for a tfjs reason, with the reason; the browser test asserts it still fails there. */
  readonly fails?: Readonly<Partial<Record<GpuBackend, string>>>;
}

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
  /** One example per layer class, in the order of `layers`: what the browser test builds and compares across backends. */
  readonly examples?: readonly LayerExample[];
  /** Further class names a saved model may use for the first layer class (Keras, TF-Addons). */
  readonly aliases?: readonly string[];
  /** Backends where the layer's forward runs a fused kernel of this package; elsewhere (and by default) a composition of ops. */
  readonly fused?: readonly BackendName[];
}
