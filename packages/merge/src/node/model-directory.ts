/**
 * Reading and writing tfjs model directories (model.json + weight shards) one tensor at a time.
 *
 * Model directories may come from strangers, so everything in model.json is checked before a
 * single weight byte is allocated: shard paths must stay inside the directory (symlinks
 * included), shard files must hold exactly the bytes the manifest describes, and shapes must be
 * sane. Tensors are then read by offset from the shards, never whole models.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WeightDtype, WeightInfo, WeightSource, WeightValues } from '../weight-source.js';
import { removeStaleSiblings, TemporaryDirectory } from './temporary-directories.js';

const BYTES_PER_ELEMENT: Record<WeightDtype, number> = { float32: 4, int32: 4, bool: 1 };

/** Larger model.json files are refused before parsing: topologies are kilobytes to a few megabytes. */
export const MAX_MODEL_JSON_BYTES = 128 * 1024 * 1024;
/** One tensor is held in memory at a time; beyond 2 GiB a typed array is the wrong tool. */
export const MAX_TENSOR_BYTES = 2 ** 31 - 1;
export const MAX_RANK = 8;

interface ShardFile {
  readonly relativePath: string;
  readonly absolutePath: string;
  readonly size: number;
}

export interface WeightLocation extends WeightInfo {
  readonly group: number;
  /** Byte offset within the concatenation of its group's shards. */
  readonly offset: number;
  readonly byteLength: number;
}

/**
 * What a writer reproduces: model.json (its manifest included), where each weight goes, and the
 * shard files of each manifest group. An opened ModelDirectory is one; a slices merge builds one.
 */
export interface ModelLayout {
  readonly modelJson: ModelJson;
  readonly weights: readonly WeightLocation[];
  readonly groups: readonly (readonly { readonly relativePath: string; readonly size: number }[])[];
}

export interface ModelJson {
  readonly modelTopology?: unknown;
  readonly weightsManifest: readonly { readonly paths: readonly string[]; readonly weights: readonly unknown[] }[];
  readonly [key: string]: unknown;
}

function fail(label: string, expected: string, got: string, fix: string): never {
  throw new Error(`model directory '${label}': expected ${expected}, got ${got} — ${fix}`);
}

export function byteLengthOf(info: WeightInfo): number {
  return info.shape.reduce((product, dimension) => product * dimension, 1) * BYTES_PER_ELEMENT[info.dtype];
}

function checkWeightSpec(label: string, spec: unknown, seen: Set<string>): WeightInfo {
  if (typeof spec !== 'object' || spec === null) fail(label, 'weight specs to be objects', JSON.stringify(spec), 'fix model.json');
  const { name, shape, dtype, quantization } = spec as Record<string, unknown>;
  if (typeof name !== 'string' || name.length === 0) fail(label, 'every weight to have a name', JSON.stringify(name), 'fix model.json');
  if (seen.has(name)) fail(label, 'unique weight names', `'${name}' twice`, 'fix model.json');
  seen.add(name);
  if (quantization !== undefined) {
    fail(label, 'unquantized weights', `quantization on '${name}'`, 'convert the model without --quantize before merging');
  }
  if (dtype !== 'float32' && dtype !== 'int32' && dtype !== 'bool') {
    fail(label, "dtype 'float32', 'int32' or 'bool'", `'${String(dtype)}' for '${name}'`, 'merge only numeric weights');
  }
  if (!Array.isArray(shape) || shape.length > MAX_RANK
    || !shape.every((dimension) => Number.isInteger(dimension) && dimension >= 0 && dimension < 2 ** 31)) {
    fail(label, `a shape of at most ${MAX_RANK} non-negative integers`, `${JSON.stringify(shape)} for '${name}'`, 'fix model.json');
  }
  const info: WeightInfo = { name, shape: shape as number[], dtype };
  // Products are checked in float64 before any allocation: a huge shape fails here, not in new Float32Array.
  if (byteLengthOf(info) > MAX_TENSOR_BYTES) {
    fail(label, `tensors of at most ${MAX_TENSOR_BYTES} bytes`, `${byteLengthOf(info)} bytes for '${name}' ${JSON.stringify(shape)}`, 'this model is too large to merge tensor by tensor');
  }
  return info;
}

