// Generated from packages/activations/src/registry.ts by scripts/gen (pnpm gen) — do not edit.
// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
import { expF32x4, expF32, expBoundedF32x4, expBoundedF32, expm1F32x4, expm1F32, logF32x4, logF32, log1pF32x4, log1pF32, log1pUnitF32x4, log1pUnitF32, tanhF32x4, tanhF32, sigmoidF32x4, sigmoidF32, erfF32x4, erfF32, normalCdfF32x4, normalCdfF32, expNegSquareF32x4, expNegSquareF32, sinF32x4, sinF32, cosF32x4, cosF32, normalCdfWithF32x4, normalCdfWithF32, maxZeroF32x4, minZeroF32x4 } from '../lib/math';

export function gelu_approximate_none_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-40.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, normalCdfF32x4(f32x4.mul(input_x_1, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_x_1, f32x4.splat(<f32>(-40.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, normalCdfF32x4(f32x4.mul(input_x_2, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_x_2, f32x4.splat(<f32>(-40.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, normalCdfF32x4(f32x4.mul(input_x_3, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_x_3, f32x4.splat(<f32>(-40.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-40.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * normalCdfF32((input_x_s * <f32>(0.7071067811865476)))), (input_x_s < <f32>(-40.0))));
  }
}

export function gelu_approximate_none_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_0_1: v128 = expNegSquareF32x4(t_0_0);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(normalCdfWithF32x4(t_0_0, t_0_1), f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1)))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.splat(<f32>(0.7071067811865476)));
    const t_1_1: v128 = expNegSquareF32x4(t_1_0);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(normalCdfWithF32x4(t_1_0, t_1_1), f32x4.mul(input_x_1, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_1_1)))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.splat(<f32>(0.7071067811865476)));
    const t_2_1: v128 = expNegSquareF32x4(t_2_0);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(normalCdfWithF32x4(t_2_0, t_2_1), f32x4.mul(input_x_2, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_2_1)))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.splat(<f32>(0.7071067811865476)));
    const t_3_1: v128 = expNegSquareF32x4(t_3_0);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(normalCdfWithF32x4(t_3_0, t_3_1), f32x4.mul(input_x_3, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_3_1)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_0_1: v128 = expNegSquareF32x4(t_0_0);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(normalCdfWithF32x4(t_0_0, t_0_1), f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (input_x_s * <f32>(0.7071067811865476));
    const t_s_1: f32 = expNegSquareF32(t_s_0);
    store<f32>(out + column, (input_dy_s * (normalCdfWithF32(t_s_0, t_s_1) + (input_x_s * (<f32>(0.3989422804014327) * t_s_1)))));
  }
}

export function gelu_approximate_tanh_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0))))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-40.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_1, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_1, input_x_1), input_x_1))))))), f32x4.lt(input_x_1, f32x4.splat(<f32>(-40.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_2, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_2, input_x_2), input_x_2))))))), f32x4.lt(input_x_2, f32x4.splat(<f32>(-40.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_3, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_3, input_x_3), input_x_3))))))), f32x4.lt(input_x_3, f32x4.splat(<f32>(-40.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0))))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-40.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * sigmoidF32((<f32>(2.0) * (<f32>(0.7978845608028654) * (input_x_s + (<f32>(0.044715) * ((input_x_s * input_x_s) * input_x_s))))))), (input_x_s < <f32>(-40.0))));
  }
}

export function gelu_approximate_tanh_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0))))));
    const t_0_1: v128 = f32x4.pmin(f32x4.pmax(input_x_0, f32x4.splat(<f32>(-10.0))), f32x4.splat(<f32>(10.0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(0.5)), t_0_1), f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0)))), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.134145)), f32x4.mul(t_0_1, t_0_1))))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_1, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_1, input_x_1), input_x_1))))));
    const t_1_1: v128 = f32x4.pmin(f32x4.pmax(input_x_1, f32x4.splat(<f32>(-10.0))), f32x4.splat(<f32>(10.0)));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(t_1_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(0.5)), t_1_1), f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_1_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_1_0)))), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.134145)), f32x4.mul(t_1_1, t_1_1))))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_2, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_2, input_x_2), input_x_2))))));
    const t_2_1: v128 = f32x4.pmin(f32x4.pmax(input_x_2, f32x4.splat(<f32>(-10.0))), f32x4.splat(<f32>(10.0)));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(t_2_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(0.5)), t_2_1), f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_2_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_2_0)))), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.134145)), f32x4.mul(t_2_1, t_2_1))))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_3, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_3, input_x_3), input_x_3))))));
    const t_3_1: v128 = f32x4.pmin(f32x4.pmax(input_x_3, f32x4.splat(<f32>(-10.0))), f32x4.splat(<f32>(10.0)));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(t_3_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(0.5)), t_3_1), f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_3_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_3_0)))), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.134145)), f32x4.mul(t_3_1, t_3_1))))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.044715)), f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0))))));
    const t_0_1: v128 = f32x4.pmin(f32x4.pmax(input_x_0, f32x4.splat(<f32>(-10.0))), f32x4.splat(<f32>(10.0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(0.5)), t_0_1), f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0)))), f32x4.mul(f32x4.splat(<f32>(0.7978845608028654)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.134145)), f32x4.mul(t_0_1, t_0_1))))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = sigmoidF32((<f32>(2.0) * (<f32>(0.7978845608028654) * (input_x_s + (<f32>(0.044715) * ((input_x_s * input_x_s) * input_x_s))))));
    const t_s_1: f32 = min<f32>(max<f32>(input_x_s, <f32>(-10.0)), <f32>(10.0));
    store<f32>(out + column, (input_dy_s * (t_s_0 + (((<f32>(0.5) * t_s_1) * (<f32>(4.0) * (t_s_0 * (<f32>(1.0) - t_s_0)))) * (<f32>(0.7978845608028654) * (<f32>(1.0) + (<f32>(0.134145) * (t_s_1 * t_s_1))))))));
  }
}

export function gelu_approximate_sigmoid_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_0))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-40.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_1))), f32x4.lt(input_x_1, f32x4.splat(<f32>(-40.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_2))), f32x4.lt(input_x_2, f32x4.splat(<f32>(-40.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_3))), f32x4.lt(input_x_3, f32x4.splat(<f32>(-40.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_0))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-40.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * sigmoidF32((<f32>(1.702) * input_x_s))), (input_x_s < <f32>(-40.0))));
  }
}

export function gelu_approximate_sigmoid_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_0));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_0), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_1));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(t_1_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_1), f32x4.mul(t_1_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_1_0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_2));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(t_2_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_2), f32x4.mul(t_2_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_2_0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_3));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(t_3_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_3), f32x4.mul(t_3_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_3_0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_0));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.702)), input_x_0), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = sigmoidF32((<f32>(1.702) * input_x_s));
    store<f32>(out + column, (input_dy_s * (t_s_0 + ((<f32>(1.702) * input_x_s) * (t_s_0 * (<f32>(1.0) - t_s_0))))));
  }
}

export function swish_forward(out: usize, input_x: usize, n: i32, param_beta: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(param_beta_vector, input_x_0))), f32x4.lt(f32x4.mul(param_beta_vector, input_x_0), f32x4.splat(<f32>(-100.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, sigmoidF32x4(f32x4.mul(param_beta_vector, input_x_1))), f32x4.lt(f32x4.mul(param_beta_vector, input_x_1), f32x4.splat(<f32>(-100.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, sigmoidF32x4(f32x4.mul(param_beta_vector, input_x_2))), f32x4.lt(f32x4.mul(param_beta_vector, input_x_2), f32x4.splat(<f32>(-100.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, sigmoidF32x4(f32x4.mul(param_beta_vector, input_x_3))), f32x4.lt(f32x4.mul(param_beta_vector, input_x_3), f32x4.splat(<f32>(-100.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(param_beta_vector, input_x_0))), f32x4.lt(f32x4.mul(param_beta_vector, input_x_0), f32x4.splat(<f32>(-100.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * sigmoidF32((param_beta * input_x_s))), ((param_beta * input_x_s) < <f32>(-100.0))));
  }
}

export function swish_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_beta: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(param_beta_vector, input_x_0);
    const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
    const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
    const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
    const t_0_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_4, f32x4.mul(f32x4.mul(param_beta_vector, input_x_0), f32x4.mul(t_0_4, f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.mul(param_beta_vector, input_x_1);
    const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)));
    const t_1_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_0)));
    const t_1_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_1_2));
    const t_1_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_1_2, t_1_1), t_1_3);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(t_1_4, f32x4.mul(f32x4.mul(param_beta_vector, input_x_1), f32x4.mul(t_1_4, f32x4.mul(v128.bitselect(t_1_2, f32x4.splat(<f32>(1.0)), t_1_1), t_1_3))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.mul(param_beta_vector, input_x_2);
    const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)));
    const t_2_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_0)));
    const t_2_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_2_2));
    const t_2_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_2_2, t_2_1), t_2_3);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(t_2_4, f32x4.mul(f32x4.mul(param_beta_vector, input_x_2), f32x4.mul(t_2_4, f32x4.mul(v128.bitselect(t_2_2, f32x4.splat(<f32>(1.0)), t_2_1), t_2_3))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.mul(param_beta_vector, input_x_3);
    const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)));
    const t_3_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_0)));
    const t_3_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_3_2));
    const t_3_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_3_2, t_3_1), t_3_3);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(t_3_4, f32x4.mul(f32x4.mul(param_beta_vector, input_x_3), f32x4.mul(t_3_4, f32x4.mul(v128.bitselect(t_3_2, f32x4.splat(<f32>(1.0)), t_3_1), t_3_3))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(param_beta_vector, input_x_0);
    const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
    const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
    const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
    const t_0_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_4, f32x4.mul(f32x4.mul(param_beta_vector, input_x_0), f32x4.mul(t_0_4, f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (param_beta * input_x_s);
    const t_s_1: bool = (t_s_0 > <f32>(0.0));
    const t_s_2: f32 = expBoundedF32((-abs<f32>(t_s_0)));
    const t_s_3: f32 = (<f32>(1.0) / (<f32>(1.0) + t_s_2));
    const t_s_4: f32 = (select<f32>(<f32>(1.0), t_s_2, t_s_1) * t_s_3);
    store<f32>(out + column, (input_dy_s * (t_s_4 + ((param_beta * input_x_s) * (t_s_4 * (select<f32>(t_s_2, <f32>(1.0), t_s_1) * t_s_3))))));
  }
}

export function swish_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_beta: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      v128.store(out_row + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(param_beta_0, input_x_0))), f32x4.lt(f32x4.mul(param_beta_0, input_x_0), f32x4.splat(<f32>(-100.0)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      v128.store(out_row + column, v128.andnot(f32x4.mul(input_x_1, sigmoidF32x4(f32x4.mul(param_beta_1, input_x_1))), f32x4.lt(f32x4.mul(param_beta_1, input_x_1), f32x4.splat(<f32>(-100.0)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      v128.store(out_row + column, v128.andnot(f32x4.mul(input_x_2, sigmoidF32x4(f32x4.mul(param_beta_2, input_x_2))), f32x4.lt(f32x4.mul(param_beta_2, input_x_2), f32x4.splat(<f32>(-100.0)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      v128.store(out_row + column, v128.andnot(f32x4.mul(input_x_3, sigmoidF32x4(f32x4.mul(param_beta_3, input_x_3))), f32x4.lt(f32x4.mul(param_beta_3, input_x_3), f32x4.splat(<f32>(-100.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      v128.store(out_row + column, v128.andnot(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(param_beta_0, input_x_0))), f32x4.lt(f32x4.mul(param_beta_0, input_x_0), f32x4.splat(<f32>(-100.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_beta_s = load<f32>(param_beta + column);
      store<f32>(out_row + column, select<f32>(<f32>(0.0), (input_x_s * sigmoidF32((param_beta_s * input_x_s))), ((param_beta_s * input_x_s) < <f32>(-100.0))));
    }
  }
}

export function swish_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_beta: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.mul(param_beta_0, input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
      const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
      const t_0_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(t_0_4, f32x4.mul(f32x4.mul(param_beta_0, input_x_0), f32x4.mul(t_0_4, f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const t_1_0: v128 = f32x4.mul(param_beta_1, input_x_1);
      const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)));
      const t_1_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_0)));
      const t_1_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_1_2));
      const t_1_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_1_2, t_1_1), t_1_3);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(t_1_4, f32x4.mul(f32x4.mul(param_beta_1, input_x_1), f32x4.mul(t_1_4, f32x4.mul(v128.bitselect(t_1_2, f32x4.splat(<f32>(1.0)), t_1_1), t_1_3))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const t_2_0: v128 = f32x4.mul(param_beta_2, input_x_2);
      const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)));
      const t_2_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_0)));
      const t_2_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_2_2));
      const t_2_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_2_2, t_2_1), t_2_3);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(t_2_4, f32x4.mul(f32x4.mul(param_beta_2, input_x_2), f32x4.mul(t_2_4, f32x4.mul(v128.bitselect(t_2_2, f32x4.splat(<f32>(1.0)), t_2_1), t_2_3))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const t_3_0: v128 = f32x4.mul(param_beta_3, input_x_3);
      const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)));
      const t_3_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_0)));
      const t_3_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_3_2));
      const t_3_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_3_2, t_3_1), t_3_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(t_3_4, f32x4.mul(f32x4.mul(param_beta_3, input_x_3), f32x4.mul(t_3_4, f32x4.mul(v128.bitselect(t_3_2, f32x4.splat(<f32>(1.0)), t_3_1), t_3_3))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.mul(param_beta_0, input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
      const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
      const t_0_4: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(t_0_4, f32x4.mul(f32x4.mul(param_beta_0, input_x_0), f32x4.mul(t_0_4, f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_beta_s = load<f32>(param_beta + column);
      const t_s_0: f32 = (param_beta_s * input_x_s);
      const t_s_1: bool = (t_s_0 > <f32>(0.0));
      const t_s_2: f32 = expBoundedF32((-abs<f32>(t_s_0)));
      const t_s_3: f32 = (<f32>(1.0) / (<f32>(1.0) + t_s_2));
      const t_s_4: f32 = (select<f32>(<f32>(1.0), t_s_2, t_s_1) * t_s_3);
      store<f32>(out_row + column, (input_dy_s * (t_s_4 + ((param_beta_s * input_x_s) * (t_s_4 * (select<f32>(t_s_2, <f32>(1.0), t_s_1) * t_s_3))))));
    }
  }
}

export function swish_grad_beta_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_beta: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.mul(param_beta_0, input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
      const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.mul(input_x_0, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3), f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const t_1_0: v128 = f32x4.mul(param_beta_1, input_x_1);
      const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)));
      const t_1_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_0)));
      const t_1_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_1_2));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, f32x4.mul(input_x_1, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_1_2, t_1_1), t_1_3), f32x4.mul(v128.bitselect(t_1_2, f32x4.splat(<f32>(1.0)), t_1_1), t_1_3))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const t_2_0: v128 = f32x4.mul(param_beta_2, input_x_2);
      const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)));
      const t_2_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_0)));
      const t_2_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_2_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, f32x4.mul(input_x_2, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_2_2, t_2_1), t_2_3), f32x4.mul(v128.bitselect(t_2_2, f32x4.splat(<f32>(1.0)), t_2_1), t_2_3))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const t_3_0: v128 = f32x4.mul(param_beta_3, input_x_3);
      const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)));
      const t_3_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_0)));
      const t_3_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_3_2));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, f32x4.mul(input_x_3, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_3_2, t_3_1), t_3_3), f32x4.mul(v128.bitselect(t_3_2, f32x4.splat(<f32>(1.0)), t_3_1), t_3_3))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.mul(param_beta_0, input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
      const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.mul(input_x_0, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3), f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_beta_s = load<f32>(param_beta + column);
      const t_s_0: f32 = (param_beta_s * input_x_s);
      const t_s_1: bool = (t_s_0 > <f32>(0.0));
      const t_s_2: f32 = expBoundedF32((-abs<f32>(t_s_0)));
      const t_s_3: f32 = (<f32>(1.0) / (<f32>(1.0) + t_s_2));
      store<f32>(out_row + column, (input_dy_s * (input_x_s * (input_x_s * ((select<f32>(<f32>(1.0), t_s_2, t_s_1) * t_s_3) * (select<f32>(t_s_2, <f32>(1.0), t_s_1) * t_s_3))))));
    }
  }
}

export function mish_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_0, f32x4.splat(<f32>(20.0))));
    const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.add(t_0_0, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, f32x4.div(t_0_1, f32x4.add(t_0_1, f32x4.splat(<f32>(2.0))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-80.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_1, f32x4.splat(<f32>(20.0))));
    const t_1_1: v128 = f32x4.mul(t_1_0, f32x4.add(t_1_0, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, f32x4.div(t_1_1, f32x4.add(t_1_1, f32x4.splat(<f32>(2.0))))), f32x4.lt(input_x_1, f32x4.splat(<f32>(-80.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_2, f32x4.splat(<f32>(20.0))));
    const t_2_1: v128 = f32x4.mul(t_2_0, f32x4.add(t_2_0, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, f32x4.div(t_2_1, f32x4.add(t_2_1, f32x4.splat(<f32>(2.0))))), f32x4.lt(input_x_2, f32x4.splat(<f32>(-80.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_3, f32x4.splat(<f32>(20.0))));
    const t_3_1: v128 = f32x4.mul(t_3_0, f32x4.add(t_3_0, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, f32x4.div(t_3_1, f32x4.add(t_3_1, f32x4.splat(<f32>(2.0))))), f32x4.lt(input_x_3, f32x4.splat(<f32>(-80.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_0, f32x4.splat(<f32>(20.0))));
    const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.add(t_0_0, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, f32x4.div(t_0_1, f32x4.add(t_0_1, f32x4.splat(<f32>(2.0))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-80.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = expBoundedF32(min<f32>(input_x_s, <f32>(20.0)));
    const t_s_1: f32 = (t_s_0 * (t_s_0 + <f32>(2.0)));
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * (t_s_1 / (t_s_1 + <f32>(2.0)))), (input_x_s < <f32>(-80.0))));
  }
}

export function mish_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_0, f32x4.splat(<f32>(20.0))));
    const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.add(t_0_0, f32x4.splat(<f32>(2.0))));
    const t_0_2: v128 = f32x4.div(t_0_1, f32x4.add(t_0_1, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_2, f32x4.mul(f32x4.mul(input_x_0, f32x4.div(t_0_0, f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))))), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_2, t_0_2))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_1, f32x4.splat(<f32>(20.0))));
    const t_1_1: v128 = f32x4.mul(t_1_0, f32x4.add(t_1_0, f32x4.splat(<f32>(2.0))));
    const t_1_2: v128 = f32x4.div(t_1_1, f32x4.add(t_1_1, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(t_1_2, f32x4.mul(f32x4.mul(input_x_1, f32x4.div(t_1_0, f32x4.add(t_1_0, f32x4.splat(<f32>(1.0))))), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_2, t_1_2))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_2, f32x4.splat(<f32>(20.0))));
    const t_2_1: v128 = f32x4.mul(t_2_0, f32x4.add(t_2_0, f32x4.splat(<f32>(2.0))));
    const t_2_2: v128 = f32x4.div(t_2_1, f32x4.add(t_2_1, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(t_2_2, f32x4.mul(f32x4.mul(input_x_2, f32x4.div(t_2_0, f32x4.add(t_2_0, f32x4.splat(<f32>(1.0))))), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_2, t_2_2))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_3, f32x4.splat(<f32>(20.0))));
    const t_3_1: v128 = f32x4.mul(t_3_0, f32x4.add(t_3_0, f32x4.splat(<f32>(2.0))));
    const t_3_2: v128 = f32x4.div(t_3_1, f32x4.add(t_3_1, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(t_3_2, f32x4.mul(f32x4.mul(input_x_3, f32x4.div(t_3_0, f32x4.add(t_3_0, f32x4.splat(<f32>(1.0))))), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_2, t_3_2))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expBoundedF32x4(f32x4.pmin(input_x_0, f32x4.splat(<f32>(20.0))));
    const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.add(t_0_0, f32x4.splat(<f32>(2.0))));
    const t_0_2: v128 = f32x4.div(t_0_1, f32x4.add(t_0_1, f32x4.splat(<f32>(2.0))));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_2, f32x4.mul(f32x4.mul(input_x_0, f32x4.div(t_0_0, f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))))), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_2, t_0_2))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = expBoundedF32(min<f32>(input_x_s, <f32>(20.0)));
    const t_s_1: f32 = (t_s_0 * (t_s_0 + <f32>(2.0)));
    const t_s_2: f32 = (t_s_1 / (t_s_1 + <f32>(2.0)));
    store<f32>(out + column, (input_dy_s * (t_s_2 + ((input_x_s * (t_s_0 / (t_s_0 + <f32>(1.0)))) * (<f32>(1.0) - (t_s_2 * t_s_2))))));
  }
}

export function hardSwish_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, f32x4.div(f32x4.pmin(f32x4.add(input_x_0, f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0)))), f32x4.le(input_x_0, f32x4.splat(<f32>(-3.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, f32x4.div(f32x4.pmin(f32x4.add(input_x_1, f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0)))), f32x4.le(input_x_1, f32x4.splat(<f32>(-3.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, f32x4.div(f32x4.pmin(f32x4.add(input_x_2, f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0)))), f32x4.le(input_x_2, f32x4.splat(<f32>(-3.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, f32x4.div(f32x4.pmin(f32x4.add(input_x_3, f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0)))), f32x4.le(input_x_3, f32x4.splat(<f32>(-3.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, f32x4.div(f32x4.pmin(f32x4.add(input_x_0, f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0)))), f32x4.le(input_x_0, f32x4.splat(<f32>(-3.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * (min<f32>((input_x_s + <f32>(3.0)), <f32>(6.0)) / <f32>(6.0))), (input_x_s <= <f32>(-3.0))));
  }
}

export function hardSwish_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_0), f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.ge(input_x_0, f32x4.splat(<f32>(3.0)))), f32x4.le(input_x_0, f32x4.splat(<f32>(-3.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_1), f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.ge(input_x_1, f32x4.splat(<f32>(3.0)))), f32x4.le(input_x_1, f32x4.splat(<f32>(-3.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_2), f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.ge(input_x_2, f32x4.splat(<f32>(3.0)))), f32x4.le(input_x_2, f32x4.splat(<f32>(-3.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_3), f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.ge(input_x_3, f32x4.splat(<f32>(3.0)))), f32x4.le(input_x_3, f32x4.splat(<f32>(-3.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_0), f32x4.splat(<f32>(3.0))), f32x4.splat(<f32>(6.0))), f32x4.ge(input_x_0, f32x4.splat(<f32>(3.0)))), f32x4.le(input_x_0, f32x4.splat(<f32>(-3.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), select<f32>(<f32>(1.0), (((<f32>(2.0) * input_x_s) + <f32>(3.0)) / <f32>(6.0)), (input_x_s >= <f32>(3.0))), (input_x_s <= <f32>(-3.0)))));
  }
}

export function softplus_forward(out: usize, input_x: usize, n: i32, param_beta: f32, param_threshold: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_beta_reciprocal: f32 = <f32>(1.0) / param_beta;
  const param_beta_reciprocal_vector = f32x4.splat(param_beta_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(param_beta_vector, input_x_0);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(f32x4.add(maxZeroF32x4(t_0_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0))))), param_beta_reciprocal_vector), f32x4.gt(t_0_0, param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.mul(param_beta_vector, input_x_1);
    v128.store(out + column, v128.bitselect(input_x_1, f32x4.mul(f32x4.add(maxZeroF32x4(t_1_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_0))))), param_beta_reciprocal_vector), f32x4.gt(t_1_0, param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.mul(param_beta_vector, input_x_2);
    v128.store(out + column, v128.bitselect(input_x_2, f32x4.mul(f32x4.add(maxZeroF32x4(t_2_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_0))))), param_beta_reciprocal_vector), f32x4.gt(t_2_0, param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.mul(param_beta_vector, input_x_3);
    v128.store(out + column, v128.bitselect(input_x_3, f32x4.mul(f32x4.add(maxZeroF32x4(t_3_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_0))))), param_beta_reciprocal_vector), f32x4.gt(t_3_0, param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(param_beta_vector, input_x_0);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(f32x4.add(maxZeroF32x4(t_0_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0))))), param_beta_reciprocal_vector), f32x4.gt(t_0_0, param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (param_beta * input_x_s);
    store<f32>(out + column, select<f32>(input_x_s, ((max<f32>(t_s_0, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_0))))) * param_beta_reciprocal), (t_s_0 > param_threshold)));
  }
}

export function softplus_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_beta: f32, param_threshold: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  const param_threshold_vector = f32x4.splat(param_threshold);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(param_beta_vector, input_x_0);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), sigmoidF32x4(t_0_0), f32x4.gt(t_0_0, param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.mul(param_beta_vector, input_x_1);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), sigmoidF32x4(t_1_0), f32x4.gt(t_1_0, param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.mul(param_beta_vector, input_x_2);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), sigmoidF32x4(t_2_0), f32x4.gt(t_2_0, param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.mul(param_beta_vector, input_x_3);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), sigmoidF32x4(t_3_0), f32x4.gt(t_3_0, param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(param_beta_vector, input_x_0);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), sigmoidF32x4(t_0_0), f32x4.gt(t_0_0, param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (param_beta * input_x_s);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), sigmoidF32(t_s_0), (t_s_0 > param_threshold))));
  }
}

export function elu_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, expm1F32x4(input_x_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(input_x_1, f32x4.mul(param_alpha_vector, expm1F32x4(input_x_1)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(input_x_2, f32x4.mul(param_alpha_vector, expm1F32x4(input_x_2)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(input_x_3, f32x4.mul(param_alpha_vector, expm1F32x4(input_x_3)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, expm1F32x4(input_x_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(input_x_s, (param_alpha * expm1F32(input_x_s)), (input_x_s > <f32>(0.0))));
  }
}

export function elu_grad(out: usize, input_dy: usize, input_y: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.add(input_y_0, param_alpha_vector), f32x4.gt(input_y_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_y_1 = v128.load(input_y + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.add(input_y_1, param_alpha_vector), f32x4.gt(input_y_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_y_2 = v128.load(input_y + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.add(input_y_2, param_alpha_vector), f32x4.gt(input_y_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_y_3 = v128.load(input_y + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.add(input_y_3, param_alpha_vector), f32x4.gt(input_y_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.add(input_y_0, param_alpha_vector), f32x4.gt(input_y_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_y_s = load<f32>(input_y + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), (input_y_s + param_alpha), (input_y_s > <f32>(0.0)))));
  }
}

export function celu_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_alpha_reciprocal: f32 = <f32>(1.0) / param_alpha;
  const param_alpha_reciprocal_vector = f32x4.splat(param_alpha_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.add(maxZeroF32x4(input_x_0), minZeroF32x4(f32x4.mul(param_alpha_vector, expm1F32x4(f32x4.mul(input_x_0, param_alpha_reciprocal_vector))))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.add(maxZeroF32x4(input_x_1), minZeroF32x4(f32x4.mul(param_alpha_vector, expm1F32x4(f32x4.mul(input_x_1, param_alpha_reciprocal_vector))))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.add(maxZeroF32x4(input_x_2), minZeroF32x4(f32x4.mul(param_alpha_vector, expm1F32x4(f32x4.mul(input_x_2, param_alpha_reciprocal_vector))))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.add(maxZeroF32x4(input_x_3), minZeroF32x4(f32x4.mul(param_alpha_vector, expm1F32x4(f32x4.mul(input_x_3, param_alpha_reciprocal_vector))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.add(maxZeroF32x4(input_x_0), minZeroF32x4(f32x4.mul(param_alpha_vector, expm1F32x4(f32x4.mul(input_x_0, param_alpha_reciprocal_vector))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (max<f32>(input_x_s, <f32>(0.0)) + min<f32>(<f32>(0.0), (param_alpha * expm1F32((input_x_s * param_alpha_reciprocal))))));
  }
}

export function celu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_alpha_reciprocal: f32 = <f32>(1.0) / param_alpha;
  const param_alpha_reciprocal_vector = f32x4.splat(param_alpha_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), expF32x4(f32x4.mul(input_x_0, param_alpha_reciprocal_vector)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), expF32x4(f32x4.mul(input_x_1, param_alpha_reciprocal_vector)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), expF32x4(f32x4.mul(input_x_2, param_alpha_reciprocal_vector)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), expF32x4(f32x4.mul(input_x_3, param_alpha_reciprocal_vector)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), expF32x4(f32x4.mul(input_x_0, param_alpha_reciprocal_vector)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), expF32((input_x_s * param_alpha_reciprocal)), (input_x_s > <f32>(0.0)))));
  }
}

export function selu_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(1.0507009873554805)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.7580993408473766)), expm1F32x4(input_x_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(1.0507009873554805)), input_x_1), f32x4.mul(f32x4.splat(<f32>(1.7580993408473766)), expm1F32x4(input_x_1)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(1.0507009873554805)), input_x_2), f32x4.mul(f32x4.splat(<f32>(1.7580993408473766)), expm1F32x4(input_x_2)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(1.0507009873554805)), input_x_3), f32x4.mul(f32x4.splat(<f32>(1.7580993408473766)), expm1F32x4(input_x_3)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(1.0507009873554805)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.7580993408473766)), expm1F32x4(input_x_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>((<f32>(1.0507009873554805) * input_x_s), (<f32>(1.7580993408473766) * expm1F32(input_x_s)), (input_x_s > <f32>(0.0))));
  }
}

export function selu_grad(out: usize, input_dy: usize, input_y: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0507009873554805)), f32x4.add(input_y_0, f32x4.splat(<f32>(1.7580993408473766))), f32x4.gt(input_y_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_y_1 = v128.load(input_y + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0507009873554805)), f32x4.add(input_y_1, f32x4.splat(<f32>(1.7580993408473766))), f32x4.gt(input_y_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_y_2 = v128.load(input_y + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0507009873554805)), f32x4.add(input_y_2, f32x4.splat(<f32>(1.7580993408473766))), f32x4.gt(input_y_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_y_3 = v128.load(input_y + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0507009873554805)), f32x4.add(input_y_3, f32x4.splat(<f32>(1.7580993408473766))), f32x4.gt(input_y_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0507009873554805)), f32x4.add(input_y_0, f32x4.splat(<f32>(1.7580993408473766))), f32x4.gt(input_y_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_y_s = load<f32>(input_y + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0507009873554805), (input_y_s + <f32>(1.7580993408473766)), (input_y_s > <f32>(0.0)))));
  }
}

export function golu_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.neg(expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_0, f32x4.splat(<f32>(-80.0)))))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-80.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, expBoundedF32x4(f32x4.neg(expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_1, f32x4.splat(<f32>(-80.0)))))))), f32x4.lt(input_x_1, f32x4.splat(<f32>(-80.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, expBoundedF32x4(f32x4.neg(expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_2, f32x4.splat(<f32>(-80.0)))))))), f32x4.lt(input_x_2, f32x4.splat(<f32>(-80.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, expBoundedF32x4(f32x4.neg(expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_3, f32x4.splat(<f32>(-80.0)))))))), f32x4.lt(input_x_3, f32x4.splat(<f32>(-80.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.neg(expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_0, f32x4.splat(<f32>(-80.0)))))))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-80.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * expBoundedF32((-expBoundedF32((-max<f32>(input_x_s, <f32>(-80.0))))))), (input_x_s < <f32>(-80.0))));
  }
}

export function golu_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_0, f32x4.splat(<f32>(-80.0)))));
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(expBoundedF32x4(f32x4.neg(t_0_0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, t_0_0))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-80.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_1, f32x4.splat(<f32>(-80.0)))));
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.mul(expBoundedF32x4(f32x4.neg(t_1_0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_1, t_1_0))), f32x4.lt(input_x_1, f32x4.splat(<f32>(-80.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_2, f32x4.splat(<f32>(-80.0)))));
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.mul(expBoundedF32x4(f32x4.neg(t_2_0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_2, t_2_0))), f32x4.lt(input_x_2, f32x4.splat(<f32>(-80.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_3, f32x4.splat(<f32>(-80.0)))));
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.mul(expBoundedF32x4(f32x4.neg(t_3_0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_3, t_3_0))), f32x4.lt(input_x_3, f32x4.splat(<f32>(-80.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expBoundedF32x4(f32x4.neg(f32x4.pmax(input_x_0, f32x4.splat(<f32>(-80.0)))));
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(expBoundedF32x4(f32x4.neg(t_0_0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, t_0_0))), f32x4.lt(input_x_0, f32x4.splat(<f32>(-80.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = expBoundedF32((-max<f32>(input_x_s, <f32>(-80.0))));
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), (expBoundedF32((-t_s_0)) * (<f32>(1.0) + (input_x_s * t_s_0))), (input_x_s < <f32>(-80.0)))));
  }
}

export function snake_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_alpha_reciprocal: f32 = <f32>(1.0) / param_alpha;
  const param_alpha_reciprocal_vector = f32x4.splat(param_alpha_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sinF32x4(f32x4.mul(param_alpha_vector, input_x_0));
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.add(input_x_0, f32x4.mul(f32x4.mul(t_0_0, t_0_0), param_alpha_reciprocal_vector)), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(3.4e+38)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = sinF32x4(f32x4.mul(param_alpha_vector, input_x_1));
    v128.store(out + column, v128.bitselect(input_x_1, f32x4.add(input_x_1, f32x4.mul(f32x4.mul(t_1_0, t_1_0), param_alpha_reciprocal_vector)), f32x4.gt(f32x4.abs(input_x_1), f32x4.splat(<f32>(3.4e+38)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = sinF32x4(f32x4.mul(param_alpha_vector, input_x_2));
    v128.store(out + column, v128.bitselect(input_x_2, f32x4.add(input_x_2, f32x4.mul(f32x4.mul(t_2_0, t_2_0), param_alpha_reciprocal_vector)), f32x4.gt(f32x4.abs(input_x_2), f32x4.splat(<f32>(3.4e+38)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = sinF32x4(f32x4.mul(param_alpha_vector, input_x_3));
    v128.store(out + column, v128.bitselect(input_x_3, f32x4.add(input_x_3, f32x4.mul(f32x4.mul(t_3_0, t_3_0), param_alpha_reciprocal_vector)), f32x4.gt(f32x4.abs(input_x_3), f32x4.splat(<f32>(3.4e+38)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sinF32x4(f32x4.mul(param_alpha_vector, input_x_0));
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.add(input_x_0, f32x4.mul(f32x4.mul(t_0_0, t_0_0), param_alpha_reciprocal_vector)), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(3.4e+38)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = sinF32((param_alpha * input_x_s));
    store<f32>(out + column, select<f32>(input_x_s, (input_x_s + ((t_s_0 * t_s_0) * param_alpha_reciprocal)), (abs<f32>(input_x_s) > <f32>(3.4e+38))));
  }
}

export function snake_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector), input_x_0)))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector), input_x_1)))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector), input_x_2)))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector), input_x_3)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector), input_x_0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * (<f32>(1.0) + sinF32(((<f32>(2.0) * param_alpha) * input_x_s)))));
  }
}

export function snake_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = sinF32x4(f32x4.mul(param_alpha_0, input_x_0));
      v128.store(out_row + column, v128.bitselect(input_x_0, f32x4.add(input_x_0, f32x4.div(f32x4.mul(t_0_0, t_0_0), param_alpha_0)), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(3.4e+38)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = sinF32x4(f32x4.mul(param_alpha_1, input_x_1));
      v128.store(out_row + column, v128.bitselect(input_x_1, f32x4.add(input_x_1, f32x4.div(f32x4.mul(t_1_0, t_1_0), param_alpha_1)), f32x4.gt(f32x4.abs(input_x_1), f32x4.splat(<f32>(3.4e+38)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = sinF32x4(f32x4.mul(param_alpha_2, input_x_2));
      v128.store(out_row + column, v128.bitselect(input_x_2, f32x4.add(input_x_2, f32x4.div(f32x4.mul(t_2_0, t_2_0), param_alpha_2)), f32x4.gt(f32x4.abs(input_x_2), f32x4.splat(<f32>(3.4e+38)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = sinF32x4(f32x4.mul(param_alpha_3, input_x_3));
      v128.store(out_row + column, v128.bitselect(input_x_3, f32x4.add(input_x_3, f32x4.div(f32x4.mul(t_3_0, t_3_0), param_alpha_3)), f32x4.gt(f32x4.abs(input_x_3), f32x4.splat(<f32>(3.4e+38)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = sinF32x4(f32x4.mul(param_alpha_0, input_x_0));
      v128.store(out_row + column, v128.bitselect(input_x_0, f32x4.add(input_x_0, f32x4.div(f32x4.mul(t_0_0, t_0_0), param_alpha_0)), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(3.4e+38)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = sinF32((param_alpha_s * input_x_s));
      store<f32>(out_row + column, select<f32>(input_x_s, (input_x_s + ((t_s_0 * t_s_0) / param_alpha_s)), (abs<f32>(input_x_s) > <f32>(3.4e+38))));
    }
  }
}

export function snake_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0), input_x_0)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_1), input_x_1)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_2), input_x_2)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_3), input_x_3)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.splat(<f32>(1.0)), sinF32x4(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0), input_x_0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      store<f32>(out_row + column, (input_dy_s * (<f32>(1.0) + sinF32(((<f32>(2.0) * param_alpha_s) * input_x_s)))));
    }
  }
}

export function snake_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.mul(param_alpha_0, input_x_0);
      const t_0_1: v128 = sinF32x4(t_0_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(t_0_1, f32x4.sub(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), t_0_0), cosF32x4(t_0_0)), t_0_1)), f32x4.mul(param_alpha_0, param_alpha_0))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.mul(param_alpha_1, input_x_1);
      const t_1_1: v128 = sinF32x4(t_1_0);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.mul(t_1_1, f32x4.sub(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), t_1_0), cosF32x4(t_1_0)), t_1_1)), f32x4.mul(param_alpha_1, param_alpha_1))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.mul(param_alpha_2, input_x_2);
      const t_2_1: v128 = sinF32x4(t_2_0);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.mul(t_2_1, f32x4.sub(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), t_2_0), cosF32x4(t_2_0)), t_2_1)), f32x4.mul(param_alpha_2, param_alpha_2))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.mul(param_alpha_3, input_x_3);
      const t_3_1: v128 = sinF32x4(t_3_0);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.mul(t_3_1, f32x4.sub(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), t_3_0), cosF32x4(t_3_0)), t_3_1)), f32x4.mul(param_alpha_3, param_alpha_3))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.mul(param_alpha_0, input_x_0);
      const t_0_1: v128 = sinF32x4(t_0_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(t_0_1, f32x4.sub(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(2.0)), t_0_0), cosF32x4(t_0_0)), t_0_1)), f32x4.mul(param_alpha_0, param_alpha_0))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = (param_alpha_s * input_x_s);
      const t_s_1: f32 = sinF32(t_s_0);
      store<f32>(out_row + column, (input_dy_s * ((t_s_1 * (((<f32>(2.0) * t_s_0) * cosF32(t_s_0)) - t_s_1)) / (param_alpha_s * param_alpha_s))));
    }
  }
}

export function relu_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, maxZeroF32x4(input_x_0));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, maxZeroF32x4(input_x_1), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, maxZeroF32x4(input_x_2), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, maxZeroF32x4(input_x_3), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, maxZeroF32x4(input_x_0));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, max<f32>(input_x_s, <f32>(0.0)));
  }
}

