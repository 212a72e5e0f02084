/**
 * @layerkit/merge/node: what needs the file system — tfjs model directories read and written
 * tensor by tensor, the IOHandler over them, merges of directories (slices included), config
 * paths resolved against a folder, and the layerkit-merge tool. The rest is the main entry's.
 */
export {
  ModelDirectory, ModelDirectoryWriter, writeModelDirectory, checkOutputDirectory,
  type ModelJson, type ModelLayout, type WeightLocation,
} from './model-directory.js';
export { sourceFromDirectory, directoryHandler } from './directory-handler.js';
export { mergeModelDirectories, type DirectoryMergeOptions } from './merge-directories.js';
export { planSlices, type SlicesPlan, type SlicesRequest } from './slices.js';
export { parseConfig } from './config.js';
export { runCli, type CliStreams } from './cli.js';