/** A shard path must be relative and resolve (through symlinks too) inside the model directory. */
function checkShardPath(label: string, directory: string, realDirectory: string, relativePath: unknown): ShardFile {
  if (typeof relativePath !== 'string' || relativePath.length === 0 || relativePath.includes('\0')) {
    fail(label, 'shard paths to be non-empty strings', JSON.stringify(relativePath), 'fix model.json');
  }
  if (path.isAbsolute(relativePath) || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(relativePath) || relativePath.includes('\\')) {
    fail(label, 'relative shard paths inside the model directory', `'${relativePath}'`, 'refusing to read outside the directory; fix model.json');
  }
  const absolutePath = path.resolve(directory, relativePath);
  const relativeToDirectory = path.relative(directory, absolutePath);
  if (relativeToDirectory === '' || relativeToDirectory.startsWith('..') || path.isAbsolute(relativeToDirectory)) {
    fail(label, 'shard paths inside the model directory', `'${relativePath}', which leads outside it`, 'refusing to read outside the directory; fix model.json');
  }
  let realPath: string;
  let stats: fs.Stats;
  try {
    realPath = fs.realpathSync(absolutePath);
    stats = fs.statSync(realPath);
  } catch {
    fail(label, `the shard file '${relativePath}'`, 'no such file', 'copy every shard that model.json lists into the directory');
  }
  const realRelative = path.relative(realDirectory, realPath);
  if (realRelative.startsWith('..') || path.isAbsolute(realRelative)) {
    fail(label, 'shard files inside the model directory', `'${relativePath}', a link to a file outside it`, 'refusing to follow it; copy the file in');
  }
  if (!stats.isFile()) fail(label, `'${relativePath}' to be a regular file`, 'something else', 'fix the directory');
  return { relativePath, absolutePath: realPath, size: stats.size };
}

/** A model directory opened for reading tensor by tensor. Close it when done. */
export class ModelDirectory implements WeightSource {
  readonly label: string;
  readonly directory: string;
  readonly modelJson: ModelJson;
  readonly weights: readonly WeightLocation[];
  /** Shards of each manifest group, in order. */
  readonly groups: readonly (readonly ShardFile[])[];
  private readonly locations = new Map<string, WeightLocation>();
  private readonly descriptors = new Map<string, number>();

  private constructor(label: string, directory: string, modelJson: ModelJson, weights: WeightLocation[], groups: ShardFile[][]) {
    this.label = label;
    this.directory = directory;
    this.modelJson = modelJson;
    this.weights = weights;
    this.groups = groups;
    for (const weight of weights) this.locations.set(weight.name, weight);
  }