export function relu_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s > <f32>(0.0)))));
  }
}

export function relu_with_negativeSlope_forward(out: usize, input_x: usize, n: i32, param_negativeSlope: f32): void {
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_0), input_x_0, f32x4.le(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_1), input_x_1, f32x4.le(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_2), input_x_2, f32x4.le(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_3), input_x_3, f32x4.le(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_0), input_x_0, f32x4.le(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>((param_negativeSlope * input_x_s), input_x_s, (input_x_s <= <f32>(0.0))));
  }
}

export function relu_with_negativeSlope_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_negativeSlope: f32): void {
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(param_negativeSlope, <f32>(1.0), (input_x_s <= <f32>(0.0)))));
  }
}

export function relu_with_maxValue_forward(out: usize, input_x: usize, n: i32, param_maxValue: f32): void {
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.min(maxZeroF32x4(input_x_0), param_maxValue_vector));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.min(maxZeroF32x4(input_x_1), param_maxValue_vector), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.min(maxZeroF32x4(input_x_2), param_maxValue_vector), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.min(maxZeroF32x4(input_x_3), param_maxValue_vector), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.min(maxZeroF32x4(input_x_0), param_maxValue_vector));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, min<f32>(max<f32>(input_x_s, <f32>(0.0)), param_maxValue));
  }
}

export function relu_with_maxValue_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_maxValue: f32): void {
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_1, param_maxValue_vector)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_2, param_maxValue_vector)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_3, param_maxValue_vector)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s < param_maxValue)), <f32>(0.0), (input_x_s > <f32>(0.0)))));
  }
}

export function relu_with_maxValue_with_negativeSlope_forward(out: usize, input_x: usize, n: i32, param_negativeSlope: f32, param_maxValue: f32): void {
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_0), f32x4.min(input_x_0, param_maxValue_vector), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_1), f32x4.min(input_x_1, param_maxValue_vector), f32x4.le(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_2), f32x4.min(input_x_2, param_maxValue_vector), f32x4.le(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_3), f32x4.min(input_x_3, param_maxValue_vector), f32x4.le(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, input_x_0), f32x4.min(input_x_0, param_maxValue_vector), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>((param_negativeSlope * input_x_s), min<f32>(input_x_s, param_maxValue), (input_x_s <= <f32>(0.0))));
  }
}

export function relu_with_maxValue_with_negativeSlope_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_negativeSlope: f32, param_maxValue: f32): void {
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_1, param_maxValue_vector)), f32x4.le(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_2, param_maxValue_vector)), f32x4.le(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_3, param_maxValue_vector)), f32x4.le(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(param_negativeSlope, select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s < param_maxValue)), (input_x_s <= <f32>(0.0)))));
  }
}

export function relu_with_threshold_forward(out: usize, input_x: usize, n: i32, param_threshold: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(input_x_0, f32x4.le(input_x_0, param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(input_x_1, f32x4.le(input_x_1, param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(input_x_2, f32x4.le(input_x_2, param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(input_x_3, f32x4.le(input_x_3, param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(input_x_0, f32x4.le(input_x_0, param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), input_x_s, (input_x_s <= param_threshold)));
  }
}

export function relu_with_threshold_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_threshold: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(input_x_0, param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(input_x_1, param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(input_x_2, param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(input_x_3, param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(input_x_0, param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), <f32>(1.0), (input_x_s <= param_threshold))));
  }
}

export function relu_with_negativeSlope_with_threshold_forward(out: usize, input_x: usize, n: i32, param_threshold: f32, param_negativeSlope: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_0, param_threshold_vector)), input_x_0, f32x4.le(input_x_0, param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_1, param_threshold_vector)), input_x_1, f32x4.le(input_x_1, param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_2, param_threshold_vector)), input_x_2, f32x4.le(input_x_2, param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_3, param_threshold_vector)), input_x_3, f32x4.le(input_x_3, param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_0, param_threshold_vector)), input_x_0, f32x4.le(input_x_0, param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>((param_negativeSlope * (input_x_s - param_threshold)), input_x_s, (input_x_s <= param_threshold)));
  }
}

export function relu_with_negativeSlope_with_threshold_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_threshold: f32, param_negativeSlope: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_0, param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_1, param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_2, param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_3, param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, f32x4.splat(<f32>(1.0)), f32x4.le(input_x_0, param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(param_negativeSlope, <f32>(1.0), (input_x_s <= param_threshold))));
  }
}

export function relu_with_maxValue_with_threshold_forward(out: usize, input_x: usize, n: i32, param_threshold: f32, param_maxValue: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.min(input_x_0, param_maxValue_vector), f32x4.le(input_x_0, param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.min(input_x_1, param_maxValue_vector), f32x4.le(input_x_1, param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.min(input_x_2, param_maxValue_vector), f32x4.le(input_x_2, param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.min(input_x_3, param_maxValue_vector), f32x4.le(input_x_3, param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.min(input_x_0, param_maxValue_vector), f32x4.le(input_x_0, param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), min<f32>(input_x_s, param_maxValue), (input_x_s <= param_threshold)));
  }
}

export function relu_with_maxValue_with_threshold_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_threshold: f32, param_maxValue: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.le(input_x_0, param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_1, param_maxValue_vector)), f32x4.le(input_x_1, param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_2, param_maxValue_vector)), f32x4.le(input_x_2, param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_3, param_maxValue_vector)), f32x4.le(input_x_3, param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.le(input_x_0, param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s < param_maxValue)), (input_x_s <= param_threshold))));
  }
}

export function relu_with_maxValue_with_negativeSlope_with_threshold_forward(out: usize, input_x: usize, n: i32, param_threshold: f32, param_negativeSlope: f32, param_maxValue: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_0, param_threshold_vector)), f32x4.min(input_x_0, param_maxValue_vector), f32x4.le(input_x_0, param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_1, param_threshold_vector)), f32x4.min(input_x_1, param_maxValue_vector), f32x4.le(input_x_1, param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_2, param_threshold_vector)), f32x4.min(input_x_2, param_maxValue_vector), f32x4.le(input_x_2, param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_3, param_threshold_vector)), f32x4.min(input_x_3, param_maxValue_vector), f32x4.le(input_x_3, param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(f32x4.mul(param_negativeSlope_vector, f32x4.sub(input_x_0, param_threshold_vector)), f32x4.min(input_x_0, param_maxValue_vector), f32x4.le(input_x_0, param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>((param_negativeSlope * (input_x_s - param_threshold)), min<f32>(input_x_s, param_maxValue), (input_x_s <= param_threshold)));
  }
}

export function relu_with_maxValue_with_negativeSlope_with_threshold_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_threshold: f32, param_negativeSlope: f32, param_maxValue: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_negativeSlope_vector = f32x4.splat(param_negativeSlope);
  const param_maxValue_vector = f32x4.splat(param_maxValue);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.le(input_x_0, param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_1, param_maxValue_vector)), f32x4.le(input_x_1, param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_2, param_maxValue_vector)), f32x4.le(input_x_2, param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_3, param_maxValue_vector)), f32x4.le(input_x_3, param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(param_negativeSlope_vector, v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxValue_vector)), f32x4.le(input_x_0, param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(param_negativeSlope, select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s < param_maxValue)), (input_x_s <= param_threshold))));
  }
}

export function leakyRelu_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, input_x_0), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(input_x_1, f32x4.mul(param_alpha_vector, input_x_1), f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(input_x_2, f32x4.mul(param_alpha_vector, input_x_2), f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(input_x_3, f32x4.mul(param_alpha_vector, input_x_3), f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, input_x_0), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(input_x_s, (param_alpha * input_x_s), (input_x_s >= <f32>(0.0))));
  }
}

export function leakyRelu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), param_alpha, (input_x_s > <f32>(0.0)))));
  }
}

export function sigmoid_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, sigmoidF32x4(input_x_0));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, sigmoidF32x4(input_x_1), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, sigmoidF32x4(input_x_2), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, sigmoidF32x4(input_x_3), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, sigmoidF32x4(input_x_0));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, sigmoidF32(input_x_s));
  }
}

export function sigmoid_grad(out: usize, input_dy: usize, input_y: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(input_y_0, f32x4.sub(f32x4.splat(<f32>(1.0)), input_y_0))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_y_1 = v128.load(input_y + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.mul(input_y_1, f32x4.sub(f32x4.splat(<f32>(1.0)), input_y_1))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_y_2 = v128.load(input_y + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.mul(input_y_2, f32x4.sub(f32x4.splat(<f32>(1.0)), input_y_2))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_y_3 = v128.load(input_y + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.mul(input_y_3, f32x4.sub(f32x4.splat(<f32>(1.0)), input_y_3))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(input_y_0, f32x4.sub(f32x4.splat(<f32>(1.0)), input_y_0))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_y_s = load<f32>(input_y + column);
    store<f32>(out + column, (input_dy_s * (input_y_s * (<f32>(1.0) - input_y_s))));
  }
}

export function tanh_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, tanhF32x4(input_x_0));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, tanhF32x4(input_x_1), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, tanhF32x4(input_x_2), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, tanhF32x4(input_x_3), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, tanhF32x4(input_x_0));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, tanhF32(input_x_s));
  }
}

export function tanh_grad(out: usize, input_dy: usize, input_y: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_y_0, input_y_0))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_y_1 = v128.load(input_y + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_y_1, input_y_1))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_y_2 = v128.load(input_y + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_y_2, input_y_2))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_y_3 = v128.load(input_y + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_y_3, input_y_3))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_y_0 = v128.load(input_y + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_y_0, input_y_0))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_y_s = load<f32>(input_y + column);
    store<f32>(out + column, (input_dy_s * (<f32>(1.0) - (input_y_s * input_y_s))));
  }
}

export function hardSigmoid_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.div(f32x4.pmin(maxZeroF32x4(f32x4.add(input_x_0, f32x4.splat(<f32>(3.0)))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.div(f32x4.pmin(maxZeroF32x4(f32x4.add(input_x_1, f32x4.splat(<f32>(3.0)))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.div(f32x4.pmin(maxZeroF32x4(f32x4.add(input_x_2, f32x4.splat(<f32>(3.0)))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.div(f32x4.pmin(maxZeroF32x4(f32x4.add(input_x_3, f32x4.splat(<f32>(3.0)))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.div(f32x4.pmin(maxZeroF32x4(f32x4.add(input_x_0, f32x4.splat(<f32>(3.0)))), f32x4.splat(<f32>(6.0))), f32x4.splat(<f32>(6.0))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (min<f32>(max<f32>((input_x_s + <f32>(3.0)), <f32>(0.0)), <f32>(6.0)) / <f32>(6.0)));
  }
}

export function hardSigmoid_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(0.16666666666666666)), f32x4.lt(input_x_0, f32x4.splat(<f32>(3.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(-3.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(v128.and(f32x4.splat(<f32>(0.16666666666666666)), f32x4.lt(input_x_1, f32x4.splat(<f32>(3.0)))), f32x4.gt(input_x_1, f32x4.splat(<f32>(-3.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(v128.and(f32x4.splat(<f32>(0.16666666666666666)), f32x4.lt(input_x_2, f32x4.splat(<f32>(3.0)))), f32x4.gt(input_x_2, f32x4.splat(<f32>(-3.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(v128.and(f32x4.splat(<f32>(0.16666666666666666)), f32x4.lt(input_x_3, f32x4.splat(<f32>(3.0)))), f32x4.gt(input_x_3, f32x4.splat(<f32>(-3.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(0.16666666666666666)), f32x4.lt(input_x_0, f32x4.splat(<f32>(3.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(-3.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(select<f32>(<f32>(0.16666666666666666), <f32>(0.0), (input_x_s < <f32>(3.0))), <f32>(0.0), (input_x_s > <f32>(-3.0)))));
  }
}

export function hardTanh_forward(out: usize, input_x: usize, n: i32, param_minVal: f32, param_maxVal: f32): void {
  const param_minVal_vector = f32x4.splat(param_minVal);
  const param_maxVal_vector = f32x4.splat(param_maxVal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.min(f32x4.max(input_x_0, param_minVal_vector), param_maxVal_vector));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.min(f32x4.max(input_x_1, param_minVal_vector), param_maxVal_vector), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.min(f32x4.max(input_x_2, param_minVal_vector), param_maxVal_vector), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.min(f32x4.max(input_x_3, param_minVal_vector), param_maxVal_vector), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.min(f32x4.max(input_x_0, param_minVal_vector), param_maxVal_vector));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, min<f32>(max<f32>(input_x_s, param_minVal), param_maxVal));
  }
}

export function hardTanh_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_minVal: f32, param_maxVal: f32): void {
  const param_minVal_vector = f32x4.splat(param_minVal);
  const param_maxVal_vector = f32x4.splat(param_maxVal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxVal_vector)), f32x4.gt(input_x_0, param_minVal_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_1, param_maxVal_vector)), f32x4.gt(input_x_1, param_minVal_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_2, param_maxVal_vector)), f32x4.gt(input_x_2, param_minVal_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_3, param_maxVal_vector)), f32x4.gt(input_x_3, param_minVal_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, param_maxVal_vector)), f32x4.gt(input_x_0, param_minVal_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s < param_maxVal)), <f32>(0.0), (input_x_s > param_minVal))));
  }
}

export function logSigmoid_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.sub(minZeroF32x4(input_x_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(input_x_0))))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.sub(minZeroF32x4(input_x_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(input_x_1))))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.sub(minZeroF32x4(input_x_2), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(input_x_2))))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.sub(minZeroF32x4(input_x_3), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(input_x_3))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.sub(minZeroF32x4(input_x_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(input_x_0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (min<f32>(input_x_s, <f32>(0.0)) - log1pUnitF32(expBoundedF32((-abs<f32>(input_x_s))))));
  }
}

export function logSigmoid_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, sigmoidF32x4(f32x4.neg(input_x_0))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, sigmoidF32x4(f32x4.neg(input_x_1))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, sigmoidF32x4(f32x4.neg(input_x_2))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, sigmoidF32x4(f32x4.neg(input_x_3))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, sigmoidF32x4(f32x4.neg(input_x_0))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * sigmoidF32((-input_x_s))));
  }
}

export function softShrink_forward(out: usize, input_x: usize, n: i32, param_threshold: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.sub(input_x_0, param_threshold_vector), f32x4.add(input_x_0, param_threshold_vector), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.sub(input_x_1, param_threshold_vector), f32x4.add(input_x_1, param_threshold_vector), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_1), param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.sub(input_x_2, param_threshold_vector), f32x4.add(input_x_2, param_threshold_vector), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_2), param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.sub(input_x_3, param_threshold_vector), f32x4.add(input_x_3, param_threshold_vector), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_3), param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.sub(input_x_0, param_threshold_vector), f32x4.add(input_x_0, param_threshold_vector), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), select<f32>((input_x_s - param_threshold), (input_x_s + param_threshold), (input_x_s > <f32>(0.0))), (abs<f32>(input_x_s) <= param_threshold)));
  }
}

export function softShrink_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_threshold: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_1), param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_2), param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_3), param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), <f32>(1.0), (abs<f32>(input_x_s) <= param_threshold))));
  }
}

export function softShrink_with_clip_forward(out: usize, input_x: usize, n: i32, param_threshold: f32, param_clip: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_clip_vector = f32x4.splat(param_clip);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.min(f32x4.sub(input_x_0, param_threshold_vector), param_clip_vector), f32x4.max(f32x4.add(input_x_0, param_threshold_vector), f32x4.neg(param_clip_vector)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.min(f32x4.sub(input_x_1, param_threshold_vector), param_clip_vector), f32x4.max(f32x4.add(input_x_1, param_threshold_vector), f32x4.neg(param_clip_vector)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_1), param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.min(f32x4.sub(input_x_2, param_threshold_vector), param_clip_vector), f32x4.max(f32x4.add(input_x_2, param_threshold_vector), f32x4.neg(param_clip_vector)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_2), param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.min(f32x4.sub(input_x_3, param_threshold_vector), param_clip_vector), f32x4.max(f32x4.add(input_x_3, param_threshold_vector), f32x4.neg(param_clip_vector)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_3), param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(v128.bitselect(f32x4.min(f32x4.sub(input_x_0, param_threshold_vector), param_clip_vector), f32x4.max(f32x4.add(input_x_0, param_threshold_vector), f32x4.neg(param_clip_vector)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), select<f32>(min<f32>((input_x_s - param_threshold), param_clip), max<f32>((input_x_s + param_threshold), (-param_clip)), (input_x_s > <f32>(0.0))), (abs<f32>(input_x_s) <= param_threshold)));
  }
}

export function softShrink_with_clip_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_threshold: f32, param_clip: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  const param_clip_vector = f32x4.splat(param_clip);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(f32x4.abs(input_x_0), f32x4.add(param_threshold_vector, param_clip_vector))), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(f32x4.abs(input_x_1), f32x4.add(param_threshold_vector, param_clip_vector))), f32x4.le(f32x4.abs(input_x_1), param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(f32x4.abs(input_x_2), f32x4.add(param_threshold_vector, param_clip_vector))), f32x4.le(f32x4.abs(input_x_2), param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(f32x4.abs(input_x_3), f32x4.add(param_threshold_vector, param_clip_vector))), f32x4.le(f32x4.abs(input_x_3), param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(f32x4.abs(input_x_0), f32x4.add(param_threshold_vector, param_clip_vector))), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), select<f32>(<f32>(1.0), <f32>(0.0), (abs<f32>(input_x_s) < (param_threshold + param_clip))), (abs<f32>(input_x_s) <= param_threshold))));
  }
}

export function shiftedRelu_forward(out: usize, input_x: usize, n: i32, param_tau: f32): void {
  const param_tau_vector = f32x4.splat(param_tau);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.sub(input_x_0, param_tau_vector), f32x4.le(input_x_0, param_tau_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.sub(input_x_1, param_tau_vector), f32x4.le(input_x_1, param_tau_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.sub(input_x_2, param_tau_vector), f32x4.le(input_x_2, param_tau_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.sub(input_x_3, param_tau_vector), f32x4.le(input_x_3, param_tau_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.sub(input_x_0, param_tau_vector), f32x4.le(input_x_0, param_tau_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s - param_tau), (input_x_s <= param_tau)));
  }
}

export function shiftedRelu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_tau: f32): void {
  const param_tau_vector = f32x4.splat(param_tau);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, param_tau_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_1, param_tau_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_2, param_tau_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_3, param_tau_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, param_tau_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s > param_tau))));
  }
}

export function shiftedRelu_with_clip_forward(out: usize, input_x: usize, n: i32, param_tau: f32, param_clip: f32): void {
  const param_tau_vector = f32x4.splat(param_tau);
  const param_clip_vector = f32x4.splat(param_clip);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.min(f32x4.sub(input_x_0, param_tau_vector), param_clip_vector), f32x4.le(input_x_0, param_tau_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.min(f32x4.sub(input_x_1, param_tau_vector), param_clip_vector), f32x4.le(input_x_1, param_tau_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.min(f32x4.sub(input_x_2, param_tau_vector), param_clip_vector), f32x4.le(input_x_2, param_tau_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.min(f32x4.sub(input_x_3, param_tau_vector), param_clip_vector), f32x4.le(input_x_3, param_tau_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.min(f32x4.sub(input_x_0, param_tau_vector), param_clip_vector), f32x4.le(input_x_0, param_tau_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), min<f32>((input_x_s - param_tau), param_clip), (input_x_s <= param_tau)));
  }
}

export function shiftedRelu_with_clip_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_tau: f32, param_clip: f32): void {
  const param_tau_vector = f32x4.splat(param_tau);
  const param_clip_vector = f32x4.splat(param_clip);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, f32x4.add(param_tau_vector, param_clip_vector))), f32x4.gt(input_x_0, param_tau_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_1, f32x4.add(param_tau_vector, param_clip_vector))), f32x4.gt(input_x_1, param_tau_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_2, f32x4.add(param_tau_vector, param_clip_vector))), f32x4.gt(input_x_2, param_tau_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_3, f32x4.add(param_tau_vector, param_clip_vector))), f32x4.gt(input_x_3, param_tau_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(v128.and(f32x4.splat(<f32>(1.0)), f32x4.lt(input_x_0, f32x4.add(param_tau_vector, param_clip_vector))), f32x4.gt(input_x_0, param_tau_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s < (param_tau + param_clip))), <f32>(0.0), (input_x_s > param_tau))));
  }
}

export function hardShrink_forward(out: usize, input_x: usize, n: i32, param_threshold: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(input_x_0, f32x4.le(f32x4.abs(input_x_0), param_threshold_vector)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(input_x_1, f32x4.le(f32x4.abs(input_x_1), param_threshold_vector)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(input_x_2, f32x4.le(f32x4.abs(input_x_2), param_threshold_vector)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(input_x_3, f32x4.le(f32x4.abs(input_x_3), param_threshold_vector)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(input_x_0, f32x4.le(f32x4.abs(input_x_0), param_threshold_vector)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), input_x_s, (abs<f32>(input_x_s) <= param_threshold)));
  }
}

export function hardShrink_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_threshold: f32): void {
  const param_threshold_vector = f32x4.splat(param_threshold);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_1), param_threshold_vector))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_2), param_threshold_vector))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_3), param_threshold_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.le(f32x4.abs(input_x_0), param_threshold_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), <f32>(1.0), (abs<f32>(input_x_s) <= param_threshold))));
  }
}

export function reluSquared_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, input_x_0), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_1, input_x_1), f32x4.le(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_2, input_x_2), f32x4.le(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_3, input_x_3), f32x4.le(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.andnot(f32x4.mul(input_x_0, input_x_0), f32x4.le(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(<f32>(0.0), (input_x_s * input_x_s), (input_x_s <= <f32>(0.0))));
  }
}

export function reluSquared_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_1), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_2), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_3), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>((<f32>(2.0) * input_x_s), <f32>(0.0), (input_x_s > <f32>(0.0)))));
  }
}

export function smelu_forward(out: usize, input_x: usize, n: i32, param_beta: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(input_x_0, param_beta_vector);
    v128.store(out + column, v128.andnot(v128.bitselect(input_x_0, f32x4.div(f32x4.mul(t_0_0, t_0_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_beta_vector)), f32x4.ge(input_x_0, param_beta_vector)), f32x4.le(input_x_0, f32x4.neg(param_beta_vector))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.add(input_x_1, param_beta_vector);
    v128.store(out + column, v128.andnot(v128.bitselect(input_x_1, f32x4.div(f32x4.mul(t_1_0, t_1_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_beta_vector)), f32x4.ge(input_x_1, param_beta_vector)), f32x4.le(input_x_1, f32x4.neg(param_beta_vector))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.add(input_x_2, param_beta_vector);
    v128.store(out + column, v128.andnot(v128.bitselect(input_x_2, f32x4.div(f32x4.mul(t_2_0, t_2_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_beta_vector)), f32x4.ge(input_x_2, param_beta_vector)), f32x4.le(input_x_2, f32x4.neg(param_beta_vector))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.add(input_x_3, param_beta_vector);
    v128.store(out + column, v128.andnot(v128.bitselect(input_x_3, f32x4.div(f32x4.mul(t_3_0, t_3_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_beta_vector)), f32x4.ge(input_x_3, param_beta_vector)), f32x4.le(input_x_3, f32x4.neg(param_beta_vector))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(input_x_0, param_beta_vector);
    v128.store(out + column, v128.andnot(v128.bitselect(input_x_0, f32x4.div(f32x4.mul(t_0_0, t_0_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_beta_vector)), f32x4.ge(input_x_0, param_beta_vector)), f32x4.le(input_x_0, f32x4.neg(param_beta_vector))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (input_x_s + param_beta);
    store<f32>(out + column, select<f32>(<f32>(0.0), select<f32>(input_x_s, ((t_s_0 * t_s_0) / (<f32>(4.0) * param_beta)), (input_x_s >= param_beta)), (input_x_s <= (-param_beta))));
  }
}

export function smelu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_beta: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(input_x_0, param_beta_vector), f32x4.mul(f32x4.splat(<f32>(2.0)), param_beta_vector)), f32x4.ge(input_x_0, param_beta_vector)), f32x4.le(input_x_0, f32x4.neg(param_beta_vector)))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(input_x_1, param_beta_vector), f32x4.mul(f32x4.splat(<f32>(2.0)), param_beta_vector)), f32x4.ge(input_x_1, param_beta_vector)), f32x4.le(input_x_1, f32x4.neg(param_beta_vector)))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(input_x_2, param_beta_vector), f32x4.mul(f32x4.splat(<f32>(2.0)), param_beta_vector)), f32x4.ge(input_x_2, param_beta_vector)), f32x4.le(input_x_2, f32x4.neg(param_beta_vector)))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(input_x_3, param_beta_vector), f32x4.mul(f32x4.splat(<f32>(2.0)), param_beta_vector)), f32x4.ge(input_x_3, param_beta_vector)), f32x4.le(input_x_3, f32x4.neg(param_beta_vector)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(f32x4.add(input_x_0, param_beta_vector), f32x4.mul(f32x4.splat(<f32>(2.0)), param_beta_vector)), f32x4.ge(input_x_0, param_beta_vector)), f32x4.le(input_x_0, f32x4.neg(param_beta_vector)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), select<f32>(<f32>(1.0), ((input_x_s + param_beta) / (<f32>(2.0) * param_beta)), (input_x_s >= param_beta)), (input_x_s <= (-param_beta)))));
  }
}

export function helu_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, maxZeroF32x4(input_x_0));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, maxZeroF32x4(input_x_1), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, maxZeroF32x4(input_x_2), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, maxZeroF32x4(input_x_3), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, maxZeroF32x4(input_x_0));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, max<f32>(input_x_s, <f32>(0.0)));
  }
}

export function helu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.neg(param_alpha_vector)))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_1, f32x4.neg(param_alpha_vector)))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_2, f32x4.neg(param_alpha_vector)))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_3, f32x4.neg(param_alpha_vector)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.neg(param_alpha_vector)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s > (-param_alpha)))));
  }
}

export function elliott_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_0)));
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(0.5)), t_0_0), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.5)), t_0_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_1)));
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(0.5)), t_1_0), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.5)), t_1_0)), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_2)));
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(0.5)), t_2_0), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.5)), t_2_0)), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_3)));
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(0.5)), t_3_0), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.5)), t_3_0)), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_0)));
    v128.store(out + column, v128.bitselect(f32x4.mul(f32x4.splat(<f32>(0.5)), t_0_0), f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(0.5)), t_0_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(input_x_s)));
    store<f32>(out + column, select<f32>((<f32>(0.5) * t_s_0), (<f32>(1.0) - (<f32>(0.5) * t_s_0)), (input_x_s < <f32>(0.0))));
  }
}

export function elliott_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.mul(t_0_0, t_0_0))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_1)));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.mul(t_1_0, t_1_0))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_2)));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.mul(t_2_0, t_2_0))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_3)));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.mul(t_3_0, t_3_0))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(input_x_0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.mul(t_0_0, t_0_0))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(input_x_s)));
    store<f32>(out + column, (input_dy_s * (<f32>(0.5) * (t_s_0 * t_s_0))));
  }
}

export function lisht_forward(out: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_x_0, tanhF32x4(input_x_0)));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_x_1, tanhF32x4(input_x_1)), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_x_2, tanhF32x4(input_x_2)), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_x_3, tanhF32x4(input_x_3)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_x_0, tanhF32x4(input_x_0)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_x_s * tanhF32(input_x_s)));
  }
}

export function lisht_grad(out: usize, input_dy: usize, input_x: usize, n: i32): void {
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_0));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(tanhF32x4(input_x_0), f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0)))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_1));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(tanhF32x4(input_x_1), f32x4.mul(input_x_1, f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_1_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_1_0)))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_2));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(tanhF32x4(input_x_2), f32x4.mul(input_x_2, f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_2_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_2_0)))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_3));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(tanhF32x4(input_x_3), f32x4.mul(input_x_3, f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_3_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_3_0)))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_x_0));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(tanhF32x4(input_x_0), f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0)))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = sigmoidF32((<f32>(2.0) * input_x_s));
    store<f32>(out + column, (input_dy_s * (tanhF32(input_x_s) + (input_x_s * (<f32>(4.0) * (t_s_0 * (<f32>(1.0) - t_s_0)))))));
  }
}

export function squareplus_forward(out: usize, input_x: usize, n: i32, param_b: f32): void {
  const param_b_vector = f32x4.splat(param_b);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_0, input_x_0), param_b_vector));
    v128.store(out + column, v128.bitselect(input_x_0, v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_0_0, input_x_0))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_0, t_0_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(1000000000000000000.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_1, input_x_1), param_b_vector));
    v128.store(out + column, v128.bitselect(input_x_1, v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_1_0, input_x_1))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_1, t_1_0)), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_1, f32x4.splat(<f32>(1000000000000000000.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_2, input_x_2), param_b_vector));
    v128.store(out + column, v128.bitselect(input_x_2, v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_2_0, input_x_2))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_2, t_2_0)), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_2, f32x4.splat(<f32>(1000000000000000000.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_3, input_x_3), param_b_vector));
    v128.store(out + column, v128.bitselect(input_x_3, v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_3_0, input_x_3))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_3, t_3_0)), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_3, f32x4.splat(<f32>(1000000000000000000.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_0, input_x_0), param_b_vector));
    v128.store(out + column, v128.bitselect(input_x_0, v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_0_0, input_x_0))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_0, t_0_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(1000000000000000000.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = sqrt<f32>(((input_x_s * input_x_s) + param_b));
    store<f32>(out + column, select<f32>(input_x_s, select<f32>((param_b / (<f32>(2.0) * (t_s_0 - input_x_s))), (<f32>(0.5) * (input_x_s + t_s_0)), (input_x_s < <f32>(0.0))), (input_x_s > <f32>(1000000000000000000.0))));
  }
}

export function squareplus_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_b: f32): void {
  const param_b_vector = f32x4.splat(param_b);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_0, input_x_0), param_b_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_0_0, input_x_0))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_0, t_0_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), t_0_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(1000000000000000000.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_1, input_x_1), param_b_vector));
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_1_0, input_x_1))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_1, t_1_0)), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), t_1_0), f32x4.gt(input_x_1, f32x4.splat(<f32>(1000000000000000000.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_2, input_x_2), param_b_vector));
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_2_0, input_x_2))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_2, t_2_0)), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), t_2_0), f32x4.gt(input_x_2, f32x4.splat(<f32>(1000000000000000000.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_3, input_x_3), param_b_vector));
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_3_0, input_x_3))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_3, t_3_0)), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), t_3_0), f32x4.gt(input_x_3, f32x4.splat(<f32>(1000000000000000000.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sqrt(f32x4.add(f32x4.mul(input_x_0, input_x_0), param_b_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.div(v128.bitselect(f32x4.div(param_b_vector, f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(t_0_0, input_x_0))), f32x4.mul(f32x4.splat(<f32>(0.5)), f32x4.add(input_x_0, t_0_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), t_0_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(1000000000000000000.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = sqrt<f32>(((input_x_s * input_x_s) + param_b));
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), (select<f32>((param_b / (<f32>(2.0) * (t_s_0 - input_x_s))), (<f32>(0.5) * (input_x_s + t_s_0)), (input_x_s < <f32>(0.0))) / t_s_0), (input_x_s > <f32>(1000000000000000000.0)))));
  }
}

export function channelImportanceTransform_forward(out: usize, input_x: usize, n: i32, param_epsilon: f32, param_k: f32): void {
  const param_epsilon_vector = f32x4.splat(param_epsilon);
  const param_k_vector = f32x4.splat(param_k);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(f32x4.abs(input_x_0), param_epsilon_vector);
    const t_0_1: v128 = f32x4.sub(v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_0_0))))), f32x4.le(t_0_0, f32x4.splat(<f32>(0.0)))), v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), param_epsilon_vector))))), f32x4.le(param_epsilon_vector, f32x4.splat(<f32>(0.0)))));
    v128.store(out + column, v128.bitselect(f32x4.neg(t_0_1), t_0_1, f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.add(f32x4.abs(input_x_1), param_epsilon_vector);
    const t_1_1: v128 = f32x4.sub(v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_1_0))))), f32x4.le(t_1_0, f32x4.splat(<f32>(0.0)))), v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), param_epsilon_vector))))), f32x4.le(param_epsilon_vector, f32x4.splat(<f32>(0.0)))));
    v128.store(out + column, v128.bitselect(f32x4.neg(t_1_1), t_1_1, f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.add(f32x4.abs(input_x_2), param_epsilon_vector);
    const t_2_1: v128 = f32x4.sub(v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_2_0))))), f32x4.le(t_2_0, f32x4.splat(<f32>(0.0)))), v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), param_epsilon_vector))))), f32x4.le(param_epsilon_vector, f32x4.splat(<f32>(0.0)))));
    v128.store(out + column, v128.bitselect(f32x4.neg(t_2_1), t_2_1, f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.add(f32x4.abs(input_x_3), param_epsilon_vector);
    const t_3_1: v128 = f32x4.sub(v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_3_0))))), f32x4.le(t_3_0, f32x4.splat(<f32>(0.0)))), v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), param_epsilon_vector))))), f32x4.le(param_epsilon_vector, f32x4.splat(<f32>(0.0)))));
    v128.store(out + column, v128.bitselect(f32x4.neg(t_3_1), t_3_1, f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(f32x4.abs(input_x_0), param_epsilon_vector);
    const t_0_1: v128 = f32x4.sub(v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_0_0))))), f32x4.le(t_0_0, f32x4.splat(<f32>(0.0)))), v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), param_epsilon_vector))))), f32x4.le(param_epsilon_vector, f32x4.splat(<f32>(0.0)))));
    v128.store(out + column, v128.bitselect(f32x4.neg(t_0_1), t_0_1, f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (abs<f32>(input_x_s) + param_epsilon);
    const t_s_1: f32 = (select<f32>(<f32>(0.0), expF32(((-param_k) * logF32(log1pF32((<f32>(1.0) / t_s_0))))), (t_s_0 <= <f32>(0.0))) - select<f32>(<f32>(0.0), expF32(((-param_k) * logF32(log1pF32((<f32>(1.0) / param_epsilon))))), (param_epsilon <= <f32>(0.0))));
    store<f32>(out + column, select<f32>((-t_s_1), t_s_1, (input_x_s < <f32>(0.0))));
  }
}

export function channelImportanceTransform_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_epsilon: f32, param_k: f32): void {
  const param_epsilon_vector = f32x4.splat(param_epsilon);
  const param_k_vector = f32x4.splat(param_k);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(f32x4.abs(input_x_0), param_epsilon_vector);
    const t_0_1: v128 = log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_0_0));
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.div(f32x4.div(f32x4.mul(param_k_vector, v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(t_0_1))), f32x4.le(t_0_0, f32x4.splat(<f32>(0.0))))), f32x4.mul(t_0_1, t_0_0)), f32x4.add(t_0_0, f32x4.splat(<f32>(1.0)))), f32x4.le(t_0_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.add(f32x4.abs(input_x_1), param_epsilon_vector);
    const t_1_1: v128 = log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_1_0));
    v128.store(out + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.div(f32x4.div(f32x4.mul(param_k_vector, v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(t_1_1))), f32x4.le(t_1_0, f32x4.splat(<f32>(0.0))))), f32x4.mul(t_1_1, t_1_0)), f32x4.add(t_1_0, f32x4.splat(<f32>(1.0)))), f32x4.le(t_1_0, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.add(f32x4.abs(input_x_2), param_epsilon_vector);
    const t_2_1: v128 = log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_2_0));
    v128.store(out + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.div(f32x4.div(f32x4.mul(param_k_vector, v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(t_2_1))), f32x4.le(t_2_0, f32x4.splat(<f32>(0.0))))), f32x4.mul(t_2_1, t_2_0)), f32x4.add(t_2_0, f32x4.splat(<f32>(1.0)))), f32x4.le(t_2_0, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.add(f32x4.abs(input_x_3), param_epsilon_vector);
    const t_3_1: v128 = log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_3_0));
    v128.store(out + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.div(f32x4.div(f32x4.mul(param_k_vector, v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(t_3_1))), f32x4.le(t_3_0, f32x4.splat(<f32>(0.0))))), f32x4.mul(t_3_1, t_3_0)), f32x4.add(t_3_0, f32x4.splat(<f32>(1.0)))), f32x4.le(t_3_0, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(f32x4.abs(input_x_0), param_epsilon_vector);
    const t_0_1: v128 = log1pF32x4(f32x4.div(f32x4.splat(<f32>(1.0)), t_0_0));
    v128.store(out + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.div(f32x4.div(f32x4.mul(param_k_vector, v128.andnot(expF32x4(f32x4.mul(f32x4.neg(param_k_vector), logF32x4(t_0_1))), f32x4.le(t_0_0, f32x4.splat(<f32>(0.0))))), f32x4.mul(t_0_1, t_0_0)), f32x4.add(t_0_0, f32x4.splat(<f32>(1.0)))), f32x4.le(t_0_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (abs<f32>(input_x_s) + param_epsilon);
    const t_s_1: f32 = log1pF32((<f32>(1.0) / t_s_0));
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(0.0), (((param_k * select<f32>(<f32>(0.0), expF32(((-param_k) * logF32(t_s_1))), (t_s_0 <= <f32>(0.0)))) / (t_s_1 * t_s_0)) / (t_s_0 + <f32>(1.0))), (t_s_0 <= <f32>(0.0)))));
  }
}

export function prelu_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, input_x_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(input_x_1, f32x4.mul(param_alpha_vector, input_x_1), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(input_x_2, f32x4.mul(param_alpha_vector, input_x_2), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(input_x_3, f32x4.mul(param_alpha_vector, input_x_3), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, input_x_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(input_x_s, (param_alpha * input_x_s), (input_x_s > <f32>(0.0))));
  }
}

export function prelu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_vector, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), param_alpha, (input_x_s > <f32>(0.0)))));
  }
}

export function prelu_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_0, input_x_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      v128.store(out_row + column, v128.bitselect(input_x_1, f32x4.mul(param_alpha_1, input_x_1), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      v128.store(out_row + column, v128.bitselect(input_x_2, f32x4.mul(param_alpha_2, input_x_2), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      v128.store(out_row + column, v128.bitselect(input_x_3, f32x4.mul(param_alpha_3, input_x_3), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_0, input_x_0), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      store<f32>(out_row + column, select<f32>(input_x_s, (param_alpha_s * input_x_s), (input_x_s > <f32>(0.0))));
    }
  }
}

export function prelu_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_1, f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_2, f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_3, f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), param_alpha_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      store<f32>(out_row + column, (input_dy_s * select<f32>(<f32>(1.0), param_alpha_s, (input_x_s > <f32>(0.0)))));
    }
  }
}

