/**
 * The library API: merge weight maps or LayersModels with any registered method, optionally
 * aligning every model's hidden units to the base (or first) model first. Each entry point returns
 * the kind it was given. Runs anywhere tfjs does; model directories are node/merge-directories.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadLayersModel, type LayersModel } from '@tensorflow/tfjs-layers';
import { permutationSpecFromTopology, type PermutationSpec } from './alignment/permutation-spec.js';
import { permutedSource, weightMatching, type Permutations } from './alignment/weight-matching.js';
import { activationMatching } from './alignment/activation-matching.js';
import { initializeMatchingBackend } from './alignment/similarity.js';
import { otfusionAlignment } from './alignment/otfusion.js';
import { sinkhornRebasin, type SinkhornRebasinOptions } from './alignment/sinkhorn-rebasin.js';
import { checkStructure, executeMergeAsync, planMerge, type MergeInput, type MergeProgress, type MergeSummary } from './merge-engine.js';
import { getMergeMethod } from './merge-methods.js';
import type { ParameterSettings } from './parameters.js';
import type { StorageDtype } from './tensor-math.js';
import { encodeWeightValues, modelToArtifacts, sourceFromArtifacts, sourceFromTensorMap } from './weight-map.js';
import type { WeightSource, WeightValues } from './weight-source.js';

export interface WeightMatchingAlignOptions {
  /** Git Re-Basin weight matching: needs only the weights. */
  readonly method: 'weight_matching';
  /** Maximum sweeps (default 100). */
  readonly iterations?: number;
  /** Seed of the sweep order (default 0). */
  readonly seed?: number;
  /** An explicit permutation spec; by default it is derived from the model topology. */
  readonly spec?: PermutationSpec;
}

export interface ActivationMatchingAlignOptions {
  /** Git Re-Basin activation matching: runs the models on `data` (mergeModels only). */
  readonly method: 'activation_matching';
  /** One input batch, or several (for multi-input models, a list of input lists). */
  readonly data: tf.Tensor | tf.Tensor[] | tf.Tensor[][];
  readonly spec?: PermutationSpec;
}

export interface OtfusionAlignOptions {
  /** OTFusion's alignment (exact OT, weights ground metric, equal widths): one assignment per layer in order. */
  readonly method: 'otfusion';
  readonly spec?: PermutationSpec;
}

export interface SinkhornAlignOptions extends SinkhornRebasinOptions {
  /** Sinkhorn re-basin with the weight cost (needs a tfjs backend: it trains soft permutations). */
  readonly method: 'sinkhorn_rebasin';
  readonly spec?: PermutationSpec;
}

export type AlignOptions = WeightMatchingAlignOptions | ActivationMatchingAlignOptions | OtfusionAlignOptions | SinkhornAlignOptions;

export interface ModelEntry<T> {
  readonly model: T;
  readonly parameters?: ParameterSettings;
}

export interface MergeOptions<T> {
  /** Method name as in configs: 'linear', 'ties', 'task_arithmetic', … */
  readonly method: string;
  readonly base?: T | null;
  readonly models: readonly (T | ModelEntry<T>)[];
  readonly parameters?: ParameterSettings;
  readonly align?: AlignOptions | null;
  readonly onProgress?: (progress: MergeProgress) => void;
  /** mergekit's `dtype`: inputs rounded to float16 or bfloat16 precision first (weights stay float32). */
  readonly dtype?: StorageDtype;
  /** mergekit's `out_dtype`: the result rounded to this precision (default: `dtype`). */
  readonly outDtype?: StorageDtype;
}

export interface AlignmentReport {
  /** Per input model (config order): the permutations applied, and the sweeps weight matching took. */
  readonly models: readonly { readonly label: string; readonly sweeps: number; readonly permutations: Permutations }[];
  readonly spec: PermutationSpec;
}

export interface MergeResult<T> {
  readonly result: T;
  readonly summary: MergeSummary;
  readonly alignment: AlignmentReport | null;
}

