import { io } from '@tensorflow/tfjs-core';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Models on the local file system from plain Node, in the layout tfjs-node writes and
 * `tf.loadLayersModel('file://…')` reads: a folder with model.json and weights.bin. tfjs itself
 * has this only in tfjs-node (a native package); this handler needs nothing but node:fs.
 */

const MODEL_JSON = 'model.json';
const WEIGHTS = 'weights.bin';
const SCHEME = 'file://';

/** A path as the tfjs `file://` scheme spells it: the rest of the string, relative or absolute. */
const pathOf = (url: string) => (url.startsWith(SCHEME) ? url.slice(SCHEME.length) : url);

/** Where model.json is: the path itself when it names a .json file, else model.json inside the folder. */
const modelJsonOf = (path: string) => (path.endsWith('.json') ? path : join(path, MODEL_JSON));

/** Writes a file under a temporary name and renames it into place, so no reader sees half of it. */
async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * An IOHandler for a model on disk: `model.save(fileSystem('out/model'))` writes
 * out/model/model.json and out/model/weights.bin; `tf.loadLayersModel(fileSystem('out/model'))`
 * (or the model.json path) reads them back. A `file://` prefix is accepted and dropped.
 */
export function fileSystem(path: string): io.IOHandler {
  if (typeof path !== 'string' || pathOf(path) === '') {
    throw new Error(`fileSystem: expected a folder or model.json path, got ${JSON.stringify(path)} — pass a path such as 'models/my-model'`);
  }
  const modelJson = resolve(modelJsonOf(pathOf(path)));
  const folder = dirname(modelJson);
  return {
    async save(artifacts: io.ModelArtifacts): Promise<io.SaveResult> {
      if (artifacts.modelTopology instanceof ArrayBuffer) {
        throw new Error('fileSystem: expected a JSON model topology, got binary (a GraphDef) — save LayersModels, or write the GraphDef yourself');
      }
      const weightData = artifacts.weightData == null ? new ArrayBuffer(0) : io.CompositeArrayBuffer.join(artifacts.weightData);
      const json: Record<string, unknown> = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        weightsManifest: [{ paths: [WEIGHTS], weights: artifacts.weightSpecs ?? [] }],
        trainingConfig: artifacts.trainingConfig,
        signature: artifacts.signature,
        userDefinedMetadata: artifacts.userDefinedMetadata,
        modelInitializer: artifacts.modelInitializer,
        initializerSignature: artifacts.initializerSignature,
      };
      for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
      await mkdir(folder, { recursive: true });
      // Weights first: once model.json is in place, everything it names is complete.
      await writeWhole(join(folder, WEIGHTS), new Uint8Array(weightData));
      await writeWhole(modelJson, JSON.stringify(json));
      return { modelArtifactsInfo: io.getModelArtifactsInfoForJSON({ ...artifacts, weightData }) };
    },

    async load(): Promise<io.ModelArtifacts> {
      let text: string;
      try {
        text = await readFile(modelJson, 'utf8');
      } catch (error) {
        throw new Error(`fileSystem: expected a model at ${modelJson}, but it cannot be read (${(error as NodeJS.ErrnoException).code ?? error}) — check the path; a folder saved with model.save holds model.json`);
      }
      const json = JSON.parse(text) as io.ModelJSON;
      return io.getModelArtifactsForJSON(json, async (manifest) => {
        const specs: io.WeightsManifestEntry[] = [];
        const buffers: ArrayBuffer[] = [];
        for (const group of manifest) {
          specs.push(...group.weights);
          for (const file of group.paths) {
            const bytes = await readFile(join(folder, file));
            buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
          }
        }
        return [specs, io.CompositeArrayBuffer.join(buffers)];
      });
    },
  };
}

let probing = false;

/**
 * Answers `file://` URLs in model.save and tf.loadLayersModel, unless another handler already
 * does (tfjs-node registers its own; two answers make tfjs refuse the URL), so it only fills the
 * gap in plain Node. Registering twice is harmless.
 */
function fileRouter(lookup: (url: string) => io.IOHandler[]) {
  // tfjs types a router as always returning a handler, but calls it expecting null for a URL it
  // does not handle.
  return ((url: string | string[]): io.IOHandler | null => {
    if (probing || typeof url !== 'string' || !url.startsWith(SCHEME)) return null;
    probing = true;
    try {
      if (lookup(url).length > 0) return null;
    } finally {
      probing = false;
    }
    return fileSystem(url);
  }) as (url: string | string[]) => io.IOHandler;
}

const registered = Symbol.for('layerkit.fileRouter');

export function registerFileRouter(): void {
  const holder = globalThis as { [registered]?: boolean };
  if (holder[registered]) return;
  holder[registered] = true;
  io.registerSaveRouter(fileRouter((url) => io.getSaveHandlers(url)));
  io.registerLoadRouter(fileRouter((url) => io.getLoadHandlers(url)));
}