export function prelu_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.andnot(input_x_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, v128.andnot(input_x_1, f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, v128.andnot(input_x_2, f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, v128.andnot(input_x_3, f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.andnot(input_x_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      store<f32>(out_row + column, (input_dy_s * select<f32>(<f32>(0.0), input_x_s, (input_x_s > <f32>(0.0)))));
    }
  }
}

export function lipswish_forward(out: usize, input_x: usize, n: i32, param_betaRaw: f32): void {
  const param_betaRaw_vector = f32x4.splat(param_betaRaw);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    v128.store(out + column, v128.andnot(f32x4.div(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(t_0_0, input_x_0))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_0_0, input_x_0), f32x4.splat(<f32>(-100.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    v128.store(out + column, v128.andnot(f32x4.div(f32x4.mul(input_x_1, sigmoidF32x4(f32x4.mul(t_1_0, input_x_1))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_1_0, input_x_1), f32x4.splat(<f32>(-100.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    v128.store(out + column, v128.andnot(f32x4.div(f32x4.mul(input_x_2, sigmoidF32x4(f32x4.mul(t_2_0, input_x_2))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_2_0, input_x_2), f32x4.splat(<f32>(-100.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    v128.store(out + column, v128.andnot(f32x4.div(f32x4.mul(input_x_3, sigmoidF32x4(f32x4.mul(t_3_0, input_x_3))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_3_0, input_x_3), f32x4.splat(<f32>(-100.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    v128.store(out + column, v128.andnot(f32x4.div(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(t_0_0, input_x_0))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_0_0, input_x_0), f32x4.splat(<f32>(-100.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (max<f32>(param_betaRaw, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(param_betaRaw)))));
    store<f32>(out + column, select<f32>(<f32>(0.0), ((input_x_s * sigmoidF32((t_s_0 * input_x_s))) / <f32>(1.1)), ((t_s_0 * input_x_s) < <f32>(-100.0))));
  }
}

export function lipswish_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_betaRaw: f32): void {
  const param_betaRaw_vector = f32x4.splat(param_betaRaw);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
    const t_0_2: v128 = f32x4.gt(t_0_1, f32x4.splat(<f32>(0.0)));
    const t_0_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)));
    const t_0_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_3));
    const t_0_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_3, t_0_2), t_0_4);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.add(t_0_5, f32x4.mul(f32x4.mul(t_0_0, input_x_0), f32x4.mul(t_0_5, f32x4.mul(v128.bitselect(t_0_3, f32x4.splat(<f32>(1.0)), t_0_2), t_0_4)))), f32x4.splat(<f32>(1.1)))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    const t_1_1: v128 = f32x4.mul(t_1_0, input_x_1);
    const t_1_2: v128 = f32x4.gt(t_1_1, f32x4.splat(<f32>(0.0)));
    const t_1_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1)));
    const t_1_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_1_3));
    const t_1_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_1_3, t_1_2), t_1_4);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.add(t_1_5, f32x4.mul(f32x4.mul(t_1_0, input_x_1), f32x4.mul(t_1_5, f32x4.mul(v128.bitselect(t_1_3, f32x4.splat(<f32>(1.0)), t_1_2), t_1_4)))), f32x4.splat(<f32>(1.1)))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    const t_2_1: v128 = f32x4.mul(t_2_0, input_x_2);
    const t_2_2: v128 = f32x4.gt(t_2_1, f32x4.splat(<f32>(0.0)));
    const t_2_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1)));
    const t_2_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_2_3));
    const t_2_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_2_3, t_2_2), t_2_4);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.add(t_2_5, f32x4.mul(f32x4.mul(t_2_0, input_x_2), f32x4.mul(t_2_5, f32x4.mul(v128.bitselect(t_2_3, f32x4.splat(<f32>(1.0)), t_2_2), t_2_4)))), f32x4.splat(<f32>(1.1)))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    const t_3_1: v128 = f32x4.mul(t_3_0, input_x_3);
    const t_3_2: v128 = f32x4.gt(t_3_1, f32x4.splat(<f32>(0.0)));
    const t_3_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1)));
    const t_3_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_3_3));
    const t_3_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_3_3, t_3_2), t_3_4);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.add(t_3_5, f32x4.mul(f32x4.mul(t_3_0, input_x_3), f32x4.mul(t_3_5, f32x4.mul(v128.bitselect(t_3_3, f32x4.splat(<f32>(1.0)), t_3_2), t_3_4)))), f32x4.splat(<f32>(1.1)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_vector), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_vector)))));
    const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
    const t_0_2: v128 = f32x4.gt(t_0_1, f32x4.splat(<f32>(0.0)));
    const t_0_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)));
    const t_0_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_3));
    const t_0_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_3, t_0_2), t_0_4);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.add(t_0_5, f32x4.mul(f32x4.mul(t_0_0, input_x_0), f32x4.mul(t_0_5, f32x4.mul(v128.bitselect(t_0_3, f32x4.splat(<f32>(1.0)), t_0_2), t_0_4)))), f32x4.splat(<f32>(1.1)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (max<f32>(param_betaRaw, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(param_betaRaw)))));
    const t_s_1: f32 = (t_s_0 * input_x_s);
    const t_s_2: bool = (t_s_1 > <f32>(0.0));
    const t_s_3: f32 = expBoundedF32((-abs<f32>(t_s_1)));
    const t_s_4: f32 = (<f32>(1.0) / (<f32>(1.0) + t_s_3));
    const t_s_5: f32 = (select<f32>(<f32>(1.0), t_s_3, t_s_2) * t_s_4);
    store<f32>(out + column, (input_dy_s * ((t_s_5 + ((t_s_0 * input_x_s) * (t_s_5 * (select<f32>(t_s_3, <f32>(1.0), t_s_2) * t_s_4)))) / <f32>(1.1))));
  }
}

export function lipswish_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_betaRaw: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_betaRaw_0 = v128.load(param_betaRaw + column);
      const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_0)))));
      v128.store(out_row + column, v128.andnot(f32x4.div(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(t_0_0, input_x_0))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_0_0, input_x_0), f32x4.splat(<f32>(-100.0)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_betaRaw_1 = v128.load(param_betaRaw + column, 16);
      const t_1_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_1)))));
      v128.store(out_row + column, v128.andnot(f32x4.div(f32x4.mul(input_x_1, sigmoidF32x4(f32x4.mul(t_1_0, input_x_1))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_1_0, input_x_1), f32x4.splat(<f32>(-100.0)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_betaRaw_2 = v128.load(param_betaRaw + column, 32);
      const t_2_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_2), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_2)))));
      v128.store(out_row + column, v128.andnot(f32x4.div(f32x4.mul(input_x_2, sigmoidF32x4(f32x4.mul(t_2_0, input_x_2))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_2_0, input_x_2), f32x4.splat(<f32>(-100.0)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_betaRaw_3 = v128.load(param_betaRaw + column, 48);
      const t_3_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_3), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_3)))));
      v128.store(out_row + column, v128.andnot(f32x4.div(f32x4.mul(input_x_3, sigmoidF32x4(f32x4.mul(t_3_0, input_x_3))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_3_0, input_x_3), f32x4.splat(<f32>(-100.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_betaRaw_0 = v128.load(param_betaRaw + column);
      const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_0)))));
      v128.store(out_row + column, v128.andnot(f32x4.div(f32x4.mul(input_x_0, sigmoidF32x4(f32x4.mul(t_0_0, input_x_0))), f32x4.splat(<f32>(1.1))), f32x4.lt(f32x4.mul(t_0_0, input_x_0), f32x4.splat(<f32>(-100.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_betaRaw_s = load<f32>(param_betaRaw + column);
      const t_s_0: f32 = (max<f32>(param_betaRaw_s, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(param_betaRaw_s)))));
      store<f32>(out_row + column, select<f32>(<f32>(0.0), ((input_x_s * sigmoidF32((t_s_0 * input_x_s))) / <f32>(1.1)), ((t_s_0 * input_x_s) < <f32>(-100.0))));
    }
  }
}

export function lipswish_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_betaRaw: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_betaRaw_0 = v128.load(param_betaRaw + column);
      const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_0)))));
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      const t_0_2: v128 = f32x4.gt(t_0_1, f32x4.splat(<f32>(0.0)));
      const t_0_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)));
      const t_0_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_3));
      const t_0_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_3, t_0_2), t_0_4);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.add(t_0_5, f32x4.mul(f32x4.mul(t_0_0, input_x_0), f32x4.mul(t_0_5, f32x4.mul(v128.bitselect(t_0_3, f32x4.splat(<f32>(1.0)), t_0_2), t_0_4)))), f32x4.splat(<f32>(1.1)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_betaRaw_1 = v128.load(param_betaRaw + column, 16);
      const t_1_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_1)))));
      const t_1_1: v128 = f32x4.mul(t_1_0, input_x_1);
      const t_1_2: v128 = f32x4.gt(t_1_1, f32x4.splat(<f32>(0.0)));
      const t_1_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1)));
      const t_1_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_1_3));
      const t_1_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_1_3, t_1_2), t_1_4);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.add(t_1_5, f32x4.mul(f32x4.mul(t_1_0, input_x_1), f32x4.mul(t_1_5, f32x4.mul(v128.bitselect(t_1_3, f32x4.splat(<f32>(1.0)), t_1_2), t_1_4)))), f32x4.splat(<f32>(1.1)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_betaRaw_2 = v128.load(param_betaRaw + column, 32);
      const t_2_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_2), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_2)))));
      const t_2_1: v128 = f32x4.mul(t_2_0, input_x_2);
      const t_2_2: v128 = f32x4.gt(t_2_1, f32x4.splat(<f32>(0.0)));
      const t_2_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1)));
      const t_2_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_2_3));
      const t_2_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_2_3, t_2_2), t_2_4);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.add(t_2_5, f32x4.mul(f32x4.mul(t_2_0, input_x_2), f32x4.mul(t_2_5, f32x4.mul(v128.bitselect(t_2_3, f32x4.splat(<f32>(1.0)), t_2_2), t_2_4)))), f32x4.splat(<f32>(1.1)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_betaRaw_3 = v128.load(param_betaRaw + column, 48);
      const t_3_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_3), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_3)))));
      const t_3_1: v128 = f32x4.mul(t_3_0, input_x_3);
      const t_3_2: v128 = f32x4.gt(t_3_1, f32x4.splat(<f32>(0.0)));
      const t_3_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1)));
      const t_3_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_3_3));
      const t_3_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_3_3, t_3_2), t_3_4);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.add(t_3_5, f32x4.mul(f32x4.mul(t_3_0, input_x_3), f32x4.mul(t_3_5, f32x4.mul(v128.bitselect(t_3_3, f32x4.splat(<f32>(1.0)), t_3_2), t_3_4)))), f32x4.splat(<f32>(1.1)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_betaRaw_0 = v128.load(param_betaRaw + column);
      const t_0_0: v128 = f32x4.add(maxZeroF32x4(param_betaRaw_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_0)))));
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      const t_0_2: v128 = f32x4.gt(t_0_1, f32x4.splat(<f32>(0.0)));
      const t_0_3: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)));
      const t_0_4: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_3));
      const t_0_5: v128 = f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_3, t_0_2), t_0_4);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.add(t_0_5, f32x4.mul(f32x4.mul(t_0_0, input_x_0), f32x4.mul(t_0_5, f32x4.mul(v128.bitselect(t_0_3, f32x4.splat(<f32>(1.0)), t_0_2), t_0_4)))), f32x4.splat(<f32>(1.1)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_betaRaw_s = load<f32>(param_betaRaw + column);
      const t_s_0: f32 = (max<f32>(param_betaRaw_s, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(param_betaRaw_s)))));
      const t_s_1: f32 = (t_s_0 * input_x_s);
      const t_s_2: bool = (t_s_1 > <f32>(0.0));
      const t_s_3: f32 = expBoundedF32((-abs<f32>(t_s_1)));
      const t_s_4: f32 = (<f32>(1.0) / (<f32>(1.0) + t_s_3));
      const t_s_5: f32 = (select<f32>(<f32>(1.0), t_s_3, t_s_2) * t_s_4);
      store<f32>(out_row + column, (input_dy_s * ((t_s_5 + ((t_s_0 * input_x_s) * (t_s_5 * (select<f32>(t_s_3, <f32>(1.0), t_s_2) * t_s_4)))) / <f32>(1.1))));
    }
  }
}

export function lipswish_grad_betaRaw_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_betaRaw: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_betaRaw_0 = v128.load(param_betaRaw + column);
      const t_0_0: v128 = f32x4.mul(f32x4.add(maxZeroF32x4(param_betaRaw_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_0))))), input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
      const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(input_x_0, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3), f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3)))), sigmoidF32x4(param_betaRaw_0)), f32x4.splat(<f32>(1.1)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_betaRaw_1 = v128.load(param_betaRaw + column, 16);
      const t_1_0: v128 = f32x4.mul(f32x4.add(maxZeroF32x4(param_betaRaw_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_1))))), input_x_1);
      const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)));
      const t_1_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_0)));
      const t_1_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_1_2));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.mul(f32x4.mul(input_x_1, f32x4.mul(input_x_1, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_1_2, t_1_1), t_1_3), f32x4.mul(v128.bitselect(t_1_2, f32x4.splat(<f32>(1.0)), t_1_1), t_1_3)))), sigmoidF32x4(param_betaRaw_1)), f32x4.splat(<f32>(1.1)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_betaRaw_2 = v128.load(param_betaRaw + column, 32);
      const t_2_0: v128 = f32x4.mul(f32x4.add(maxZeroF32x4(param_betaRaw_2), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_2))))), input_x_2);
      const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)));
      const t_2_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_0)));
      const t_2_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_2_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.mul(f32x4.mul(input_x_2, f32x4.mul(input_x_2, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_2_2, t_2_1), t_2_3), f32x4.mul(v128.bitselect(t_2_2, f32x4.splat(<f32>(1.0)), t_2_1), t_2_3)))), sigmoidF32x4(param_betaRaw_2)), f32x4.splat(<f32>(1.1)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_betaRaw_3 = v128.load(param_betaRaw + column, 48);
      const t_3_0: v128 = f32x4.mul(f32x4.add(maxZeroF32x4(param_betaRaw_3), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_3))))), input_x_3);
      const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)));
      const t_3_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_0)));
      const t_3_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_3_2));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.mul(f32x4.mul(input_x_3, f32x4.mul(input_x_3, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_3_2, t_3_1), t_3_3), f32x4.mul(v128.bitselect(t_3_2, f32x4.splat(<f32>(1.0)), t_3_1), t_3_3)))), sigmoidF32x4(param_betaRaw_3)), f32x4.splat(<f32>(1.1)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_betaRaw_0 = v128.load(param_betaRaw + column);
      const t_0_0: v128 = f32x4.mul(f32x4.add(maxZeroF32x4(param_betaRaw_0), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(param_betaRaw_0))))), input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_0)));
      const t_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), t_0_2));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(input_x_0, f32x4.mul(f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_2, t_0_1), t_0_3), f32x4.mul(v128.bitselect(t_0_2, f32x4.splat(<f32>(1.0)), t_0_1), t_0_3)))), sigmoidF32x4(param_betaRaw_0)), f32x4.splat(<f32>(1.1)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_betaRaw_s = load<f32>(param_betaRaw + column);
      const t_s_0: f32 = ((max<f32>(param_betaRaw_s, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(param_betaRaw_s))))) * input_x_s);
      const t_s_1: bool = (t_s_0 > <f32>(0.0));
      const t_s_2: f32 = expBoundedF32((-abs<f32>(t_s_0)));
      const t_s_3: f32 = (<f32>(1.0) / (<f32>(1.0) + t_s_2));
      store<f32>(out_row + column, (input_dy_s * (((input_x_s * (input_x_s * ((select<f32>(<f32>(1.0), t_s_2, t_s_1) * t_s_3) * (select<f32>(t_s_2, <f32>(1.0), t_s_1) * t_s_3)))) * sigmoidF32(param_betaRaw_s)) / <f32>(1.1))));
    }
  }
}

export function crrelu_forward(out: usize, input_x: usize, n: i32, param_eps: f32): void {
  const param_eps_vector = f32x4.splat(param_eps);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.add(v128.and(input_x_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0)))))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.add(v128.and(input_x_1, f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(input_x_1, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_1, input_x_1)))), f32x4.gt(f32x4.abs(input_x_1), f32x4.splat(<f32>(40.0)))))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.add(v128.and(input_x_2, f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(input_x_2, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_2, input_x_2)))), f32x4.gt(f32x4.abs(input_x_2), f32x4.splat(<f32>(40.0)))))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.add(v128.and(input_x_3, f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(input_x_3, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_3, input_x_3)))), f32x4.gt(f32x4.abs(input_x_3), f32x4.splat(<f32>(40.0)))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.add(v128.and(input_x_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0)))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (select<f32>(input_x_s, <f32>(0.0), (input_x_s > <f32>(0.0))) + (param_eps * select<f32>(<f32>(0.0), (input_x_s * expBoundedF32((<f32>(-0.5) * (input_x_s * input_x_s)))), (abs<f32>(input_x_s) > <f32>(40.0))))));
  }
}

export function crrelu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_eps: f32): void {
  const param_eps_vector = f32x4.splat(param_eps);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0))))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_1, input_x_1)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_1, input_x_1)))), f32x4.gt(f32x4.abs(input_x_1), f32x4.splat(<f32>(40.0))))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_2, input_x_2)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_2, input_x_2)))), f32x4.gt(f32x4.abs(input_x_2), f32x4.splat(<f32>(40.0))))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_3, input_x_3)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_3, input_x_3)))), f32x4.gt(f32x4.abs(input_x_3), f32x4.splat(<f32>(40.0))))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_vector, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0))))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * (select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s > <f32>(0.0))) + (param_eps * select<f32>(<f32>(0.0), ((<f32>(1.0) - (input_x_s * input_x_s)) * expBoundedF32((<f32>(-0.5) * (input_x_s * input_x_s)))), (abs<f32>(input_x_s) > <f32>(40.0)))))));
  }
}

export function crrelu_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_eps: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_eps_0 = v128.load(param_eps + column);
      v128.store(out_row + column, f32x4.add(v128.and(input_x_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_0, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0)))))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_eps_1 = v128.load(param_eps + column, 16);
      v128.store(out_row + column, f32x4.add(v128.and(input_x_1, f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_1, v128.andnot(f32x4.mul(input_x_1, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_1, input_x_1)))), f32x4.gt(f32x4.abs(input_x_1), f32x4.splat(<f32>(40.0)))))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_eps_2 = v128.load(param_eps + column, 32);
      v128.store(out_row + column, f32x4.add(v128.and(input_x_2, f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_2, v128.andnot(f32x4.mul(input_x_2, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_2, input_x_2)))), f32x4.gt(f32x4.abs(input_x_2), f32x4.splat(<f32>(40.0)))))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_eps_3 = v128.load(param_eps + column, 48);
      v128.store(out_row + column, f32x4.add(v128.and(input_x_3, f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_3, v128.andnot(f32x4.mul(input_x_3, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_3, input_x_3)))), f32x4.gt(f32x4.abs(input_x_3), f32x4.splat(<f32>(40.0)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_eps_0 = v128.load(param_eps + column);
      v128.store(out_row + column, f32x4.add(v128.and(input_x_0, f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_0, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_eps_s = load<f32>(param_eps + column);
      store<f32>(out_row + column, (select<f32>(input_x_s, <f32>(0.0), (input_x_s > <f32>(0.0))) + (param_eps_s * select<f32>(<f32>(0.0), (input_x_s * expBoundedF32((<f32>(-0.5) * (input_x_s * input_x_s)))), (abs<f32>(input_x_s) > <f32>(40.0))))));
    }
  }
}

export function crrelu_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_eps: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_eps_0 = v128.load(param_eps + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_0, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_eps_1 = v128.load(param_eps + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_1, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_1, input_x_1)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_1, input_x_1)))), f32x4.gt(f32x4.abs(input_x_1), f32x4.splat(<f32>(40.0))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_eps_2 = v128.load(param_eps + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_2, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_2, input_x_2)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_2, input_x_2)))), f32x4.gt(f32x4.abs(input_x_2), f32x4.splat(<f32>(40.0))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_eps_3 = v128.load(param_eps + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_3, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_3, input_x_3)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_3, input_x_3)))), f32x4.gt(f32x4.abs(input_x_3), f32x4.splat(<f32>(40.0))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_eps_0 = v128.load(param_eps + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(param_eps_0, v128.andnot(f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)), expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_eps_s = load<f32>(param_eps + column);
      store<f32>(out_row + column, (input_dy_s * (select<f32>(<f32>(1.0), <f32>(0.0), (input_x_s > <f32>(0.0))) + (param_eps_s * select<f32>(<f32>(0.0), ((<f32>(1.0) - (input_x_s * input_x_s)) * expBoundedF32((<f32>(-0.5) * (input_x_s * input_x_s)))), (abs<f32>(input_x_s) > <f32>(40.0)))))));
    }
  }
}

export function crrelu_grad_eps_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.mul(input_x_1, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_1, input_x_1)))), f32x4.gt(f32x4.abs(input_x_1), f32x4.splat(<f32>(40.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.mul(input_x_2, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_2, input_x_2)))), f32x4.gt(f32x4.abs(input_x_2), f32x4.splat(<f32>(40.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.mul(input_x_3, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_3, input_x_3)))), f32x4.gt(f32x4.abs(input_x_3), f32x4.splat(<f32>(40.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(input_x_0, expBoundedF32x4(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(input_x_0, input_x_0)))), f32x4.gt(f32x4.abs(input_x_0), f32x4.splat(<f32>(40.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      store<f32>(out_row + column, (input_dy_s * select<f32>(<f32>(0.0), (input_x_s * expBoundedF32((<f32>(-0.5) * (input_x_s * input_x_s)))), (abs<f32>(input_x_s) > <f32>(40.0)))));
    }
  }
}

export function sau_forward(out: usize, input_x: usize, n: i32, param_alpha: f32, param_sigma: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_sigma_vector = f32x4.splat(param_sigma);
  const param_sigma_reciprocal: f32 = <f32>(1.0) / param_sigma;
  const param_sigma_reciprocal_vector = f32x4.splat(param_sigma_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, param_sigma_reciprocal_vector);
    const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_0_2: v128 = expNegSquareF32x4(t_0_1);
    v128.store(out + column, f32x4.add(f32x4.mul(param_alpha_vector, input_x_0), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), f32x4.add(v128.andnot(f32x4.mul(input_x_0, normalCdfWithF32x4(t_0_1, t_0_2)), f32x4.lt(t_0_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_vector, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_2))))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.mul(input_x_1, param_sigma_reciprocal_vector);
    const t_1_1: v128 = f32x4.mul(t_1_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_1_2: v128 = expNegSquareF32x4(t_1_1);
    v128.store(out + column, f32x4.add(f32x4.mul(param_alpha_vector, input_x_1), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), f32x4.add(v128.andnot(f32x4.mul(input_x_1, normalCdfWithF32x4(t_1_1, t_1_2)), f32x4.lt(t_1_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_vector, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_1_2))))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.mul(input_x_2, param_sigma_reciprocal_vector);
    const t_2_1: v128 = f32x4.mul(t_2_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_2_2: v128 = expNegSquareF32x4(t_2_1);
    v128.store(out + column, f32x4.add(f32x4.mul(param_alpha_vector, input_x_2), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), f32x4.add(v128.andnot(f32x4.mul(input_x_2, normalCdfWithF32x4(t_2_1, t_2_2)), f32x4.lt(t_2_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_vector, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_2_2))))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.mul(input_x_3, param_sigma_reciprocal_vector);
    const t_3_1: v128 = f32x4.mul(t_3_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_3_2: v128 = expNegSquareF32x4(t_3_1);
    v128.store(out + column, f32x4.add(f32x4.mul(param_alpha_vector, input_x_3), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), f32x4.add(v128.andnot(f32x4.mul(input_x_3, normalCdfWithF32x4(t_3_1, t_3_2)), f32x4.lt(t_3_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_vector, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_3_2))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, param_sigma_reciprocal_vector);
    const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_0_2: v128 = expNegSquareF32x4(t_0_1);
    v128.store(out + column, f32x4.add(f32x4.mul(param_alpha_vector, input_x_0), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), f32x4.add(v128.andnot(f32x4.mul(input_x_0, normalCdfWithF32x4(t_0_1, t_0_2)), f32x4.lt(t_0_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_vector, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_2))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (input_x_s * param_sigma_reciprocal);
    const t_s_1: f32 = (t_s_0 * <f32>(0.7071067811865476));
    const t_s_2: f32 = expNegSquareF32(t_s_1);
    store<f32>(out + column, ((param_alpha * input_x_s) + ((<f32>(1.0) - param_alpha) * (select<f32>(<f32>(0.0), (input_x_s * normalCdfWithF32(t_s_1, t_s_2)), (t_s_0 < <f32>(-10.0))) + (param_sigma * (<f32>(0.3989422804014327) * t_s_2))))));
  }
}

export function sau_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32, param_sigma: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_sigma_vector = f32x4.splat(param_sigma);
  const param_sigma_reciprocal: f32 = <f32>(1.0) / param_sigma;
  const param_sigma_reciprocal_vector = f32x4.splat(param_sigma_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(param_alpha_vector, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), normalCdfF32x4(f32x4.mul(f32x4.mul(input_x_0, param_sigma_reciprocal_vector), f32x4.splat(<f32>(0.7071067811865476))))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(param_alpha_vector, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), normalCdfF32x4(f32x4.mul(f32x4.mul(input_x_1, param_sigma_reciprocal_vector), f32x4.splat(<f32>(0.7071067811865476))))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(param_alpha_vector, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), normalCdfF32x4(f32x4.mul(f32x4.mul(input_x_2, param_sigma_reciprocal_vector), f32x4.splat(<f32>(0.7071067811865476))))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(param_alpha_vector, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), normalCdfF32x4(f32x4.mul(f32x4.mul(input_x_3, param_sigma_reciprocal_vector), f32x4.splat(<f32>(0.7071067811865476))))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(param_alpha_vector, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_vector), normalCdfF32x4(f32x4.mul(f32x4.mul(input_x_0, param_sigma_reciprocal_vector), f32x4.splat(<f32>(0.7071067811865476))))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (input_dy_s * (param_alpha + ((<f32>(1.0) - param_alpha) * normalCdfF32(((input_x_s * param_sigma_reciprocal) * <f32>(0.7071067811865476)))))));
  }
}

export function sau_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize, param_sigma: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_sigma_0 = v128.load(param_sigma + column);
      const t_0_0: v128 = f32x4.div(input_x_0, param_sigma_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_2: v128 = expNegSquareF32x4(t_0_1);
      v128.store(out_row + column, f32x4.add(f32x4.mul(param_alpha_0, input_x_0), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_0), f32x4.add(v128.andnot(f32x4.mul(input_x_0, normalCdfWithF32x4(t_0_1, t_0_2)), f32x4.lt(t_0_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_2))))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const param_sigma_1 = v128.load(param_sigma + column, 16);
      const t_1_0: v128 = f32x4.div(input_x_1, param_sigma_1);
      const t_1_1: v128 = f32x4.mul(t_1_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_1_2: v128 = expNegSquareF32x4(t_1_1);
      v128.store(out_row + column, f32x4.add(f32x4.mul(param_alpha_1, input_x_1), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_1), f32x4.add(v128.andnot(f32x4.mul(input_x_1, normalCdfWithF32x4(t_1_1, t_1_2)), f32x4.lt(t_1_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_1, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_1_2))))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const param_sigma_2 = v128.load(param_sigma + column, 32);
      const t_2_0: v128 = f32x4.div(input_x_2, param_sigma_2);
      const t_2_1: v128 = f32x4.mul(t_2_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_2_2: v128 = expNegSquareF32x4(t_2_1);
      v128.store(out_row + column, f32x4.add(f32x4.mul(param_alpha_2, input_x_2), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_2), f32x4.add(v128.andnot(f32x4.mul(input_x_2, normalCdfWithF32x4(t_2_1, t_2_2)), f32x4.lt(t_2_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_2, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_2_2))))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const param_sigma_3 = v128.load(param_sigma + column, 48);
      const t_3_0: v128 = f32x4.div(input_x_3, param_sigma_3);
      const t_3_1: v128 = f32x4.mul(t_3_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_3_2: v128 = expNegSquareF32x4(t_3_1);
      v128.store(out_row + column, f32x4.add(f32x4.mul(param_alpha_3, input_x_3), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_3), f32x4.add(v128.andnot(f32x4.mul(input_x_3, normalCdfWithF32x4(t_3_1, t_3_2)), f32x4.lt(t_3_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_3, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_3_2))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_sigma_0 = v128.load(param_sigma + column);
      const t_0_0: v128 = f32x4.div(input_x_0, param_sigma_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_2: v128 = expNegSquareF32x4(t_0_1);
      v128.store(out_row + column, f32x4.add(f32x4.mul(param_alpha_0, input_x_0), f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_0), f32x4.add(v128.andnot(f32x4.mul(input_x_0, normalCdfWithF32x4(t_0_1, t_0_2)), f32x4.lt(t_0_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_2))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const param_sigma_s = load<f32>(param_sigma + column);
      const t_s_0: f32 = (input_x_s / param_sigma_s);
      const t_s_1: f32 = (t_s_0 * <f32>(0.7071067811865476));
      const t_s_2: f32 = expNegSquareF32(t_s_1);
      store<f32>(out_row + column, ((param_alpha_s * input_x_s) + ((<f32>(1.0) - param_alpha_s) * (select<f32>(<f32>(0.0), (input_x_s * normalCdfWithF32(t_s_1, t_s_2)), (t_s_0 < <f32>(-10.0))) + (param_sigma_s * (<f32>(0.3989422804014327) * t_s_2))))));
    }
  }
}

export function sau_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize, param_sigma: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_sigma_0 = v128.load(param_sigma + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(param_alpha_0, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_0), normalCdfF32x4(f32x4.mul(f32x4.div(input_x_0, param_sigma_0), f32x4.splat(<f32>(0.7071067811865476))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const param_sigma_1 = v128.load(param_sigma + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(param_alpha_1, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_1), normalCdfF32x4(f32x4.mul(f32x4.div(input_x_1, param_sigma_1), f32x4.splat(<f32>(0.7071067811865476))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const param_sigma_2 = v128.load(param_sigma + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(param_alpha_2, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_2), normalCdfF32x4(f32x4.mul(f32x4.div(input_x_2, param_sigma_2), f32x4.splat(<f32>(0.7071067811865476))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const param_sigma_3 = v128.load(param_sigma + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(param_alpha_3, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_3), normalCdfF32x4(f32x4.mul(f32x4.div(input_x_3, param_sigma_3), f32x4.splat(<f32>(0.7071067811865476))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_sigma_0 = v128.load(param_sigma + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(param_alpha_0, f32x4.mul(f32x4.sub(f32x4.splat(<f32>(1.0)), param_alpha_0), normalCdfF32x4(f32x4.mul(f32x4.div(input_x_0, param_sigma_0), f32x4.splat(<f32>(0.7071067811865476))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const param_sigma_s = load<f32>(param_sigma + column);
      store<f32>(out_row + column, (input_dy_s * (param_alpha_s + ((<f32>(1.0) - param_alpha_s) * normalCdfF32(((input_x_s / param_sigma_s) * <f32>(0.7071067811865476)))))));
    }
  }
}

export function sau_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_sigma: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_sigma_0 = v128.load(param_sigma + column);
      const t_0_0: v128 = f32x4.div(input_x_0, param_sigma_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_2: v128 = expNegSquareF32x4(t_0_1);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.sub(input_x_0, f32x4.add(v128.andnot(f32x4.mul(input_x_0, normalCdfWithF32x4(t_0_1, t_0_2)), f32x4.lt(t_0_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_2))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_sigma_1 = v128.load(param_sigma + column, 16);
      const t_1_0: v128 = f32x4.div(input_x_1, param_sigma_1);
      const t_1_1: v128 = f32x4.mul(t_1_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_1_2: v128 = expNegSquareF32x4(t_1_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.sub(input_x_1, f32x4.add(v128.andnot(f32x4.mul(input_x_1, normalCdfWithF32x4(t_1_1, t_1_2)), f32x4.lt(t_1_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_1, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_1_2))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_sigma_2 = v128.load(param_sigma + column, 32);
      const t_2_0: v128 = f32x4.div(input_x_2, param_sigma_2);
      const t_2_1: v128 = f32x4.mul(t_2_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_2_2: v128 = expNegSquareF32x4(t_2_1);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.sub(input_x_2, f32x4.add(v128.andnot(f32x4.mul(input_x_2, normalCdfWithF32x4(t_2_1, t_2_2)), f32x4.lt(t_2_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_2, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_2_2))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_sigma_3 = v128.load(param_sigma + column, 48);
      const t_3_0: v128 = f32x4.div(input_x_3, param_sigma_3);
      const t_3_1: v128 = f32x4.mul(t_3_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_3_2: v128 = expNegSquareF32x4(t_3_1);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.sub(input_x_3, f32x4.add(v128.andnot(f32x4.mul(input_x_3, normalCdfWithF32x4(t_3_1, t_3_2)), f32x4.lt(t_3_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_3, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_3_2))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_sigma_0 = v128.load(param_sigma + column);
      const t_0_0: v128 = f32x4.div(input_x_0, param_sigma_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_2: v128 = expNegSquareF32x4(t_0_1);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.sub(input_x_0, f32x4.add(v128.andnot(f32x4.mul(input_x_0, normalCdfWithF32x4(t_0_1, t_0_2)), f32x4.lt(t_0_0, f32x4.splat(<f32>(-10.0)))), f32x4.mul(param_sigma_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_2))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_sigma_s = load<f32>(param_sigma + column);
      const t_s_0: f32 = (input_x_s / param_sigma_s);
      const t_s_1: f32 = (t_s_0 * <f32>(0.7071067811865476));
      const t_s_2: f32 = expNegSquareF32(t_s_1);
      store<f32>(out_row + column, (input_dy_s * (input_x_s - (select<f32>(<f32>(0.0), (input_x_s * normalCdfWithF32(t_s_1, t_s_2)), (t_s_0 < <f32>(-10.0))) + (param_sigma_s * (<f32>(0.3989422804014327) * t_s_2))))));
    }
  }
}

export function pdelu_forward(out: usize, input_x: usize, n: i32, param_alpha: f32, param_t: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_t_vector = f32x4.splat(param_t);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_0_1), t_0_0)), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_1_1: v128 = f32x4.mul(t_1_0, input_x_1);
    v128.store(out + column, v128.bitselect(input_x_1, f32x4.mul(param_alpha_vector, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_1_1), t_1_0)), f32x4.le(t_1_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_2_1: v128 = f32x4.mul(t_2_0, input_x_2);
    v128.store(out + column, v128.bitselect(input_x_2, f32x4.mul(param_alpha_vector, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_2_1), t_2_0)), f32x4.le(t_2_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_3_1: v128 = f32x4.mul(t_3_0, input_x_3);
    v128.store(out + column, v128.bitselect(input_x_3, f32x4.mul(param_alpha_vector, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_3_1), t_3_0)), f32x4.le(t_3_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
    v128.store(out + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_vector, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_0_1), t_0_0)), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (<f32>(1.0) - param_t);
    const t_s_1: f32 = (t_s_0 * input_x_s);
    store<f32>(out + column, select<f32>(input_x_s, (param_alpha * select<f32>(<f32>(-1.0), expm1F32((log1pF32(t_s_1) / t_s_0)), (t_s_1 <= <f32>(-1.0)))), (input_x_s > <f32>(0.0))));
  }
}

export function pdelu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_t: f32, param_alpha: f32): void {
  const param_t_vector = f32x4.splat(param_t);
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_vector, expF32x4(f32x4.mul(param_t_vector, f32x4.div(log1pF32x4(t_0_1), t_0_0)))), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_1_1: v128 = f32x4.mul(t_1_0, input_x_1);
    v128.store(out + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_vector, expF32x4(f32x4.mul(param_t_vector, f32x4.div(log1pF32x4(t_1_1), t_1_0)))), f32x4.le(t_1_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_2_1: v128 = f32x4.mul(t_2_0, input_x_2);
    v128.store(out + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_vector, expF32x4(f32x4.mul(param_t_vector, f32x4.div(log1pF32x4(t_2_1), t_2_0)))), f32x4.le(t_2_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_3_1: v128 = f32x4.mul(t_3_0, input_x_3);
    v128.store(out + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_vector, expF32x4(f32x4.mul(param_t_vector, f32x4.div(log1pF32x4(t_3_1), t_3_0)))), f32x4.le(t_3_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_vector);
    const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
    v128.store(out + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_vector, expF32x4(f32x4.mul(param_t_vector, f32x4.div(log1pF32x4(t_0_1), t_0_0)))), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (<f32>(1.0) - param_t);
    const t_s_1: f32 = (t_s_0 * input_x_s);
    store<f32>(out + column, (input_dy_s * select<f32>(<f32>(1.0), select<f32>(<f32>(0.0), (param_alpha * expF32((param_t * (log1pF32(t_s_1) / t_s_0)))), (t_s_1 <= <f32>(-1.0))), (input_x_s > <f32>(0.0)))));
  }
}

export function pdelu_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize, param_t: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_t_0 = v128.load(param_t + column);
      const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      v128.store(out_row + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_0, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_0_1), t_0_0)), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const param_t_1 = v128.load(param_t + column, 16);
      const t_1_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_1);
      const t_1_1: v128 = f32x4.mul(t_1_0, input_x_1);
      v128.store(out_row + column, v128.bitselect(input_x_1, f32x4.mul(param_alpha_1, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_1_1), t_1_0)), f32x4.le(t_1_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const param_t_2 = v128.load(param_t + column, 32);
      const t_2_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_2);
      const t_2_1: v128 = f32x4.mul(t_2_0, input_x_2);
      v128.store(out_row + column, v128.bitselect(input_x_2, f32x4.mul(param_alpha_2, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_2_1), t_2_0)), f32x4.le(t_2_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const param_t_3 = v128.load(param_t + column, 48);
      const t_3_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_3);
      const t_3_1: v128 = f32x4.mul(t_3_0, input_x_3);
      v128.store(out_row + column, v128.bitselect(input_x_3, f32x4.mul(param_alpha_3, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_3_1), t_3_0)), f32x4.le(t_3_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_t_0 = v128.load(param_t + column);
      const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      v128.store(out_row + column, v128.bitselect(input_x_0, f32x4.mul(param_alpha_0, v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_0_1), t_0_0)), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0))))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const param_t_s = load<f32>(param_t + column);
      const t_s_0: f32 = (<f32>(1.0) - param_t_s);
      const t_s_1: f32 = (t_s_0 * input_x_s);
      store<f32>(out_row + column, select<f32>(input_x_s, (param_alpha_s * select<f32>(<f32>(-1.0), expm1F32((log1pF32(t_s_1) / t_s_0)), (t_s_1 <= <f32>(-1.0)))), (input_x_s > <f32>(0.0))));
    }
  }
}

export function pdelu_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_t: usize, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_t_0 = v128.load(param_t + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_0, expF32x4(f32x4.mul(param_t_0, f32x4.div(log1pF32x4(t_0_1), t_0_0)))), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_t_1 = v128.load(param_t + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_1);
      const t_1_1: v128 = f32x4.mul(t_1_0, input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_1, expF32x4(f32x4.mul(param_t_1, f32x4.div(log1pF32x4(t_1_1), t_1_0)))), f32x4.le(t_1_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_t_2 = v128.load(param_t + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_2);
      const t_2_1: v128 = f32x4.mul(t_2_0, input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_2, expF32x4(f32x4.mul(param_t_2, f32x4.div(log1pF32x4(t_2_1), t_2_0)))), f32x4.le(t_2_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_t_3 = v128.load(param_t + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_3);
      const t_3_1: v128 = f32x4.mul(t_3_0, input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_3, expF32x4(f32x4.mul(param_t_3, f32x4.div(log1pF32x4(t_3_1), t_3_0)))), f32x4.le(t_3_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_t_0 = v128.load(param_t + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.bitselect(f32x4.splat(<f32>(1.0)), v128.andnot(f32x4.mul(param_alpha_0, expF32x4(f32x4.mul(param_t_0, f32x4.div(log1pF32x4(t_0_1), t_0_0)))), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_t_s = load<f32>(param_t + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = (<f32>(1.0) - param_t_s);
      const t_s_1: f32 = (t_s_0 * input_x_s);
      store<f32>(out_row + column, (input_dy_s * select<f32>(<f32>(1.0), select<f32>(<f32>(0.0), (param_alpha_s * expF32((param_t_s * (log1pF32(t_s_1) / t_s_0)))), (t_s_1 <= <f32>(-1.0))), (input_x_s > <f32>(0.0)))));
    }
  }
}

export function pdelu_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_t: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_t_0 = v128.load(param_t + column);
      const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.andnot(v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_0_1), t_0_0)), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_t_1 = v128.load(param_t + column, 16);
      const t_1_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_1);
      const t_1_1: v128 = f32x4.mul(t_1_0, input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, v128.andnot(v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_1_1), t_1_0)), f32x4.le(t_1_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_t_2 = v128.load(param_t + column, 32);
      const t_2_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_2);
      const t_2_1: v128 = f32x4.mul(t_2_0, input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, v128.andnot(v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_2_1), t_2_0)), f32x4.le(t_2_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_t_3 = v128.load(param_t + column, 48);
      const t_3_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_3);
      const t_3_1: v128 = f32x4.mul(t_3_0, input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, v128.andnot(v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_3_1), t_3_0)), f32x4.le(t_3_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_t_0 = v128.load(param_t + column);
      const t_0_0: v128 = f32x4.sub(f32x4.splat(<f32>(1.0)), param_t_0);
      const t_0_1: v128 = f32x4.mul(t_0_0, input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.andnot(v128.bitselect(f32x4.splat(<f32>(-1.0)), expm1F32x4(f32x4.div(log1pF32x4(t_0_1), t_0_0)), f32x4.le(t_0_1, f32x4.splat(<f32>(-1.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_t_s = load<f32>(param_t + column);
      const t_s_0: f32 = (<f32>(1.0) - param_t_s);
      const t_s_1: f32 = (t_s_0 * input_x_s);
      store<f32>(out_row + column, (input_dy_s * select<f32>(<f32>(0.0), select<f32>(<f32>(-1.0), expm1F32((log1pF32(t_s_1) / t_s_0)), (t_s_1 <= <f32>(-1.0))), (input_x_s > <f32>(0.0)))));
    }
  }
}

export function srs_mode_paper_forward(out: usize, input_x: usize, n: i32, param_alpha: f32, param_beta: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_beta_vector = f32x4.splat(param_beta);
  const param_beta_reciprocal: f32 = <f32>(1.0) / param_beta;
  const param_beta_reciprocal_vector = f32x4.splat(param_beta_reciprocal);
  const param_alpha_reciprocal: f32 = <f32>(1.0) / param_alpha;
  const param_alpha_reciprocal_vector = f32x4.splat(param_alpha_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
    const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_0), param_beta_reciprocal_vector)));
    const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(param_alpha_vector, f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.mul(input_x_0, param_alpha_reciprocal_vector), t_0_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_2, param_alpha_reciprocal_vector)), t_0_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
    const t_1_1: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_1), param_beta_reciprocal_vector)));
    const t_1_2: v128 = v128.andnot(f32x4.mul(input_x_1, t_1_1), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(param_alpha_vector, f32x4.div(v128.bitselect(input_x_1, t_1_2, t_1_0), v128.bitselect(f32x4.add(f32x4.mul(input_x_1, param_alpha_reciprocal_vector), t_1_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_2, param_alpha_reciprocal_vector)), t_1_0)), f32x4.gt(input_x_1, f32x4.splat(<f32>(3.4e+38)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
    const t_2_1: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_2), param_beta_reciprocal_vector)));
    const t_2_2: v128 = v128.andnot(f32x4.mul(input_x_2, t_2_1), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(param_alpha_vector, f32x4.div(v128.bitselect(input_x_2, t_2_2, t_2_0), v128.bitselect(f32x4.add(f32x4.mul(input_x_2, param_alpha_reciprocal_vector), t_2_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_2, param_alpha_reciprocal_vector)), t_2_0)), f32x4.gt(input_x_2, f32x4.splat(<f32>(3.4e+38)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
    const t_3_1: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_3), param_beta_reciprocal_vector)));
    const t_3_2: v128 = v128.andnot(f32x4.mul(input_x_3, t_3_1), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(param_alpha_vector, f32x4.div(v128.bitselect(input_x_3, t_3_2, t_3_0), v128.bitselect(f32x4.add(f32x4.mul(input_x_3, param_alpha_reciprocal_vector), t_3_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_2, param_alpha_reciprocal_vector)), t_3_0)), f32x4.gt(input_x_3, f32x4.splat(<f32>(3.4e+38)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
    const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_0), param_beta_reciprocal_vector)));
    const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(param_alpha_vector, f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.mul(input_x_0, param_alpha_reciprocal_vector), t_0_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_2, param_alpha_reciprocal_vector)), t_0_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: bool = (input_x_s >= <f32>(0.0));
    const t_s_1: f32 = expF32((-(abs<f32>(input_x_s) * param_beta_reciprocal)));
    const t_s_2: f32 = select<f32>(<f32>(0.0), (input_x_s * t_s_1), (input_x_s < <f32>(-3.4e+38)));
    store<f32>(out + column, select<f32>(param_alpha, (select<f32>(input_x_s, t_s_2, t_s_0) / select<f32>(((input_x_s * param_alpha_reciprocal) + t_s_1), (<f32>(1.0) + (t_s_2 * param_alpha_reciprocal)), t_s_0)), (input_x_s > <f32>(3.4e+38))));
  }
}

export function srs_mode_paper_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_beta: f32, param_alpha: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_beta_reciprocal: f32 = <f32>(1.0) / param_beta;
  const param_beta_reciprocal_vector = f32x4.splat(param_beta_reciprocal);
  const param_alpha_reciprocal: f32 = <f32>(1.0) / param_alpha;
  const param_alpha_reciprocal_vector = f32x4.splat(param_alpha_reciprocal);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_0), param_beta_reciprocal_vector)));
    const t_0_1: v128 = v128.bitselect(f32x4.add(f32x4.mul(input_x_0, param_alpha_reciprocal_vector), t_0_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(v128.andnot(f32x4.mul(input_x_0, t_0_0), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_reciprocal_vector)), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(t_0_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, param_beta_reciprocal_vector))), f32x4.mul(t_0_1, t_0_1))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_1), param_beta_reciprocal_vector)));
    const t_1_1: v128 = v128.bitselect(f32x4.add(f32x4.mul(input_x_1, param_alpha_reciprocal_vector), t_1_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(v128.andnot(f32x4.mul(input_x_1, t_1_0), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_reciprocal_vector)), f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0))));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.mul(t_1_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_1, param_beta_reciprocal_vector))), f32x4.mul(t_1_1, t_1_1))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_2), param_beta_reciprocal_vector)));
    const t_2_1: v128 = v128.bitselect(f32x4.add(f32x4.mul(input_x_2, param_alpha_reciprocal_vector), t_2_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(v128.andnot(f32x4.mul(input_x_2, t_2_0), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_reciprocal_vector)), f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0))));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.mul(t_2_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_2, param_beta_reciprocal_vector))), f32x4.mul(t_2_1, t_2_1))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_3), param_beta_reciprocal_vector)));
    const t_3_1: v128 = v128.bitselect(f32x4.add(f32x4.mul(input_x_3, param_alpha_reciprocal_vector), t_3_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(v128.andnot(f32x4.mul(input_x_3, t_3_0), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_reciprocal_vector)), f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0))));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.mul(t_3_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_3, param_beta_reciprocal_vector))), f32x4.mul(t_3_1, t_3_1))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = expF32x4(f32x4.neg(f32x4.mul(f32x4.abs(input_x_0), param_beta_reciprocal_vector)));
    const t_0_1: v128 = v128.bitselect(f32x4.add(f32x4.mul(input_x_0, param_alpha_reciprocal_vector), t_0_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(v128.andnot(f32x4.mul(input_x_0, t_0_0), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_reciprocal_vector)), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(t_0_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, param_beta_reciprocal_vector))), f32x4.mul(t_0_1, t_0_1))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = expF32((-(abs<f32>(input_x_s) * param_beta_reciprocal)));
    const t_s_1: f32 = select<f32>(((input_x_s * param_alpha_reciprocal) + t_s_0), (<f32>(1.0) + (select<f32>(<f32>(0.0), (input_x_s * t_s_0), (input_x_s < <f32>(-3.4e+38))) * param_alpha_reciprocal)), (input_x_s >= <f32>(0.0)));
    store<f32>(out + column, (input_dy_s * ((t_s_0 * (<f32>(1.0) + (input_x_s * param_beta_reciprocal))) / (t_s_1 * t_s_1))));
  }
}

