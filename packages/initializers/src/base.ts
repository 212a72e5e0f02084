import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { Initializer as TfjsInitializer } from '@tensorflow/tfjs-layers/dist/initializers.js';
import { rejectUnknownOptions } from '@layerkit/core';

/** One `true` per option key: TypeScript rejects a table that misses or adds a key of the options type. */
export type OptionNames<Options> = { readonly [Key in keyof Options]-?: true };

/**
 * Throws for an option name an initializer does not know, with a "did you mean": a misspelt
 * `activaton` would otherwise fall back to the default silently. tfjs's `customObjects`, which a
 * loader may pass along with a config, is not an option and is let through.
 */
export function checkOptionNames<Options extends object>(caller: string, options: Options | undefined, names: OptionNames<Options>): void {
  if (options == null) return;
  const { customObjects: _customObjects, ...own } = options as Record<string, unknown>;
  rejectUnknownOptions(caller, own, Object.keys(names));
}

/**
 * tfjs-layers' Initializer base class. It is not exported by name, but `getInitializer` checks
 * `instanceof Initializer`, so layerkit's initializers must extend the very same class; it is
 * reached through a built-in initializer's prototype chain.
 */
export const InitializerBase = Object.getPrototypeOf(tfl.initializers.zeros().constructor) as abstract new () => TfjsInitializer;
export type Initializer = TfjsInitializer;

export type FanMode = 'fanIn' | 'fanOut' | 'fanAvg';
export type Distribution = 'normal' | 'truncatedNormal' | 'uniform';

/** Keras 3 / PyTorch spellings accepted alongside the camelCase names. */
export function normaliseMode(caller: string, mode: string | undefined): FanMode {
  const value = mode ?? 'fanIn';
  const mapped = ({ fanIn: 'fanIn', fan_in: 'fanIn', fanOut: 'fanOut', fan_out: 'fanOut', fanAvg: 'fanAvg', fan_avg: 'fanAvg' } as Record<string, FanMode>)[value];
  if (!mapped) throw new Error(`${caller}: expected mode 'fanIn', 'fanOut' or 'fanAvg', got '${value}'`);
  return mapped;
}

export function normaliseDistribution(caller: string, distribution: string | undefined, fallback: Distribution = 'normal'): Distribution {
  const value = distribution ?? fallback;
  const mapped = ({
    normal: 'normal', untruncatedNormal: 'normal', untruncated_normal: 'normal',
    truncatedNormal: 'truncatedNormal', truncated_normal: 'truncatedNormal', uniform: 'uniform',
  } as Record<string, Distribution>)[value];
  if (!mapped) throw new Error(`${caller}: expected distribution 'normal' (alias 'untruncatedNormal'), 'truncatedNormal' or 'uniform', got '${value}'`);
  return mapped;
}

/** Fans in the tfjs kernel layout [...spatial, in, out]: receptive field = product of the spatial dims. */
export function computeFans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0]!, fanOut: shape[0]! };
  if (shape.length === 2) return { fanIn: shape[0]!, fanOut: shape[1]! };
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return { fanIn: receptive * shape[shape.length - 2]!, fanOut: receptive * shape[shape.length - 1]! };
}

export function fanOf(shape: readonly number[], mode: FanMode): number {
  const { fanIn, fanOut } = computeFans(shape);
  return mode === 'fanIn' ? fanIn : mode === 'fanOut' ? fanOut : (fanIn + fanOut) / 2;
}

/** Standard deviation of N(0, 1) truncated to [-2, 2]: divide by it to make truncation variance-exact. */
export const TRUNCATION_STD = 0.87962566103423978;

/**
 * Samples with the given variance. 'truncatedNormal' draws N(0, s^2) cut at +-2s with
 * s = std/0.8796 so the variance is exact unless `correctTruncation` is false (tfjs heNormal).
 */
export function sampleWithVariance(
  shape: readonly number[], variance: number, distribution: Distribution, seed: number | undefined, correctTruncation = true,
): tf.Tensor {
  const std = Math.sqrt(variance);
  switch (distribution) {
    case 'normal': return tf.randomNormal([...shape], 0, std, 'float32', seed);
    case 'truncatedNormal': return tf.truncatedNormal([...shape], 0, correctTruncation ? std / TRUNCATION_STD : std, 'float32', seed);
    case 'uniform': {
      const limit = Math.sqrt(3) * std;
      return tf.randomUniform([...shape], -limit, limit, 'float32', seed);
    }
  }
}

export function checkFloatDtype(caller: string, dtype: string | undefined): void {
  if (dtype !== undefined && dtype !== 'float32') {
    throw new Error(`${caller}: expected dtype float32, got ${dtype} — initializers fill float weights`);
  }
}

/**
 * A seeded float64 Gaussian stream for algorithms that run in JavaScript (QR): mulberry32
 * uniforms through Box-Muller. Without a seed, Math.random picks one.
 */
export function gaussianStream(seed: number | undefined): () => number {
  let state = (seed ?? Math.floor(Math.random() * 2 ** 31)) >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };
}

export function validSeed(caller: string, seed: unknown): number | undefined {
  if (seed === undefined || seed === null) return undefined;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new Error(`${caller}: expected seed to be a finite number, got ${String(seed)}`);
  return seed;
}

/** Drops undefined options so getConfig() holds only what was set (JSON has no undefined). */
export function definedConfig(config: Record<string, unknown>): tf.serialization.ConfigDict {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) if (value !== undefined) result[key] = value;
  return result as tf.serialization.ConfigDict;
}
