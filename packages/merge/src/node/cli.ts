/**
 * `layerkit-merge CONFIG.yml OUT_DIR`: merges tfjs model directories as a YAML/JSON config says,
 * tensor by tensor, into a temporary folder renamed into OUT_DIR at the end. Code runs only from
 * an explicit `--eval MODULE` (greedy soup selection, or scoring the result).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MergeConfig } from '../config.js';
import type { MergeProgress } from '../merge-engine.js';
import { getMergeMethod, MERGE_METHODS } from '../merge-methods.js';
import { mergeConfigSchema } from '../schema.js';
import { parseConfig } from './config.js';
import { directoryHandler } from './directory-handler.js';
import { mergeModelDirectories } from './merge-directories.js';
import { TemporaryDirectory } from './temporary-directories.js';

const USAGE = `usage: layerkit-merge CONFIG.yml OUT_DIR [options]

Merges tfjs model directories (model.json + weight shards) as CONFIG (YAML or JSON) says.

options:
  --dry-run        validate the config and every input, run the merge, write nothing
  --eval MODULE    a JS module exporting evaluate(model) → number (higher is better); required by
                   greedy_soup, otherwise used to score the merged model
  --overwrite      replace OUT_DIR if it exists and is not empty
  --quiet          no progress on stderr
  --schema         print the config JSON Schema and exit
  --list           list the merge methods and exit
  --version        print the version and exit
  --help           this text`;

/** Config files are small; anything bigger is not a config. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface CliStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
}

interface CliArguments {
  config: string;
  output: string;
  dryRun: boolean;
  evalModule: string | null;
  overwrite: boolean;
  quiet: boolean;
}

class UsageError extends Error {}

/** The package's own version, from the package.json beside src/ and dist/ (this file is in their node/). */
function version(): string {
  const manifest = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * `layerkit-merge --schema | head` closes stdout early: end quietly (status 0) instead of dying
 * with an unhandled EPIPE, as command-line tools do when their reader has seen enough.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

function parseArguments(argv: readonly string[]): CliArguments | 'help' | 'schema' | 'list' | 'version' {
  const positional: string[] = [];
  const result: Omit<CliArguments, 'config' | 'output'> = { dryRun: false, evalModule: null, overwrite: false, quiet: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--help' || argument === '-h') return 'help';
    if (argument === '--schema') return 'schema';
    if (argument === '--list') return 'list';
    if (argument === '--version' || argument === '-V') return 'version';
    if (argument === '--dry-run') result.dryRun = true;
    else if (argument === '--overwrite') result.overwrite = true;
    else if (argument === '--quiet') result.quiet = true;
    else if (argument === '--eval' || argument.startsWith('--eval=')) {
      const value = argument === '--eval' ? argv[++index] : argument.slice('--eval='.length);
      if (!value) throw new UsageError('layerkit-merge: expected a module path after --eval, got nothing — pass --eval ./evaluate.mjs');
      result.evalModule = value;
    } else if (argument.startsWith('-')) {
      throw new UsageError(`layerkit-merge: unknown option '${argument}' — see --help`);
    } else positional.push(argument);
  }
  if (positional.length !== 2 && !(result.dryRun && positional.length === 1)) {
    throw new UsageError(`layerkit-merge: expected CONFIG and OUT_DIR, got ${positional.length} argument(s) — run layerkit-merge CONFIG.yml OUT_DIR`);
  }
  return { ...result, config: positional[0]!, output: positional[1] ?? '' };
}

function readConfig(file: string): MergeConfig {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new Error(`layerkit-merge: expected a config file at '${file}', got none — check the path`);
  }
  if (size > MAX_CONFIG_BYTES) throw new Error(`layerkit-merge: expected a config of at most ${MAX_CONFIG_BYTES} bytes, got ${size} — pass the YAML/JSON config, not a model`);
  const format = file.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
  return parseConfig(fs.readFileSync(file, 'utf8'), { format, directory: path.dirname(path.resolve(file)) });
}

type Evaluate = (model: unknown) => number | Promise<number>;