export function srs_mode_paper_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize, param_beta: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(param_alpha_0, f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_0_2, param_alpha_0)), t_0_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const t_1_0: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
      const t_1_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), param_beta_1)));
      const t_1_2: v128 = v128.andnot(f32x4.mul(input_x_1, t_1_1), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(param_alpha_1, f32x4.div(v128.bitselect(input_x_1, t_1_2, t_1_0), v128.bitselect(f32x4.add(f32x4.div(input_x_1, param_alpha_1), t_1_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_1_2, param_alpha_1)), t_1_0)), f32x4.gt(input_x_1, f32x4.splat(<f32>(3.4e+38)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const t_2_0: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
      const t_2_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), param_beta_2)));
      const t_2_2: v128 = v128.andnot(f32x4.mul(input_x_2, t_2_1), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(param_alpha_2, f32x4.div(v128.bitselect(input_x_2, t_2_2, t_2_0), v128.bitselect(f32x4.add(f32x4.div(input_x_2, param_alpha_2), t_2_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_2_2, param_alpha_2)), t_2_0)), f32x4.gt(input_x_2, f32x4.splat(<f32>(3.4e+38)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const t_3_0: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
      const t_3_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), param_beta_3)));
      const t_3_2: v128 = v128.andnot(f32x4.mul(input_x_3, t_3_1), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(param_alpha_3, f32x4.div(v128.bitselect(input_x_3, t_3_2, t_3_0), v128.bitselect(f32x4.add(f32x4.div(input_x_3, param_alpha_3), t_3_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_3_2, param_alpha_3)), t_3_0)), f32x4.gt(input_x_3, f32x4.splat(<f32>(3.4e+38)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(param_alpha_0, f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_0_2, param_alpha_0)), t_0_0)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const param_beta_s = load<f32>(param_beta + column);
      const t_s_0: bool = (input_x_s >= <f32>(0.0));
      const t_s_1: f32 = expF32((-(abs<f32>(input_x_s) / param_beta_s)));
      const t_s_2: f32 = select<f32>(<f32>(0.0), (input_x_s * t_s_1), (input_x_s < <f32>(-3.4e+38)));
      store<f32>(out_row + column, select<f32>(param_alpha_s, (select<f32>(input_x_s, t_s_2, t_s_0) / select<f32>(((input_x_s / param_alpha_s) + t_s_1), (<f32>(1.0) + (t_s_2 / param_alpha_s)), t_s_0)), (input_x_s > <f32>(3.4e+38))));
    }
  }
}

export function srs_mode_paper_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_beta: usize, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_1: v128 = v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_0), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_0)), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(t_0_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_0, param_beta_0))), f32x4.mul(t_0_1, t_0_1))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), param_beta_1)));
      const t_1_1: v128 = v128.bitselect(f32x4.add(f32x4.div(input_x_1, param_alpha_1), t_1_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_1, t_1_0), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_1)), f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.mul(t_1_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_1, param_beta_1))), f32x4.mul(t_1_1, t_1_1))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), param_beta_2)));
      const t_2_1: v128 = v128.bitselect(f32x4.add(f32x4.div(input_x_2, param_alpha_2), t_2_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_2, t_2_0), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_2)), f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.mul(t_2_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_2, param_beta_2))), f32x4.mul(t_2_1, t_2_1))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), param_beta_3)));
      const t_3_1: v128 = v128.bitselect(f32x4.add(f32x4.div(input_x_3, param_alpha_3), t_3_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_3, t_3_0), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_3)), f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.mul(t_3_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_3, param_beta_3))), f32x4.mul(t_3_1, t_3_1))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_1: v128 = v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_0), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_0)), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(t_0_0, f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_0, param_beta_0))), f32x4.mul(t_0_1, t_0_1))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_beta_s = load<f32>(param_beta + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = expF32((-(abs<f32>(input_x_s) / param_beta_s)));
      const t_s_1: f32 = select<f32>(((input_x_s / param_alpha_s) + t_s_0), (<f32>(1.0) + (select<f32>(<f32>(0.0), (input_x_s * t_s_0), (input_x_s < <f32>(-3.4e+38))) / param_alpha_s)), (input_x_s >= <f32>(0.0)));
      store<f32>(out_row + column, (input_dy_s * ((t_s_0 * (<f32>(1.0) + (input_x_s / param_beta_s))) / (t_s_1 * t_s_1))));
    }
  }
}

export function srs_mode_paper_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_beta: usize, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      const t_0_3: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_0_2, param_alpha_0)), t_0_0)), param_alpha_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(t_0_3, t_0_3), f32x4.splat(<f32>(1.0)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
      const t_1_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), param_beta_1)));
      const t_1_2: v128 = v128.andnot(f32x4.mul(input_x_1, t_1_1), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38))));
      const t_1_3: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_1, t_1_2, t_1_0), v128.bitselect(f32x4.add(f32x4.div(input_x_1, param_alpha_1), t_1_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_1_2, param_alpha_1)), t_1_0)), param_alpha_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(t_1_3, t_1_3), f32x4.splat(<f32>(1.0)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
      const t_2_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), param_beta_2)));
      const t_2_2: v128 = v128.andnot(f32x4.mul(input_x_2, t_2_1), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38))));
      const t_2_3: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_2, t_2_2, t_2_0), v128.bitselect(f32x4.add(f32x4.div(input_x_2, param_alpha_2), t_2_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_2_2, param_alpha_2)), t_2_0)), param_alpha_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(t_2_3, t_2_3), f32x4.splat(<f32>(1.0)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
      const t_3_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), param_beta_3)));
      const t_3_2: v128 = v128.andnot(f32x4.mul(input_x_3, t_3_1), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38))));
      const t_3_3: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_3, t_3_2, t_3_0), v128.bitselect(f32x4.add(f32x4.div(input_x_3, param_alpha_3), t_3_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_3_2, param_alpha_3)), t_3_0)), param_alpha_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(t_3_3, t_3_3), f32x4.splat(<f32>(1.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      const t_0_3: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(t_0_2, param_alpha_0)), t_0_0)), param_alpha_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(t_0_3, t_0_3), f32x4.splat(<f32>(1.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_beta_s = load<f32>(param_beta + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: bool = (input_x_s >= <f32>(0.0));
      const t_s_1: f32 = expF32((-(abs<f32>(input_x_s) / param_beta_s)));
      const t_s_2: f32 = select<f32>(<f32>(0.0), (input_x_s * t_s_1), (input_x_s < <f32>(-3.4e+38)));
      const t_s_3: f32 = ((select<f32>(input_x_s, t_s_2, t_s_0) / select<f32>(((input_x_s / param_alpha_s) + t_s_1), (<f32>(1.0) + (t_s_2 / param_alpha_s)), t_s_0)) / param_alpha_s);
      store<f32>(out_row + column, (input_dy_s * ((t_s_3 * t_s_3) * <f32>(1.0))));
    }
  }
}

export function srs_mode_paper_grad_beta_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize, param_beta: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_1: v128 = f32x4.div(f32x4.div(input_x_0, v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_0), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_0)), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))))), param_beta_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_0_1, t_0_1), t_0_0)), f32x4.splat(<f32>(1.0)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const t_1_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), param_beta_1)));
      const t_1_1: v128 = f32x4.div(f32x4.div(input_x_1, v128.bitselect(f32x4.add(f32x4.div(input_x_1, param_alpha_1), t_1_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_1, t_1_0), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_1)), f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0))))), param_beta_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_1_1, t_1_1), t_1_0)), f32x4.splat(<f32>(1.0)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const t_2_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), param_beta_2)));
      const t_2_1: v128 = f32x4.div(f32x4.div(input_x_2, v128.bitselect(f32x4.add(f32x4.div(input_x_2, param_alpha_2), t_2_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_2, t_2_0), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_2)), f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0))))), param_beta_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_2_1, t_2_1), t_2_0)), f32x4.splat(<f32>(1.0)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const t_3_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), param_beta_3)));
      const t_3_1: v128 = f32x4.div(f32x4.div(input_x_3, v128.bitselect(f32x4.add(f32x4.div(input_x_3, param_alpha_3), t_3_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_3, t_3_0), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_3)), f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0))))), param_beta_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_3_1, t_3_1), t_3_0)), f32x4.splat(<f32>(1.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), param_beta_0)));
      const t_0_1: v128 = f32x4.div(f32x4.div(input_x_0, v128.bitselect(f32x4.add(f32x4.div(input_x_0, param_alpha_0), t_0_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_0), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), param_alpha_0)), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))))), param_beta_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_0_1, t_0_1), t_0_0)), f32x4.splat(<f32>(1.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const param_beta_s = load<f32>(param_beta + column);
      const t_s_0: f32 = expF32((-(abs<f32>(input_x_s) / param_beta_s)));
      const t_s_1: f32 = ((input_x_s / select<f32>(((input_x_s / param_alpha_s) + t_s_0), (<f32>(1.0) + (select<f32>(<f32>(0.0), (input_x_s * t_s_0), (input_x_s < <f32>(-3.4e+38))) / param_alpha_s)), (input_x_s >= <f32>(0.0)))) / param_beta_s);
      store<f32>(out_row + column, (input_dy_s * ((-((t_s_1 * t_s_1) * t_s_0)) * <f32>(1.0))));
    }
  }
}

export function srs_mode_survey_forward(out: usize, input_x: usize, n: i32, param_alpha: f32, param_beta: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  const param_beta_vector = f32x4.splat(param_beta);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_0_1: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01))))));
    const t_0_3: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(t_0_0, f32x4.div(v128.bitselect(input_x_0, t_0_3, t_0_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_0), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(t_0_3, t_0_0))), t_0_1)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_1_1: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
    const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01))))));
    const t_1_3: v128 = v128.andnot(f32x4.mul(input_x_1, t_1_2), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(t_1_0, f32x4.div(v128.bitselect(input_x_1, t_1_3, t_1_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_1, t_1_0), t_1_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_2), f32x4.div(t_1_3, t_1_0))), t_1_1)), f32x4.gt(input_x_1, f32x4.splat(<f32>(3.4e+38)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_2_1: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
    const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01))))));
    const t_2_3: v128 = v128.andnot(f32x4.mul(input_x_2, t_2_2), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(t_2_0, f32x4.div(v128.bitselect(input_x_2, t_2_3, t_2_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_2, t_2_0), t_2_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_2), f32x4.div(t_2_3, t_2_0))), t_2_1)), f32x4.gt(input_x_2, f32x4.splat(<f32>(3.4e+38)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_3_1: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
    const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01))))));
    const t_3_3: v128 = v128.andnot(f32x4.mul(input_x_3, t_3_2), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(t_3_0, f32x4.div(v128.bitselect(input_x_3, t_3_3, t_3_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_3, t_3_0), t_3_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_2), f32x4.div(t_3_3, t_3_0))), t_3_1)), f32x4.gt(input_x_3, f32x4.splat(<f32>(3.4e+38)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_0_1: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01))))));
    const t_0_3: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
    v128.store(out + column, v128.bitselect(t_0_0, f32x4.div(v128.bitselect(input_x_0, t_0_3, t_0_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_0), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(t_0_3, t_0_0))), t_0_1)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (abs<f32>(param_alpha) + <f32>(0.01));
    const t_s_1: bool = (input_x_s >= <f32>(0.0));
    const t_s_2: f32 = expF32((-(abs<f32>(input_x_s) / (abs<f32>(param_beta) + <f32>(0.01)))));
    const t_s_3: f32 = select<f32>(<f32>(0.0), (input_x_s * t_s_2), (input_x_s < <f32>(-3.4e+38)));
    store<f32>(out + column, select<f32>(t_s_0, (select<f32>(input_x_s, t_s_3, t_s_1) / select<f32>((<f32>(0.01) + ((input_x_s / t_s_0) + t_s_2)), (<f32>(1.0) + ((<f32>(0.01) * t_s_2) + (t_s_3 / t_s_0))), t_s_1)), (input_x_s > <f32>(3.4e+38))));
  }
}

export function srs_mode_survey_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_beta: f32, param_alpha: f32): void {
  const param_beta_vector = f32x4.splat(param_beta);
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
    const t_0_1: v128 = f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01)));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), t_0_1)));
    const t_0_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_0, t_0_1));
    const t_0_4: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_0_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_4), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), t_0_4))), t_0_0);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_0_2, t_0_3)), f32x4.mul(t_0_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), t_0_3)), t_0_0), f32x4.mul(t_0_5, t_0_5))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
    const t_1_1: v128 = f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01)));
    const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), t_1_1)));
    const t_1_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_1, t_1_1));
    const t_1_4: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_1_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_1, t_1_4), t_1_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_2), f32x4.div(v128.andnot(f32x4.mul(input_x_1, t_1_2), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), t_1_4))), t_1_0);
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_1_2, t_1_3)), f32x4.mul(t_1_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_2), t_1_3)), t_1_0), f32x4.mul(t_1_5, t_1_5))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
    const t_2_1: v128 = f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01)));
    const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), t_2_1)));
    const t_2_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_2, t_2_1));
    const t_2_4: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_2_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_2, t_2_4), t_2_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_2), f32x4.div(v128.andnot(f32x4.mul(input_x_2, t_2_2), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), t_2_4))), t_2_0);
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_2_2, t_2_3)), f32x4.mul(t_2_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_2), t_2_3)), t_2_0), f32x4.mul(t_2_5, t_2_5))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
    const t_3_1: v128 = f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01)));
    const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), t_3_1)));
    const t_3_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_3, t_3_1));
    const t_3_4: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_3_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_3, t_3_4), t_3_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_2), f32x4.div(v128.andnot(f32x4.mul(input_x_3, t_3_2), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), t_3_4))), t_3_0);
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_3_2, t_3_3)), f32x4.mul(t_3_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_2), t_3_3)), t_3_0), f32x4.mul(t_3_5, t_3_5))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
    const t_0_1: v128 = f32x4.add(f32x4.abs(param_beta_vector), f32x4.splat(<f32>(0.01)));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), t_0_1)));
    const t_0_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_0, t_0_1));
    const t_0_4: v128 = f32x4.add(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.01)));
    const t_0_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_4), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), t_0_4))), t_0_0);
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_0_2, t_0_3)), f32x4.mul(t_0_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), t_0_3)), t_0_0), f32x4.mul(t_0_5, t_0_5))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: bool = (input_x_s >= <f32>(0.0));
    const t_s_1: f32 = (abs<f32>(param_beta) + <f32>(0.01));
    const t_s_2: f32 = expF32((-(abs<f32>(input_x_s) / t_s_1)));
    const t_s_3: f32 = (<f32>(1.0) + (input_x_s / t_s_1));
    const t_s_4: f32 = (abs<f32>(param_alpha) + <f32>(0.01));
    const t_s_5: f32 = select<f32>((<f32>(0.01) + ((input_x_s / t_s_4) + t_s_2)), (<f32>(1.0) + ((<f32>(0.01) * t_s_2) + (select<f32>(<f32>(0.0), (input_x_s * t_s_2), (input_x_s < <f32>(-3.4e+38))) / t_s_4))), t_s_0);
    store<f32>(out + column, (input_dy_s * (select<f32>((<f32>(0.01) + (t_s_2 * t_s_3)), (t_s_2 * ((<f32>(0.01) * t_s_2) + t_s_3)), t_s_0) / (t_s_5 * t_s_5))));
  }
}

export function srs_mode_survey_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize, param_beta: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_1: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01))))));
      const t_0_3: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(t_0_0, f32x4.div(v128.bitselect(input_x_0, t_0_3, t_0_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_0), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(t_0_3, t_0_0))), t_0_1)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const t_1_0: v128 = f32x4.add(f32x4.abs(param_alpha_1), f32x4.splat(<f32>(0.01)));
      const t_1_1: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
      const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), f32x4.add(f32x4.abs(param_beta_1), f32x4.splat(<f32>(0.01))))));
      const t_1_3: v128 = v128.andnot(f32x4.mul(input_x_1, t_1_2), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(t_1_0, f32x4.div(v128.bitselect(input_x_1, t_1_3, t_1_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_1, t_1_0), t_1_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_2), f32x4.div(t_1_3, t_1_0))), t_1_1)), f32x4.gt(input_x_1, f32x4.splat(<f32>(3.4e+38)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const t_2_0: v128 = f32x4.add(f32x4.abs(param_alpha_2), f32x4.splat(<f32>(0.01)));
      const t_2_1: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
      const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), f32x4.add(f32x4.abs(param_beta_2), f32x4.splat(<f32>(0.01))))));
      const t_2_3: v128 = v128.andnot(f32x4.mul(input_x_2, t_2_2), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(t_2_0, f32x4.div(v128.bitselect(input_x_2, t_2_3, t_2_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_2, t_2_0), t_2_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_2), f32x4.div(t_2_3, t_2_0))), t_2_1)), f32x4.gt(input_x_2, f32x4.splat(<f32>(3.4e+38)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const t_3_0: v128 = f32x4.add(f32x4.abs(param_alpha_3), f32x4.splat(<f32>(0.01)));
      const t_3_1: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
      const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), f32x4.add(f32x4.abs(param_beta_3), f32x4.splat(<f32>(0.01))))));
      const t_3_3: v128 = v128.andnot(f32x4.mul(input_x_3, t_3_2), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(t_3_0, f32x4.div(v128.bitselect(input_x_3, t_3_3, t_3_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_3, t_3_0), t_3_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_2), f32x4.div(t_3_3, t_3_0))), t_3_1)), f32x4.gt(input_x_3, f32x4.splat(<f32>(3.4e+38)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_1: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01))))));
      const t_0_3: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      v128.store(out_row + column, v128.bitselect(t_0_0, f32x4.div(v128.bitselect(input_x_0, t_0_3, t_0_1), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_0), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(t_0_3, t_0_0))), t_0_1)), f32x4.gt(input_x_0, f32x4.splat(<f32>(3.4e+38)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const param_beta_s = load<f32>(param_beta + column);
      const t_s_0: f32 = (abs<f32>(param_alpha_s) + <f32>(0.01));
      const t_s_1: bool = (input_x_s >= <f32>(0.0));
      const t_s_2: f32 = expF32((-(abs<f32>(input_x_s) / (abs<f32>(param_beta_s) + <f32>(0.01)))));
      const t_s_3: f32 = select<f32>(<f32>(0.0), (input_x_s * t_s_2), (input_x_s < <f32>(-3.4e+38)));
      store<f32>(out_row + column, select<f32>(t_s_0, (select<f32>(input_x_s, t_s_3, t_s_1) / select<f32>((<f32>(0.01) + ((input_x_s / t_s_0) + t_s_2)), (<f32>(1.0) + ((<f32>(0.01) * t_s_2) + (t_s_3 / t_s_0))), t_s_1)), (input_x_s > <f32>(3.4e+38))));
    }
  }
}

export function srs_mode_survey_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_beta: usize, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01)));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), t_0_1)));
      const t_0_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_0, t_0_1));
      const t_0_4: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_4), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), t_0_4))), t_0_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_0_2, t_0_3)), f32x4.mul(t_0_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), t_0_3)), t_0_0), f32x4.mul(t_0_5, t_0_5))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
      const t_1_1: v128 = f32x4.add(f32x4.abs(param_beta_1), f32x4.splat(<f32>(0.01)));
      const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), t_1_1)));
      const t_1_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_1, t_1_1));
      const t_1_4: v128 = f32x4.add(f32x4.abs(param_alpha_1), f32x4.splat(<f32>(0.01)));
      const t_1_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_1, t_1_4), t_1_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_2), f32x4.div(v128.andnot(f32x4.mul(input_x_1, t_1_2), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), t_1_4))), t_1_0);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_1_2, t_1_3)), f32x4.mul(t_1_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_2), t_1_3)), t_1_0), f32x4.mul(t_1_5, t_1_5))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
      const t_2_1: v128 = f32x4.add(f32x4.abs(param_beta_2), f32x4.splat(<f32>(0.01)));
      const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), t_2_1)));
      const t_2_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_2, t_2_1));
      const t_2_4: v128 = f32x4.add(f32x4.abs(param_alpha_2), f32x4.splat(<f32>(0.01)));
      const t_2_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_2, t_2_4), t_2_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_2), f32x4.div(v128.andnot(f32x4.mul(input_x_2, t_2_2), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), t_2_4))), t_2_0);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_2_2, t_2_3)), f32x4.mul(t_2_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_2), t_2_3)), t_2_0), f32x4.mul(t_2_5, t_2_5))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
      const t_3_1: v128 = f32x4.add(f32x4.abs(param_beta_3), f32x4.splat(<f32>(0.01)));
      const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), t_3_1)));
      const t_3_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_3, t_3_1));
      const t_3_4: v128 = f32x4.add(f32x4.abs(param_alpha_3), f32x4.splat(<f32>(0.01)));
      const t_3_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_3, t_3_4), t_3_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_2), f32x4.div(v128.andnot(f32x4.mul(input_x_3, t_3_2), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), t_3_4))), t_3_0);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_3_2, t_3_3)), f32x4.mul(t_3_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_2), t_3_3)), t_3_0), f32x4.mul(t_3_5, t_3_5))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01)));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), t_0_1)));
      const t_0_3: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.div(input_x_0, t_0_1));
      const t_0_4: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_5: v128 = v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_4), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), t_0_4))), t_0_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.mul(t_0_2, t_0_3)), f32x4.mul(t_0_2, f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), t_0_3)), t_0_0), f32x4.mul(t_0_5, t_0_5))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_beta_s = load<f32>(param_beta + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: bool = (input_x_s >= <f32>(0.0));
      const t_s_1: f32 = (abs<f32>(param_beta_s) + <f32>(0.01));
      const t_s_2: f32 = expF32((-(abs<f32>(input_x_s) / t_s_1)));
      const t_s_3: f32 = (<f32>(1.0) + (input_x_s / t_s_1));
      const t_s_4: f32 = (abs<f32>(param_alpha_s) + <f32>(0.01));
      const t_s_5: f32 = select<f32>((<f32>(0.01) + ((input_x_s / t_s_4) + t_s_2)), (<f32>(1.0) + ((<f32>(0.01) * t_s_2) + (select<f32>(<f32>(0.0), (input_x_s * t_s_2), (input_x_s < <f32>(-3.4e+38))) / t_s_4))), t_s_0);
      store<f32>(out_row + column, (input_dy_s * (select<f32>((<f32>(0.01) + (t_s_2 * t_s_3)), (t_s_2 * ((<f32>(0.01) * t_s_2) + t_s_3)), t_s_0) / (t_s_5 * t_s_5))));
    }
  }
}

export function srs_mode_survey_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_beta: usize, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01))))));
      const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      const t_0_3: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_4: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_3), t_0_1)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_1), f32x4.div(t_0_2, t_0_3))), t_0_0)), t_0_3);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(t_0_4, t_0_4), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_alpha_0, f32x4.splat(<f32>(0.0)))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0)));
      const t_1_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), f32x4.add(f32x4.abs(param_beta_1), f32x4.splat(<f32>(0.01))))));
      const t_1_2: v128 = v128.andnot(f32x4.mul(input_x_1, t_1_1), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38))));
      const t_1_3: v128 = f32x4.add(f32x4.abs(param_alpha_1), f32x4.splat(<f32>(0.01)));
      const t_1_4: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_1, t_1_2, t_1_0), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_1, t_1_3), t_1_1)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_1), f32x4.div(t_1_2, t_1_3))), t_1_0)), t_1_3);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(t_1_4, t_1_4), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_alpha_1, f32x4.splat(<f32>(0.0)))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0)));
      const t_2_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), f32x4.add(f32x4.abs(param_beta_2), f32x4.splat(<f32>(0.01))))));
      const t_2_2: v128 = v128.andnot(f32x4.mul(input_x_2, t_2_1), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38))));
      const t_2_3: v128 = f32x4.add(f32x4.abs(param_alpha_2), f32x4.splat(<f32>(0.01)));
      const t_2_4: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_2, t_2_2, t_2_0), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_2, t_2_3), t_2_1)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_1), f32x4.div(t_2_2, t_2_3))), t_2_0)), t_2_3);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(t_2_4, t_2_4), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_alpha_2, f32x4.splat(<f32>(0.0)))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0)));
      const t_3_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), f32x4.add(f32x4.abs(param_beta_3), f32x4.splat(<f32>(0.01))))));
      const t_3_2: v128 = v128.andnot(f32x4.mul(input_x_3, t_3_1), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38))));
      const t_3_3: v128 = f32x4.add(f32x4.abs(param_alpha_3), f32x4.splat(<f32>(0.01)));
      const t_3_4: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_3, t_3_2, t_3_0), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_3, t_3_3), t_3_1)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_1), f32x4.div(t_3_2, t_3_3))), t_3_0)), t_3_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(t_3_4, t_3_4), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_alpha_3, f32x4.splat(<f32>(0.0)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_beta_0 = v128.load(param_beta + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0)));
      const t_0_1: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01))))));
      const t_0_2: v128 = v128.andnot(f32x4.mul(input_x_0, t_0_1), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38))));
      const t_0_3: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_4: v128 = f32x4.div(f32x4.div(v128.bitselect(input_x_0, t_0_2, t_0_0), v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_3), t_0_1)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_1), f32x4.div(t_0_2, t_0_3))), t_0_0)), t_0_3);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(t_0_4, t_0_4), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_alpha_0, f32x4.splat(<f32>(0.0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_beta_s = load<f32>(param_beta + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: bool = (input_x_s >= <f32>(0.0));
      const t_s_1: f32 = expF32((-(abs<f32>(input_x_s) / (abs<f32>(param_beta_s) + <f32>(0.01)))));
      const t_s_2: f32 = select<f32>(<f32>(0.0), (input_x_s * t_s_1), (input_x_s < <f32>(-3.4e+38)));
      const t_s_3: f32 = (abs<f32>(param_alpha_s) + <f32>(0.01));
      const t_s_4: f32 = ((select<f32>(input_x_s, t_s_2, t_s_0) / select<f32>((<f32>(0.01) + ((input_x_s / t_s_3) + t_s_1)), (<f32>(1.0) + ((<f32>(0.01) * t_s_1) + (t_s_2 / t_s_3))), t_s_0)) / t_s_3);
      store<f32>(out_row + column, (input_dy_s * ((t_s_4 * t_s_4) * select<f32>(<f32>(-1.0), <f32>(1.0), (param_alpha_s < <f32>(0.0))))));
    }
  }
}

export function srs_mode_survey_grad_beta_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize, param_beta: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_1: v128 = f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01)));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), t_0_1)));
      const t_0_3: v128 = f32x4.div(f32x4.div(input_x_0, v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_0), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), t_0_0))), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))))), t_0_1);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_0_3, t_0_3), t_0_2)), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_beta_0, f32x4.splat(<f32>(0.0)))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const param_beta_1 = v128.load(param_beta + column, 16);
      const t_1_0: v128 = f32x4.add(f32x4.abs(param_alpha_1), f32x4.splat(<f32>(0.01)));
      const t_1_1: v128 = f32x4.add(f32x4.abs(param_beta_1), f32x4.splat(<f32>(0.01)));
      const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_1), t_1_1)));
      const t_1_3: v128 = f32x4.div(f32x4.div(input_x_1, v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_1, t_1_0), t_1_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_1_2), f32x4.div(v128.andnot(f32x4.mul(input_x_1, t_1_2), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), t_1_0))), f32x4.ge(input_x_1, f32x4.splat(<f32>(0.0))))), t_1_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_1_3, t_1_3), t_1_2)), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_beta_1, f32x4.splat(<f32>(0.0)))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const param_beta_2 = v128.load(param_beta + column, 32);
      const t_2_0: v128 = f32x4.add(f32x4.abs(param_alpha_2), f32x4.splat(<f32>(0.01)));
      const t_2_1: v128 = f32x4.add(f32x4.abs(param_beta_2), f32x4.splat(<f32>(0.01)));
      const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_2), t_2_1)));
      const t_2_3: v128 = f32x4.div(f32x4.div(input_x_2, v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_2, t_2_0), t_2_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_2_2), f32x4.div(v128.andnot(f32x4.mul(input_x_2, t_2_2), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), t_2_0))), f32x4.ge(input_x_2, f32x4.splat(<f32>(0.0))))), t_2_1);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_2_3, t_2_3), t_2_2)), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_beta_2, f32x4.splat(<f32>(0.0)))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const param_beta_3 = v128.load(param_beta + column, 48);
      const t_3_0: v128 = f32x4.add(f32x4.abs(param_alpha_3), f32x4.splat(<f32>(0.01)));
      const t_3_1: v128 = f32x4.add(f32x4.abs(param_beta_3), f32x4.splat(<f32>(0.01)));
      const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_3), t_3_1)));
      const t_3_3: v128 = f32x4.div(f32x4.div(input_x_3, v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_3, t_3_0), t_3_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_3_2), f32x4.div(v128.andnot(f32x4.mul(input_x_3, t_3_2), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), t_3_0))), f32x4.ge(input_x_3, f32x4.splat(<f32>(0.0))))), t_3_1);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_3_3, t_3_3), t_3_2)), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_beta_3, f32x4.splat(<f32>(0.0)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const param_beta_0 = v128.load(param_beta + column);
      const t_0_0: v128 = f32x4.add(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.01)));
      const t_0_1: v128 = f32x4.add(f32x4.abs(param_beta_0), f32x4.splat(<f32>(0.01)));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.abs(input_x_0), t_0_1)));
      const t_0_3: v128 = f32x4.div(f32x4.div(input_x_0, v128.bitselect(f32x4.add(f32x4.splat(<f32>(0.01)), f32x4.add(f32x4.div(input_x_0, t_0_0), t_0_2)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.mul(f32x4.splat(<f32>(0.01)), t_0_2), f32x4.div(v128.andnot(f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))), t_0_0))), f32x4.ge(input_x_0, f32x4.splat(<f32>(0.0))))), t_0_1);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.neg(f32x4.mul(f32x4.mul(t_0_3, t_0_3), t_0_2)), v128.bitselect(f32x4.splat(<f32>(-1.0)), f32x4.splat(<f32>(1.0)), f32x4.lt(param_beta_0, f32x4.splat(<f32>(0.0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const param_beta_s = load<f32>(param_beta + column);
      const t_s_0: f32 = (abs<f32>(param_alpha_s) + <f32>(0.01));
      const t_s_1: f32 = (abs<f32>(param_beta_s) + <f32>(0.01));
      const t_s_2: f32 = expF32((-(abs<f32>(input_x_s) / t_s_1)));
      const t_s_3: f32 = ((input_x_s / select<f32>((<f32>(0.01) + ((input_x_s / t_s_0) + t_s_2)), (<f32>(1.0) + ((<f32>(0.01) * t_s_2) + (select<f32>(<f32>(0.0), (input_x_s * t_s_2), (input_x_s < <f32>(-3.4e+38))) / t_s_0))), (input_x_s >= <f32>(0.0)))) / t_s_1);
      store<f32>(out_row + column, (input_dy_s * ((-((t_s_3 * t_s_3) * t_s_2)) * select<f32>(<f32>(-1.0), <f32>(1.0), (param_beta_s < <f32>(0.0))))));
    }
  }
}

export function apa_mode_aglu_forward(out: usize, input_x: usize, n: i32, param_lambda: f32, param_kappa: f32): void {
  const param_lambda_vector = f32x4.splat(param_lambda);
  const param_kappa_vector = f32x4.splat(param_kappa);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(input_x_0, t_0_2), f32x4.gt(t_0_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_vector, input_x_1));
    const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0)));
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(input_x_1, t_1_2), f32x4.gt(t_1_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, t_1_2), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_vector, input_x_2));
    const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0)));
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(input_x_2, t_2_2), f32x4.gt(t_2_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, t_2_2), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_vector, input_x_3));
    const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0)));
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(input_x_3, t_3_2), f32x4.gt(t_3_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, t_3_2), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(input_x_0, t_0_2), f32x4.gt(t_0_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = max<f32>(param_lambda, <f32>(0.0001));
    const t_s_1: f32 = (logF32(t_s_0) - (param_kappa * input_x_s));
    const t_s_2: f32 = expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0)));
    store<f32>(out + column, select<f32>(select<f32>((input_x_s * t_s_2), <f32>(0.0), (t_s_2 > <f32>(0.0))), (input_x_s * t_s_2), (input_x_s < <f32>(-3.4e+38))));
  }
}

