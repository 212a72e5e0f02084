/** Node's parseConfig: the config as ../config.ts parses it, model paths resolved to absolute ones. */
import * as path from 'node:path';
import { parseConfigWith, type MergeConfig, type ParseConfigOptions } from '../config.js';

/** Parses a config (text or object); relative model paths resolve against `directory` (the config file's folder). */
export function parseConfig(source: string | Readonly<Record<string, unknown>>, options: ParseConfigOptions = {}): MergeConfig {
  const directory = options.directory ?? process.cwd();
  return parseConfigWith(source, options, (modelPath) => path.resolve(directory, modelPath));
}
