// Generated from assembly/layers/attention.ts by scripts/gen (pnpm gen) — do not edit.
// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
import { expF32x4, expF32, expBoundedF32x4, expBoundedF32, expm1F32x4, expm1F32, expm1NonPositiveF32x4, expm1NonPositiveF32, logF32x4, logF32, log1pF32x4, log1pF32, log1pUnitF32x4, log1pUnitF32, tanhF32x4, tanhF32, sigmoidF32x4, sigmoidF32, erfF32x4, erfF32, normalCdfF32x4, normalCdfF32, expNegSquareF32x4, expNegSquareF32, sinF32x4, sinF32, cosF32x4, cosF32, normalCdfWithF32x4, normalCdfWithF32, maxZeroF32x4, minZeroF32x4 } from '../lib/math';



export * from '../layers/attention';