export function apa_mode_aglu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_lambda: f32, param_kappa: f32): void {
  const param_lambda_vector = f32x4.splat(param_lambda);
  const param_kappa_vector = f32x4.splat(param_kappa);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_2, f32x4.mul(input_x_0, f32x4.div(f32x4.mul(f32x4.mul(t_0_2, param_kappa_vector), sigmoidF32x4(t_0_1)), t_0_0)))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_vector, input_x_1));
    const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0)));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(t_1_2, f32x4.mul(input_x_1, f32x4.div(f32x4.mul(f32x4.mul(t_1_2, param_kappa_vector), sigmoidF32x4(t_1_1)), t_1_0)))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_vector, input_x_2));
    const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0)));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(t_2_2, f32x4.mul(input_x_2, f32x4.div(f32x4.mul(f32x4.mul(t_2_2, param_kappa_vector), sigmoidF32x4(t_2_1)), t_2_0)))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_vector, input_x_3));
    const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0)));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(t_3_2, f32x4.mul(input_x_3, f32x4.div(f32x4.mul(f32x4.mul(t_3_2, param_kappa_vector), sigmoidF32x4(t_3_1)), t_3_0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(t_0_2, f32x4.mul(input_x_0, f32x4.div(f32x4.mul(f32x4.mul(t_0_2, param_kappa_vector), sigmoidF32x4(t_0_1)), t_0_0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = max<f32>(param_lambda, <f32>(0.0001));
    const t_s_1: f32 = (logF32(t_s_0) - (param_kappa * input_x_s));
    const t_s_2: f32 = expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0)));
    store<f32>(out + column, (input_dy_s * (t_s_2 + (input_x_s * (((t_s_2 * param_kappa) * sigmoidF32(t_s_1)) / t_s_0)))));
  }
}

export function apa_mode_aglu_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(input_x_0, t_0_2), f32x4.gt(t_0_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0)));
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(input_x_1, t_1_2), f32x4.gt(t_1_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, t_1_2), f32x4.lt(input_x_1, f32x4.splat(<f32>(-3.4e+38)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0)));
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(input_x_2, t_2_2), f32x4.gt(t_2_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, t_2_2), f32x4.lt(input_x_2, f32x4.splat(<f32>(-3.4e+38)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0)));
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(input_x_3, t_3_2), f32x4.gt(t_3_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, t_3_2), f32x4.lt(input_x_3, f32x4.splat(<f32>(-3.4e+38)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(input_x_0, t_0_2), f32x4.gt(t_0_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, t_0_2), f32x4.lt(input_x_0, f32x4.splat(<f32>(-3.4e+38)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      const t_s_2: f32 = expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0)));
      store<f32>(out_row + column, select<f32>(select<f32>((input_x_s * t_s_2), <f32>(0.0), (t_s_2 > <f32>(0.0))), (input_x_s * t_s_2), (input_x_s < <f32>(-3.4e+38))));
    }
  }
}

export function apa_mode_aglu_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(t_0_2, f32x4.mul(input_x_0, f32x4.div(f32x4.mul(f32x4.mul(t_0_2, param_kappa_0), sigmoidF32x4(t_0_1)), t_0_0)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      const t_1_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(t_1_2, f32x4.mul(input_x_1, f32x4.div(f32x4.mul(f32x4.mul(t_1_2, param_kappa_1), sigmoidF32x4(t_1_1)), t_1_0)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      const t_2_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(t_2_2, f32x4.mul(input_x_2, f32x4.div(f32x4.mul(f32x4.mul(t_2_2, param_kappa_2), sigmoidF32x4(t_2_1)), t_2_0)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      const t_3_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(t_3_2, f32x4.mul(input_x_3, f32x4.div(f32x4.mul(f32x4.mul(t_3_2, param_kappa_3), sigmoidF32x4(t_3_1)), t_3_0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(t_0_2, f32x4.mul(input_x_0, f32x4.div(f32x4.mul(f32x4.mul(t_0_2, param_kappa_0), sigmoidF32x4(t_0_1)), t_0_0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      const t_s_2: f32 = expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0)));
      store<f32>(out_row + column, (input_dy_s * (t_s_2 + (input_x_s * (((t_s_2 * param_kappa_s) * sigmoidF32(t_s_1)) / t_s_0)))));
    }
  }
}

export function apa_mode_aglu_grad_kappa_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), input_x_0), sigmoidF32x4(t_0_1)), t_0_0))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0))), input_x_1), sigmoidF32x4(t_1_1)), t_1_0))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0))), input_x_2), sigmoidF32x4(t_2_1)), t_2_0))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0))), input_x_3), sigmoidF32x4(t_3_1)), t_3_0))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), input_x_0), sigmoidF32x4(t_0_1)), t_0_0))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      store<f32>(out_row + column, (input_dy_s * (input_x_s * (((expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0))) * input_x_s) * sigmoidF32(t_s_1)) / t_s_0))));
    }
  }
}

export function apa_mode_aglu_grad_lambda_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_0_2, t_0_0))), f32x4.sub(t_0_2, sigmoidF32x4(t_0_1))), f32x4.mul(t_0_0, t_0_0)), f32x4.gt(param_lambda_0, f32x4.splat(<f32>(0.0001)))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      const t_1_2: v128 = f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_1_2, t_1_0))), f32x4.sub(t_1_2, sigmoidF32x4(t_1_1))), f32x4.mul(t_1_0, t_1_0)), f32x4.gt(param_lambda_1, f32x4.splat(<f32>(0.0001)))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      const t_2_2: v128 = f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_2_2, t_2_0))), f32x4.sub(t_2_2, sigmoidF32x4(t_2_1))), f32x4.mul(t_2_0, t_2_0)), f32x4.gt(param_lambda_2, f32x4.splat(<f32>(0.0001)))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      const t_3_2: v128 = f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_3_2, t_3_0))), f32x4.sub(t_3_2, sigmoidF32x4(t_3_1))), f32x4.mul(t_3_0, t_3_0)), f32x4.gt(param_lambda_3, f32x4.splat(<f32>(0.0001)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_0_2, t_0_0))), f32x4.sub(t_0_2, sigmoidF32x4(t_0_1))), f32x4.mul(t_0_0, t_0_0)), f32x4.gt(param_lambda_0, f32x4.splat(<f32>(0.0001)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      const t_s_2: f32 = (max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1)))));
      store<f32>(out_row + column, (input_dy_s * (input_x_s * select<f32>(((expF32((-(t_s_2 / t_s_0))) * (t_s_2 - sigmoidF32(t_s_1))) / (t_s_0 * t_s_0)), <f32>(0.0), (param_lambda_s > <f32>(0.0001))))));
    }
  }
}

export function apa_mode_apa_forward(out: usize, input_x: usize, n: i32, param_lambda: f32, param_kappa: f32): void {
  const param_lambda_vector = f32x4.splat(param_lambda);
  const param_kappa_vector = f32x4.splat(param_kappa);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    v128.store(out + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_vector, input_x_1));
    v128.store(out + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_vector, input_x_2));
    v128.store(out + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_vector, input_x_3));
    v128.store(out + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    v128.store(out + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = max<f32>(param_lambda, <f32>(0.0001));
    const t_s_1: f32 = (logF32(t_s_0) - (param_kappa * input_x_s));
    store<f32>(out + column, expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0))));
  }
}

export function apa_mode_apa_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_lambda: f32, param_kappa: f32): void {
  const param_lambda_vector = f32x4.splat(param_lambda);
  const param_kappa_vector = f32x4.splat(param_kappa);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), param_kappa_vector), sigmoidF32x4(t_0_1)), t_0_0)));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_vector, input_x_1));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0))), param_kappa_vector), sigmoidF32x4(t_1_1)), t_1_0)), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_vector, input_x_2));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0))), param_kappa_vector), sigmoidF32x4(t_2_1)), t_2_0)), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_vector, input_x_3));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0))), param_kappa_vector), sigmoidF32x4(t_3_1)), t_3_0)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.pmax(param_lambda_vector, f32x4.splat(<f32>(0.0001)));
    const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_vector, input_x_0));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), param_kappa_vector), sigmoidF32x4(t_0_1)), t_0_0)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = max<f32>(param_lambda, <f32>(0.0001));
    const t_s_1: f32 = (logF32(t_s_0) - (param_kappa * input_x_s));
    store<f32>(out + column, (input_dy_s * (((expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0))) * param_kappa) * sigmoidF32(t_s_1)) / t_s_0)));
  }
}

export function apa_mode_apa_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      v128.store(out_row + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      v128.store(out_row + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      v128.store(out_row + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      store<f32>(out_row + column, expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0))));
    }
  }
}

export function apa_mode_apa_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), param_kappa_0), sigmoidF32x4(t_0_1)), t_0_0)));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0))), param_kappa_1), sigmoidF32x4(t_1_1)), t_1_0)), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0))), param_kappa_2), sigmoidF32x4(t_2_1)), t_2_0)), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0))), param_kappa_3), sigmoidF32x4(t_3_1)), t_3_0)), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), param_kappa_0), sigmoidF32x4(t_0_1)), t_0_0)));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      store<f32>(out_row + column, (input_dy_s * (((expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0))) * param_kappa_s) * sigmoidF32(t_s_1)) / t_s_0)));
    }
  }
}

export function apa_mode_apa_grad_kappa_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), input_x_0), sigmoidF32x4(t_0_1)), t_0_0)));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1))))), t_1_0))), input_x_1), sigmoidF32x4(t_1_1)), t_1_0)), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1))))), t_2_0))), input_x_2), sigmoidF32x4(t_2_1)), t_2_0)), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1))))), t_3_0))), input_x_3), sigmoidF32x4(t_3_1)), t_3_0)), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.mul(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1))))), t_0_0))), input_x_0), sigmoidF32x4(t_0_1)), t_0_0)));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      store<f32>(out_row + column, (input_dy_s * (((expF32((-((max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1))))) / t_s_0))) * input_x_s) * sigmoidF32(t_s_1)) / t_s_0)));
    }
  }
}

export function apa_mode_apa_grad_lambda_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_lambda: usize, param_kappa: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_0_2, t_0_0))), f32x4.sub(t_0_2, sigmoidF32x4(t_0_1))), f32x4.mul(t_0_0, t_0_0)), f32x4.gt(param_lambda_0, f32x4.splat(<f32>(0.0001))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_lambda_1 = v128.load(param_lambda + column, 16);
      const param_kappa_1 = v128.load(param_kappa + column, 16);
      const t_1_0: v128 = f32x4.pmax(param_lambda_1, f32x4.splat(<f32>(0.0001)));
      const t_1_1: v128 = f32x4.sub(logF32x4(t_1_0), f32x4.mul(param_kappa_1, input_x_1));
      const t_1_2: v128 = f32x4.add(maxZeroF32x4(t_1_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_1_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_1_2, t_1_0))), f32x4.sub(t_1_2, sigmoidF32x4(t_1_1))), f32x4.mul(t_1_0, t_1_0)), f32x4.gt(param_lambda_1, f32x4.splat(<f32>(0.0001))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_lambda_2 = v128.load(param_lambda + column, 32);
      const param_kappa_2 = v128.load(param_kappa + column, 32);
      const t_2_0: v128 = f32x4.pmax(param_lambda_2, f32x4.splat(<f32>(0.0001)));
      const t_2_1: v128 = f32x4.sub(logF32x4(t_2_0), f32x4.mul(param_kappa_2, input_x_2));
      const t_2_2: v128 = f32x4.add(maxZeroF32x4(t_2_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_2_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_2_2, t_2_0))), f32x4.sub(t_2_2, sigmoidF32x4(t_2_1))), f32x4.mul(t_2_0, t_2_0)), f32x4.gt(param_lambda_2, f32x4.splat(<f32>(0.0001))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_lambda_3 = v128.load(param_lambda + column, 48);
      const param_kappa_3 = v128.load(param_kappa + column, 48);
      const t_3_0: v128 = f32x4.pmax(param_lambda_3, f32x4.splat(<f32>(0.0001)));
      const t_3_1: v128 = f32x4.sub(logF32x4(t_3_0), f32x4.mul(param_kappa_3, input_x_3));
      const t_3_2: v128 = f32x4.add(maxZeroF32x4(t_3_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_3_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_3_2, t_3_0))), f32x4.sub(t_3_2, sigmoidF32x4(t_3_1))), f32x4.mul(t_3_0, t_3_0)), f32x4.gt(param_lambda_3, f32x4.splat(<f32>(0.0001))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_lambda_0 = v128.load(param_lambda + column);
      const param_kappa_0 = v128.load(param_kappa + column);
      const t_0_0: v128 = f32x4.pmax(param_lambda_0, f32x4.splat(<f32>(0.0001)));
      const t_0_1: v128 = f32x4.sub(logF32x4(t_0_0), f32x4.mul(param_kappa_0, input_x_0));
      const t_0_2: v128 = f32x4.add(maxZeroF32x4(t_0_1), log1pUnitF32x4(expBoundedF32x4(f32x4.neg(f32x4.abs(t_0_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, v128.and(f32x4.div(f32x4.mul(expF32x4(f32x4.neg(f32x4.div(t_0_2, t_0_0))), f32x4.sub(t_0_2, sigmoidF32x4(t_0_1))), f32x4.mul(t_0_0, t_0_0)), f32x4.gt(param_lambda_0, f32x4.splat(<f32>(0.0001))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_lambda_s = load<f32>(param_lambda + column);
      const param_kappa_s = load<f32>(param_kappa + column);
      const t_s_0: f32 = max<f32>(param_lambda_s, <f32>(0.0001));
      const t_s_1: f32 = (logF32(t_s_0) - (param_kappa_s * input_x_s));
      const t_s_2: f32 = (max<f32>(t_s_1, <f32>(0.0)) + log1pUnitF32(expBoundedF32((-abs<f32>(t_s_1)))));
      store<f32>(out_row + column, (input_dy_s * select<f32>(((expF32((-(t_s_2 / t_s_0))) * (t_s_2 - sigmoidF32(t_s_1))) / (t_s_0 * t_s_0)), <f32>(0.0), (param_lambda_s > <f32>(0.0001)))));
    }
  }
}

export function expandedGating_gate_atan_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
    const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
    const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
    const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    v128.store(out + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_0), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.abs(input_x_1);
    const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_1_2: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_1_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_1_2), t_1_1);
    const t_1_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_1_0, f32x4.splat(<f32>(1.0))), t_1_0, t_1_2), t_1_1), v128.bitselect(t_1_0, v128.bitselect(f32x4.add(t_1_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_1_2), t_1_1));
    const t_1_5: v128 = f32x4.mul(t_1_4, t_1_4);
    const t_1_6: v128 = f32x4.add(t_1_4, f32x4.mul(f32x4.mul(t_1_4, t_1_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_1_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    v128.store(out + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_1), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_1, f32x4.splat(<f32>(-100000000000000000000.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.abs(input_x_2);
    const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_2_2: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_2_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_2_2), t_2_1);
    const t_2_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_2_0, f32x4.splat(<f32>(1.0))), t_2_0, t_2_2), t_2_1), v128.bitselect(t_2_0, v128.bitselect(f32x4.add(t_2_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_2_2), t_2_1));
    const t_2_5: v128 = f32x4.mul(t_2_4, t_2_4);
    const t_2_6: v128 = f32x4.add(t_2_4, f32x4.mul(f32x4.mul(t_2_4, t_2_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_2_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    v128.store(out + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_2), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_2, f32x4.splat(<f32>(-100000000000000000000.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.abs(input_x_3);
    const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_3_2: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_3_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_3_2), t_3_1);
    const t_3_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_3_0, f32x4.splat(<f32>(1.0))), t_3_0, t_3_2), t_3_1), v128.bitselect(t_3_0, v128.bitselect(f32x4.add(t_3_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_3_2), t_3_1));
    const t_3_5: v128 = f32x4.mul(t_3_4, t_3_4);
    const t_3_6: v128 = f32x4.add(t_3_4, f32x4.mul(f32x4.mul(t_3_4, t_3_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_3_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    v128.store(out + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_3), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_3, f32x4.splat(<f32>(-100000000000000000000.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
    const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
    const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
    const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    v128.store(out + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_0), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = abs<f32>(input_x_s);
    const t_s_1: bool = (t_s_0 > <f32>(2.414213562373095));
    const t_s_2: bool = (t_s_0 > <f32>(0.41421356237309503));
    const t_s_3: f32 = select<f32>(<f32>(1.5707963267948966), select<f32>(<f32>(0.7853981633974483), <f32>(0.0), t_s_2), t_s_1);
    const t_s_4: f32 = (select<f32>(<f32>(-1.0), select<f32>((t_s_0 - <f32>(1.0)), t_s_0, t_s_2), t_s_1) / select<f32>(t_s_0, select<f32>((t_s_0 + <f32>(1.0)), <f32>(1.0), t_s_2), t_s_1));
    const t_s_5: f32 = (t_s_4 * t_s_4);
    const t_s_6: f32 = (t_s_4 + ((t_s_4 * t_s_5) * (<f32>(-0.3333294980750451) + (t_s_5 * (<f32>(0.1997773770286282) + (t_s_5 * (<f32>(-0.13877994968085722) + (t_s_5 * <f32>(0.08054792259274343)))))))));
    store<f32>(out + column, select<f32>(select<f32>(((<f32>(-1.0) * param_alpha) * input_x_s), <f32>(-0.3183098861837907), (abs<f32>(param_alpha) > <f32>(0.0))), (input_x_s * (((select<f32>(((<f32>(1.5707963267948966) - t_s_3) - t_s_6), ((<f32>(1.5707963267948966) + t_s_3) + t_s_6), (input_x_s < <f32>(0.0))) / <f32>(3.141592653589793)) * (<f32>(1.0) + (<f32>(2.0) * param_alpha))) - param_alpha)), (input_x_s < <f32>(-100000000000000000000.0))));
  }
}

export function expandedGating_gate_atan_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
    const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
    const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
    const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    const t_0_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_0_7), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)))), t_0_7))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.abs(input_x_1);
    const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_1_2: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_1_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_1_2), t_1_1);
    const t_1_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_1_0, f32x4.splat(<f32>(1.0))), t_1_0, t_1_2), t_1_1), v128.bitselect(t_1_0, v128.bitselect(f32x4.add(t_1_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_1_2), t_1_1));
    const t_1_5: v128 = f32x4.mul(t_1_4, t_1_4);
    const t_1_6: v128 = f32x4.add(t_1_4, f32x4.mul(f32x4.mul(t_1_4, t_1_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_1_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    const t_1_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_1_7), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_1, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_1, input_x_1)))), t_1_7))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.abs(input_x_2);
    const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_2_2: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_2_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_2_2), t_2_1);
    const t_2_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_2_0, f32x4.splat(<f32>(1.0))), t_2_0, t_2_2), t_2_1), v128.bitselect(t_2_0, v128.bitselect(f32x4.add(t_2_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_2_2), t_2_1));
    const t_2_5: v128 = f32x4.mul(t_2_4, t_2_4);
    const t_2_6: v128 = f32x4.add(t_2_4, f32x4.mul(f32x4.mul(t_2_4, t_2_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_2_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    const t_2_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_2_7), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_2, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_2, input_x_2)))), t_2_7))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.abs(input_x_3);
    const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_3_2: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_3_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_3_2), t_3_1);
    const t_3_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_3_0, f32x4.splat(<f32>(1.0))), t_3_0, t_3_2), t_3_1), v128.bitselect(t_3_0, v128.bitselect(f32x4.add(t_3_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_3_2), t_3_1));
    const t_3_5: v128 = f32x4.mul(t_3_4, t_3_4);
    const t_3_6: v128 = f32x4.add(t_3_4, f32x4.mul(f32x4.mul(t_3_4, t_3_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_3_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    const t_3_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_3_7), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_3, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_3, input_x_3)))), t_3_7))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
    const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
    const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
    const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
    const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
    const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
    const t_0_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_0_7), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)))), t_0_7))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = abs<f32>(input_x_s);
    const t_s_1: bool = (t_s_0 > <f32>(2.414213562373095));
    const t_s_2: bool = (t_s_0 > <f32>(0.41421356237309503));
    const t_s_3: f32 = select<f32>(<f32>(1.5707963267948966), select<f32>(<f32>(0.7853981633974483), <f32>(0.0), t_s_2), t_s_1);
    const t_s_4: f32 = (select<f32>(<f32>(-1.0), select<f32>((t_s_0 - <f32>(1.0)), t_s_0, t_s_2), t_s_1) / select<f32>(t_s_0, select<f32>((t_s_0 + <f32>(1.0)), <f32>(1.0), t_s_2), t_s_1));
    const t_s_5: f32 = (t_s_4 * t_s_4);
    const t_s_6: f32 = (t_s_4 + ((t_s_4 * t_s_5) * (<f32>(-0.3333294980750451) + (t_s_5 * (<f32>(0.1997773770286282) + (t_s_5 * (<f32>(-0.13877994968085722) + (t_s_5 * <f32>(0.08054792259274343)))))))));
    const t_s_7: f32 = (<f32>(1.0) + (<f32>(2.0) * param_alpha));
    store<f32>(out + column, (input_dy_s * ((((select<f32>(((<f32>(1.5707963267948966) - t_s_3) - t_s_6), ((<f32>(1.5707963267948966) + t_s_3) + t_s_6), (input_x_s < <f32>(0.0))) / <f32>(3.141592653589793)) * t_s_7) - param_alpha) + ((input_x_s * (<f32>(0.3183098861837907) / (<f32>(1.0) + (input_x_s * input_x_s)))) * t_s_7))));
  }
}

export function expandedGating_gate_atan_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
      const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
      const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
      const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_0), input_x_0), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0))), param_alpha_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_1_2: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_1_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_1_2), t_1_1);
      const t_1_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_1_0, f32x4.splat(<f32>(1.0))), t_1_0, t_1_2), t_1_1), v128.bitselect(t_1_0, v128.bitselect(f32x4.add(t_1_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_1_2), t_1_1));
      const t_1_5: v128 = f32x4.mul(t_1_4, t_1_4);
      const t_1_6: v128 = f32x4.add(t_1_4, f32x4.mul(f32x4.mul(t_1_4, t_1_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_1_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_1), input_x_1), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_1), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_1))), param_alpha_1)), f32x4.lt(input_x_1, f32x4.splat(<f32>(-100000000000000000000.0)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_2_2: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_2_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_2_2), t_2_1);
      const t_2_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_2_0, f32x4.splat(<f32>(1.0))), t_2_0, t_2_2), t_2_1), v128.bitselect(t_2_0, v128.bitselect(f32x4.add(t_2_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_2_2), t_2_1));
      const t_2_5: v128 = f32x4.mul(t_2_4, t_2_4);
      const t_2_6: v128 = f32x4.add(t_2_4, f32x4.mul(f32x4.mul(t_2_4, t_2_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_2_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_2), input_x_2), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_2), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_2))), param_alpha_2)), f32x4.lt(input_x_2, f32x4.splat(<f32>(-100000000000000000000.0)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_3_2: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_3_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_3_2), t_3_1);
      const t_3_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_3_0, f32x4.splat(<f32>(1.0))), t_3_0, t_3_2), t_3_1), v128.bitselect(t_3_0, v128.bitselect(f32x4.add(t_3_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_3_2), t_3_1));
      const t_3_5: v128 = f32x4.mul(t_3_4, t_3_4);
      const t_3_6: v128 = f32x4.add(t_3_4, f32x4.mul(f32x4.mul(t_3_4, t_3_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_3_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_3), input_x_3), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_3), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_3))), param_alpha_3)), f32x4.lt(input_x_3, f32x4.splat(<f32>(-100000000000000000000.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
      const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
      const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
      const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, v128.bitselect(v128.bitselect(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_0), input_x_0), f32x4.splat(<f32>(-0.3183098861837907)), f32x4.gt(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0))), param_alpha_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: bool = (t_s_0 > <f32>(2.414213562373095));
      const t_s_2: bool = (t_s_0 > <f32>(0.41421356237309503));
      const t_s_3: f32 = select<f32>(<f32>(1.5707963267948966), select<f32>(<f32>(0.7853981633974483), <f32>(0.0), t_s_2), t_s_1);
      const t_s_4: f32 = (select<f32>(<f32>(-1.0), select<f32>((t_s_0 - <f32>(1.0)), t_s_0, t_s_2), t_s_1) / select<f32>(t_s_0, select<f32>((t_s_0 + <f32>(1.0)), <f32>(1.0), t_s_2), t_s_1));
      const t_s_5: f32 = (t_s_4 * t_s_4);
      const t_s_6: f32 = (t_s_4 + ((t_s_4 * t_s_5) * (<f32>(-0.3333294980750451) + (t_s_5 * (<f32>(0.1997773770286282) + (t_s_5 * (<f32>(-0.13877994968085722) + (t_s_5 * <f32>(0.08054792259274343)))))))));
      store<f32>(out_row + column, select<f32>(select<f32>(((<f32>(-1.0) * param_alpha_s) * input_x_s), <f32>(-0.3183098861837907), (abs<f32>(param_alpha_s) > <f32>(0.0))), (input_x_s * (((select<f32>(((<f32>(1.5707963267948966) - t_s_3) - t_s_6), ((<f32>(1.5707963267948966) + t_s_3) + t_s_6), (input_x_s < <f32>(0.0))) / <f32>(3.141592653589793)) * (<f32>(1.0) + (<f32>(2.0) * param_alpha_s))) - param_alpha_s)), (input_x_s < <f32>(-100000000000000000000.0))));
    }
  }
}

export function expandedGating_gate_atan_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
      const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
      const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
      const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      const t_0_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_0_7), param_alpha_0), f32x4.mul(f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)))), t_0_7))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_1_2: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_1_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_1_2), t_1_1);
      const t_1_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_1_0, f32x4.splat(<f32>(1.0))), t_1_0, t_1_2), t_1_1), v128.bitselect(t_1_0, v128.bitselect(f32x4.add(t_1_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_1_2), t_1_1));
      const t_1_5: v128 = f32x4.mul(t_1_4, t_1_4);
      const t_1_6: v128 = f32x4.add(t_1_4, f32x4.mul(f32x4.mul(t_1_4, t_1_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_1_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      const t_1_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_1));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_1_7), param_alpha_1), f32x4.mul(f32x4.mul(input_x_1, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_1, input_x_1)))), t_1_7))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_2_2: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_2_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_2_2), t_2_1);
      const t_2_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_2_0, f32x4.splat(<f32>(1.0))), t_2_0, t_2_2), t_2_1), v128.bitselect(t_2_0, v128.bitselect(f32x4.add(t_2_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_2_2), t_2_1));
      const t_2_5: v128 = f32x4.mul(t_2_4, t_2_4);
      const t_2_6: v128 = f32x4.add(t_2_4, f32x4.mul(f32x4.mul(t_2_4, t_2_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_2_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      const t_2_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_2_7), param_alpha_2), f32x4.mul(f32x4.mul(input_x_2, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_2, input_x_2)))), t_2_7))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_3_2: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_3_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_3_2), t_3_1);
      const t_3_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_3_0, f32x4.splat(<f32>(1.0))), t_3_0, t_3_2), t_3_1), v128.bitselect(t_3_0, v128.bitselect(f32x4.add(t_3_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_3_2), t_3_1));
      const t_3_5: v128 = f32x4.mul(t_3_4, t_3_4);
      const t_3_6: v128 = f32x4.add(t_3_4, f32x4.mul(f32x4.mul(t_3_4, t_3_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_3_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      const t_3_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_3));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_3_7), param_alpha_3), f32x4.mul(f32x4.mul(input_x_3, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_3, input_x_3)))), t_3_7))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
      const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
      const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
      const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      const t_0_7: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793))), t_0_7), param_alpha_0), f32x4.mul(f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(0.3183098861837907)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(input_x_0, input_x_0)))), t_0_7))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: bool = (t_s_0 > <f32>(2.414213562373095));
      const t_s_2: bool = (t_s_0 > <f32>(0.41421356237309503));
      const t_s_3: f32 = select<f32>(<f32>(1.5707963267948966), select<f32>(<f32>(0.7853981633974483), <f32>(0.0), t_s_2), t_s_1);
      const t_s_4: f32 = (select<f32>(<f32>(-1.0), select<f32>((t_s_0 - <f32>(1.0)), t_s_0, t_s_2), t_s_1) / select<f32>(t_s_0, select<f32>((t_s_0 + <f32>(1.0)), <f32>(1.0), t_s_2), t_s_1));
      const t_s_5: f32 = (t_s_4 * t_s_4);
      const t_s_6: f32 = (t_s_4 + ((t_s_4 * t_s_5) * (<f32>(-0.3333294980750451) + (t_s_5 * (<f32>(0.1997773770286282) + (t_s_5 * (<f32>(-0.13877994968085722) + (t_s_5 * <f32>(0.08054792259274343)))))))));
      const t_s_7: f32 = (<f32>(1.0) + (<f32>(2.0) * param_alpha_s));
      store<f32>(out_row + column, (input_dy_s * ((((select<f32>(((<f32>(1.5707963267948966) - t_s_3) - t_s_6), ((<f32>(1.5707963267948966) + t_s_3) + t_s_6), (input_x_s < <f32>(0.0))) / <f32>(3.141592653589793)) * t_s_7) - param_alpha_s) + ((input_x_s * (<f32>(0.3183098861837907) / (<f32>(1.0) + (input_x_s * input_x_s)))) * t_s_7))));
    }
  }
}

export function expandedGating_gate_atan_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
      const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
      const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
      const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793)))), f32x4.splat(<f32>(1.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_1_2: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_1_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_1_2), t_1_1);
      const t_1_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_1_0, f32x4.splat(<f32>(1.0))), t_1_0, t_1_2), t_1_1), v128.bitselect(t_1_0, v128.bitselect(f32x4.add(t_1_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_1_2), t_1_1));
      const t_1_5: v128 = f32x4.mul(t_1_4, t_1_4);
      const t_1_6: v128 = f32x4.add(t_1_4, f32x4.mul(f32x4.mul(t_1_4, t_1_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_1_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_1_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_1_3), t_1_6), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793)))), f32x4.splat(<f32>(1.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_2_2: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_2_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_2_2), t_2_1);
      const t_2_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_2_0, f32x4.splat(<f32>(1.0))), t_2_0, t_2_2), t_2_1), v128.bitselect(t_2_0, v128.bitselect(f32x4.add(t_2_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_2_2), t_2_1));
      const t_2_5: v128 = f32x4.mul(t_2_4, t_2_4);
      const t_2_6: v128 = f32x4.add(t_2_4, f32x4.mul(f32x4.mul(t_2_4, t_2_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_2_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_2_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_2_3), t_2_6), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793)))), f32x4.splat(<f32>(1.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_3_2: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_3_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_3_2), t_3_1);
      const t_3_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_3_0, f32x4.splat(<f32>(1.0))), t_3_0, t_3_2), t_3_1), v128.bitselect(t_3_0, v128.bitselect(f32x4.add(t_3_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_3_2), t_3_1));
      const t_3_5: v128 = f32x4.mul(t_3_4, t_3_4);
      const t_3_6: v128 = f32x4.add(t_3_4, f32x4.mul(f32x4.mul(t_3_4, t_3_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_3_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_3_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_3_3), t_3_6), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793)))), f32x4.splat(<f32>(1.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(2.414213562373095)));
      const t_0_2: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.41421356237309503)));
      const t_0_3: v128 = v128.bitselect(f32x4.splat(<f32>(1.5707963267948966)), v128.and(f32x4.splat(<f32>(0.7853981633974483)), t_0_2), t_0_1);
      const t_0_4: v128 = f32x4.div(v128.bitselect(f32x4.splat(<f32>(-1.0)), v128.bitselect(f32x4.sub(t_0_0, f32x4.splat(<f32>(1.0))), t_0_0, t_0_2), t_0_1), v128.bitselect(t_0_0, v128.bitselect(f32x4.add(t_0_0, f32x4.splat(<f32>(1.0))), f32x4.splat(<f32>(1.0)), t_0_2), t_0_1));
      const t_0_5: v128 = f32x4.mul(t_0_4, t_0_4);
      const t_0_6: v128 = f32x4.add(t_0_4, f32x4.mul(f32x4.mul(t_0_4, t_0_5), f32x4.add(f32x4.splat(<f32>(-0.3333294980750451)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(0.1997773770286282)), f32x4.mul(t_0_5, f32x4.add(f32x4.splat(<f32>(-0.13877994968085722)), f32x4.mul(t_0_5, f32x4.splat(<f32>(0.08054792259274343))))))))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.div(v128.bitselect(f32x4.sub(f32x4.sub(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.add(f32x4.add(f32x4.splat(<f32>(1.5707963267948966)), t_0_3), t_0_6), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.splat(<f32>(3.141592653589793)))), f32x4.splat(<f32>(1.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: bool = (t_s_0 > <f32>(2.414213562373095));
      const t_s_2: bool = (t_s_0 > <f32>(0.41421356237309503));
      const t_s_3: f32 = select<f32>(<f32>(1.5707963267948966), select<f32>(<f32>(0.7853981633974483), <f32>(0.0), t_s_2), t_s_1);
      const t_s_4: f32 = (select<f32>(<f32>(-1.0), select<f32>((t_s_0 - <f32>(1.0)), t_s_0, t_s_2), t_s_1) / select<f32>(t_s_0, select<f32>((t_s_0 + <f32>(1.0)), <f32>(1.0), t_s_2), t_s_1));
      const t_s_5: f32 = (t_s_4 * t_s_4);
      const t_s_6: f32 = (t_s_4 + ((t_s_4 * t_s_5) * (<f32>(-0.3333294980750451) + (t_s_5 * (<f32>(0.1997773770286282) + (t_s_5 * (<f32>(-0.13877994968085722) + (t_s_5 * <f32>(0.08054792259274343)))))))));
      store<f32>(out_row + column, (input_dy_s * (input_x_s * ((<f32>(2.0) * (select<f32>(((<f32>(1.5707963267948966) - t_s_3) - t_s_6), ((<f32>(1.5707963267948966) + t_s_3) + t_s_6), (input_x_s < <f32>(0.0))) / <f32>(3.141592653589793))) - <f32>(1.0)))));
    }
  }
}

export function expandedGating_gate_gelu_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_0), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_1), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_1, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_1, f32x4.splat(<f32>(-100000000000000000000.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_2), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_2, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_2, f32x4.splat(<f32>(-100000000000000000000.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_3), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_3, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_3, f32x4.splat(<f32>(-100000000000000000000.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_0), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(select<f32>(((<f32>(-1.0) * param_alpha) * input_x_s), <f32>(0.0), (abs<f32>(param_alpha) > <f32>(0.0))), (input_x_s * ((normalCdfF32((input_x_s * <f32>(0.7071067811865476))) * (<f32>(1.0) + (<f32>(2.0) * param_alpha))) - param_alpha)), (input_x_s < <f32>(-100000000000000000000.0))));
  }
}

export function expandedGating_gate_gelu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_0_1: v128 = expNegSquareF32x4(t_0_0);
    const t_0_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_0_0, t_0_1), t_0_2), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1)), t_0_2))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.splat(<f32>(0.7071067811865476)));
    const t_1_1: v128 = expNegSquareF32x4(t_1_0);
    const t_1_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_1_0, t_1_1), t_1_2), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_1, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_1_1)), t_1_2))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.splat(<f32>(0.7071067811865476)));
    const t_2_1: v128 = expNegSquareF32x4(t_2_0);
    const t_2_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_2_0, t_2_1), t_2_2), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_2, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_2_1)), t_2_2))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.splat(<f32>(0.7071067811865476)));
    const t_3_1: v128 = expNegSquareF32x4(t_3_0);
    const t_3_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_3_0, t_3_1), t_3_2), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_3, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_3_1)), t_3_2))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)));
    const t_0_1: v128 = expNegSquareF32x4(t_0_0);
    const t_0_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_0_0, t_0_1), t_0_2), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1)), t_0_2))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (input_x_s * <f32>(0.7071067811865476));
    const t_s_1: f32 = expNegSquareF32(t_s_0);
    const t_s_2: f32 = (<f32>(1.0) + (<f32>(2.0) * param_alpha));
    store<f32>(out + column, (input_dy_s * (((normalCdfWithF32(t_s_0, t_s_1) * t_s_2) - param_alpha) + ((input_x_s * (<f32>(0.3989422804014327) * t_s_1)) * t_s_2))));
  }
}

export function expandedGating_gate_gelu_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_0), input_x_0), f32x4.gt(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0))), param_alpha_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_1), input_x_1), f32x4.gt(f32x4.abs(param_alpha_1), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_1, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_1))), param_alpha_1)), f32x4.lt(input_x_1, f32x4.splat(<f32>(-100000000000000000000.0)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_2), input_x_2), f32x4.gt(f32x4.abs(param_alpha_2), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_2, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_2))), param_alpha_2)), f32x4.lt(input_x_2, f32x4.splat(<f32>(-100000000000000000000.0)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_3), input_x_3), f32x4.gt(f32x4.abs(param_alpha_3), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_3, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_3))), param_alpha_3)), f32x4.lt(input_x_3, f32x4.splat(<f32>(-100000000000000000000.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_0), input_x_0), f32x4.gt(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)))), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0))), param_alpha_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      store<f32>(out_row + column, select<f32>(select<f32>(((<f32>(-1.0) * param_alpha_s) * input_x_s), <f32>(0.0), (abs<f32>(param_alpha_s) > <f32>(0.0))), (input_x_s * ((normalCdfF32((input_x_s * <f32>(0.7071067811865476))) * (<f32>(1.0) + (<f32>(2.0) * param_alpha_s))) - param_alpha_s)), (input_x_s < <f32>(-100000000000000000000.0))));
    }
  }
}