  /** Opens and fully validates a directory; throws a message naming the directory on any problem. */
  static open(directory: string, label: string = directory): ModelDirectory {
    const absoluteDirectory = path.resolve(directory);
    let realDirectory: string;
    try {
      realDirectory = fs.realpathSync(absoluteDirectory);
      if (!fs.statSync(realDirectory).isDirectory()) throw new Error('not a directory');
    } catch {
      fail(label, 'a tfjs model directory (model.json + weight shards)', 'no such directory', 'check the path');
    }
    const modelJsonPath = path.join(realDirectory, 'model.json');
    let size: number;
    try {
      size = fs.statSync(modelJsonPath).size;
    } catch {
      fail(label, 'a model.json file', 'none', "save the model with model.save('file://DIR') or tfjs's converter");
    }
    if (size > MAX_MODEL_JSON_BYTES) fail(label, `model.json of at most ${MAX_MODEL_JSON_BYTES} bytes`, `${size} bytes`, 'this is not a tfjs model.json');
    let modelJson: ModelJson;
    try {
      modelJson = JSON.parse(fs.readFileSync(modelJsonPath, 'utf8')) as ModelJson;
    } catch (error) {
      fail(label, 'model.json to be valid JSON', (error as Error).message, 'fix or re-save the model');
    }
    if (typeof modelJson !== 'object' || modelJson === null || !Array.isArray(modelJson.weightsManifest)) {
      fail(label, 'model.json with a weightsManifest list', typeof modelJson, 'save the model with its weights');
    }
    const seenNames = new Set<string>();
    const seenPaths = new Set<string>();
    const weights: WeightLocation[] = [];
    const groups: ShardFile[][] = [];
    modelJson.weightsManifest.forEach((group, groupIndex) => {
      if (typeof group !== 'object' || group === null || !Array.isArray(group.paths) || !Array.isArray(group.weights)) {
        fail(label, 'manifest groups with paths and weights lists', JSON.stringify(group).slice(0, 200), 'fix model.json');
      }
      const shards = (group.paths as readonly unknown[]).map((relativePath) => {
        const shard = checkShardPath(label, absoluteDirectory, realDirectory, relativePath);
        if (seenPaths.has(shard.absolutePath)) fail(label, 'each shard listed once', `'${relativePath}' twice`, 'fix model.json');
        seenPaths.add(shard.absolutePath);
        return shard;
      });
      let offset = 0;
      for (const spec of group.weights) {
        const info = checkWeightSpec(label, spec, seenNames);
        const byteLength = byteLengthOf(info);
        weights.push({ ...info, group: groupIndex, offset, byteLength });
        offset += byteLength;
      }
      const available = shards.reduce((sum: number, shard: ShardFile) => sum + shard.size, 0);
      if (available !== offset) {
        fail(
          label,
          `${offset} bytes of weights in group ${groupIndex} (${group.paths.join(', ')}) as the manifest's shapes say`,
          `${available} bytes in the shard files`,
          'the shards are truncated, padded or from another model; re-save the model',
        );
      }
      groups.push(shards);
    });
    return new ModelDirectory(label, realDirectory, modelJson, weights, groups);
  }

  has(name: string): boolean {
    return this.locations.has(name);
  }

  location(name: string): WeightLocation {
    const location = this.locations.get(name);
    if (!location) fail(this.label, `a weight named '${name}'`, 'none', 'the models must share one architecture');
    return location;
  }

  private descriptor(shard: ShardFile): number {
    let descriptor = this.descriptors.get(shard.absolutePath);
    if (descriptor === undefined) {
      descriptor = fs.openSync(shard.absolutePath, 'r');
      this.descriptors.set(shard.absolutePath, descriptor);
    }
    return descriptor;
  }

  /** Raw bytes of one weight, read by offset (possibly across shard boundaries). */
  readBytes(name: string): Uint8Array {
    const location = this.location(name);
    const bytes = new Uint8Array(location.byteLength);
    let remaining = location.byteLength;
    let groupOffset = location.offset;
    let written = 0;
    for (const shard of this.groups[location.group]!) {
      if (remaining === 0) break;
      if (groupOffset >= shard.size) {
        groupOffset -= shard.size;
        continue;
      }
      const length = Math.min(remaining, shard.size - groupOffset);
      let done = 0;
      while (done < length) {
        const count = fs.readSync(this.descriptor(shard), bytes, written + done, length - done, groupOffset + done);
        if (count === 0) fail(this.label, `${length} bytes of '${name}' in '${shard.relativePath}'`, `end of file after ${done}`, 'the shard changed while merging');
        done += count;
      }
      written += length;
      remaining -= length;
      groupOffset = 0;
    }
    return bytes;
  }

  read(name: string): WeightValues {
    const location = this.location(name);
    const bytes = this.readBytes(name);
    // tfjs weight files are little-endian, as is every platform Node runs on in practice.
    if (location.dtype === 'float32') return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    if (location.dtype === 'int32') return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    return bytes;
  }

  close(): void {
    for (const descriptor of this.descriptors.values()) fs.closeSync(descriptor);
    this.descriptors.clear();
  }
}

/**
 * Writes a model directory with a reference's model.json and shard layout (an opened directory's,
 * or a built one), one tensor at a time in manifest order, into a temporary sibling folder that
 * `commit` renames into place.
 */
