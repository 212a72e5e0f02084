/**
 * Float64 helpers for the reference implementations. They are written independently of the
 * tensor code (plain loops over numbers) so a reference check compares two derivations.
 */

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

/**
 * erf to full double precision: Taylor series near 0, continued fraction for erfc beyond.
 * (Abramowitz-Stegun 7.1.26 is only good to 1.5e-7, too coarse for 1e-8 reference checks.)
 */
export function erf(x: number): number {
  if (x < 0) return -erf(-x);
  if (x < 2.5) {
    let term = x;
    let total = x;
    const square = x * x;
    for (let n = 1; n < 200; n++) {
      term *= -square / n;
      const contribution = term / (2 * n + 1);
      total += contribution;
      if (Math.abs(contribution) < 1e-17 * Math.abs(total)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * total;
  }
  return 1 - erfc(x);
}

export function erfc(x: number): number {
  if (x < 2.5) return 1 - erf(x);
  // Lentz's continued fraction: erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))).
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
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