export function expandedGating_gate_gelu_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_1: v128 = expNegSquareF32x4(t_0_0);
      const t_0_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_0_0, t_0_1), t_0_2), param_alpha_0), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1)), t_0_2))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.splat(<f32>(0.7071067811865476)));
      const t_1_1: v128 = expNegSquareF32x4(t_1_0);
      const t_1_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_1));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_1_0, t_1_1), t_1_2), param_alpha_1), f32x4.mul(f32x4.mul(input_x_1, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_1_1)), t_1_2))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.splat(<f32>(0.7071067811865476)));
      const t_2_1: v128 = expNegSquareF32x4(t_2_0);
      const t_2_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_2_0, t_2_1), t_2_2), param_alpha_2), f32x4.mul(f32x4.mul(input_x_2, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_2_1)), t_2_2))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.splat(<f32>(0.7071067811865476)));
      const t_3_1: v128 = expNegSquareF32x4(t_3_0);
      const t_3_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_3));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_3_0, t_3_1), t_3_2), param_alpha_3), f32x4.mul(f32x4.mul(input_x_3, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_3_1)), t_3_2))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_1: v128 = expNegSquareF32x4(t_0_0);
      const t_0_2: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(normalCdfWithF32x4(t_0_0, t_0_1), t_0_2), param_alpha_0), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1)), t_0_2))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = (input_x_s * <f32>(0.7071067811865476));
      const t_s_1: f32 = expNegSquareF32(t_s_0);
      const t_s_2: f32 = (<f32>(1.0) + (<f32>(2.0) * param_alpha_s));
      store<f32>(out_row + column, (input_dy_s * (((normalCdfWithF32(t_s_0, t_s_1) * t_s_2) - param_alpha_s) + ((input_x_s * (<f32>(0.3989422804014327) * t_s_1)) * t_s_2))));
    }
  }
}

export function expandedGating_gate_gelu_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.splat(<f32>(1.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), normalCdfF32x4(f32x4.mul(input_x_1, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.splat(<f32>(1.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), normalCdfF32x4(f32x4.mul(input_x_2, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.splat(<f32>(1.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), normalCdfF32x4(f32x4.mul(input_x_3, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.splat(<f32>(1.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), normalCdfF32x4(f32x4.mul(input_x_0, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.splat(<f32>(1.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      store<f32>(out_row + column, (input_dy_s * (input_x_s * ((<f32>(2.0) * normalCdfF32((input_x_s * <f32>(0.7071067811865476)))) - <f32>(1.0)))));
    }
  }
}

export function expandedGating_gate_silu_forward(out: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_0), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_1), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_1, f32x4.splat(<f32>(-100000000000000000000.0)))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_2), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_2), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_2, f32x4.splat(<f32>(-100000000000000000000.0)))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_3), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_3), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_3, f32x4.splat(<f32>(-100000000000000000000.0)))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_vector), input_x_0), f32x4.gt(f32x4.abs(param_alpha_vector), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector))), param_alpha_vector)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, select<f32>(select<f32>(((<f32>(-1.0) * param_alpha) * input_x_s), <f32>(0.0), (abs<f32>(param_alpha) > <f32>(0.0))), (input_x_s * ((sigmoidF32(input_x_s) * (<f32>(1.0) + (<f32>(2.0) * param_alpha))) - param_alpha)), (input_x_s < <f32>(-100000000000000000000.0))));
  }
}

export function expandedGating_gate_silu_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_alpha: f32): void {
  const param_alpha_vector = f32x4.splat(param_alpha);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(input_x_0);
    const t_0_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(t_0_0, t_0_1), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(t_0_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_0)))), t_0_1))));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = sigmoidF32x4(input_x_1);
    const t_1_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.sub(f32x4.mul(t_1_0, t_1_1), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_1, f32x4.mul(t_1_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_1)))), t_1_1))), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = sigmoidF32x4(input_x_2);
    const t_2_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.sub(f32x4.mul(t_2_0, t_2_1), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_2, f32x4.mul(t_2_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_2)))), t_2_1))), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = sigmoidF32x4(input_x_3);
    const t_3_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.sub(f32x4.mul(t_3_0, t_3_1), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_3, f32x4.mul(t_3_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_3)))), t_3_1))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = sigmoidF32x4(input_x_0);
    const t_0_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_vector));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(t_0_0, t_0_1), param_alpha_vector), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(t_0_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_0)))), t_0_1))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = sigmoidF32(input_x_s);
    const t_s_1: f32 = (<f32>(1.0) + (<f32>(2.0) * param_alpha));
    store<f32>(out + column, (input_dy_s * (((t_s_0 * t_s_1) - param_alpha) + ((input_x_s * (t_s_0 * sigmoidF32((<f32>(-1.0) * input_x_s)))) * t_s_1))));
  }
}

export function expandedGating_gate_silu_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_0), input_x_0), f32x4.gt(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0))), param_alpha_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_1), input_x_1), f32x4.gt(f32x4.abs(param_alpha_1), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_1), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_1))), param_alpha_1)), f32x4.lt(input_x_1, f32x4.splat(<f32>(-100000000000000000000.0)))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_2), input_x_2), f32x4.gt(f32x4.abs(param_alpha_2), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_2), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_2))), param_alpha_2)), f32x4.lt(input_x_2, f32x4.splat(<f32>(-100000000000000000000.0)))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_3), input_x_3), f32x4.gt(f32x4.abs(param_alpha_3), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_3), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_3))), param_alpha_3)), f32x4.lt(input_x_3, f32x4.splat(<f32>(-100000000000000000000.0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      v128.store(out_row + column, v128.bitselect(v128.and(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-1.0)), param_alpha_0), input_x_0), f32x4.gt(f32x4.abs(param_alpha_0), f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(sigmoidF32x4(input_x_0), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0))), param_alpha_0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(-100000000000000000000.0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      store<f32>(out_row + column, select<f32>(select<f32>(((<f32>(-1.0) * param_alpha_s) * input_x_s), <f32>(0.0), (abs<f32>(param_alpha_s) > <f32>(0.0))), (input_x_s * ((sigmoidF32(input_x_s) * (<f32>(1.0) + (<f32>(2.0) * param_alpha_s))) - param_alpha_s)), (input_x_s < <f32>(-100000000000000000000.0))));
    }
  }
}

export function expandedGating_gate_silu_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_alpha: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = sigmoidF32x4(input_x_0);
      const t_0_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(t_0_0, t_0_1), param_alpha_0), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(t_0_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_0)))), t_0_1))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_alpha_1 = v128.load(param_alpha + column, 16);
      const t_1_0: v128 = sigmoidF32x4(input_x_1);
      const t_1_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_1));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.add(f32x4.sub(f32x4.mul(t_1_0, t_1_1), param_alpha_1), f32x4.mul(f32x4.mul(input_x_1, f32x4.mul(t_1_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_1)))), t_1_1))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_alpha_2 = v128.load(param_alpha + column, 32);
      const t_2_0: v128 = sigmoidF32x4(input_x_2);
      const t_2_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_2));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.add(f32x4.sub(f32x4.mul(t_2_0, t_2_1), param_alpha_2), f32x4.mul(f32x4.mul(input_x_2, f32x4.mul(t_2_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_2)))), t_2_1))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_alpha_3 = v128.load(param_alpha + column, 48);
      const t_3_0: v128 = sigmoidF32x4(input_x_3);
      const t_3_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_3));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.add(f32x4.sub(f32x4.mul(t_3_0, t_3_1), param_alpha_3), f32x4.mul(f32x4.mul(input_x_3, f32x4.mul(t_3_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_3)))), t_3_1))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_alpha_0 = v128.load(param_alpha + column);
      const t_0_0: v128 = sigmoidF32x4(input_x_0);
      const t_0_1: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(f32x4.splat(<f32>(2.0)), param_alpha_0));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.add(f32x4.sub(f32x4.mul(t_0_0, t_0_1), param_alpha_0), f32x4.mul(f32x4.mul(input_x_0, f32x4.mul(t_0_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(-1.0)), input_x_0)))), t_0_1))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_alpha_s = load<f32>(param_alpha + column);
      const t_s_0: f32 = sigmoidF32(input_x_s);
      const t_s_1: f32 = (<f32>(1.0) + (<f32>(2.0) * param_alpha_s));
      store<f32>(out_row + column, (input_dy_s * (((t_s_0 * t_s_1) - param_alpha_s) + ((input_x_s * (t_s_0 * sigmoidF32((<f32>(-1.0) * input_x_s)))) * t_s_1))));
    }
  }
}

export function expandedGating_gate_silu_grad_alpha_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), sigmoidF32x4(input_x_0)), f32x4.splat(<f32>(1.0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), sigmoidF32x4(input_x_1)), f32x4.splat(<f32>(1.0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), sigmoidF32x4(input_x_2)), f32x4.splat(<f32>(1.0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), sigmoidF32x4(input_x_3)), f32x4.splat(<f32>(1.0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.sub(f32x4.mul(f32x4.splat(<f32>(2.0)), sigmoidF32x4(input_x_0)), f32x4.splat(<f32>(1.0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      store<f32>(out_row + column, (input_dy_s * (input_x_s * ((<f32>(2.0) * sigmoidF32(input_x_s)) - <f32>(1.0)))));
    }
  }
}

export function rational_version_a_forward(out: usize, input_x: usize, n: i32, param_a5: f32, param_a4: f32, param_a3: f32, param_a2: f32, param_a1: f32, param_a0: f32, param_b4: f32, param_b3: f32, param_b2: f32, param_b1: f32): void {
  const param_a5_vector = f32x4.splat(param_a5);
  const param_a4_vector = f32x4.splat(param_a4);
  const param_a3_vector = f32x4.splat(param_a3);
  const param_a2_vector = f32x4.splat(param_a2);
  const param_a1_vector = f32x4.splat(param_a1);
  const param_a0_vector = f32x4.splat(param_a0);
  const param_b4_vector = f32x4.splat(param_b4);
  const param_b3_vector = f32x4.splat(param_b3);
  const param_b2_vector = f32x4.splat(param_b2);
  const param_b1_vector = f32x4.splat(param_b1);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_vector), t_0_0), f32x4.abs(param_b3_vector)), t_0_0), f32x4.abs(param_b2_vector)), t_0_0), f32x4.abs(param_b1_vector)))))));
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.abs(input_x_1);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_1), param_a4_vector), input_x_1), param_a3_vector), input_x_1), param_a2_vector), input_x_1), param_a1_vector), input_x_1), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_vector), t_1_0), f32x4.abs(param_b3_vector)), t_1_0), f32x4.abs(param_b2_vector)), t_1_0), f32x4.abs(param_b1_vector)))))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.abs(input_x_2);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_2), param_a4_vector), input_x_2), param_a3_vector), input_x_2), param_a2_vector), input_x_2), param_a1_vector), input_x_2), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_vector), t_2_0), f32x4.abs(param_b3_vector)), t_2_0), f32x4.abs(param_b2_vector)), t_2_0), f32x4.abs(param_b1_vector)))))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.abs(input_x_3);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_3), param_a4_vector), input_x_3), param_a3_vector), input_x_3), param_a2_vector), input_x_3), param_a1_vector), input_x_3), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_vector), t_3_0), f32x4.abs(param_b3_vector)), t_3_0), f32x4.abs(param_b2_vector)), t_3_0), f32x4.abs(param_b1_vector)))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_vector), t_0_0), f32x4.abs(param_b3_vector)), t_0_0), f32x4.abs(param_b2_vector)), t_0_0), f32x4.abs(param_b1_vector)))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = abs<f32>(input_x_s);
    store<f32>(out + column, (((((((((((param_a5 * input_x_s) + param_a4) * input_x_s) + param_a3) * input_x_s) + param_a2) * input_x_s) + param_a1) * input_x_s) + param_a0) * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4) * t_s_0) + abs<f32>(param_b3)) * t_s_0) + abs<f32>(param_b2)) * t_s_0) + abs<f32>(param_b1)))))));
  }
}

export function rational_version_a_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_a5: f32, param_a4: f32, param_a3: f32, param_a2: f32, param_a1: f32, param_a0: f32, param_b4: f32, param_b3: f32, param_b2: f32, param_b1: f32): void {
  const param_a5_vector = f32x4.splat(param_a5);
  const param_a4_vector = f32x4.splat(param_a4);
  const param_a3_vector = f32x4.splat(param_a3);
  const param_a2_vector = f32x4.splat(param_a2);
  const param_a1_vector = f32x4.splat(param_a1);
  const param_a0_vector = f32x4.splat(param_a0);
  const param_b4_vector = f32x4.splat(param_b4);
  const param_b3_vector = f32x4.splat(param_b3);
  const param_b2_vector = f32x4.splat(param_b2);
  const param_b1_vector = f32x4.splat(param_b1);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    const t_0_1: v128 = f32x4.abs(param_b4_vector);
    const t_0_2: v128 = f32x4.abs(param_b3_vector);
    const t_0_3: v128 = f32x4.abs(param_b2_vector);
    const t_0_4: v128 = f32x4.abs(param_b1_vector);
    const t_0_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_0_1, t_0_0), t_0_2), t_0_0), t_0_3), t_0_0), t_0_4))));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), t_0_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_0_1), t_0_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_0_2)), t_0_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_0_3)), t_0_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_0_4)))))), t_0_5)));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.abs(input_x_1);
    const t_1_1: v128 = f32x4.abs(param_b4_vector);
    const t_1_2: v128 = f32x4.abs(param_b3_vector);
    const t_1_3: v128 = f32x4.abs(param_b2_vector);
    const t_1_4: v128 = f32x4.abs(param_b1_vector);
    const t_1_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_1_1, t_1_0), t_1_2), t_1_0), t_1_3), t_1_0), t_1_4))));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_1), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_1), param_a4_vector), input_x_1), param_a3_vector), input_x_1), param_a2_vector), input_x_1), param_a1_vector), input_x_1), param_a0_vector), t_1_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_1_1), t_1_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_1_2)), t_1_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_1_3)), t_1_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_1_4)))))), t_1_5)), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.abs(input_x_2);
    const t_2_1: v128 = f32x4.abs(param_b4_vector);
    const t_2_2: v128 = f32x4.abs(param_b3_vector);
    const t_2_3: v128 = f32x4.abs(param_b2_vector);
    const t_2_4: v128 = f32x4.abs(param_b1_vector);
    const t_2_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_2_1, t_2_0), t_2_2), t_2_0), t_2_3), t_2_0), t_2_4))));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_2), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_2), param_a4_vector), input_x_2), param_a3_vector), input_x_2), param_a2_vector), input_x_2), param_a1_vector), input_x_2), param_a0_vector), t_2_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_2_1), t_2_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_2_2)), t_2_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_2_3)), t_2_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_2_4)))))), t_2_5)), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.abs(input_x_3);
    const t_3_1: v128 = f32x4.abs(param_b4_vector);
    const t_3_2: v128 = f32x4.abs(param_b3_vector);
    const t_3_3: v128 = f32x4.abs(param_b2_vector);
    const t_3_4: v128 = f32x4.abs(param_b1_vector);
    const t_3_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_3_1, t_3_0), t_3_2), t_3_0), t_3_3), t_3_0), t_3_4))));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_3), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_3), param_a4_vector), input_x_3), param_a3_vector), input_x_3), param_a2_vector), input_x_3), param_a1_vector), input_x_3), param_a0_vector), t_3_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_3_1), t_3_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_3_2)), t_3_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_3_3)), t_3_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_3_4)))))), t_3_5)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.abs(input_x_0);
    const t_0_1: v128 = f32x4.abs(param_b4_vector);
    const t_0_2: v128 = f32x4.abs(param_b3_vector);
    const t_0_3: v128 = f32x4.abs(param_b2_vector);
    const t_0_4: v128 = f32x4.abs(param_b1_vector);
    const t_0_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_0_1, t_0_0), t_0_2), t_0_0), t_0_3), t_0_0), t_0_4))));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), t_0_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_0_1), t_0_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_0_2)), t_0_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_0_3)), t_0_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_0_4)))))), t_0_5)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = abs<f32>(input_x_s);
    const t_s_1: f32 = abs<f32>(param_b4);
    const t_s_2: f32 = abs<f32>(param_b3);
    const t_s_3: f32 = abs<f32>(param_b2);
    const t_s_4: f32 = abs<f32>(param_b1);
    const t_s_5: f32 = (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((t_s_1 * t_s_0) + t_s_2) * t_s_0) + t_s_3) * t_s_0) + t_s_4))));
    store<f32>(out + column, (input_dy_s * (((((((((((<f32>(5.0) * param_a5) * input_x_s) + (<f32>(4.0) * param_a4)) * input_x_s) + (<f32>(3.0) * param_a3)) * input_x_s) + (<f32>(2.0) * param_a2)) * input_x_s) + (<f32>(1.0) * param_a1)) + (-((((((((((((param_a5 * input_x_s) + param_a4) * input_x_s) + param_a3) * input_x_s) + param_a2) * input_x_s) + param_a1) * input_x_s) + param_a0) * t_s_5) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (input_x_s < <f32>(0.0))), (input_x_s > <f32>(0.0))) * (((((((<f32>(4.0) * t_s_1) * t_s_0) + (<f32>(3.0) * t_s_2)) * t_s_0) + (<f32>(2.0) * t_s_3)) * t_s_0) + (<f32>(1.0) * t_s_4)))))) * t_s_5)));
  }
}

export function rational_version_a_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1)))))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2)))))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      store<f32>(out_row + column, (((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s)))))));
    }
  }
}

export function rational_version_a_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.abs(param_b4_0);
      const t_0_2: v128 = f32x4.abs(param_b3_0);
      const t_0_3: v128 = f32x4.abs(param_b2_0);
      const t_0_4: v128 = f32x4.abs(param_b1_0);
      const t_0_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_0_1, t_0_0), t_0_2), t_0_0), t_0_3), t_0_0), t_0_4))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_0), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_0)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_0_1), t_0_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_0_2)), t_0_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_0_3)), t_0_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_0_4)))))), t_0_5)));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.abs(param_b4_1);
      const t_1_2: v128 = f32x4.abs(param_b3_1);
      const t_1_3: v128 = f32x4.abs(param_b2_1);
      const t_1_4: v128 = f32x4.abs(param_b1_1);
      const t_1_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_1_1, t_1_0), t_1_2), t_1_0), t_1_3), t_1_0), t_1_4))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_1), input_x_1), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_1)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_1, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_1_1), t_1_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_1_2)), t_1_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_1_3)), t_1_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_1_4)))))), t_1_5)), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.abs(param_b4_2);
      const t_2_2: v128 = f32x4.abs(param_b3_2);
      const t_2_3: v128 = f32x4.abs(param_b2_2);
      const t_2_4: v128 = f32x4.abs(param_b1_2);
      const t_2_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_2_1, t_2_0), t_2_2), t_2_0), t_2_3), t_2_0), t_2_4))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_2), input_x_2), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_2)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_2, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_2_1), t_2_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_2_2)), t_2_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_2_3)), t_2_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_2_4)))))), t_2_5)), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.abs(param_b4_3);
      const t_3_2: v128 = f32x4.abs(param_b3_3);
      const t_3_3: v128 = f32x4.abs(param_b2_3);
      const t_3_4: v128 = f32x4.abs(param_b1_3);
      const t_3_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_3_1, t_3_0), t_3_2), t_3_0), t_3_3), t_3_0), t_3_4))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_3), input_x_3), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_3)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_3, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_3_1), t_3_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_3_2)), t_3_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_3_3)), t_3_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_3_4)))))), t_3_5)), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.abs(param_b4_0);
      const t_0_2: v128 = f32x4.abs(param_b3_0);
      const t_0_3: v128 = f32x4.abs(param_b2_0);
      const t_0_4: v128 = f32x4.abs(param_b1_0);
      const t_0_5: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(t_0_1, t_0_0), t_0_2), t_0_0), t_0_3), t_0_0), t_0_4))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_0), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_0)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_5), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(input_x_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), t_0_1), t_0_0), f32x4.mul(f32x4.splat(<f32>(3.0)), t_0_2)), t_0_0), f32x4.mul(f32x4.splat(<f32>(2.0)), t_0_3)), t_0_0), f32x4.mul(f32x4.splat(<f32>(1.0)), t_0_4)))))), t_0_5)));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: f32 = abs<f32>(param_b4_s);
      const t_s_2: f32 = abs<f32>(param_b3_s);
      const t_s_3: f32 = abs<f32>(param_b2_s);
      const t_s_4: f32 = abs<f32>(param_b1_s);
      const t_s_5: f32 = (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((t_s_1 * t_s_0) + t_s_2) * t_s_0) + t_s_3) * t_s_0) + t_s_4))));
      store<f32>(out_row + column, (input_dy_s * (((((((((((<f32>(5.0) * param_a5_s) * input_x_s) + (<f32>(4.0) * param_a4_s)) * input_x_s) + (<f32>(3.0) * param_a3_s)) * input_x_s) + (<f32>(2.0) * param_a2_s)) * input_x_s) + (<f32>(1.0) * param_a1_s)) + (-((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_5) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (input_x_s < <f32>(0.0))), (input_x_s > <f32>(0.0))) * (((((((<f32>(4.0) * t_s_1) * t_s_0) + (<f32>(3.0) * t_s_2)) * t_s_0) + (<f32>(2.0) * t_s_3)) * t_s_0) + (<f32>(1.0) * t_s_4)))))) * t_s_5)));
    }
  }
}

export function rational_version_a_grad_a0_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1)))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2)))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      store<f32>(out_row + column, (input_dy_s * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s)))))));
    }
  }
}

export function rational_version_a_grad_a1_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      store<f32>(out_row + column, (input_dy_s * (input_x_s * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s))))))));
    }
  }
}

export function rational_version_a_grad_a2_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(input_x_1, input_x_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(input_x_2, input_x_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(input_x_3, input_x_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      store<f32>(out_row + column, (input_dy_s * ((input_x_s * input_x_s) * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s))))))));
    }
  }
}

export function rational_version_a_grad_a3_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(f32x4.mul(input_x_1, input_x_1), input_x_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(f32x4.mul(input_x_2, input_x_2), input_x_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(f32x4.mul(input_x_3, input_x_3), input_x_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      store<f32>(out_row + column, (input_dy_s * (((input_x_s * input_x_s) * input_x_s) * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s))))))));
    }
  }
}

export function rational_version_a_grad_a4_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(f32x4.mul(input_x_1, input_x_1), f32x4.mul(input_x_1, input_x_1)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(f32x4.mul(input_x_2, input_x_2), f32x4.mul(input_x_2, input_x_2)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(f32x4.mul(input_x_3, input_x_3), f32x4.mul(input_x_3, input_x_3)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      store<f32>(out_row + column, (input_dy_s * (((input_x_s * input_x_s) * (input_x_s * input_x_s)) * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s))))))));
    }
  }
}

export function rational_version_a_grad_a5_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_1, input_x_1), f32x4.mul(input_x_1, input_x_1)), input_x_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_2, input_x_2), f32x4.mul(input_x_2, input_x_2)), input_x_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_3, input_x_3), f32x4.mul(input_x_3, input_x_3)), input_x_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      store<f32>(out_row + column, (input_dy_s * ((((input_x_s * input_x_s) * (input_x_s * input_x_s)) * input_x_s) * (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s))))))));
    }
  }
}

export function rational_version_a_grad_b1_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b1_0, f32x4.splat(<f32>(0.0)))), t_0_0)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b1_1, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b1_1, f32x4.splat(<f32>(0.0)))), t_1_0)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2)))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b1_2, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b1_2, f32x4.splat(<f32>(0.0)))), t_2_0)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3)))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b1_3, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b1_3, f32x4.splat(<f32>(0.0)))), t_3_0)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b1_0, f32x4.splat(<f32>(0.0)))), t_0_0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s)))));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (param_b1_s < <f32>(0.0))), (param_b1_s > <f32>(0.0))) * t_s_0)))));
    }
  }
}

export function rational_version_a_grad_b2_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b2_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(t_0_0, t_0_0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b2_1, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b2_1, f32x4.splat(<f32>(0.0)))), f32x4.mul(t_1_0, t_1_0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2)))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b2_2, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b2_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(t_2_0, t_2_0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3)))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b2_3, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b2_3, f32x4.splat(<f32>(0.0)))), f32x4.mul(t_3_0, t_3_0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b2_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(t_0_0, t_0_0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s)))));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (param_b2_s < <f32>(0.0))), (param_b2_s > <f32>(0.0))) * (t_s_0 * t_s_0))))));
    }
  }
}

export function rational_version_a_grad_b3_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b3_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_0_0, t_0_0), t_0_0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b3_1, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b3_1, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_1_0, t_1_0), t_1_0))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2)))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b3_2, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b3_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_2_0, t_2_0), t_2_0))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3)))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b3_3, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b3_3, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_3_0, t_3_0), t_3_0))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b3_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_0_0, t_0_0), t_0_0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s)))));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (param_b3_s < <f32>(0.0))), (param_b3_s > <f32>(0.0))) * ((t_s_0 * t_s_0) * t_s_0))))));
    }
  }
}

export function rational_version_a_grad_b4_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b4_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b4_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_0_0, t_0_0), f32x4.mul(t_0_0, t_0_0)))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.abs(input_x_1);
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_1_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_1), t_1_0), f32x4.abs(param_b3_1)), t_1_0), f32x4.abs(param_b2_1)), t_1_0), f32x4.abs(param_b1_1)))));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b4_1, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b4_1, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_1_0, t_1_0), f32x4.mul(t_1_0, t_1_0)))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.abs(input_x_2);
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_2_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_2), t_2_0), f32x4.abs(param_b3_2)), t_2_0), f32x4.abs(param_b2_2)), t_2_0), f32x4.abs(param_b1_2)))));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b4_2, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b4_2, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_2_0, t_2_0), f32x4.mul(t_2_0, t_2_0)))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.abs(input_x_3);
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_3_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_3), t_3_0), f32x4.abs(param_b3_3)), t_3_0), f32x4.abs(param_b2_3)), t_3_0), f32x4.abs(param_b1_3)))));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b4_3, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b4_3, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_3_0, t_3_0), f32x4.mul(t_3_0, t_3_0)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.abs(input_x_0);
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.mul(t_0_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.abs(param_b4_0), t_0_0), f32x4.abs(param_b3_0)), t_0_0), f32x4.abs(param_b2_0)), t_0_0), f32x4.abs(param_b1_0)))));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(param_b4_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(param_b4_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(t_0_0, t_0_0), f32x4.mul(t_0_0, t_0_0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = abs<f32>(input_x_s);
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + (t_s_0 * ((((((abs<f32>(param_b4_s) * t_s_0) + abs<f32>(param_b3_s)) * t_s_0) + abs<f32>(param_b2_s)) * t_s_0) + abs<f32>(param_b1_s)))));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (param_b4_s < <f32>(0.0))), (param_b4_s > <f32>(0.0))) * ((t_s_0 * t_s_0) * (t_s_0 * t_s_0)))))));
    }
  }
}

export function rational_version_b_forward(out: usize, input_x: usize, n: i32, param_a5: f32, param_a4: f32, param_a3: f32, param_a2: f32, param_a1: f32, param_a0: f32, param_b4: f32, param_b3: f32, param_b2: f32, param_b1: f32): void {
  const param_a5_vector = f32x4.splat(param_a5);
  const param_a4_vector = f32x4.splat(param_a4);
  const param_a3_vector = f32x4.splat(param_a3);
  const param_a2_vector = f32x4.splat(param_a2);
  const param_a1_vector = f32x4.splat(param_a1);
  const param_a0_vector = f32x4.splat(param_a0);
  const param_b4_vector = f32x4.splat(param_b4);
  const param_b3_vector = f32x4.splat(param_b3);
  const param_b2_vector = f32x4.splat(param_b2);
  const param_b1_vector = f32x4.splat(param_b1);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_0), param_b3_vector), input_x_0), param_b2_vector), input_x_0), param_b1_vector)))))));
    const input_x_1 = v128.load(input_x + column, 16);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_1), param_a4_vector), input_x_1), param_a3_vector), input_x_1), param_a2_vector), input_x_1), param_a1_vector), input_x_1), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_1), param_b3_vector), input_x_1), param_b2_vector), input_x_1), param_b1_vector)))))), 16);
    const input_x_2 = v128.load(input_x + column, 32);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_2), param_a4_vector), input_x_2), param_a3_vector), input_x_2), param_a2_vector), input_x_2), param_a1_vector), input_x_2), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_2), param_b3_vector), input_x_2), param_b2_vector), input_x_2), param_b1_vector)))))), 32);
    const input_x_3 = v128.load(input_x + column, 48);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_3), param_a4_vector), input_x_3), param_a3_vector), input_x_3), param_a2_vector), input_x_3), param_a1_vector), input_x_3), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_3), param_b3_vector), input_x_3), param_b2_vector), input_x_3), param_b1_vector)))))), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_x_0 = v128.load(input_x + column);
    v128.store(out + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_0), param_b3_vector), input_x_0), param_b2_vector), input_x_0), param_b1_vector)))))));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_x_s = load<f32>(input_x + column);
    store<f32>(out + column, (((((((((((param_a5 * input_x_s) + param_a4) * input_x_s) + param_a3) * input_x_s) + param_a2) * input_x_s) + param_a1) * input_x_s) + param_a0) * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4 * input_x_s) + param_b3) * input_x_s) + param_b2) * input_x_s) + param_b1)))))));
  }
}

export function rational_version_b_grad(out: usize, input_dy: usize, input_x: usize, n: i32, param_a5: f32, param_a4: f32, param_a3: f32, param_a2: f32, param_a1: f32, param_a0: f32, param_b4: f32, param_b3: f32, param_b2: f32, param_b1: f32): void {
  const param_a5_vector = f32x4.splat(param_a5);
  const param_a4_vector = f32x4.splat(param_a4);
  const param_a3_vector = f32x4.splat(param_a3);
  const param_a2_vector = f32x4.splat(param_a2);
  const param_a1_vector = f32x4.splat(param_a1);
  const param_a0_vector = f32x4.splat(param_a0);
  const param_b4_vector = f32x4.splat(param_b4);
  const param_b3_vector = f32x4.splat(param_b3);
  const param_b2_vector = f32x4.splat(param_b2);
  const param_b1_vector = f32x4.splat(param_b1);
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_0), param_b3_vector), input_x_0), param_b2_vector), input_x_0), param_b1_vector));
    const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_vector), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_vector)))))), t_0_1)));
    const input_dy_1 = v128.load(input_dy + column, 16);
    const input_x_1 = v128.load(input_x + column, 16);
    const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_1), param_b3_vector), input_x_1), param_b2_vector), input_x_1), param_b1_vector));
    const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_1_0)));
    v128.store(out + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_1), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_1), param_a4_vector), input_x_1), param_a3_vector), input_x_1), param_a2_vector), input_x_1), param_a1_vector), input_x_1), param_a0_vector), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_vector), input_x_1), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_vector)), input_x_1), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_vector)))))), t_1_1)), 16);
    const input_dy_2 = v128.load(input_dy + column, 32);
    const input_x_2 = v128.load(input_x + column, 32);
    const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_2), param_b3_vector), input_x_2), param_b2_vector), input_x_2), param_b1_vector));
    const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_2_0)));
    v128.store(out + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_2), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_2), param_a4_vector), input_x_2), param_a3_vector), input_x_2), param_a2_vector), input_x_2), param_a1_vector), input_x_2), param_a0_vector), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_vector), input_x_2), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_vector)), input_x_2), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_vector)))))), t_2_1)), 32);
    const input_dy_3 = v128.load(input_dy + column, 48);
    const input_x_3 = v128.load(input_x + column, 48);
    const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_3), param_b3_vector), input_x_3), param_b2_vector), input_x_3), param_b1_vector));
    const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_3_0)));
    v128.store(out + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_3), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_3), param_a4_vector), input_x_3), param_a3_vector), input_x_3), param_a2_vector), input_x_3), param_a1_vector), input_x_3), param_a0_vector), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_vector), input_x_3), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_vector)), input_x_3), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_vector)))))), t_3_1)), 48);
  }
  for (; j + 4 <= n; j += 4) {
    const column = <usize>j << 2;
    const input_dy_0 = v128.load(input_dy + column);
    const input_x_0 = v128.load(input_x + column);
    const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_vector, input_x_0), param_b3_vector), input_x_0), param_b2_vector), input_x_0), param_b1_vector));
    const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
    v128.store(out + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_vector), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_vector)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_vector, input_x_0), param_a4_vector), input_x_0), param_a3_vector), input_x_0), param_a2_vector), input_x_0), param_a1_vector), input_x_0), param_a0_vector), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_vector), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_vector)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_vector)))))), t_0_1)));
  }
  for (; j < n; j++) {
    const column = <usize>j << 2;
    const input_dy_s = load<f32>(input_dy + column);
    const input_x_s = load<f32>(input_x + column);
    const t_s_0: f32 = (input_x_s * ((((((param_b4 * input_x_s) + param_b3) * input_x_s) + param_b2) * input_x_s) + param_b1));
    const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(t_s_0)));
    store<f32>(out + column, (input_dy_s * (((((((((((<f32>(5.0) * param_a5) * input_x_s) + (<f32>(4.0) * param_a4)) * input_x_s) + (<f32>(3.0) * param_a3)) * input_x_s) + (<f32>(2.0) * param_a2)) * input_x_s) + (<f32>(1.0) * param_a1)) + (-((((((((((((param_a5 * input_x_s) + param_a4) * input_x_s) + param_a3) * input_x_s) + param_a2) * input_x_s) + param_a1) * input_x_s) + param_a0) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (t_s_0 < <f32>(0.0))), (t_s_0 > <f32>(0.0))) * (((((((<f32>(4.0) * param_b4) * input_x_s) + (<f32>(3.0) * param_b3)) * input_x_s) + (<f32>(2.0) * param_b2)) * input_x_s) + (<f32>(1.0) * param_b1)))))) * t_s_1)));
  }
}

export function rational_version_b_forward_channel(out: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0)))))));
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1)))))), 16);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2)))))), 32);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      store<f32>(out_row + column, (((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s)))))));
    }
  }
}

export function rational_version_b_grad_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_0), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_0)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_0), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_0)))))), t_0_1)));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1));
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_1_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_1), input_x_1), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_1)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_1), input_x_1), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_1)), input_x_1), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_1)))))), t_1_1)), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2));
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_2_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_2), input_x_2), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_2)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_2), input_x_2), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_2)), input_x_2), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_2)))))), t_2_1)), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3));
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_3_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_3), input_x_3), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_3)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_3), input_x_3), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_3)), input_x_3), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_3)))))), t_3_1)), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.add(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(5.0)), param_a5_0), input_x_0), f32x4.mul(f32x4.splat(<f32>(4.0)), param_a4_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_a3_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_a2_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_a1_0)), f32x4.neg(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), param_b4_0), input_x_0), f32x4.mul(f32x4.splat(<f32>(3.0)), param_b3_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(2.0)), param_b2_0)), input_x_0), f32x4.mul(f32x4.splat(<f32>(1.0)), param_b1_0)))))), t_0_1)));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = (input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s));
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(t_s_0)));
      store<f32>(out_row + column, (input_dy_s * (((((((((((<f32>(5.0) * param_a5_s) * input_x_s) + (<f32>(4.0) * param_a4_s)) * input_x_s) + (<f32>(3.0) * param_a3_s)) * input_x_s) + (<f32>(2.0) * param_a2_s)) * input_x_s) + (<f32>(1.0) * param_a1_s)) + (-((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (t_s_0 < <f32>(0.0))), (t_s_0 > <f32>(0.0))) * (((((((<f32>(4.0) * param_b4_s) * input_x_s) + (<f32>(3.0) * param_b3_s)) * input_x_s) + (<f32>(2.0) * param_b2_s)) * input_x_s) + (<f32>(1.0) * param_b1_s)))))) * t_s_1)));
    }
  }
}

export function rational_version_b_grad_a0_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0)))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1)))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2)))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      store<f32>(out_row + column, (input_dy_s * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s)))))));
    }
  }
}

export function rational_version_b_grad_a1_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_x_1, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_x_2, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_x_3, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_x_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      store<f32>(out_row + column, (input_dy_s * (input_x_s * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s))))))));
    }
  }
}

export function rational_version_b_grad_a2_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(input_x_1, input_x_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(input_x_2, input_x_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(input_x_3, input_x_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      store<f32>(out_row + column, (input_dy_s * ((input_x_s * input_x_s) * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s))))))));
    }
  }
}

export function rational_version_b_grad_a3_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(f32x4.mul(input_x_1, input_x_1), input_x_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(f32x4.mul(input_x_2, input_x_2), input_x_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(f32x4.mul(input_x_3, input_x_3), input_x_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      store<f32>(out_row + column, (input_dy_s * (((input_x_s * input_x_s) * input_x_s) * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s))))))));
    }
  }
}

export function rational_version_b_grad_a4_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(f32x4.mul(input_x_1, input_x_1), f32x4.mul(input_x_1, input_x_1)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(f32x4.mul(input_x_2, input_x_2), f32x4.mul(input_x_2, input_x_2)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(f32x4.mul(input_x_3, input_x_3), f32x4.mul(input_x_3, input_x_3)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      store<f32>(out_row + column, (input_dy_s * (((input_x_s * input_x_s) * (input_x_s * input_x_s)) * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s))))))));
    }
  }
}

export function rational_version_b_grad_a5_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_1, input_x_1), f32x4.mul(input_x_1, input_x_1)), input_x_1), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1))))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_2, input_x_2), f32x4.mul(input_x_2, input_x_2)), input_x_2), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2))))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_3, input_x_3), f32x4.mul(input_x_3, input_x_3)), input_x_3), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3))))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)), input_x_0), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0))))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      store<f32>(out_row + column, (input_dy_s * ((((input_x_s * input_x_s) * (input_x_s * input_x_s)) * input_x_s) * (<f32>(1.0) / (<f32>(1.0) + abs<f32>((input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s))))))));
    }
  }
}

export function rational_version_b_grad_b1_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), input_x_0)))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1));
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_1_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)))), input_x_1)))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2));
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_2_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)))), input_x_2)))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3));
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_3_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)))), input_x_3)))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), input_x_0)))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = (input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s));
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(t_s_0)));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (t_s_0 < <f32>(0.0))), (t_s_0 > <f32>(0.0))) * input_x_s)))));
    }
  }
}

export function rational_version_b_grad_b2_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, input_x_0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1));
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_1_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_1, input_x_1))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2));
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_2_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_2, input_x_2))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3));
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_3_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_3, input_x_3))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(input_x_0, input_x_0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = (input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s));
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(t_s_0)));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (t_s_0 < <f32>(0.0))), (t_s_0 > <f32>(0.0))) * (input_x_s * input_x_s))))));
    }
  }
}

export function rational_version_b_grad_b3_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1));
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_1_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_1, input_x_1), input_x_1))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2));
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_2_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_2, input_x_2), input_x_2))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3));
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_3_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_3, input_x_3), input_x_3))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_0, input_x_0), input_x_0))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = (input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s));
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(t_s_0)));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (t_s_0 < <f32>(0.0))), (t_s_0 > <f32>(0.0))) * ((input_x_s * input_x_s) * input_x_s))))));
    }
  }
}

