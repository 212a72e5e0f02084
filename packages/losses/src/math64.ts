/**
 * Float64 helpers for the reference implementations. They are written independently of the
 * tensor code (plain loops over numbers) so a reference check compares two derivations.
 */

// erf and erfc come from @layerkit/core, the one float64 implementation every package shares.
import { erf64 as erf, erfc64 as erfc } from '@layerkit/core';

export { erf, erfc };

export type Matrix = number[][];

export function logSumExp(values: readonly number[]): number {
  const maximum = Math.max(...values);
  if (maximum === -Infinity) return -Infinity;
  let total = 0;
  for (const value of values) total += Math.exp(value - maximum);
  return maximum + Math.log(total);
}

export function logSoftmax(values: readonly number[]): number[] {
  const normaliser = logSumExp(values);
  return values.map((value) => value - normaliser);
}

export function softmax(values: readonly number[]): number[] {
  return logSoftmax(values).map(Math.exp);
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

export function clip(x: number, low: number, high: number): number {
  return Math.min(Math.max(x, low), high);
}

export function mean(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (let index = 0; index < a.length; index++) total += a[index]! * b[index]!;
  return total;
}

export function norm(a: readonly number[]): number {
  return Math.sqrt(dot(a, a));
}

export function normalise(a: readonly number[], epsilon = 1e-12): number[] {
  const length = Math.max(norm(a), epsilon);
  return a.map((value) => value / length);
}

export function euclidean(a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (let index = 0; index < a.length; index++) total += (a[index]! - b[index]!) ** 2;
  return Math.sqrt(total);
}

export function normalCdf(x: number): number {
  return x < 0 ? 0.5 * erfc(-x / Math.SQRT2) : 1 - 0.5 * erfc(x / Math.SQRT2);
}

/** Euclidean projection onto the simplex (sparsemax), by sorting. */
export function sparsemax(z: readonly number[]): { probabilities: number[]; threshold: number; support: boolean[] } {
  const sorted = [...z].sort((a, b) => b - a);
  let cumulative = 0;
  let supportSize = 0;
  let supportSum = 0;
  for (let k = 1; k <= sorted.length; k++) {
    cumulative += sorted[k - 1]!;
    if (1 + k * sorted[k - 1]! > cumulative) {
      supportSize = k;
      supportSum = cumulative;
    }
  }
  const threshold = (supportSum - 1) / supportSize;
  return {
    probabilities: z.map((value) => Math.max(value - threshold, 0)),
    threshold,
    support: z.map((value) => value > threshold),
  };
}