async function loadEvaluate(modulePath: string): Promise<Evaluate> {
  const url = pathToFileURL(path.resolve(modulePath)).href;
  let module: { default?: unknown; evaluate?: unknown };
  try {
    module = await import(url) as typeof module;
  } catch (error) {
    throw new Error(`layerkit-merge: expected --eval '${modulePath}' to be an importable JS module, got: ${(error as Error).message} — check the path and its imports`);
  }
  const evaluate = module.evaluate ?? module.default;
  if (typeof evaluate !== 'function') {
    throw new Error(`layerkit-merge: expected --eval '${modulePath}' to export evaluate(model) or a default function, got ${typeof evaluate} — export the function`);
  }
  await ensureBackend();
  return evaluate as Evaluate;
}

/** A tfjs backend for running models; an --eval module may already have chosen one. */
async function ensureBackend(): Promise<void> {
  const tf = await import('@tensorflow/tfjs-core');
  if (tf.getBackend()) return;
  try {
    await import('@tensorflow/tfjs-backend-cpu');
    await tf.setBackend('cpu');
  } catch {
    throw new Error('layerkit-merge: expected a tfjs backend to run models, got none — install @tensorflow/tfjs-backend-cpu or import a backend in the --eval module');
  }
}

/**
 * Weight matching's similarity matrices run on tfjs-backend-wasm (XNNPACK) when it is installed
 * (an optional peer): the tool owns its process, so it registers the backend itself; a library
 * caller registers it in the app. Without it the matrices run in plain JavaScript.
 */
async function registerWasmBackend(): Promise<void> {
  try {
    await import('@tensorflow/tfjs-backend-wasm');
  } catch {
    // Not installed: the plain loops are used.
  }
}

async function loadModel(directory: string): Promise<import('@tensorflow/tfjs-layers').LayersModel> {
  const { loadLayersModel } = await import('@tensorflow/tfjs-layers');
  return loadLayersModel(directoryHandler(directory));
}

async function score(evaluate: Evaluate, directory: string, what: string): Promise<number> {
  const model = await loadModel(directory);
  try {
    const value = await evaluate(model);
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new Error(`layerkit-merge: expected evaluate() to return a number for ${what}, got ${String(value)} — return a score (higher is better)`);
    }
    return value;
  } finally {
    model.dispose();
  }
}

function progressReporter(streams: CliStreams, quiet: boolean): (progress: MergeProgress) => void {
  let last = 0;
  const started = Date.now();
  return (progress) => {
    if (quiet) return;
    const now = Date.now();
    const finished = progress.index === progress.tensors;
    if (!finished && now - last < 1000) return;
    last = now;
    const percent = progress.elements > 0 ? (100 * progress.elementsDone) / progress.elements : 100;
    streams.stderr.write(
      `layerkit-merge: ${progress.index}/${progress.tensors} tensors, ${percent.toFixed(1)}% of ${progress.elements} parameters, ${((now - started) / 1000).toFixed(1)} s — ${progress.tensor}\n`,
    );
  };
}