export function rational_version_b_grad_b4_channel(out: usize, input_dy: usize, input_x: usize, rows: i32, width: i32, param_a5: usize, param_a4: usize, param_a3: usize, param_a2: usize, param_a1: usize, param_a0: usize, param_b4: usize, param_b3: usize, param_b2: usize, param_b1: usize): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const out_row = out + offset;
    const input_dy_row = input_dy + offset;
    const input_x_row = input_x + offset;
    let j = 0;
    for (; j + 16 <= width; j += 16) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)))))));
      const input_dy_1 = v128.load(input_dy_row + column, 16);
      const input_x_1 = v128.load(input_x_row + column, 16);
      const param_a5_1 = v128.load(param_a5 + column, 16);
      const param_a4_1 = v128.load(param_a4 + column, 16);
      const param_a3_1 = v128.load(param_a3 + column, 16);
      const param_a2_1 = v128.load(param_a2 + column, 16);
      const param_a1_1 = v128.load(param_a1 + column, 16);
      const param_a0_1 = v128.load(param_a0 + column, 16);
      const param_b4_1 = v128.load(param_b4 + column, 16);
      const param_b3_1 = v128.load(param_b3 + column, 16);
      const param_b2_1 = v128.load(param_b2 + column, 16);
      const param_b1_1 = v128.load(param_b1 + column, 16);
      const t_1_0: v128 = f32x4.mul(input_x_1, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_1, input_x_1), param_b3_1), input_x_1), param_b2_1), input_x_1), param_b1_1));
      const t_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_1_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_1, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_1, input_x_1), param_a4_1), input_x_1), param_a3_1), input_x_1), param_a2_1), input_x_1), param_a1_1), input_x_1), param_a0_1), t_1_1), t_1_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_1, input_x_1), f32x4.mul(input_x_1, input_x_1)))))), 16);
      const input_dy_2 = v128.load(input_dy_row + column, 32);
      const input_x_2 = v128.load(input_x_row + column, 32);
      const param_a5_2 = v128.load(param_a5 + column, 32);
      const param_a4_2 = v128.load(param_a4 + column, 32);
      const param_a3_2 = v128.load(param_a3 + column, 32);
      const param_a2_2 = v128.load(param_a2 + column, 32);
      const param_a1_2 = v128.load(param_a1 + column, 32);
      const param_a0_2 = v128.load(param_a0 + column, 32);
      const param_b4_2 = v128.load(param_b4 + column, 32);
      const param_b3_2 = v128.load(param_b3 + column, 32);
      const param_b2_2 = v128.load(param_b2 + column, 32);
      const param_b1_2 = v128.load(param_b1 + column, 32);
      const t_2_0: v128 = f32x4.mul(input_x_2, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_2, input_x_2), param_b3_2), input_x_2), param_b2_2), input_x_2), param_b1_2));
      const t_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_2_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_2, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_2, input_x_2), param_a4_2), input_x_2), param_a3_2), input_x_2), param_a2_2), input_x_2), param_a1_2), input_x_2), param_a0_2), t_2_1), t_2_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_2, input_x_2), f32x4.mul(input_x_2, input_x_2)))))), 32);
      const input_dy_3 = v128.load(input_dy_row + column, 48);
      const input_x_3 = v128.load(input_x_row + column, 48);
      const param_a5_3 = v128.load(param_a5 + column, 48);
      const param_a4_3 = v128.load(param_a4 + column, 48);
      const param_a3_3 = v128.load(param_a3 + column, 48);
      const param_a2_3 = v128.load(param_a2 + column, 48);
      const param_a1_3 = v128.load(param_a1 + column, 48);
      const param_a0_3 = v128.load(param_a0 + column, 48);
      const param_b4_3 = v128.load(param_b4 + column, 48);
      const param_b3_3 = v128.load(param_b3 + column, 48);
      const param_b2_3 = v128.load(param_b2 + column, 48);
      const param_b1_3 = v128.load(param_b1 + column, 48);
      const t_3_0: v128 = f32x4.mul(input_x_3, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_3, input_x_3), param_b3_3), input_x_3), param_b2_3), input_x_3), param_b1_3));
      const t_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_3_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_3, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_3, input_x_3), param_a4_3), input_x_3), param_a3_3), input_x_3), param_a2_3), input_x_3), param_a1_3), input_x_3), param_a0_3), t_3_1), t_3_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_3, input_x_3), f32x4.mul(input_x_3, input_x_3)))))), 48);
    }
    for (; j + 4 <= width; j += 4) {
      const column = <usize>j << 2;
      const input_dy_0 = v128.load(input_dy_row + column);
      const input_x_0 = v128.load(input_x_row + column);
      const param_a5_0 = v128.load(param_a5 + column);
      const param_a4_0 = v128.load(param_a4 + column);
      const param_a3_0 = v128.load(param_a3 + column);
      const param_a2_0 = v128.load(param_a2 + column);
      const param_a1_0 = v128.load(param_a1 + column);
      const param_a0_0 = v128.load(param_a0 + column);
      const param_b4_0 = v128.load(param_b4 + column);
      const param_b3_0 = v128.load(param_b3 + column);
      const param_b2_0 = v128.load(param_b2 + column);
      const param_b1_0 = v128.load(param_b1 + column);
      const t_0_0: v128 = f32x4.mul(input_x_0, f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_b4_0, input_x_0), param_b3_0), input_x_0), param_b2_0), input_x_0), param_b1_0));
      const t_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.add(f32x4.splat(<f32>(1.0)), f32x4.abs(t_0_0)));
      v128.store(out_row + column, f32x4.mul(input_dy_0, f32x4.neg(f32x4.mul(f32x4.mul(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(param_a5_0, input_x_0), param_a4_0), input_x_0), param_a3_0), input_x_0), param_a2_0), input_x_0), param_a1_0), input_x_0), param_a0_0), t_0_1), t_0_1), f32x4.mul(v128.bitselect(f32x4.splat(<f32>(1.0)), v128.and(f32x4.splat(<f32>(-1.0)), f32x4.lt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)))), f32x4.mul(f32x4.mul(input_x_0, input_x_0), f32x4.mul(input_x_0, input_x_0)))))));
    }
    for (; j < width; j++) {
      const column = <usize>j << 2;
      const input_dy_s = load<f32>(input_dy_row + column);
      const input_x_s = load<f32>(input_x_row + column);
      const param_a5_s = load<f32>(param_a5 + column);
      const param_a4_s = load<f32>(param_a4 + column);
      const param_a3_s = load<f32>(param_a3 + column);
      const param_a2_s = load<f32>(param_a2 + column);
      const param_a1_s = load<f32>(param_a1 + column);
      const param_a0_s = load<f32>(param_a0 + column);
      const param_b4_s = load<f32>(param_b4 + column);
      const param_b3_s = load<f32>(param_b3 + column);
      const param_b2_s = load<f32>(param_b2 + column);
      const param_b1_s = load<f32>(param_b1 + column);
      const t_s_0: f32 = (input_x_s * ((((((param_b4_s * input_x_s) + param_b3_s) * input_x_s) + param_b2_s) * input_x_s) + param_b1_s));
      const t_s_1: f32 = (<f32>(1.0) / (<f32>(1.0) + abs<f32>(t_s_0)));
      store<f32>(out_row + column, (input_dy_s * (-(((((((((((((param_a5_s * input_x_s) + param_a4_s) * input_x_s) + param_a3_s) * input_x_s) + param_a2_s) * input_x_s) + param_a1_s) * input_x_s) + param_a0_s) * t_s_1) * t_s_1) * (select<f32>(<f32>(1.0), select<f32>(<f32>(-1.0), <f32>(0.0), (t_s_0 < <f32>(0.0))), (t_s_0 > <f32>(0.0))) * ((input_x_s * input_x_s) * (input_x_s * input_x_s)))))));
    }
  }
}

export function glu_glu_forward(out: usize, x: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const out_row = out + offset;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, sigmoidF32x4(input_b_0)));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_a_1, sigmoidF32x4(input_b_1)), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_a_2, sigmoidF32x4(input_b_2)), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_a_3, sigmoidF32x4(input_b_3)), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, sigmoidF32x4(input_b_0)));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      store<f32>(out_row + column, (input_a_s * sigmoidF32(input_b_s)));
    }
  }
}

export function glu_glu_grad(out: usize, x: usize, dy: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const dy_row = dy + offset;
    const out_a_row = out + 2 * offset;
    const out_b_row = out_a_row + halfBytes;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = sigmoidF32x4(input_b_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, t_0_0));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_a_0, f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0)))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      const input_dy_1 = v128.load(dy_row + column, 16);
      const t_1_0: v128 = sigmoidF32x4(input_b_1);
      v128.store(out_a_row + column, f32x4.mul(input_dy_1, t_1_0), 16);
      v128.store(out_b_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_a_1, f32x4.mul(t_1_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_1_0)))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      const input_dy_2 = v128.load(dy_row + column, 32);
      const t_2_0: v128 = sigmoidF32x4(input_b_2);
      v128.store(out_a_row + column, f32x4.mul(input_dy_2, t_2_0), 32);
      v128.store(out_b_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_a_2, f32x4.mul(t_2_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_2_0)))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      const input_dy_3 = v128.load(dy_row + column, 48);
      const t_3_0: v128 = sigmoidF32x4(input_b_3);
      v128.store(out_a_row + column, f32x4.mul(input_dy_3, t_3_0), 48);
      v128.store(out_b_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_a_3, f32x4.mul(t_3_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_3_0)))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = sigmoidF32x4(input_b_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, t_0_0));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_a_0, f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0)))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      const input_dy_s = load<f32>(dy_row + column);
      const t_s_0: f32 = sigmoidF32(input_b_s);
      store<f32>(out_a_row + column, (input_dy_s * t_s_0));
      store<f32>(out_b_row + column, (input_dy_s * (input_a_s * (t_s_0 * (<f32>(1.0) - t_s_0)))));
    }
  }
}

export function glu_gtu_forward(out: usize, x: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const out_row = out + offset;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(tanhF32x4(input_a_0), sigmoidF32x4(input_b_0)));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      v128.store(out_row + column, f32x4.mul(tanhF32x4(input_a_1), sigmoidF32x4(input_b_1)), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      v128.store(out_row + column, f32x4.mul(tanhF32x4(input_a_2), sigmoidF32x4(input_b_2)), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      v128.store(out_row + column, f32x4.mul(tanhF32x4(input_a_3), sigmoidF32x4(input_b_3)), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(tanhF32x4(input_a_0), sigmoidF32x4(input_b_0)));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      store<f32>(out_row + column, (tanhF32(input_a_s) * sigmoidF32(input_b_s)));
    }
  }
}

export function glu_gtu_grad(out: usize, x: usize, dy: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const dy_row = dy + offset;
    const out_a_row = out + 2 * offset;
    const out_b_row = out_a_row + halfBytes;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_a_0));
      const t_0_1: v128 = sigmoidF32x4(input_b_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0))), t_0_1)));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(tanhF32x4(input_a_0), f32x4.mul(t_0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_1)))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      const input_dy_1 = v128.load(dy_row + column, 16);
      const t_1_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_a_1));
      const t_1_1: v128 = sigmoidF32x4(input_b_1);
      v128.store(out_a_row + column, f32x4.mul(input_dy_1, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_1_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_1_0))), t_1_1)), 16);
      v128.store(out_b_row + column, f32x4.mul(input_dy_1, f32x4.mul(tanhF32x4(input_a_1), f32x4.mul(t_1_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_1_1)))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      const input_dy_2 = v128.load(dy_row + column, 32);
      const t_2_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_a_2));
      const t_2_1: v128 = sigmoidF32x4(input_b_2);
      v128.store(out_a_row + column, f32x4.mul(input_dy_2, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_2_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_2_0))), t_2_1)), 32);
      v128.store(out_b_row + column, f32x4.mul(input_dy_2, f32x4.mul(tanhF32x4(input_a_2), f32x4.mul(t_2_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_2_1)))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      const input_dy_3 = v128.load(dy_row + column, 48);
      const t_3_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_a_3));
      const t_3_1: v128 = sigmoidF32x4(input_b_3);
      v128.store(out_a_row + column, f32x4.mul(input_dy_3, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_3_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_3_0))), t_3_1)), 48);
      v128.store(out_b_row + column, f32x4.mul(input_dy_3, f32x4.mul(tanhF32x4(input_a_3), f32x4.mul(t_3_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_3_1)))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(2.0)), input_a_0));
      const t_0_1: v128 = sigmoidF32x4(input_b_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_0_0, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_0))), t_0_1)));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(tanhF32x4(input_a_0), f32x4.mul(t_0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_0_1)))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      const input_dy_s = load<f32>(dy_row + column);
      const t_s_0: f32 = sigmoidF32((<f32>(2.0) * input_a_s));
      const t_s_1: f32 = sigmoidF32(input_b_s);
      store<f32>(out_a_row + column, (input_dy_s * ((<f32>(4.0) * (t_s_0 * (<f32>(1.0) - t_s_0))) * t_s_1)));
      store<f32>(out_b_row + column, (input_dy_s * (tanhF32(input_a_s) * (t_s_1 * (<f32>(1.0) - t_s_1)))));
    }
  }
}

export function glu_reglu_forward(out: usize, x: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const out_row = out + offset;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, v128.and(input_b_0, f32x4.gt(input_b_0, f32x4.splat(<f32>(0.0))))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_a_1, v128.and(input_b_1, f32x4.gt(input_b_1, f32x4.splat(<f32>(0.0))))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_a_2, v128.and(input_b_2, f32x4.gt(input_b_2, f32x4.splat(<f32>(0.0))))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_a_3, v128.and(input_b_3, f32x4.gt(input_b_3, f32x4.splat(<f32>(0.0))))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, v128.and(input_b_0, f32x4.gt(input_b_0, f32x4.splat(<f32>(0.0))))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      store<f32>(out_row + column, (input_a_s * select<f32>(input_b_s, <f32>(0.0), (input_b_s > <f32>(0.0)))));
    }
  }
}

export function glu_reglu_grad(out: usize, x: usize, dy: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const dy_row = dy + offset;
    const out_a_row = out + 2 * offset;
    const out_b_row = out_a_row + halfBytes;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, v128.and(input_b_0, f32x4.gt(input_b_0, f32x4.splat(<f32>(0.0))))));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, v128.and(input_a_0, f32x4.gt(input_b_0, f32x4.splat(<f32>(0.0))))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      const input_dy_1 = v128.load(dy_row + column, 16);
      v128.store(out_a_row + column, f32x4.mul(input_dy_1, v128.and(input_b_1, f32x4.gt(input_b_1, f32x4.splat(<f32>(0.0))))), 16);
      v128.store(out_b_row + column, f32x4.mul(input_dy_1, v128.and(input_a_1, f32x4.gt(input_b_1, f32x4.splat(<f32>(0.0))))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      const input_dy_2 = v128.load(dy_row + column, 32);
      v128.store(out_a_row + column, f32x4.mul(input_dy_2, v128.and(input_b_2, f32x4.gt(input_b_2, f32x4.splat(<f32>(0.0))))), 32);
      v128.store(out_b_row + column, f32x4.mul(input_dy_2, v128.and(input_a_2, f32x4.gt(input_b_2, f32x4.splat(<f32>(0.0))))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      const input_dy_3 = v128.load(dy_row + column, 48);
      v128.store(out_a_row + column, f32x4.mul(input_dy_3, v128.and(input_b_3, f32x4.gt(input_b_3, f32x4.splat(<f32>(0.0))))), 48);
      v128.store(out_b_row + column, f32x4.mul(input_dy_3, v128.and(input_a_3, f32x4.gt(input_b_3, f32x4.splat(<f32>(0.0))))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, v128.and(input_b_0, f32x4.gt(input_b_0, f32x4.splat(<f32>(0.0))))));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, v128.and(input_a_0, f32x4.gt(input_b_0, f32x4.splat(<f32>(0.0))))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      const input_dy_s = load<f32>(dy_row + column);
      store<f32>(out_a_row + column, (input_dy_s * select<f32>(input_b_s, <f32>(0.0), (input_b_s > <f32>(0.0)))));
      store<f32>(out_b_row + column, (input_dy_s * select<f32>(input_a_s, <f32>(0.0), (input_b_s > <f32>(0.0)))));
    }
  }
}

export function glu_geglu_forward(out: usize, x: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const out_row = out + offset;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, v128.andnot(f32x4.mul(input_b_0, normalCdfF32x4(f32x4.mul(input_b_0, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_b_0, f32x4.splat(<f32>(-40.0))))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_a_1, v128.andnot(f32x4.mul(input_b_1, normalCdfF32x4(f32x4.mul(input_b_1, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_b_1, f32x4.splat(<f32>(-40.0))))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_a_2, v128.andnot(f32x4.mul(input_b_2, normalCdfF32x4(f32x4.mul(input_b_2, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_b_2, f32x4.splat(<f32>(-40.0))))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_a_3, v128.andnot(f32x4.mul(input_b_3, normalCdfF32x4(f32x4.mul(input_b_3, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_b_3, f32x4.splat(<f32>(-40.0))))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, v128.andnot(f32x4.mul(input_b_0, normalCdfF32x4(f32x4.mul(input_b_0, f32x4.splat(<f32>(0.7071067811865476))))), f32x4.lt(input_b_0, f32x4.splat(<f32>(-40.0))))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      store<f32>(out_row + column, (input_a_s * select<f32>(<f32>(0.0), (input_b_s * normalCdfF32((input_b_s * <f32>(0.7071067811865476)))), (input_b_s < <f32>(-40.0)))));
    }
  }
}

export function glu_geglu_grad(out: usize, x: usize, dy: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const dy_row = dy + offset;
    const out_a_row = out + 2 * offset;
    const out_b_row = out_a_row + halfBytes;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = f32x4.mul(input_b_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_1: v128 = expNegSquareF32x4(t_0_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(input_b_0, normalCdfWithF32x4(t_0_0, t_0_1)), f32x4.lt(input_b_0, f32x4.splat(<f32>(-40.0))))));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_a_0, f32x4.add(normalCdfWithF32x4(f32x4.mul(input_b_0, f32x4.splat(<f32>(0.7071067811865476))), t_0_1), f32x4.mul(input_b_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1))))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      const input_dy_1 = v128.load(dy_row + column, 16);
      const t_1_0: v128 = f32x4.mul(input_b_1, f32x4.splat(<f32>(0.7071067811865476)));
      const t_1_1: v128 = expNegSquareF32x4(t_1_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.mul(input_b_1, normalCdfWithF32x4(t_1_0, t_1_1)), f32x4.lt(input_b_1, f32x4.splat(<f32>(-40.0))))), 16);
      v128.store(out_b_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_a_1, f32x4.add(normalCdfWithF32x4(f32x4.mul(input_b_1, f32x4.splat(<f32>(0.7071067811865476))), t_1_1), f32x4.mul(input_b_1, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_1_1))))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      const input_dy_2 = v128.load(dy_row + column, 32);
      const t_2_0: v128 = f32x4.mul(input_b_2, f32x4.splat(<f32>(0.7071067811865476)));
      const t_2_1: v128 = expNegSquareF32x4(t_2_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.mul(input_b_2, normalCdfWithF32x4(t_2_0, t_2_1)), f32x4.lt(input_b_2, f32x4.splat(<f32>(-40.0))))), 32);
      v128.store(out_b_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_a_2, f32x4.add(normalCdfWithF32x4(f32x4.mul(input_b_2, f32x4.splat(<f32>(0.7071067811865476))), t_2_1), f32x4.mul(input_b_2, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_2_1))))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      const input_dy_3 = v128.load(dy_row + column, 48);
      const t_3_0: v128 = f32x4.mul(input_b_3, f32x4.splat(<f32>(0.7071067811865476)));
      const t_3_1: v128 = expNegSquareF32x4(t_3_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.mul(input_b_3, normalCdfWithF32x4(t_3_0, t_3_1)), f32x4.lt(input_b_3, f32x4.splat(<f32>(-40.0))))), 48);
      v128.store(out_b_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_a_3, f32x4.add(normalCdfWithF32x4(f32x4.mul(input_b_3, f32x4.splat(<f32>(0.7071067811865476))), t_3_1), f32x4.mul(input_b_3, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_3_1))))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = f32x4.mul(input_b_0, f32x4.splat(<f32>(0.7071067811865476)));
      const t_0_1: v128 = expNegSquareF32x4(t_0_0);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(input_b_0, normalCdfWithF32x4(t_0_0, t_0_1)), f32x4.lt(input_b_0, f32x4.splat(<f32>(-40.0))))));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_a_0, f32x4.add(normalCdfWithF32x4(f32x4.mul(input_b_0, f32x4.splat(<f32>(0.7071067811865476))), t_0_1), f32x4.mul(input_b_0, f32x4.mul(f32x4.splat(<f32>(0.3989422804014327)), t_0_1))))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      const input_dy_s = load<f32>(dy_row + column);
      const t_s_0: f32 = (input_b_s * <f32>(0.7071067811865476));
      const t_s_1: f32 = expNegSquareF32(t_s_0);
      store<f32>(out_a_row + column, (input_dy_s * select<f32>(<f32>(0.0), (input_b_s * normalCdfWithF32(t_s_0, t_s_1)), (input_b_s < <f32>(-40.0)))));
      store<f32>(out_b_row + column, (input_dy_s * (input_a_s * (normalCdfWithF32((input_b_s * <f32>(0.7071067811865476)), t_s_1) + (input_b_s * (<f32>(0.3989422804014327) * t_s_1))))));
    }
  }
}

export function glu_swiglu_forward(out: usize, x: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const out_row = out + offset;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, v128.andnot(f32x4.mul(input_b_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0))), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0), f32x4.splat(<f32>(-100.0))))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_a_1, v128.andnot(f32x4.mul(input_b_1, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_1))), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_1), f32x4.splat(<f32>(-100.0))))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_a_2, v128.andnot(f32x4.mul(input_b_2, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_2))), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_2), f32x4.splat(<f32>(-100.0))))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_a_3, v128.andnot(f32x4.mul(input_b_3, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_3))), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_3), f32x4.splat(<f32>(-100.0))))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, v128.andnot(f32x4.mul(input_b_0, sigmoidF32x4(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0))), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0), f32x4.splat(<f32>(-100.0))))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      store<f32>(out_row + column, (input_a_s * select<f32>(<f32>(0.0), (input_b_s * sigmoidF32((<f32>(1.0) * input_b_s))), ((<f32>(1.0) * input_b_s) < <f32>(-100.0)))));
    }
  }
}

export function glu_swiglu_grad(out: usize, x: usize, dy: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const dy_row = dy + offset;
    const out_a_row = out + 2 * offset;
    const out_b_row = out_a_row + halfBytes;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = f32x4.abs(t_0_0);
      const t_0_3: v128 = f32x4.neg(t_0_2);
      const t_0_4: v128 = expBoundedF32x4(t_0_3);
      const t_0_5: v128 = v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_4, t_0_1);
      const t_0_6: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), t_0_4);
      const t_0_7: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), t_0_6);
      const t_0_8: v128 = f32x4.mul(t_0_5, t_0_7);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(input_b_0, t_0_8), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0), f32x4.splat(<f32>(-100.0))))));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_a_0, f32x4.add(t_0_8, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0), f32x4.mul(t_0_8, f32x4.mul(v128.bitselect(t_0_4, f32x4.splat(<f32>(1.0)), t_0_1), t_0_7)))))));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      const input_dy_1 = v128.load(dy_row + column, 16);
      const t_1_0: v128 = f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_1);
      const t_1_1: v128 = f32x4.gt(t_1_0, f32x4.splat(<f32>(0.0)));
      const t_1_2: v128 = f32x4.abs(t_1_0);
      const t_1_3: v128 = f32x4.neg(t_1_2);
      const t_1_4: v128 = expBoundedF32x4(t_1_3);
      const t_1_5: v128 = v128.bitselect(f32x4.splat(<f32>(1.0)), t_1_4, t_1_1);
      const t_1_6: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), t_1_4);
      const t_1_7: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), t_1_6);
      const t_1_8: v128 = f32x4.mul(t_1_5, t_1_7);
      v128.store(out_a_row + column, f32x4.mul(input_dy_1, v128.andnot(f32x4.mul(input_b_1, t_1_8), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_1), f32x4.splat(<f32>(-100.0))))), 16);
      v128.store(out_b_row + column, f32x4.mul(input_dy_1, f32x4.mul(input_a_1, f32x4.add(t_1_8, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_1), f32x4.mul(t_1_8, f32x4.mul(v128.bitselect(t_1_4, f32x4.splat(<f32>(1.0)), t_1_1), t_1_7)))))), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      const input_dy_2 = v128.load(dy_row + column, 32);
      const t_2_0: v128 = f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_2);
      const t_2_1: v128 = f32x4.gt(t_2_0, f32x4.splat(<f32>(0.0)));
      const t_2_2: v128 = f32x4.abs(t_2_0);
      const t_2_3: v128 = f32x4.neg(t_2_2);
      const t_2_4: v128 = expBoundedF32x4(t_2_3);
      const t_2_5: v128 = v128.bitselect(f32x4.splat(<f32>(1.0)), t_2_4, t_2_1);
      const t_2_6: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), t_2_4);
      const t_2_7: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), t_2_6);
      const t_2_8: v128 = f32x4.mul(t_2_5, t_2_7);
      v128.store(out_a_row + column, f32x4.mul(input_dy_2, v128.andnot(f32x4.mul(input_b_2, t_2_8), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_2), f32x4.splat(<f32>(-100.0))))), 32);
      v128.store(out_b_row + column, f32x4.mul(input_dy_2, f32x4.mul(input_a_2, f32x4.add(t_2_8, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_2), f32x4.mul(t_2_8, f32x4.mul(v128.bitselect(t_2_4, f32x4.splat(<f32>(1.0)), t_2_1), t_2_7)))))), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      const input_dy_3 = v128.load(dy_row + column, 48);
      const t_3_0: v128 = f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_3);
      const t_3_1: v128 = f32x4.gt(t_3_0, f32x4.splat(<f32>(0.0)));
      const t_3_2: v128 = f32x4.abs(t_3_0);
      const t_3_3: v128 = f32x4.neg(t_3_2);
      const t_3_4: v128 = expBoundedF32x4(t_3_3);
      const t_3_5: v128 = v128.bitselect(f32x4.splat(<f32>(1.0)), t_3_4, t_3_1);
      const t_3_6: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), t_3_4);
      const t_3_7: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), t_3_6);
      const t_3_8: v128 = f32x4.mul(t_3_5, t_3_7);
      v128.store(out_a_row + column, f32x4.mul(input_dy_3, v128.andnot(f32x4.mul(input_b_3, t_3_8), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_3), f32x4.splat(<f32>(-100.0))))), 48);
      v128.store(out_b_row + column, f32x4.mul(input_dy_3, f32x4.mul(input_a_3, f32x4.add(t_3_8, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_3), f32x4.mul(t_3_8, f32x4.mul(v128.bitselect(t_3_4, f32x4.splat(<f32>(1.0)), t_3_1), t_3_7)))))), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      const t_0_0: v128 = f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0);
      const t_0_1: v128 = f32x4.gt(t_0_0, f32x4.splat(<f32>(0.0)));
      const t_0_2: v128 = f32x4.abs(t_0_0);
      const t_0_3: v128 = f32x4.neg(t_0_2);
      const t_0_4: v128 = expBoundedF32x4(t_0_3);
      const t_0_5: v128 = v128.bitselect(f32x4.splat(<f32>(1.0)), t_0_4, t_0_1);
      const t_0_6: v128 = f32x4.add(f32x4.splat(<f32>(1.0)), t_0_4);
      const t_0_7: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), t_0_6);
      const t_0_8: v128 = f32x4.mul(t_0_5, t_0_7);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, v128.andnot(f32x4.mul(input_b_0, t_0_8), f32x4.lt(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0), f32x4.splat(<f32>(-100.0))))));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, f32x4.mul(input_a_0, f32x4.add(t_0_8, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(1.0)), input_b_0), f32x4.mul(t_0_8, f32x4.mul(v128.bitselect(t_0_4, f32x4.splat(<f32>(1.0)), t_0_1), t_0_7)))))));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      const input_dy_s = load<f32>(dy_row + column);
      const t_s_0: f32 = (<f32>(1.0) * input_b_s);
      const t_s_1: bool = (t_s_0 > <f32>(0.0));
      const t_s_2: f32 = abs<f32>(t_s_0);
      const t_s_3: f32 = (-t_s_2);
      const t_s_4: f32 = expBoundedF32(t_s_3);
      const t_s_5: f32 = select<f32>(<f32>(1.0), t_s_4, t_s_1);
      const t_s_6: f32 = (<f32>(1.0) + t_s_4);
      const t_s_7: f32 = (<f32>(1.0) / t_s_6);
      const t_s_8: f32 = (t_s_5 * t_s_7);
      store<f32>(out_a_row + column, (input_dy_s * select<f32>(<f32>(0.0), (input_b_s * t_s_8), ((<f32>(1.0) * input_b_s) < <f32>(-100.0)))));
      store<f32>(out_b_row + column, (input_dy_s * (input_a_s * (t_s_8 + ((<f32>(1.0) * input_b_s) * (t_s_8 * (select<f32>(t_s_4, <f32>(1.0), t_s_1) * t_s_7)))))));
    }
  }
}

export function glu_bilinear_forward(out: usize, x: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const out_row = out + offset;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, input_b_0));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      v128.store(out_row + column, f32x4.mul(input_a_1, input_b_1), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      v128.store(out_row + column, f32x4.mul(input_a_2, input_b_2), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      v128.store(out_row + column, f32x4.mul(input_a_3, input_b_3), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      v128.store(out_row + column, f32x4.mul(input_a_0, input_b_0));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      store<f32>(out_row + column, (input_a_s * input_b_s));
    }
  }
}

export function glu_bilinear_grad(out: usize, x: usize, dy: usize, rows: i32, half: i32): void {
  const halfBytes = <usize>half << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * halfBytes;
    const a_row = x + 2 * offset;
    const b_row = a_row + halfBytes;
    const dy_row = dy + offset;
    const out_a_row = out + 2 * offset;
    const out_b_row = out_a_row + halfBytes;
    let j = 0;
    for (; j + 16 <= half; j += 16) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, input_b_0));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, input_a_0));
      const input_a_1 = v128.load(a_row + column, 16);
      const input_b_1 = v128.load(b_row + column, 16);
      const input_dy_1 = v128.load(dy_row + column, 16);
      v128.store(out_a_row + column, f32x4.mul(input_dy_1, input_b_1), 16);
      v128.store(out_b_row + column, f32x4.mul(input_dy_1, input_a_1), 16);
      const input_a_2 = v128.load(a_row + column, 32);
      const input_b_2 = v128.load(b_row + column, 32);
      const input_dy_2 = v128.load(dy_row + column, 32);
      v128.store(out_a_row + column, f32x4.mul(input_dy_2, input_b_2), 32);
      v128.store(out_b_row + column, f32x4.mul(input_dy_2, input_a_2), 32);
      const input_a_3 = v128.load(a_row + column, 48);
      const input_b_3 = v128.load(b_row + column, 48);
      const input_dy_3 = v128.load(dy_row + column, 48);
      v128.store(out_a_row + column, f32x4.mul(input_dy_3, input_b_3), 48);
      v128.store(out_b_row + column, f32x4.mul(input_dy_3, input_a_3), 48);
    }
    for (; j + 4 <= half; j += 4) {
      const column = <usize>j << 2;
      const input_a_0 = v128.load(a_row + column);
      const input_b_0 = v128.load(b_row + column);
      const input_dy_0 = v128.load(dy_row + column);
      v128.store(out_a_row + column, f32x4.mul(input_dy_0, input_b_0));
      v128.store(out_b_row + column, f32x4.mul(input_dy_0, input_a_0));
    }
    for (; j < half; j++) {
      const column = <usize>j << 2;
      const input_a_s = load<f32>(a_row + column);
      const input_b_s = load<f32>(b_row + column);
      const input_dy_s = load<f32>(dy_row + column);
      store<f32>(out_a_row + column, (input_dy_s * input_b_s));
      store<f32>(out_b_row + column, (input_dy_s * input_a_s));
    }
  }
}

export function softmax_forward(out0: usize, e_x: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_l1_1, g_hoisted0_1));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_l1_2, g_hoisted0_2));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_l1_3, g_hoisted0_3));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))));
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))));
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_0);
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_1 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_1);
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_2 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_2);
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_3 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_3);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1)), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2)), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3)), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_0);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_p1_row16, g_hoisted0_v));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_p1_row32, g_hoisted0_v));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_p1_row48, g_hoisted0_v));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, (e_x_p1_scalar0 * g_hoisted0));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          const stash_p2_row0 = expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v)));
          v128.store(out0 + row + column, stash_p2_row0);
          acc2_0_0 = f32x4.add(acc2_0_0, stash_p2_row0);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          const stash_p2_row16 = expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v)));
          v128.store(out0 + row + column, stash_p2_row16, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, stash_p2_row16);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          const stash_p2_row32 = expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v)));
          v128.store(out0 + row + column, stash_p2_row32, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, stash_p2_row32);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          const stash_p2_row48 = expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v)));
          v128.store(out0 + row + column, stash_p2_row48, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, stash_p2_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          const stash_p2_row0 = expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v)));
          v128.store(out0 + row + column, stash_p2_row0);
          acc2_0_0 = f32x4.add(acc2_0_0, stash_p2_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          const stash_p2_scalar0 = expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0)));
          store<f32>(out0 + row + column, stash_p2_scalar0);
          acc2_0_s = acc2_0_s + stash_p2_scalar0;
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (<f32>(1.0) / g_lseSum);
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const stash_o_row0 = v128.load(out0 + row + column);
          v128.store(out0 + row + column, f32x4.mul(stash_o_row0, g_hoisted3_v));
          const stash_o_row16 = v128.load(out0 + row + column, 16);
          v128.store(out0 + row + column, f32x4.mul(stash_o_row16, g_hoisted3_v), 16);
          const stash_o_row32 = v128.load(out0 + row + column, 32);
          v128.store(out0 + row + column, f32x4.mul(stash_o_row32, g_hoisted3_v), 32);
          const stash_o_row48 = v128.load(out0 + row + column, 48);
          v128.store(out0 + row + column, f32x4.mul(stash_o_row48, g_hoisted3_v), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const stash_o_row0 = v128.load(out0 + row + column);
          v128.store(out0 + row + column, f32x4.mul(stash_o_row0, g_hoisted3_v));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const stash_o_scalar0 = load<f32>(out0 + row + column);
          store<f32>(out0 + row + column, (stash_o_scalar0 * g_hoisted3));
        }
      }
    }
  }
}

export function softmax_backward(out0: usize, e_dy: usize, e_x: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_l1_1, g_hoisted0_1));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_l1_2, g_hoisted0_2));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_l1_3, g_hoisted0_3));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))));
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))));
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        let acc3_0_1 = f32x4.splat(<f32>(0.0));
        let acc3_0_2 = f32x4.splat(<f32>(0.0));
        let acc3_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          const e_x_l3_0 = v128.load(e_x + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), f32x4.splat(<f32>(-1.0)))));
          const e_dy_l3_1 = v128.load(e_dy + row, 16);
          const e_x_l3_1 = v128.load(e_x + row, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_l3_1, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1)), f32x4.splat(<f32>(-1.0)))));
          const e_dy_l3_2 = v128.load(e_dy + row, 32);
          const e_x_l3_2 = v128.load(e_x + row, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_l3_2, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2)), f32x4.splat(<f32>(-1.0)))));
          const e_dy_l3_3 = v128.load(e_dy + row, 48);
          const e_x_l3_3 = v128.load(e_x + row, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_l3_3, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3)), f32x4.splat(<f32>(-1.0)))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_1 = within == 1 ? acc3_0_1 : f32x4.splat(f32x4.extract_lane(acc3_0_1, 0) + f32x4.extract_lane(acc3_0_1, 1) + f32x4.extract_lane(acc3_0_1, 2) + f32x4.extract_lane(acc3_0_1, 3));
        const g_hoisted3_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_2 = within == 1 ? acc3_0_2 : f32x4.splat(f32x4.extract_lane(acc3_0_2, 0) + f32x4.extract_lane(acc3_0_2, 1) + f32x4.extract_lane(acc3_0_2, 2) + f32x4.extract_lane(acc3_0_2, 3));
        const g_hoisted3_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_3 = within == 1 ? acc3_0_3 : f32x4.splat(f32x4.extract_lane(acc3_0_3, 0) + f32x4.extract_lane(acc3_0_3, 1) + f32x4.extract_lane(acc3_0_3, 2) + f32x4.extract_lane(acc3_0_3, 3));
        const g_hoisted3_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.mul(e_x_lo_0, g_hoisted3_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_0, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0)), f32x4.mul(g_lseGradient_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_0, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const t_lo_1_0: v128 = f32x4.mul(e_x_lo_1, g_hoisted3_1);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_1_0, g_lseMax_1), g_lseLogsum_1)), g_hoisted3_1)), f32x4.mul(g_lseGradient_1, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_1_0, g_lseMax_1), g_lseLogsum_1)), g_hoisted3_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const t_lo_2_0: v128 = f32x4.mul(e_x_lo_2, g_hoisted3_2);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_2_0, g_lseMax_2), g_lseLogsum_2)), g_hoisted3_2)), f32x4.mul(g_lseGradient_2, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_2_0, g_lseMax_2), g_lseLogsum_2)), g_hoisted3_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const t_lo_3_0: v128 = f32x4.mul(e_x_lo_3, g_hoisted3_3);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_3_0, g_lseMax_3), g_lseLogsum_3)), g_hoisted3_3)), f32x4.mul(g_lseGradient_3, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_3_0, g_lseMax_3), g_lseLogsum_3)), g_hoisted3_3))), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          const e_x_l3_0 = v128.load(e_x + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), f32x4.splat(<f32>(-1.0)))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.mul(e_x_lo_0, g_hoisted3_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_0, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0)), f32x4.mul(g_lseGradient_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_0, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_p1_row16, g_hoisted0_v));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_p1_row32, g_hoisted0_v));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_p1_row48, g_hoisted0_v));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, (e_x_p1_scalar0 * g_hoisted0));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0)));
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      let acc3_0_0 = f32x4.splat(<f32>(0.0));
      let acc3_0_1 = f32x4.splat(<f32>(0.0));
      let acc3_0_2 = f32x4.splat(<f32>(0.0));
      let acc3_0_3 = f32x4.splat(<f32>(0.0));
      let acc3_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          const e_x_p3_row0 = v128.load(e_x + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0)))));
          const e_dy_p3_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p3_row16 = v128.load(e_x + row + column, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_p3_row16, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row16, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0)))));
          const e_dy_p3_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p3_row32 = v128.load(e_x + row + column, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_p3_row32, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row32, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0)))));
          const e_dy_p3_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p3_row48 = v128.load(e_x + row + column, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_p3_row48, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row48, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          const e_x_p3_row0 = v128.load(e_x + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p3_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p3_scalar0 = load<f32>(e_x + row + column);
          acc3_0_s = acc3_0_s + (e_dy_p3_scalar0 * (expF32((((e_x_p3_scalar0 * g_hoisted2) - g_lseMax) - g_lseLogsum)) * <f32>(-1.0)));
        }
      }
      const g_lseGradient_lanes = f32x4.add(f32x4.add(acc3_0_0, acc3_0_1), f32x4.add(acc3_0_2, acc3_0_3));
      const g_lseGradient: f32 = f32x4.extract_lane(g_lseGradient_lanes, 0) + f32x4.extract_lane(g_lseGradient_lanes, 1) + f32x4.extract_lane(g_lseGradient_lanes, 2) + f32x4.extract_lane(g_lseGradient_lanes, 3) + acc3_0_s;
      const g_lseGradient_v = f32x4.splat(g_lseGradient);
      const g_hoisted3: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.mul(e_x_o_row0, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v)), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const t_o_row16_0: v128 = f32x4.mul(e_x_o_row16, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row16_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v)), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row16_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const t_o_row32_0: v128 = f32x4.mul(e_x_o_row32, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row32_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v)), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row32_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const t_o_row48_0: v128 = f32x4.mul(e_x_o_row48, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row48_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v)), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row48_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.mul(e_x_o_row0, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v)), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_0, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const t_o_scalar0_0: f32 = (e_x_o_scalar0 * g_hoisted3);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (expF32(((t_o_scalar0_0 - g_lseMax) - g_lseLogsum)) * g_hoisted3)) + (g_lseGradient * (expF32(((t_o_scalar0_0 - g_lseMax) - g_lseLogsum)) * g_hoisted3))));
        }
      }
    }
  }
}

