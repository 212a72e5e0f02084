import { erfc64 } from '@layerkit/core';

// Acklam's rational approximations of Φ⁻¹ (relative error 1.15e-9), then one Halley step on
// Φ(x) − p with the full-precision erfc: close to double precision over (0, 1).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

const polynomial = (coefficients: readonly number[], value: number) => coefficients.reduce((sum, c) => sum * value + c, 0);

/** Φ⁻¹(p), the standard normal quantile, for p in (0, 1): Φ⁻¹(0.9) = 1.2815515655446004. */
export function normalQuantile(p: number): number {
  const tail = (q: number) => polynomial(C, q) / (polynomial(D, q) * q + 1);
  let value: number;
  if (p < 0.02425) {
    value = tail(Math.sqrt(-2 * Math.log(p)));
  } else if (p > 1 - 0.02425) {
    value = -tail(Math.sqrt(-2 * Math.log1p(-p)));
  } else {
    const q = p - 0.5;
    const r = q * q;
    value = (polynomial(A, r) * q) / (polynomial(B, r) * r + 1);
  }
  const error = 0.5 * erfc64(-value / Math.SQRT2) - p;
  const step = error * Math.sqrt(2 * Math.PI) * Math.exp((value * value) / 2);
  return value - step / (1 + (value * step) / 2);
}
