// Reads and writes tfjs model directories (model.json + one weights.bin) without tfjs-node.
import * as tf from '@tensorflow/tfjs-core';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function saveTo(directory: string): tf.io.IOHandler {
  return tf.io.withSaveHandler(async (artifacts) => {
    const partial = `${directory}.partial`;
    mkdirSync(partial, { recursive: true });
    const weightData = artifacts.weightData instanceof ArrayBuffer ? artifacts.weightData : tf.io.concatenateArrayBuffers(artifacts.weightData as ArrayBuffer[]);
    writeFileSync(join(partial, 'weights.bin'), new Uint8Array(weightData));
    writeFileSync(join(partial, 'model.json'), JSON.stringify({
      modelTopology: artifacts.modelTopology,
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      convertedBy: artifacts.convertedBy,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    }));
    renameSync(partial, directory);
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  });
}

export function loadFrom(directory: string): tf.io.IOHandler {
  const json = JSON.parse(readFileSync(join(directory, 'model.json'), 'utf8'));
  const bytes = readFileSync(join(directory, 'weights.bin'));
  const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData });
}
