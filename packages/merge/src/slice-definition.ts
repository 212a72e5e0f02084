/**
 * mergekit's `slices` as a config gives them: layer ranges of model directories. Data only, so
 * configs parse anywhere; the layer stacks are planned over directories in Node (node/slices.ts).
 */
import type { ParameterSettings } from './parameters.js';

export interface SliceSource {
  /** Model directory path. */
  readonly model: string;
  /** Half-open [start, end) range of Sequential layer indices, as mergekit's layer_range. */
  readonly layerRange: readonly [number, number];
  readonly parameters?: ParameterSettings;
}

export interface SliceDefinition {
  readonly sources: readonly SliceSource[];
  /** The base of this slice (one of its sources); default: the merge's base_model. */
  readonly baseModel?: string | null;
  /** Parameters for this slice, ahead of the merge's own. */
  readonly parameters?: ParameterSettings;
}