export class ModelDirectoryWriter {
  readonly temporaryDirectory: string;
  private readonly temporary: TemporaryDirectory;
  private readonly reference: ModelLayout;
  private readonly target: string;
  private readonly overwrite: boolean;
  private next = 0;
  private shardIndex = 0;
  private shardWritten = 0;
  private currentGroup = -1;
  private descriptor: number | null = null;
  private finished = false;

  constructor(reference: ModelLayout, target: string, options: { overwrite?: boolean } = {}) {
    this.reference = reference;
    this.target = path.resolve(target);
    this.overwrite = options.overwrite ?? false;
    // Leftovers first: undoing a swap that a killed run left half-done may bring OUT back.
    removeStaleSiblings(this.target);
    checkOutputDirectory(this.target, this.overwrite);
    this.temporary = TemporaryDirectory.beside(this.target);
    this.temporaryDirectory = this.temporary.path;
  }

  /** Throws when a signal removed the folder under the writer (a library whose app keeps running after it). */
  private checkActive(name: string): void {
    if (this.temporary.active || this.finished) return;
    throw new Error(
      `layerkit-merge: expected to write '${name}' into ${this.temporaryDirectory}, got the folder removed${this.temporary.interruptedBy ? ` on ${this.temporary.interruptedBy}` : ''} — the run was interrupted; nothing was written, run it again`,
    );
  }

  /** Writes the next weight; weights must come in the reference manifest's order. */
  write(name: string, values: WeightValues): void {
    this.checkActive(name);
    const location = this.reference.weights[this.next];
    if (!location || location.name !== name) {
      throw new Error(`layerkit-merge: expected to write '${location?.name ?? '(nothing)'}' next, got '${name}' — weights must be written in manifest order`);
    }
    if (values.byteLength !== location.byteLength) {
      throw new Error(`layerkit-merge: expected ${location.byteLength} bytes for '${name}', got ${values.byteLength} — a merge method returned the wrong length`);
    }
    if (location.group !== this.currentGroup) {
      this.closeShard();
      this.currentGroup = location.group;
      this.shardIndex = 0;
      this.shardWritten = 0;
    }
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    let consumed = 0;
    const shards = this.reference.groups[location.group]!;
    while (consumed < bytes.byteLength) {
      let shard = shards[this.shardIndex]!;
      while (this.shardWritten >= shard.size) {
        this.closeShard();
        this.shardIndex++;
        this.shardWritten = 0;
        shard = shards[this.shardIndex]!;
      }
      if (this.descriptor === null) this.descriptor = this.openShard(shard.relativePath);
      const length = Math.min(bytes.byteLength - consumed, shard.size - this.shardWritten);
      let done = 0;
      while (done < length) done += fs.writeSync(this.descriptor, bytes, consumed + done, length - done);
      consumed += length;
      this.shardWritten += length;
    }
    this.next++;
  }

  private openShard(relativePath: string): number {
    const file = path.join(this.temporaryDirectory, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return fs.openSync(file, 'wx');
  }

  private closeShard(): void {
    if (this.descriptor !== null) {
      fs.closeSync(this.descriptor);
      this.descriptor = null;
    }
  }

  /** Finishes the shards, writes model.json and renames the folder into place. */
  commit(extraMetadata?: Record<string, unknown>): void {
    if (this.next !== this.reference.weights.length) {
      throw new Error(`layerkit-merge: expected ${this.reference.weights.length} weights written, got ${this.next} — the merge stopped early`);
    }
    this.closeShard();
    // Empty groups (and zero-size shards) still need their files so the manifest stays valid.
    for (const shards of this.reference.groups) {
      for (const shard of shards) {
        const file = path.join(this.temporaryDirectory, shard.relativePath);
        if (!fs.existsSync(file)) {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, new Uint8Array(0));
        }
      }
    }
    const modelJson = { ...this.reference.modelJson };
    if (extraMetadata) {
      const existing = (modelJson.userDefinedMetadata ?? {}) as Record<string, unknown>;
      (modelJson as Record<string, unknown>).userDefinedMetadata = { ...existing, ...extraMetadata };
    }
    this.checkActive('model.json');
    fs.writeFileSync(path.join(this.temporaryDirectory, 'model.json'), JSON.stringify(modelJson));
    replaceDirectory(this.temporaryDirectory, this.target, this.overwrite);
    this.temporary.release();
    this.finished = true;
  }