/**
 * `{ model, parameters }` rather than a bare input. A weight map may hold a tensor named 'model'
 * and a Sequential has a `model` property, so neither counts as an entry.
 */
function isEntry<T>(value: T | ModelEntry<T>): value is ModelEntry<T> {
  if (typeof value !== 'object' || value === null || !('model' in (value as object))) return false;
  if (typeof (value as { predict?: unknown }).predict === 'function') return false;
  return !((value as { model: unknown }).model instanceof tf.Tensor);
}

/** Entries as given, bare inputs wrapped (shared with node/merge-directories.ts). */
export function entries<T>(models: readonly (T | ModelEntry<T>)[]): ModelEntry<T>[] {
  return models.map((model) => (isEntry(model) ? model : { model }));
}

/**
 * Aligns every model (not the base) to the reference — the base when there is one, else the first
 * model, which stays as it is — and returns the permuted sources.
 */
export function alignSources(
  align: AlignOptions, topology: unknown, base: WeightSource | null, models: readonly WeightSource[],
): { sources: WeightSource[]; report: AlignmentReport } {
  if (align.method === 'activation_matching') {
    throw new Error(
      `align: expected method 'weight_matching' here, got '${String((align as { method: unknown }).method)}' — activation_matching needs the models themselves: use mergeModels; Sinkhorn re-basin, ZipIt! and OTFusion are not shipped yet`,
    );
  }
  const reference = base ?? models[0]!;
  const spec = align.spec ?? permutationSpecFromTopology(topology, reference.weights);
  const report: AlignmentReport['models'][number][] = [];
  const sources = models.map((source) => {
    if (source === reference) {
      report.push({ label: source.label, sweeps: 0, permutations: {} });
      return source;
    }
    const { permutations, sweeps } = align.method === 'otfusion'
      ? { permutations: otfusionAlignment(spec, reference, source), sweeps: 1 }
      : align.method === 'sinkhorn_rebasin'
        ? { permutations: sinkhornRebasin(spec, reference, source, align), sweeps: align.steps ?? 300 }
        : weightMatching(spec, reference, source, { iterations: align.iterations, seed: align.seed });
    report.push({ label: source.label, sweeps, permutations });
    return permutedSource(source, spec, permutations);
  });
  return { sources, report: { models: report, spec } };
}

/**
 * The base the merge method sees. With `align`, a base_model is first of all the alignment target:
 * a method that takes no base (linear, karcher …) merges the aligned models without it, the
 * base only fixing the basis they are aligned to; it must still share the models' tensors.
 */
export function mergeBaseOf(options: MergeOptions<unknown>, base: WeightSource | null, inputs: readonly MergeInput[]): WeightSource | null {
  if (base === null || !options.align || getMergeMethod(options.method).base !== 'unused') return base;
  checkStructure(`${options.method} with align`, base, inputs.map((input) => input.source));
  return null;
}

type Aligner = (sources: WeightSource[]) => Promise<{ sources: WeightSource[]; report: AlignmentReport }>;

/** Plans, aligns and merges into what `openOutput` returns (shared with node/merge-directories.ts). */
export async function runMerge(
  options: MergeOptions<unknown>, base: WeightSource | null, inputs: readonly MergeInput[], topology: unknown,
  openOutput: () => (name: string, values: WeightValues) => void, aligner?: Aligner,
): Promise<{ summary: MergeSummary; alignment: AlignmentReport | null }> {
  const mergeBase = mergeBaseOf(options, base, inputs);
  // Plan once before alignment too: a bad config fails before the (slow) matching runs.
  const precision = { dtype: options.dtype, outDtype: options.outDtype };
  planMerge({ method: options.method, base: mergeBase, models: inputs, parameters: options.parameters, ...precision });
  let alignment: AlignmentReport | null = null;
  let aligned = inputs;
  if (options.align) {
    const align = options.align;
    // Weight matching's similarity matrices run on wasm when the app registered it (never imported here).
    if (align.method === 'weight_matching') await initializeMatchingBackend();
    const { sources, report } = aligner
      ? await aligner(inputs.map((input) => input.source))
      : alignSources(align, topology, base, inputs.map((input) => input.source));
    alignment = report;
    aligned = inputs.map((input, index) => ({ ...input, source: sources[index]! }));
  }
  const plan = planMerge({ method: options.method, base: mergeBase, models: aligned, parameters: options.parameters, ...precision });
  // The output is opened only now: an interrupted alignment leaves nothing on disk to clean up.
  const write = openOutput();
  const summary = await executeMergeAsync(plan, (weight, values) => write(weight.name, values), options.onProgress);
  return { summary, alignment };
}

