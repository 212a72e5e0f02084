/**
 * Float64 numerics for the initializers: the normal distribution and Gaussian expectations by
 * adaptive Gauss-Kronrod quadrature split at the integrand's kinks.
 */

// erf and erfc come from @layerkit/core, the one float64 implementation every package shares.
import { erf64 as erf, erfc64 as erfc } from '@layerkit/core';

export { erf, erfc };

export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return x < 0 ? 0.5 * erfc(-x / Math.SQRT2) : 1 - 0.5 * erfc(x / Math.SQRT2);
}

/** Inverse standard normal CDF: Acklam's rational start, polished by Newton steps on normalCdf. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    throw new Error(`normalQuantile: expected a probability in [0, 1], got ${p}`);
  }
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.383577518672690e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = (((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  }
  for (let step = 0; step < 3; step++) {
    const density = normalPdf(x);
    if (density === 0) break;
    x -= (normalCdf(x) - p) / density;
  }
  return x;
}

// Gauss-Kronrod 7-15 nodes and weights on [-1, 1].
const KRONROD_NODES = [0.991455371120813, 0.949107912342759, 0.864864423359769, 0.741531185599394, 0.586087235467691, 0.405845151377397, 0.207784955007898, 0];
const KRONROD_WEIGHTS = [0.022935322010529, 0.063092092629979, 0.104790010322250, 0.140653259715525, 0.169004726639267, 0.190350578064785, 0.204432940075298, 0.209482141084728];
const GAUSS_WEIGHTS = [0.129484966168870, 0.279705391489277, 0.381830050505119, 0.417959183673469];

function kronrod(f: (x: number) => number, low: number, high: number): { value: number; error: number } {
  const centre = 0.5 * (low + high);
  const half = 0.5 * (high - low);
  const centreValue = f(centre);
  let kronrodSum = KRONROD_WEIGHTS[7]! * centreValue;
  let gaussSum = GAUSS_WEIGHTS[3]! * centreValue;
  for (let index = 0; index < 7; index++) {
    const offset = half * KRONROD_NODES[index]!;
    const pair = f(centre - offset) + f(centre + offset);
    kronrodSum += KRONROD_WEIGHTS[index]! * pair;
    // The Gauss-Legendre 7-point nodes are the odd-indexed Kronrod nodes.
    if (index % 2 === 1) gaussSum += GAUSS_WEIGHTS[(index - 1) / 2]! * pair;
  }
  return { value: kronrodSum * half, error: Math.abs((kronrodSum - gaussSum) * half) };
}

/**
 * Globally adaptive Gauss-Kronrod on [low, high] (f smooth inside): bisects the piece with the
 * largest error estimate until the summed estimate is below `tolerance` (absolute) or below
 * roundoff, with a cap on the number of pieces.
 */
export function integrate(f: (x: number) => number, low: number, high: number, tolerance = 1e-13, maxPieces = 500): number {
  const pieces = [{ low, high, ...kronrod(f, low, high) }];
  for (;;) {
    let value = 0;
    let error = 0;
    let worst = 0;
    pieces.forEach((piece, index) => {
      value += piece.value;
      error += piece.error;
      if (piece.error > pieces[worst]!.error) worst = index;
    });
    if (error <= tolerance || error <= 1e-15 * Math.abs(value) || pieces.length >= maxPieces) return value;
    const piece = pieces[worst]!;
    const middle = 0.5 * (piece.low + piece.high);
    pieces.splice(worst, 1, { low: piece.low, high: middle, ...kronrod(f, piece.low, middle) }, { low: middle, high: piece.high, ...kronrod(f, middle, piece.high) });
  }
}

/** Integration half-width: the standard normal density beyond 12 is below 1e-31. */
export const GAUSSIAN_RANGE = 12;

/**
 * E_{z ~ N(0, 1)}[f(z)], integrating f(z)*pdf(z) over [-12, 12] split at every kink of f so each
 * piece is smooth (Gauss-Hermite alone converges slowly across a kink).
 */
export function gaussianExpectation(f: (z: number) => number, kinks: readonly number[] = [], tolerance = 1e-13): number {
  const points = [-GAUSSIAN_RANGE, ...kinks.filter((kink) => kink > -GAUSSIAN_RANGE && kink < GAUSSIAN_RANGE).sort((a, b) => a - b), GAUSSIAN_RANGE];
  let total = 0;
  for (let index = 0; index + 1 < points.length; index++) {
    const low = points[index]!;
    const high = points[index + 1]!;
    if (high - low <= 0) continue;
    // Sub-split long pieces so the adaptive rule starts with a resolved Gaussian bump.
    const pieces = Math.max(1, Math.ceil((high - low) / 2));
    for (let piece = 0; piece < pieces; piece++) {
      const a = low + ((high - low) * piece) / pieces;
      const b = low + ((high - low) * (piece + 1)) / pieces;
      total += integrate((z) => f(z) * normalPdf(z), a, b, tolerance / pieces);
    }
  }
  return total;
}