export function softmax_with_mask_forward(out0: usize, e_x: usize, e_mask: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_1 = v128.load(e_mask + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_l1_1, g_hoisted0_1), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_2 = v128.load(e_mask + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_l1_2, g_hoisted0_2), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_3 = v128.load(e_mask + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_l1_3, g_hoisted0_3), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_1 = v128.load(e_mask + row, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))), f32x4.gt(e_mask_l2_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_2 = v128.load(e_mask + row, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))), f32x4.gt(e_mask_l2_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_3 = v128.load(e_mask + row, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))), f32x4.gt(e_mask_l2_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_0);
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_1 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_1);
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_2 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_2);
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_3 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_3);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, v128.and(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_lo_1 = v128.load(e_mask + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, v128.and(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1)), f32x4.gt(e_mask_lo_1, f32x4.splat(<f32>(0.5)))), 16);
          const e_mask_lo_2 = v128.load(e_mask + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, v128.and(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2)), f32x4.gt(e_mask_lo_2, f32x4.splat(<f32>(0.5)))), 32);
          const e_mask_lo_3 = v128.load(e_mask + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, v128.and(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3)), f32x4.gt(e_mask_lo_3, f32x4.splat(<f32>(0.5)))), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), g_lseSum_0);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, v128.and(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_p1_row16, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row16, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_p1_row32, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row32, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_p1_row48, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row48, f32x4.splat(<f32>(0.5)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p1_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, select<f32>((e_x_p1_scalar0 * g_hoisted0), <f32>(-3.4028234663852886e+38), (e_mask_p1_scalar0 > <f32>(0.5))));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          const stash_p2_row0 = v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5))));
          v128.store(out0 + row + column, stash_p2_row0);
          acc2_0_0 = f32x4.add(acc2_0_0, stash_p2_row0);
          const e_mask_p2_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          const stash_p2_row16 = v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row16, f32x4.splat(<f32>(0.5))));
          v128.store(out0 + row + column, stash_p2_row16, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, stash_p2_row16);
          const e_mask_p2_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          const stash_p2_row32 = v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row32, f32x4.splat(<f32>(0.5))));
          v128.store(out0 + row + column, stash_p2_row32, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, stash_p2_row32);
          const e_mask_p2_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          const stash_p2_row48 = v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row48, f32x4.splat(<f32>(0.5))));
          v128.store(out0 + row + column, stash_p2_row48, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, stash_p2_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          const stash_p2_row0 = v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5))));
          v128.store(out0 + row + column, stash_p2_row0);
          acc2_0_0 = f32x4.add(acc2_0_0, stash_p2_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p2_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          const stash_p2_scalar0 = select<f32>(expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0))), <f32>(0.0), (e_mask_p2_scalar0 > <f32>(0.5)));
          store<f32>(out0 + row + column, stash_p2_scalar0);
          acc2_0_s = acc2_0_s + stash_p2_scalar0;
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (<f32>(1.0) / g_lseSum);
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const stash_o_row0 = v128.load(out0 + row + column);
          v128.store(out0 + row + column, v128.and(f32x4.mul(stash_o_row0, g_hoisted3_v), f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_o_row16 = v128.load(e_mask + row + column, 16);
          const stash_o_row16 = v128.load(out0 + row + column, 16);
          v128.store(out0 + row + column, v128.and(f32x4.mul(stash_o_row16, g_hoisted3_v), f32x4.gt(e_mask_o_row16, f32x4.splat(<f32>(0.5)))), 16);
          const e_mask_o_row32 = v128.load(e_mask + row + column, 32);
          const stash_o_row32 = v128.load(out0 + row + column, 32);
          v128.store(out0 + row + column, v128.and(f32x4.mul(stash_o_row32, g_hoisted3_v), f32x4.gt(e_mask_o_row32, f32x4.splat(<f32>(0.5)))), 32);
          const e_mask_o_row48 = v128.load(e_mask + row + column, 48);
          const stash_o_row48 = v128.load(out0 + row + column, 48);
          v128.store(out0 + row + column, v128.and(f32x4.mul(stash_o_row48, g_hoisted3_v), f32x4.gt(e_mask_o_row48, f32x4.splat(<f32>(0.5)))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const stash_o_row0 = v128.load(out0 + row + column);
          v128.store(out0 + row + column, v128.and(f32x4.mul(stash_o_row0, g_hoisted3_v), f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_o_scalar0 = load<f32>(e_mask + row + column);
          const stash_o_scalar0 = load<f32>(out0 + row + column);
          store<f32>(out0 + row + column, select<f32>((stash_o_scalar0 * g_hoisted3), <f32>(0.0), (e_mask_o_scalar0 > <f32>(0.5))));
        }
      }
    }
  }
}

export function softmax_with_mask_backward(out0: usize, e_dy: usize, e_x: usize, e_mask: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_1 = v128.load(e_mask + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_l1_1, g_hoisted0_1), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_2 = v128.load(e_mask + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_l1_2, g_hoisted0_2), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_3 = v128.load(e_mask + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_l1_3, g_hoisted0_3), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_1 = v128.load(e_mask + row, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))), f32x4.gt(e_mask_l2_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_2 = v128.load(e_mask + row, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))), f32x4.gt(e_mask_l2_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_3 = v128.load(e_mask + row, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))), f32x4.gt(e_mask_l2_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        let acc3_0_1 = f32x4.splat(<f32>(0.0));
        let acc3_0_2 = f32x4.splat(<f32>(0.0));
        let acc3_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          const e_mask_l3_0 = v128.load(e_mask + row);
          const e_x_l3_0 = v128.load(e_x + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_l3_0, f32x4.splat(<f32>(0.5))))));
          const e_dy_l3_1 = v128.load(e_dy + row, 16);
          const e_mask_l3_1 = v128.load(e_mask + row, 16);
          const e_x_l3_1 = v128.load(e_x + row, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_l3_1, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_l3_1, f32x4.splat(<f32>(0.5))))));
          const e_dy_l3_2 = v128.load(e_dy + row, 32);
          const e_mask_l3_2 = v128.load(e_mask + row, 32);
          const e_x_l3_2 = v128.load(e_x + row, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_l3_2, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_l3_2, f32x4.splat(<f32>(0.5))))));
          const e_dy_l3_3 = v128.load(e_dy + row, 48);
          const e_mask_l3_3 = v128.load(e_mask + row, 48);
          const e_x_l3_3 = v128.load(e_x + row, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_l3_3, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_l3_3, f32x4.splat(<f32>(0.5))))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_1 = within == 1 ? acc3_0_1 : f32x4.splat(f32x4.extract_lane(acc3_0_1, 0) + f32x4.extract_lane(acc3_0_1, 1) + f32x4.extract_lane(acc3_0_1, 2) + f32x4.extract_lane(acc3_0_1, 3));
        const g_hoisted3_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_2 = within == 1 ? acc3_0_2 : f32x4.splat(f32x4.extract_lane(acc3_0_2, 0) + f32x4.extract_lane(acc3_0_2, 1) + f32x4.extract_lane(acc3_0_2, 2) + f32x4.extract_lane(acc3_0_2, 3));
        const g_hoisted3_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_3 = within == 1 ? acc3_0_3 : f32x4.splat(f32x4.extract_lane(acc3_0_3, 0) + f32x4.extract_lane(acc3_0_3, 1) + f32x4.extract_lane(acc3_0_3, 2) + f32x4.extract_lane(acc3_0_3, 3));
        const g_hoisted3_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)));
          const t_lo_0_1: v128 = f32x4.mul(e_x_lo_0, g_hoisted3_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_1, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0), t_lo_0_0)), f32x4.mul(g_lseGradient_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_1, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0), t_lo_0_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const e_mask_lo_1 = v128.load(e_mask + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const t_lo_1_0: v128 = f32x4.gt(e_mask_lo_1, f32x4.splat(<f32>(0.5)));
          const t_lo_1_1: v128 = f32x4.mul(e_x_lo_1, g_hoisted3_1);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_1_1, g_lseMax_1), g_lseLogsum_1)), g_hoisted3_1), t_lo_1_0)), f32x4.mul(g_lseGradient_1, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_1_1, g_lseMax_1), g_lseLogsum_1)), g_hoisted3_1), t_lo_1_0))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const e_mask_lo_2 = v128.load(e_mask + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const t_lo_2_0: v128 = f32x4.gt(e_mask_lo_2, f32x4.splat(<f32>(0.5)));
          const t_lo_2_1: v128 = f32x4.mul(e_x_lo_2, g_hoisted3_2);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_2_1, g_lseMax_2), g_lseLogsum_2)), g_hoisted3_2), t_lo_2_0)), f32x4.mul(g_lseGradient_2, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_2_1, g_lseMax_2), g_lseLogsum_2)), g_hoisted3_2), t_lo_2_0))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const e_mask_lo_3 = v128.load(e_mask + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const t_lo_3_0: v128 = f32x4.gt(e_mask_lo_3, f32x4.splat(<f32>(0.5)));
          const t_lo_3_1: v128 = f32x4.mul(e_x_lo_3, g_hoisted3_3);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_3_1, g_lseMax_3), g_lseLogsum_3)), g_hoisted3_3), t_lo_3_0)), f32x4.mul(g_lseGradient_3, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_3_1, g_lseMax_3), g_lseLogsum_3)), g_hoisted3_3), t_lo_3_0))), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          const e_mask_l3_0 = v128.load(e_mask + row);
          const e_x_l3_0 = v128.load(e_x + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_l3_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_l3_0, f32x4.splat(<f32>(0.5))))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted3_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)));
          const t_lo_0_1: v128 = f32x4.mul(e_x_lo_0, g_hoisted3_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_1, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0), t_lo_0_0)), f32x4.mul(g_lseGradient_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_lo_0_1, g_lseMax_0), g_lseLogsum_0)), g_hoisted3_0), t_lo_0_0))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_p1_row16, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row16, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_p1_row32, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row32, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_p1_row48, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row48, f32x4.splat(<f32>(0.5)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p1_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, select<f32>((e_x_p1_scalar0 * g_hoisted0), <f32>(-3.4028234663852886e+38), (e_mask_p1_scalar0 > <f32>(0.5))));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row16, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row32, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row48, f32x4.splat(<f32>(0.5)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p2_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + select<f32>(expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0))), <f32>(0.0), (e_mask_p2_scalar0 > <f32>(0.5)));
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      let acc3_0_0 = f32x4.splat(<f32>(0.0));
      let acc3_0_1 = f32x4.splat(<f32>(0.0));
      let acc3_0_2 = f32x4.splat(<f32>(0.0));
      let acc3_0_3 = f32x4.splat(<f32>(0.0));
      let acc3_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          const e_mask_p3_row0 = v128.load(e_mask + row + column);
          const e_x_p3_row0 = v128.load(e_x + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_p3_row0, f32x4.splat(<f32>(0.5))))));
          const e_dy_p3_row16 = v128.load(e_dy + row + column, 16);
          const e_mask_p3_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p3_row16 = v128.load(e_x + row + column, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_p3_row16, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row16, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_p3_row16, f32x4.splat(<f32>(0.5))))));
          const e_dy_p3_row32 = v128.load(e_dy + row + column, 32);
          const e_mask_p3_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p3_row32 = v128.load(e_x + row + column, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_p3_row32, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row32, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_p3_row32, f32x4.splat(<f32>(0.5))))));
          const e_dy_p3_row48 = v128.load(e_dy + row + column, 48);
          const e_mask_p3_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p3_row48 = v128.load(e_x + row + column, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_p3_row48, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row48, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_p3_row48, f32x4.splat(<f32>(0.5))))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          const e_mask_p3_row0 = v128.load(e_mask + row + column);
          const e_x_p3_row0 = v128.load(e_x + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_p3_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), f32x4.splat(<f32>(-1.0))), f32x4.gt(e_mask_p3_row0, f32x4.splat(<f32>(0.5))))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p3_scalar0 = load<f32>(e_dy + row + column);
          const e_mask_p3_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p3_scalar0 = load<f32>(e_x + row + column);
          acc3_0_s = acc3_0_s + (e_dy_p3_scalar0 * select<f32>((expF32((((e_x_p3_scalar0 * g_hoisted2) - g_lseMax) - g_lseLogsum)) * <f32>(-1.0)), <f32>(0.0), (e_mask_p3_scalar0 > <f32>(0.5))));
        }
      }
      const g_lseGradient_lanes = f32x4.add(f32x4.add(acc3_0_0, acc3_0_1), f32x4.add(acc3_0_2, acc3_0_3));
      const g_lseGradient: f32 = f32x4.extract_lane(g_lseGradient_lanes, 0) + f32x4.extract_lane(g_lseGradient_lanes, 1) + f32x4.extract_lane(g_lseGradient_lanes, 2) + f32x4.extract_lane(g_lseGradient_lanes, 3) + acc3_0_s;
      const g_lseGradient_v = f32x4.splat(g_lseGradient);
      const g_hoisted3: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)));
          const t_o_row0_1: v128 = f32x4.mul(e_x_o_row0, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row0_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row0_0))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const e_mask_o_row16 = v128.load(e_mask + row + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const t_o_row16_0: v128 = f32x4.gt(e_mask_o_row16, f32x4.splat(<f32>(0.5)));
          const t_o_row16_1: v128 = f32x4.mul(e_x_o_row16, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row16_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row16_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row16_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row16_0))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const e_mask_o_row32 = v128.load(e_mask + row + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const t_o_row32_0: v128 = f32x4.gt(e_mask_o_row32, f32x4.splat(<f32>(0.5)));
          const t_o_row32_1: v128 = f32x4.mul(e_x_o_row32, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row32_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row32_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row32_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row32_0))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const e_mask_o_row48 = v128.load(e_mask + row + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const t_o_row48_0: v128 = f32x4.gt(e_mask_o_row48, f32x4.splat(<f32>(0.5)));
          const t_o_row48_1: v128 = f32x4.mul(e_x_o_row48, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row48_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row48_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row48_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row48_0))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)));
          const t_o_row0_1: v128 = f32x4.mul(e_x_o_row0, g_hoisted3_v);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row0_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(t_o_row0_1, g_lseMax_v), g_lseLogsum_v)), g_hoisted3_v), t_o_row0_0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const e_mask_o_scalar0 = load<f32>(e_mask + row + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const t_o_scalar0_0: bool = (e_mask_o_scalar0 > <f32>(0.5));
          const t_o_scalar0_1: f32 = (e_x_o_scalar0 * g_hoisted3);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * select<f32>((expF32(((t_o_scalar0_1 - g_lseMax) - g_lseLogsum)) * g_hoisted3), <f32>(0.0), t_o_scalar0_0)) + (g_lseGradient * select<f32>((expF32(((t_o_scalar0_1 - g_lseMax) - g_lseLogsum)) * g_hoisted3), <f32>(0.0), t_o_scalar0_0))));
        }
      }
    }
  }
}

export function log_softmax_forward(out0: usize, e_x: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_l1_1, g_hoisted0_1));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_l1_2, g_hoisted0_2));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_l1_3, g_hoisted0_3));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))));
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))));
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_p1_row16, g_hoisted0_v));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_p1_row32, g_hoisted0_v));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_p1_row48, g_hoisted0_v));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, (e_x_p1_scalar0 * g_hoisted0));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0)));
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row16, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row32, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row48, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_x_o_scalar0 * g_hoisted2) - g_lseMax) - g_lseLogsum));
        }
      }
    }
  }
}

export function log_softmax_backward(out0: usize, e_dy: usize, e_x: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_l1_1, g_hoisted0_1));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_l1_2, g_hoisted0_2));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_l1_3, g_hoisted0_3));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))));
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))));
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        let acc3_0_1 = f32x4.splat(<f32>(0.0));
        let acc3_0_2 = f32x4.splat(<f32>(0.0));
        let acc3_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, f32x4.splat(<f32>(-1.0))));
          const e_dy_l3_1 = v128.load(e_dy + row, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_l3_1, f32x4.splat(<f32>(-1.0))));
          const e_dy_l3_2 = v128.load(e_dy + row, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_l3_2, f32x4.splat(<f32>(-1.0))));
          const e_dy_l3_3 = v128.load(e_dy + row, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_l3_3, f32x4.splat(<f32>(-1.0))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_1 = within == 1 ? acc3_0_1 : f32x4.splat(f32x4.extract_lane(acc3_0_1, 0) + f32x4.extract_lane(acc3_0_1, 1) + f32x4.extract_lane(acc3_0_1, 2) + f32x4.extract_lane(acc3_0_1, 3));
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_2 = within == 1 ? acc3_0_2 : f32x4.splat(f32x4.extract_lane(acc3_0_2, 0) + f32x4.extract_lane(acc3_0_2, 1) + f32x4.extract_lane(acc3_0_2, 2) + f32x4.extract_lane(acc3_0_2, 3));
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_3 = within == 1 ? acc3_0_3 : f32x4.splat(f32x4.extract_lane(acc3_0_3, 0) + f32x4.extract_lane(acc3_0_3, 1) + f32x4.extract_lane(acc3_0_3, 2) + f32x4.extract_lane(acc3_0_3, 3));
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, g_hoisted2_0), f32x4.mul(g_lseGradient_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), g_hoisted2_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, g_hoisted2_1), f32x4.mul(g_lseGradient_1, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1)), g_hoisted2_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, g_hoisted2_2), f32x4.mul(g_lseGradient_2, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2)), g_hoisted2_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, g_hoisted2_3), f32x4.mul(g_lseGradient_3, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3)), g_hoisted2_3))), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_l1_0, g_hoisted0_0));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, f32x4.splat(<f32>(-1.0))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, g_hoisted2_0), f32x4.mul(g_lseGradient_0, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), g_hoisted2_0))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, f32x4.mul(e_x_p1_row16, g_hoisted0_v));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, f32x4.mul(e_x_p1_row32, g_hoisted0_v));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, f32x4.mul(e_x_p1_row48, g_hoisted0_v));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, f32x4.mul(e_x_p1_row0, g_hoisted0_v));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, (e_x_p1_scalar0 * g_hoisted0));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v))));
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0)));
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      let acc3_0_0 = f32x4.splat(<f32>(0.0));
      let acc3_0_1 = f32x4.splat(<f32>(0.0));
      let acc3_0_2 = f32x4.splat(<f32>(0.0));
      let acc3_0_3 = f32x4.splat(<f32>(0.0));
      let acc3_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, f32x4.splat(<f32>(-1.0))));
          const e_dy_p3_row16 = v128.load(e_dy + row + column, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_p3_row16, f32x4.splat(<f32>(-1.0))));
          const e_dy_p3_row32 = v128.load(e_dy + row + column, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_p3_row32, f32x4.splat(<f32>(-1.0))));
          const e_dy_p3_row48 = v128.load(e_dy + row + column, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_p3_row48, f32x4.splat(<f32>(-1.0))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, f32x4.splat(<f32>(-1.0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p3_scalar0 = load<f32>(e_dy + row + column);
          acc3_0_s = acc3_0_s + (e_dy_p3_scalar0 * <f32>(-1.0));
        }
      }
      const g_lseGradient_lanes = f32x4.add(f32x4.add(acc3_0_0, acc3_0_1), f32x4.add(acc3_0_2, acc3_0_3));
      const g_lseGradient: f32 = f32x4.extract_lane(g_lseGradient_lanes, 0) + f32x4.extract_lane(g_lseGradient_lanes, 1) + f32x4.extract_lane(g_lseGradient_lanes, 2) + f32x4.extract_lane(g_lseGradient_lanes, 3) + acc3_0_s;
      const g_lseGradient_v = f32x4.splat(g_lseGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, g_hoisted2_v), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, g_hoisted2_v), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row16, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, g_hoisted2_v), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row32, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, g_hoisted2_v), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row48, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, g_hoisted2_v), f32x4.mul(g_lseGradient_v, f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * g_hoisted2) + (g_lseGradient * (expF32((((e_x_o_scalar0 * g_hoisted2) - g_lseMax) - g_lseLogsum)) * g_hoisted2))));
        }
      }
    }
  }
}

export function log_softmax_with_mask_forward(out0: usize, e_x: usize, e_mask: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_1 = v128.load(e_mask + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_l1_1, g_hoisted0_1), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_2 = v128.load(e_mask + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_l1_2, g_hoisted0_2), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_3 = v128.load(e_mask + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_l1_3, g_hoisted0_3), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_1 = v128.load(e_mask + row, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))), f32x4.gt(e_mask_l2_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_2 = v128.load(e_mask + row, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))), f32x4.gt(e_mask_l2_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_3 = v128.load(e_mask + row, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))), f32x4.gt(e_mask_l2_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_0 = logF32x4(f32x4.splat(<f32>(0.0)));
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_1 = logF32x4(f32x4.splat(<f32>(0.0)));
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_2 = logF32x4(f32x4.splat(<f32>(0.0)));
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_3 = logF32x4(f32x4.splat(<f32>(0.0)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0), g_hoisted3_0, f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_lo_1 = v128.load(e_mask + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1), g_hoisted3_1, f32x4.gt(e_mask_lo_1, f32x4.splat(<f32>(0.5)))), 16);
          const e_mask_lo_2 = v128.load(e_mask + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2), g_hoisted3_2, f32x4.gt(e_mask_lo_2, f32x4.splat(<f32>(0.5)))), 32);
          const e_mask_lo_3 = v128.load(e_mask + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3), g_hoisted3_3, f32x4.gt(e_mask_lo_3, f32x4.splat(<f32>(0.5)))), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted3_0 = logF32x4(f32x4.splat(<f32>(0.0)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0), g_hoisted3_0, f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_p1_row16, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row16, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_p1_row32, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row32, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_p1_row48, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row48, f32x4.splat(<f32>(0.5)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p1_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, select<f32>((e_x_p1_scalar0 * g_hoisted0), <f32>(-3.4028234663852886e+38), (e_mask_p1_scalar0 > <f32>(0.5))));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row16, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row32, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row48, f32x4.splat(<f32>(0.5)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p2_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + select<f32>(expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0))), <f32>(0.0), (e_mask_p2_scalar0 > <f32>(0.5)));
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = logF32(<f32>(0.0));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), g_hoisted3_v, f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_o_row16 = v128.load(e_mask + row + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row16, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), g_hoisted3_v, f32x4.gt(e_mask_o_row16, f32x4.splat(<f32>(0.5)))), 16);
          const e_mask_o_row32 = v128.load(e_mask + row + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row32, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), g_hoisted3_v, f32x4.gt(e_mask_o_row32, f32x4.splat(<f32>(0.5)))), 32);
          const e_mask_o_row48 = v128.load(e_mask + row + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row48, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), g_hoisted3_v, f32x4.gt(e_mask_o_row48, f32x4.splat(<f32>(0.5)))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, v128.bitselect(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v), g_hoisted3_v, f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_o_scalar0 = load<f32>(e_mask + row + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, select<f32>((((e_x_o_scalar0 * g_hoisted2) - g_lseMax) - g_lseLogsum), g_hoisted3, (e_mask_o_scalar0 > <f32>(0.5))));
        }
      }
    }
  }
}

export function log_softmax_with_mask_backward(out0: usize, e_dy: usize, e_x: usize, e_mask: usize, outer: i32, across: i32, kept: i32, within: i32, p_temperature: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_temperature_v = f32x4.splat(p_temperature);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1 || within == 4) {
      for (; k + 16 / within <= kept; k += 16 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_1 = v128.load(e_mask + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_l1_1, g_hoisted0_1), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_2 = v128.load(e_mask + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_l1_2, g_hoisted0_2), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l1_3 = v128.load(e_mask + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_l1_3, g_hoisted0_3), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_1 = within == 1 ? acc1_0_1 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_1, 0), f32x4.extract_lane(acc1_0_1, 1)), max<f32>(f32x4.extract_lane(acc1_0_1, 2), f32x4.extract_lane(acc1_0_1, 3))));
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_2 = within == 1 ? acc1_0_2 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_2, 0), f32x4.extract_lane(acc1_0_2, 1)), max<f32>(f32x4.extract_lane(acc1_0_2, 2), f32x4.extract_lane(acc1_0_2, 3))));
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseMax_3 = within == 1 ? acc1_0_3 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_3, 0), f32x4.extract_lane(acc1_0_3, 1)), max<f32>(f32x4.extract_lane(acc1_0_3, 2), f32x4.extract_lane(acc1_0_3, 3))));
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_1 = v128.load(e_mask + row, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_1, g_hoisted1_1), g_lseMax_1))), f32x4.gt(e_mask_l2_1, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_2 = v128.load(e_mask + row, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_2, g_hoisted1_2), g_lseMax_2))), f32x4.gt(e_mask_l2_2, f32x4.splat(<f32>(0.5)))));
          const e_mask_l2_3 = v128.load(e_mask + row, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_3, g_hoisted1_3), g_lseMax_3))), f32x4.gt(e_mask_l2_3, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        const g_lseSum_1 = within == 1 ? acc2_0_1 : f32x4.splat(f32x4.extract_lane(acc2_0_1, 0) + f32x4.extract_lane(acc2_0_1, 1) + f32x4.extract_lane(acc2_0_1, 2) + f32x4.extract_lane(acc2_0_1, 3));
        const g_lseLogsum_1 = logF32x4(g_lseSum_1);
        const g_lseSum_2 = within == 1 ? acc2_0_2 : f32x4.splat(f32x4.extract_lane(acc2_0_2, 0) + f32x4.extract_lane(acc2_0_2, 1) + f32x4.extract_lane(acc2_0_2, 2) + f32x4.extract_lane(acc2_0_2, 3));
        const g_lseLogsum_2 = logF32x4(g_lseSum_2);
        const g_lseSum_3 = within == 1 ? acc2_0_3 : f32x4.splat(f32x4.extract_lane(acc2_0_3, 0) + f32x4.extract_lane(acc2_0_3, 1) + f32x4.extract_lane(acc2_0_3, 2) + f32x4.extract_lane(acc2_0_3, 3));
        const g_lseLogsum_3 = logF32x4(g_lseSum_3);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        let acc3_0_1 = f32x4.splat(<f32>(0.0));
        let acc3_0_2 = f32x4.splat(<f32>(0.0));
        let acc3_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          const e_mask_l3_0 = v128.load(e_mask + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_l3_0, f32x4.splat(<f32>(0.5))))));
          const e_dy_l3_1 = v128.load(e_dy + row, 16);
          const e_mask_l3_1 = v128.load(e_mask + row, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_l3_1, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_l3_1, f32x4.splat(<f32>(0.5))))));
          const e_dy_l3_2 = v128.load(e_dy + row, 32);
          const e_mask_l3_2 = v128.load(e_mask + row, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_l3_2, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_l3_2, f32x4.splat(<f32>(0.5))))));
          const e_dy_l3_3 = v128.load(e_dy + row, 48);
          const e_mask_l3_3 = v128.load(e_mask + row, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_l3_3, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_l3_3, f32x4.splat(<f32>(0.5))))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_1 = within == 1 ? acc3_0_1 : f32x4.splat(f32x4.extract_lane(acc3_0_1, 0) + f32x4.extract_lane(acc3_0_1, 1) + f32x4.extract_lane(acc3_0_1, 2) + f32x4.extract_lane(acc3_0_1, 3));
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_2 = within == 1 ? acc3_0_2 : f32x4.splat(f32x4.extract_lane(acc3_0_2, 0) + f32x4.extract_lane(acc3_0_2, 1) + f32x4.extract_lane(acc3_0_2, 2) + f32x4.extract_lane(acc3_0_2, 3));
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        const g_lseGradient_3 = within == 1 ? acc3_0_3 : f32x4.splat(f32x4.extract_lane(acc3_0_3, 0) + f32x4.extract_lane(acc3_0_3, 1) + f32x4.extract_lane(acc3_0_3, 2) + f32x4.extract_lane(acc3_0_3, 3));
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(g_hoisted2_0, t_lo_0_0)), f32x4.mul(g_lseGradient_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), g_hoisted2_0), t_lo_0_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const e_mask_lo_1 = v128.load(e_mask + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const t_lo_1_0: v128 = f32x4.gt(e_mask_lo_1, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, v128.and(g_hoisted2_1, t_lo_1_0)), f32x4.mul(g_lseGradient_1, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_1, g_hoisted2_1), g_lseMax_1), g_lseLogsum_1)), g_hoisted2_1), t_lo_1_0))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const e_mask_lo_2 = v128.load(e_mask + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const t_lo_2_0: v128 = f32x4.gt(e_mask_lo_2, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, v128.and(g_hoisted2_2, t_lo_2_0)), f32x4.mul(g_lseGradient_2, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_2, g_hoisted2_2), g_lseMax_2), g_lseLogsum_2)), g_hoisted2_2), t_lo_2_0))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const e_mask_lo_3 = v128.load(e_mask + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const t_lo_3_0: v128 = f32x4.gt(e_mask_lo_3, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, v128.and(g_hoisted2_3, t_lo_3_0)), f32x4.mul(g_lseGradient_3, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_3, g_hoisted2_3), g_lseMax_3), g_lseLogsum_3)), g_hoisted2_3), t_lo_3_0))), 48);
        }
      }
      for (; k + 4 / within <= kept; k += 4 / within) {
        const start = <usize>((o * across * kept + k) * within) << 2;
        const weightStart = <usize>(k * within) << 2;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l1_0 = v128.load(e_mask + row);
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_l1_0, g_hoisted0_0), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_l1_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseMax_0 = within == 1 ? acc1_0_0 : f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(acc1_0_0, 0), f32x4.extract_lane(acc1_0_0, 1)), max<f32>(f32x4.extract_lane(acc1_0_0, 2), f32x4.extract_lane(acc1_0_0, 3))));
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_mask_l2_0 = v128.load(e_mask + row);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_l2_0, g_hoisted1_0), g_lseMax_0))), f32x4.gt(e_mask_l2_0, f32x4.splat(<f32>(0.5)))));
        }
        const g_lseSum_0 = within == 1 ? acc2_0_0 : f32x4.splat(f32x4.extract_lane(acc2_0_0, 0) + f32x4.extract_lane(acc2_0_0, 1) + f32x4.extract_lane(acc2_0_0, 2) + f32x4.extract_lane(acc2_0_0, 3));
        const g_lseLogsum_0 = logF32x4(g_lseSum_0);
        let acc3_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l3_0 = v128.load(e_dy + row);
          const e_mask_l3_0 = v128.load(e_mask + row);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_l3_0, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_l3_0, f32x4.splat(<f32>(0.5))))));
        }
        const g_lseGradient_0 = within == 1 ? acc3_0_0 : f32x4.splat(f32x4.extract_lane(acc3_0_0, 0) + f32x4.extract_lane(acc3_0_0, 1) + f32x4.extract_lane(acc3_0_0, 2) + f32x4.extract_lane(acc3_0_0, 3));
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), p_temperature_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_mask_lo_0 = v128.load(e_mask + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.gt(e_mask_lo_0, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(g_hoisted2_0, t_lo_0_0)), f32x4.mul(g_lseGradient_0, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_lo_0, g_hoisted2_0), g_lseMax_0), g_lseLogsum_0)), g_hoisted2_0), t_lo_0_0))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_1 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_2 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_3 = f32x4.splat(<f32>(-3.4028234663852886e+38));
      let acc1_0_s = <f32>(-3.4028234663852886e+38);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.max(acc1_0_1, v128.bitselect(f32x4.mul(e_x_p1_row16, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row16, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.max(acc1_0_2, v128.bitselect(f32x4.mul(e_x_p1_row32, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row32, f32x4.splat(<f32>(0.5)))));
          const e_mask_p1_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.max(acc1_0_3, v128.bitselect(f32x4.mul(e_x_p1_row48, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row48, f32x4.splat(<f32>(0.5)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p1_row0 = v128.load(e_mask + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.max(acc1_0_0, v128.bitselect(f32x4.mul(e_x_p1_row0, g_hoisted0_v), f32x4.splat(<f32>(-3.4028234663852886e+38)), f32x4.gt(e_mask_p1_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p1_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = max<f32>(acc1_0_s, select<f32>((e_x_p1_scalar0 * g_hoisted0), <f32>(-3.4028234663852886e+38), (e_mask_p1_scalar0 > <f32>(0.5))));
        }
      }
      const g_lseMax_lanes = f32x4.max(f32x4.max(acc1_0_0, acc1_0_1), f32x4.max(acc1_0_2, acc1_0_3));
      const g_lseMax: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(g_lseMax_lanes, 0), f32x4.extract_lane(g_lseMax_lanes, 1)), max<f32>(f32x4.extract_lane(g_lseMax_lanes, 2), f32x4.extract_lane(g_lseMax_lanes, 3))), acc1_0_s);
      const g_lseMax_v = f32x4.splat(g_lseMax);
      const g_hoisted1: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row16 = v128.load(e_mask + row + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row16, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row16, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row32 = v128.load(e_mask + row + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row32, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row32, f32x4.splat(<f32>(0.5)))));
          const e_mask_p2_row48 = v128.load(e_mask + row + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row48, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row48, f32x4.splat(<f32>(0.5)))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_mask_p2_row0 = v128.load(e_mask + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, v128.and(expBoundedF32x4(minZeroF32x4(f32x4.sub(f32x4.mul(e_x_p2_row0, g_hoisted1_v), g_lseMax_v))), f32x4.gt(e_mask_p2_row0, f32x4.splat(<f32>(0.5)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_mask_p2_scalar0 = load<f32>(e_mask + row + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + select<f32>(expBoundedF32(min<f32>(((e_x_p2_scalar0 * g_hoisted1) - g_lseMax), <f32>(0.0))), <f32>(0.0), (e_mask_p2_scalar0 > <f32>(0.5)));
        }
      }
      const g_lseSum_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_lseSum: f32 = f32x4.extract_lane(g_lseSum_lanes, 0) + f32x4.extract_lane(g_lseSum_lanes, 1) + f32x4.extract_lane(g_lseSum_lanes, 2) + f32x4.extract_lane(g_lseSum_lanes, 3) + acc2_0_s;
      const g_lseSum_v = f32x4.splat(g_lseSum);
      const g_lseLogsum: f32 = logF32(g_lseSum);
      const g_lseLogsum_v = f32x4.splat(g_lseLogsum);
      let acc3_0_0 = f32x4.splat(<f32>(0.0));
      let acc3_0_1 = f32x4.splat(<f32>(0.0));
      let acc3_0_2 = f32x4.splat(<f32>(0.0));
      let acc3_0_3 = f32x4.splat(<f32>(0.0));
      let acc3_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          const e_mask_p3_row0 = v128.load(e_mask + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_p3_row0, f32x4.splat(<f32>(0.5))))));
          const e_dy_p3_row16 = v128.load(e_dy + row + column, 16);
          const e_mask_p3_row16 = v128.load(e_mask + row + column, 16);
          acc3_0_1 = f32x4.add(acc3_0_1, f32x4.mul(e_dy_p3_row16, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_p3_row16, f32x4.splat(<f32>(0.5))))));
          const e_dy_p3_row32 = v128.load(e_dy + row + column, 32);
          const e_mask_p3_row32 = v128.load(e_mask + row + column, 32);
          acc3_0_2 = f32x4.add(acc3_0_2, f32x4.mul(e_dy_p3_row32, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_p3_row32, f32x4.splat(<f32>(0.5))))));
          const e_dy_p3_row48 = v128.load(e_dy + row + column, 48);
          const e_mask_p3_row48 = v128.load(e_mask + row + column, 48);
          acc3_0_3 = f32x4.add(acc3_0_3, f32x4.mul(e_dy_p3_row48, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_p3_row48, f32x4.splat(<f32>(0.5))))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p3_row0 = v128.load(e_dy + row + column);
          const e_mask_p3_row0 = v128.load(e_mask + row + column);
          acc3_0_0 = f32x4.add(acc3_0_0, f32x4.mul(e_dy_p3_row0, v128.and(f32x4.splat(<f32>(-1.0)), f32x4.gt(e_mask_p3_row0, f32x4.splat(<f32>(0.5))))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p3_scalar0 = load<f32>(e_dy + row + column);
          const e_mask_p3_scalar0 = load<f32>(e_mask + row + column);
          acc3_0_s = acc3_0_s + (e_dy_p3_scalar0 * select<f32>(<f32>(-1.0), <f32>(0.0), (e_mask_p3_scalar0 > <f32>(0.5))));
        }
      }
      const g_lseGradient_lanes = f32x4.add(f32x4.add(acc3_0_0, acc3_0_1), f32x4.add(acc3_0_2, acc3_0_3));
      const g_lseGradient: f32 = f32x4.extract_lane(g_lseGradient_lanes, 0) + f32x4.extract_lane(g_lseGradient_lanes, 1) + f32x4.extract_lane(g_lseGradient_lanes, 2) + f32x4.extract_lane(g_lseGradient_lanes, 3) + acc3_0_s;
      const g_lseGradient_v = f32x4.splat(g_lseGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / p_temperature);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(g_hoisted2_v, t_o_row0_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v), t_o_row0_0))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const e_mask_o_row16 = v128.load(e_mask + row + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const t_o_row16_0: v128 = f32x4.gt(e_mask_o_row16, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, v128.and(g_hoisted2_v, t_o_row16_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row16, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v), t_o_row16_0))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const e_mask_o_row32 = v128.load(e_mask + row + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const t_o_row32_0: v128 = f32x4.gt(e_mask_o_row32, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, v128.and(g_hoisted2_v, t_o_row32_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row32, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v), t_o_row32_0))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const e_mask_o_row48 = v128.load(e_mask + row + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const t_o_row48_0: v128 = f32x4.gt(e_mask_o_row48, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, v128.and(g_hoisted2_v, t_o_row48_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row48, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v), t_o_row48_0))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_mask_o_row0 = v128.load(e_mask + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.gt(e_mask_o_row0, f32x4.splat(<f32>(0.5)));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(g_hoisted2_v, t_o_row0_0)), f32x4.mul(g_lseGradient_v, v128.and(f32x4.mul(expF32x4(f32x4.sub(f32x4.sub(f32x4.mul(e_x_o_row0, g_hoisted2_v), g_lseMax_v), g_lseLogsum_v)), g_hoisted2_v), t_o_row0_0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const e_mask_o_scalar0 = load<f32>(e_mask + row + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const t_o_scalar0_0: bool = (e_mask_o_scalar0 > <f32>(0.5));
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * select<f32>(g_hoisted2, <f32>(0.0), t_o_scalar0_0)) + (g_lseGradient * select<f32>((expF32((((e_x_o_scalar0 * g_hoisted2) - g_lseMax) - g_lseLogsum)) * g_hoisted2), <f32>(0.0), t_o_scalar0_0))));
        }
      }
    }
  }
}
