/**
 * Model directories as weight sources and as a tfjs IOHandler, for Node without tfjs-node
 * (merge.weight-map's file-system half; the in-memory adapters are ../weight-map.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeWeightValues, sourceFromArtifacts } from '../weight-map.js';
import { ModelDirectory, writeModelDirectory, type ModelJson } from './model-directory.js';

/** A model directory as a source (validated like the tool does). Close it when done. */
export function sourceFromDirectory(directory: string, label?: string): ModelDirectory {
  return ModelDirectory.open(directory, label);
}

/**
 * An IOHandler over a local directory, for Node without tfjs-node: `tf.loadLayersModel(
 * directoryHandler('./model'))` and `model.save(directoryHandler('./out'))`. Loading validates the
 * directory (paths, sizes, shapes) like the merge tool; saving writes through a temporary folder.
 */
export function directoryHandler(directory: string, options: { overwrite?: boolean; shardBytes?: number } = {}): tf.io.IOHandler {
  return {
    async load(): Promise<tf.io.ModelArtifacts> {
      const model = ModelDirectory.open(directory);
      try {
        const buffers = model.weights.map((weight) => model.readBytes(weight.name));
        const weightData = encodeWeightValues(buffers);
        const json = model.modelJson as ModelJson & Record<string, unknown>;
        return {
          modelTopology: json.modelTopology as tf.io.ModelArtifacts['modelTopology'],
          format: json.format as string | undefined,
          generatedBy: json.generatedBy as string | undefined,
          convertedBy: json.convertedBy as string | null | undefined,
          trainingConfig: json.trainingConfig as tf.io.TrainingConfig | undefined,
          userDefinedMetadata: json.userDefinedMetadata as tf.io.ModelArtifacts['userDefinedMetadata'],
          weightSpecs: model.weights.map((weight) => ({ name: weight.name, shape: [...weight.shape], dtype: weight.dtype })),
          weightData,
        };
      } finally {
        model.close();
      }
    },
    async save(artifacts: tf.io.ModelArtifacts): Promise<tf.io.SaveResult> {
      const source = sourceFromArtifacts(artifacts, directory);
      const { weightSpecs: _specs, weightData: _data, ...rest } = artifacts;
      const modelJson: Record<string, unknown> = {
        modelTopology: rest.modelTopology,
        format: rest.format ?? 'layers-model',
        generatedBy: rest.generatedBy,
        convertedBy: rest.convertedBy ?? null,
      };
      if (rest.trainingConfig) modelJson.trainingConfig = rest.trainingConfig;
      if (rest.userDefinedMetadata) modelJson.userDefinedMetadata = rest.userDefinedMetadata;
      writeModelDirectory(directory, modelJson, source.weights.map((info) => ({ info, values: source.read(info.name) })), options);
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    },
  };
}

/** True when `directory` holds a model.json (used by the tool to tell models from other paths). */
export function isModelDirectory(directory: string): boolean {
  return fs.existsSync(path.join(directory, 'model.json'));
}