/** Runs the tool; returns the exit code (0 ok, 1 merge or input error, 2 usage error). */
export async function runCli(argv: readonly string[], streams: CliStreams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  if (streams.stdout === process.stdout) endQuietlyOnClosedPipe(process.stdout);
  let parsed: ReturnType<typeof parseArguments>;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    streams.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') { streams.stdout.write(`${USAGE}\n`); return 0; }
  if (parsed === 'version') { streams.stdout.write(`layerkit-merge ${version()}\n`); return 0; }
  if (parsed === 'schema') { streams.stdout.write(`${JSON.stringify(mergeConfigSchema(), null, 2)}\n`); return 0; }
  if (parsed === 'list') {
    for (const method of MERGE_METHODS) streams.stdout.write(`${method.name.padEnd(18)} ${method.id.padEnd(24)} ${method.summary}\n`);
    return 0;
  }
  const options = parsed;
  try {
    const config = readConfig(options.config);
    const method = getMergeMethod(config.mergeMethod);
    // Warnings, not progress: printed with --quiet too.
    for (const note of config.notes) streams.stderr.write(`layerkit-merge: ${note}\n`);
    const precision = { dtype: config.dtype ?? undefined, outDtype: config.outDtype ?? undefined };
    if (!options.dryRun && !options.output) throw new UsageError('layerkit-merge: expected OUT_DIR, got none — pass the output directory');
    let models = config.models;
    const evaluate = options.evalModule ? await loadEvaluate(options.evalModule) : null;
    // Sinkhorn re-basin trains soft permutations with tfjs ops: it needs a backend.
    if (config.align?.method === 'sinkhorn_rebasin') await ensureBackend();
    if (config.align?.method === 'weight_matching') await registerWasmBackend();
    if (method.requiresEvaluation) {
      if (config.slices) throw new Error(`${method.name}: expected models, got slices — greedy soup picks whole models`);
      if (!evaluate) throw new Error(`${method.name}: expected --eval MODULE to score the ingredients, got none — pass --eval ./evaluate.mjs exporting evaluate(model)`);
      // Validate the whole request (paths, shapes, NaN/Inf) before spending time on evaluations.
      await mergeModelDirectories({ method: method.name, base: config.baseModel, models, parameters: config.parameters, output: '', dryRun: true });
      const scores: number[] = [];
      for (const [index, entry] of models.entries()) scores.push(await score(evaluate, entry.model, `models[${index}]`));
      const order = models.map((_, index) => index).sort((left, right) => scores[right]! - scores[left]! || left - right);
      const kept = [order[0]!];
      let best = scores[order[0]!]!;
      // Trial soups go to a tracked temporary folder: removed on failure, on a signal and by the next run.
      const trials = TemporaryDirectory.beside(`${path.resolve(options.output || '.')}.greedy-soup`);
      const trialDirectory = trials.path;
      try {
        for (const candidate of order.slice(1)) {
          const trial = path.join(trialDirectory, `trial-${candidate}`);
          await mergeModelDirectories({ method: method.name, models: [...kept, candidate].map((index) => models[index]!), output: trial });
          const value = await score(evaluate, trial, `the soup with models[${candidate}]`);
          fs.rmSync(trial, { recursive: true, force: true });
          const decision = value >= best ? 'kept' : 'dropped';
          if (!options.quiet) streams.stderr.write(`layerkit-merge: greedy soup: models[${candidate}] ${decision} (score ${value} vs ${best})\n`);
          if (value >= best) { kept.push(candidate); best = value; }
        }
      } finally {
        trials.remove();
      }
      models = kept.map((index) => models[index]!);
      streams.stdout.write(`greedy soup kept ${kept.map((index) => `models[${index}]`).join(', ')} (score ${best})\n`);
    }
    const outcome = await mergeModelDirectories({
      method: method.name,
      base: config.baseModel,
      models,
      ...(config.slices ? { slices: config.slices } : {}),
      ...precision,
      parameters: config.parameters,
      align: config.align,
      output: options.output,
      dryRun: options.dryRun,
      overwrite: options.overwrite,
      onProgress: progressReporter(streams, options.quiet),
      metadata: config.align ? { align: config.align.method } : {},
    });
    const { summary } = outcome;
    const seed = summary.seed === null ? '' : `, seed ${summary.seed}`;
    if (outcome.alignment && !options.quiet) {
      for (const model of outcome.alignment.models) streams.stderr.write(`layerkit-merge: aligned '${model.label}' in ${model.sweeps} sweep(s)\n`);
    }
    if (options.dryRun) {
      streams.stdout.write(`dry run: ${summary.method} over ${summary.tensors} tensors (${summary.elements} parameters)${seed} is valid; nothing written\n`);
      return 0;
    }
    streams.stdout.write(`wrote ${path.resolve(options.output)}: ${summary.method} over ${summary.tensors} tensors (${summary.elements} parameters)${seed}\n`);
    if (evaluate && !method.requiresEvaluation) streams.stdout.write(`score of the merged model: ${await score(evaluate, options.output, 'the merged model')}\n`);
    return 0;
  } catch (error) {
    streams.stderr.write(`${(error as Error).message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