  /** Removes everything written so far, and the parent folders created for it. Safe to call more than once. */
  abort(): void {
    this.closeShard();
    if (!this.finished) this.temporary.remove();
    this.finished = true;
  }
}

/** Refuses an existing non-empty output directory unless overwriting was asked for. */
export function checkOutputDirectory(target: string, overwrite: boolean): void {
  if (!fs.existsSync(target)) return;
  const stats = fs.statSync(target);
  if (!stats.isDirectory()) {
    throw new Error(`layerkit-merge: expected OUT_DIR '${target}' to be a directory or not to exist, got a file — choose another path`);
  }
  if (!overwrite && fs.readdirSync(target).length > 0) {
    throw new Error(`layerkit-merge: expected OUT_DIR '${target}' to be empty or not to exist, got a non-empty directory — choose another path or pass --overwrite`);
  }
}

/** Atomic as far as the filesystem allows: the old directory is moved aside before the new one moves in. */
function replaceDirectory(source: string, target: string, overwrite: boolean): void {
  if (fs.existsSync(target)) {
    if (!overwrite && fs.readdirSync(target).length > 0) checkOutputDirectory(target, false);
    const aside = `${source}.old`;
    fs.renameSync(target, aside);
    try {
      fs.renameSync(source, target);
    } catch (error) {
      fs.renameSync(aside, target);
      throw error;
    }
    fs.rmSync(aside, { recursive: true, force: true });
    return;
  }
  fs.renameSync(source, target);
}

/**
 * Writes a whole model directory from in-memory artifacts (one shard, weights.bin), through a
 * temporary folder renamed into place. Used by the IOHandler and tests.
 */
export function writeModelDirectory(
  target: string,
  modelJson: Omit<ModelJson, 'weightsManifest'>,
  weights: readonly { info: WeightInfo; values: WeightValues }[],
  options: { overwrite?: boolean; shardBytes?: number } = {},
): void {
  const absoluteTarget = path.resolve(target);
  removeStaleSiblings(absoluteTarget);
  checkOutputDirectory(absoluteTarget, options.overwrite ?? false);
  const temporaryDirectory = TemporaryDirectory.beside(absoluteTarget);
  const temporary = temporaryDirectory.path;
  try {
    const total = weights.reduce((sum, weight) => sum + weight.values.byteLength, 0);
    const shardBytes = options.shardBytes ?? Math.max(total, 1);
    const shardCount = Math.max(1, Math.ceil(total / shardBytes));
    const paths = shardCount === 1 ? ['weights.bin'] : Array.from({ length: shardCount }, (_, index) => `group1-shard${index + 1}of${shardCount}.bin`);
    const descriptors = paths.map((shardPath) => fs.openSync(path.join(temporary, shardPath), 'wx'));
    let position = 0;
    for (const { values } of weights) {
      const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
      let consumed = 0;
      while (consumed < bytes.byteLength) {
        const shard = Math.floor(position / shardBytes);
        const room = (shard + 1) * shardBytes - position;
        const length = Math.min(room, bytes.byteLength - consumed);
        fs.writeSync(descriptors[shard]!, bytes, consumed, length);
        consumed += length;
        position += length;
      }
    }
    descriptors.forEach((descriptor) => fs.closeSync(descriptor));
    const manifest = [{ paths, weights: weights.map(({ info }) => ({ name: info.name, shape: [...info.shape], dtype: info.dtype })) }];
    fs.writeFileSync(path.join(temporary, 'model.json'), JSON.stringify({ ...modelJson, weightsManifest: manifest }));
    replaceDirectory(temporary, absoluteTarget, options.overwrite ?? false);
    temporaryDirectory.release();
  } catch (error) {
    temporaryDirectory.remove();
    throw error;
  }
}
