/**
 * Merging tfjs model directories tensor by tensor (Node: it reads and writes files). The
 * in-memory entry points it shares its planning and alignment with are in ../merge.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entries, mergeBaseOf, runMerge, type MergeOptions, type MergeResult } from '../merge.js';
import { executeMergeAsync, planMerge, type MergeSummary } from '../merge-engine.js';
import { getMergeMethod } from '../merge-methods.js';
import type { SliceDefinition } from '../slice-definition.js';
import { ModelDirectory, ModelDirectoryWriter } from './model-directory.js';
import { planSlices } from './slices.js';

export interface DirectoryMergeOptions extends MergeOptions<string> {
  /** Where the merged model directory goes (written to a temporary sibling, renamed at the end). */
  readonly output: string;
  /** Validate and compute everything, write nothing. */
  readonly dryRun?: boolean;
  readonly overwrite?: boolean;
  /** Extra entries for model.json's userDefinedMetadata (the tool records the method and seed). */
  readonly metadata?: Record<string, unknown>;
  /**
   * mergekit's `slices`, instead of `models` (leave that empty): a layer stack assembled from layer
   * ranges of Sequential models, each slice merged from its sources layer by layer.
   */
  readonly slices?: readonly SliceDefinition[];
}

function samePath(left: string, right: string): boolean {
  const real = (file: string) => { try { return fs.realpathSync(path.resolve(file)); } catch { return path.resolve(file); } };
  return real(left) === real(right);
}

/**
 * Merges tfjs model directories tensor by tensor: peak memory stays near one tensor per input
 * model (alignment, when asked for, holds the permuted tensors of two models while matching).
 * As in mergekit configs, a `models` entry that is the base_model of a method using a base is that
 * base (mergekit's "no parameters necessary for base model" entry), not one more model.
 */
export async function mergeModelDirectories(options: DirectoryMergeOptions): Promise<MergeResult<string | null>> {
  const opened = new Map<string, ModelDirectory>();
  let writer: ModelDirectoryWriter | null = null;
  const open = (directory: string) => {
    let model = opened.get(directory);
    if (!model) {
      model = ModelDirectory.open(directory, directory);
      opened.set(directory, model);
    }
    return model;
  };
  const metadata = (summary: MergeSummary) => ({
    layerkitMerge: {
      method: summary.method, seed: summary.seed, ...(options.dtype ? { dtype: options.dtype } : {}), ...(options.outDtype ? { outDtype: options.outDtype } : {}), ...(options.metadata ?? {}),
    },
  });
  try {
    if (options.slices) {
      if (options.models.length > 0) {
        throw new Error(`${options.method}: expected either models or slices, got both — mergekit configs use one of them`);
      }
      if (options.align) {
        throw new Error(`${options.method}: expected no align with slices, got align.method '${options.align.method}' — align the models in a models: merge first, then slice its output`);
      }
      const method = getMergeMethod(options.method);
      const sliced = planSlices({
        method, baseModel: options.base ?? null, slices: options.slices, parameters: options.parameters, dtype: options.dtype, outDtype: options.outDtype, open,
      });
      const summary: MergeSummary = { method: method.name, tensors: sliced.tensors, elements: sliced.elements, seed: sliced.plans[0]?.seed ?? null };
      if (!options.dryRun) writer = new ModelDirectoryWriter(sliced.layout, options.output, { overwrite: options.overwrite });
      const activeWriter = writer;
      let tensorsBefore = 0;
      let elementsBefore = 0;
      for (const plan of sliced.plans) {
        await executeMergeAsync(plan, (weight, values) => activeWriter?.write(weight.name, values), (progress) => options.onProgress?.({
          ...progress, index: tensorsBefore + progress.index, tensors: sliced.tensors, elementsDone: elementsBefore + progress.elementsDone, elements: sliced.elements,
        }));
        tensorsBefore += plan.weights.length;
        elementsBefore += plan.elements;
      }
      activeWriter?.commit(metadata(summary));
      return { result: options.dryRun ? null : options.output, summary, alignment: null };
    }
    const method = getMergeMethod(options.method);
    const base = options.base ? open(options.base) : null;
    const models = entries(options.models).filter((entry) => !(base && method.base !== 'unused' && samePath(entry.model, options.base!)));
    const inputs = models.map((entry) => ({ source: open(entry.model), parameters: entry.parameters }));
    if (inputs.length === 0) {
      throw new Error(`${method.name}: expected at least ${method.models.minimum} model(s) under models${base ? ' besides base_model' : ''}, got 0 — list the models to merge`);
    }
    const reference = base ?? inputs[0]!.source;
    const topology = reference.modelJson.modelTopology;
    if (options.dryRun) {
      const outcome = await runMerge(options, base, inputs, topology, () => () => undefined);
      return { result: null, ...outcome };
    }
    // Validate before creating anything on disk.
    planMerge({ method: options.method, base: mergeBaseOf(options, base, inputs), models: inputs, parameters: options.parameters, dtype: options.dtype, outDtype: options.outDtype });
    const outcome = await runMerge(options, base, inputs, topology, () => {
      const created = new ModelDirectoryWriter(reference, options.output, { overwrite: options.overwrite });
      writer = created;
      return (name, values) => created.write(name, values);
    });
    writer!.commit(metadata(outcome.summary));
    return { result: options.output, ...outcome };
  } catch (error) {
    writer?.abort();
    throw error;
  } finally {
    for (const model of opened.values()) model.close();
  }
}