/** Merges weight maps; returns a new map of float32 tensors (the caller disposes it). */
export async function mergeWeights(
  options: MergeOptions<tf.NamedTensorMap> & { readonly topology?: unknown },
): Promise<MergeResult<tf.NamedTensorMap>> {
  const models = entries(options.models);
  const base = options.base ? sourceFromTensorMap(options.base, 'base_model') : null;
  const inputs = models.map((entry, index) => ({ source: sourceFromTensorMap(entry.model, `models[${index}]`), parameters: entry.parameters }));
  if (options.align && !options.align.spec && options.topology === undefined) {
    throw new Error('mergeWeights: expected a topology or align.spec to align weight maps, got neither — pass topology: model.toJSON(null, false) or a permutation spec');
  }
  const shapes = new Map((base ?? inputs[0]!.source).weights.map((weight) => [weight.name, weight]));
  const result: tf.NamedTensorMap = {};
  const outcome = await runMerge(options, base, inputs, options.topology, () => (name, values) => {
    const info = shapes.get(name)!;
    result[name] = tf.tensor(values instanceof Uint8Array ? Array.from(values) : values, [...info.shape], info.dtype);
  });
  return { result, ...outcome };
}

/** Merges LayersModels; returns a new LayersModel with the reference model's topology. */
export async function mergeModels(options: MergeOptions<LayersModel>): Promise<MergeResult<LayersModel>> {
  const models = entries(options.models);
  const baseArtifacts = options.base ? await modelToArtifacts(options.base) : null;
  const modelArtifacts = await Promise.all(models.map((entry) => modelToArtifacts(entry.model)));
  const base = baseArtifacts ? sourceFromArtifacts(baseArtifacts, 'base_model') : null;
  const inputs = models.map((entry, index) => ({ source: sourceFromArtifacts(modelArtifacts[index]!, `models[${index}]`), parameters: entry.parameters }));
  const referenceArtifacts = baseArtifacts ?? modelArtifacts[0]!;
  const written: WeightValues[] = [];
  let aligner: Aligner | undefined;
  const align = options.align;
  if (align?.method === 'activation_matching') {
    aligner = async (sources) => {
      const referenceModel = options.base ?? models[0]!.model;
      const referenceSource = base ?? sources[0]!;
      const spec = align.spec ?? permutationSpecFromTopology(referenceArtifacts.modelTopology, referenceSource.weights);
      const report: AlignmentReport['models'][number][] = [];
      const aligned: WeightSource[] = [];
      for (const [index, source] of sources.entries()) {
        const model = models[index]!.model;
        if (model === referenceModel) {
          report.push({ label: source.label, sweeps: 0, permutations: {} });
          aligned.push(source);
          continue;
        }
        const permutations = await activationMatching(spec, referenceModel, model, align.data);
        report.push({ label: source.label, sweeps: 1, permutations });
        aligned.push(permutedSource(source, spec, permutations));
      }
      return { sources: aligned, report: { models: report, spec } };
    };
  }
  const outcome = await runMerge(options, base, inputs, referenceArtifacts.modelTopology, () => (_name, values) => { written.push(values); }, aligner);
  const merged = await loadLayersModel(tf.io.fromMemory({
    ...referenceArtifacts,
    weightData: encodeWeightValues(written),
  }));
  return { result: merged, ...outcome };
}
