// Generated from packages/norms/src/registry.ts by scripts/gen (pnpm gen) — do not edit.
// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
import { expF32x4, expF32, expBoundedF32x4, expBoundedF32, expm1F32x4, expm1F32, logF32x4, logF32, log1pF32x4, log1pF32, tanhF32x4, tanhF32, sigmoidF32x4, sigmoidF32, erfF32x4, erfF32, normalCdfF32x4, normalCdfF32, sinF32x4, sinF32, cosF32x4, cosF32 } from '../lib/math';

export function rms_norm_forward(out0: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_partial: f32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_partial_v = f32x4.splat(p_partial);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        const g_hoisted0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        let acc1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const index_l1 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_l1 = v128.load(e_x + row);
          acc1_0 = f32x4.add(acc1_0, v128.and(f32x4.mul(e_x_l1, e_x_l1), f32x4.lt(index_l1, g_hoisted0)));
        }
        const g_squares = acc1_0;
        const g_hoisted1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo = v128.load(e_x + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo, g_hoisted1), w_gamma_lo));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = max<f32>(floor<f32>((p_partial * count)), <f32>(1.0));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const index_p1_row0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j), i32x4(0, 1, 2, 3)));
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_p1_row0, e_x_p1_row0), f32x4.lt(index_p1_row0, g_hoisted0_v)));
          const index_p1_row16 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 4), i32x4(0, 1, 2, 3)));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, v128.and(f32x4.mul(e_x_p1_row16, e_x_p1_row16), f32x4.lt(index_p1_row16, g_hoisted0_v)));
          const index_p1_row32 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 8), i32x4(0, 1, 2, 3)));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, v128.and(f32x4.mul(e_x_p1_row32, e_x_p1_row32), f32x4.lt(index_p1_row32, g_hoisted0_v)));
          const index_p1_row48 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 12), i32x4(0, 1, 2, 3)));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, v128.and(f32x4.mul(e_x_p1_row48, e_x_p1_row48), f32x4.lt(index_p1_row48, g_hoisted0_v)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const index_p1_row0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j), i32x4(0, 1, 2, 3)));
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_p1_row0, e_x_p1_row0), f32x4.lt(index_p1_row0, g_hoisted0_v)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const index_p1_scalar0 = <f32>(k * within + j);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = acc1_0_s + select<f32>((e_x_p1_scalar0 * e_x_p1_scalar0), <f32>(0.0), (index_p1_scalar0 < g_hoisted0));
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc1_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted1: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / max<f32>(floor<f32>((p_partial * count)), <f32>(1.0))) + p_epsilon)));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted1_v), w_gamma_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row16, g_hoisted1_v), w_gamma_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row32, g_hoisted1_v), w_gamma_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row48, g_hoisted1_v), w_gamma_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted1_v), w_gamma_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          store<f32>(out0 + row + column, ((e_x_o_scalar0 * g_hoisted1) * w_gamma_o_scalar0));
        }
      }
    }
  }
}

export function rms_norm_backward(out0: usize, sum0: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_partial: f32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_partial_v = f32x4.splat(p_partial);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        const g_hoisted0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        let acc1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const index_l1 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_l1 = v128.load(e_x + row);
          acc1_0 = f32x4.add(acc1_0, v128.and(f32x4.mul(e_x_l1, e_x_l1), f32x4.lt(index_l1, g_hoisted0)));
        }
        const g_squares = acc1_0;
        const t_f1_0_0: v128 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const t_f1_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares, t_f1_0_0), p_epsilon_v)));
        const g_hoisted1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_0_1, f32x4.mul(t_f1_0_1, t_f1_0_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f1_0_0));
        let acc2_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2 = v128.load(e_dy + row);
          const e_x_l2 = v128.load(e_x + row);
          const w_gamma_l2 = v128.load(w_gamma + weightStart);
          acc2_0 = f32x4.add(acc2_0, f32x4.mul(e_dy_l2, f32x4.mul(f32x4.mul(e_x_l2, g_hoisted1), w_gamma_l2)));
        }
        const g_squares__gradient = acc2_0;
        const g_hoisted2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_hoisted3 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo = v128.load(e_dy + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          const index_lo = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_lo = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo, f32x4.mul(g_hoisted2, w_gamma_lo)), f32x4.mul(g_squares__gradient, v128.and(f32x4.add(e_x_lo, e_x_lo), f32x4.lt(index_lo, g_hoisted3)))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo, f32x4.mul(e_x_lo, g_hoisted2))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      const g_hoisted0: f32 = max<f32>(floor<f32>((p_partial * count)), <f32>(1.0));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const index_p1_row0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j), i32x4(0, 1, 2, 3)));
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_p1_row0, e_x_p1_row0), f32x4.lt(index_p1_row0, g_hoisted0_v)));
          const index_p1_row16 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 4), i32x4(0, 1, 2, 3)));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, v128.and(f32x4.mul(e_x_p1_row16, e_x_p1_row16), f32x4.lt(index_p1_row16, g_hoisted0_v)));
          const index_p1_row32 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 8), i32x4(0, 1, 2, 3)));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, v128.and(f32x4.mul(e_x_p1_row32, e_x_p1_row32), f32x4.lt(index_p1_row32, g_hoisted0_v)));
          const index_p1_row48 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 12), i32x4(0, 1, 2, 3)));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, v128.and(f32x4.mul(e_x_p1_row48, e_x_p1_row48), f32x4.lt(index_p1_row48, g_hoisted0_v)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const index_p1_row0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j), i32x4(0, 1, 2, 3)));
          const e_x_p1_row0 = v128.load(e_x + row + column);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_p1_row0, e_x_p1_row0), f32x4.lt(index_p1_row0, g_hoisted0_v)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const index_p1_scalar0 = <f32>(k * within + j);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          acc1_0_s = acc1_0_s + select<f32>((e_x_p1_scalar0 * e_x_p1_scalar0), <f32>(0.0), (index_p1_scalar0 < g_hoisted0));
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc1_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const t_f1_0_0: f32 = max<f32>(floor<f32>((p_partial * count)), <f32>(1.0));
      const t_f1_0_1: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / t_f1_0_0) + p_epsilon)));
      const g_hoisted1: f32 = ((<f32>(-0.5) * (t_f1_0_1 * (t_f1_0_1 * t_f1_0_1))) * (<f32>(1.0) / t_f1_0_0));
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
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(e_x_p2_row0, g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(e_x_p2_row16, g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(e_x_p2_row32, g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(e_x_p2_row48, g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(e_x_p2_row0, g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * ((e_x_p2_scalar0 * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_squares__gradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_squares__gradient: f32 = f32x4.extract_lane(g_squares__gradient_lanes, 0) + f32x4.extract_lane(g_squares__gradient_lanes, 1) + f32x4.extract_lane(g_squares__gradient_lanes, 2) + f32x4.extract_lane(g_squares__gradient_lanes, 3) + acc2_0_s;
      const g_squares__gradient_v = f32x4.splat(g_squares__gradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / max<f32>(floor<f32>((p_partial * count)), <f32>(1.0))) + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = max<f32>(floor<f32>((p_partial * count)), <f32>(1.0));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const index_o_row0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j), i32x4(0, 1, 2, 3)));
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), f32x4.mul(g_squares__gradient_v, v128.and(f32x4.add(e_x_o_row0, e_x_o_row0), f32x4.lt(index_o_row0, g_hoisted3_v)))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted2_v))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const index_o_row16 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 4), i32x4(0, 1, 2, 3)));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), f32x4.mul(g_squares__gradient_v, v128.and(f32x4.add(e_x_o_row16, e_x_o_row16), f32x4.lt(index_o_row16, g_hoisted3_v)))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, g_hoisted2_v))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const index_o_row32 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 8), i32x4(0, 1, 2, 3)));
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), f32x4.mul(g_squares__gradient_v, v128.and(f32x4.add(e_x_o_row32, e_x_o_row32), f32x4.lt(index_o_row32, g_hoisted3_v)))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, g_hoisted2_v))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const index_o_row48 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 12), i32x4(0, 1, 2, 3)));
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), f32x4.mul(g_squares__gradient_v, v128.and(f32x4.add(e_x_o_row48, e_x_o_row48), f32x4.lt(index_o_row48, g_hoisted3_v)))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, g_hoisted2_v))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const index_o_row0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j), i32x4(0, 1, 2, 3)));
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), f32x4.mul(g_squares__gradient_v, v128.and(f32x4.add(e_x_o_row0, e_x_o_row0), f32x4.lt(index_o_row0, g_hoisted3_v)))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted2_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const index_o_scalar0 = <f32>(k * within + j);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + (g_squares__gradient * select<f32>((e_x_o_scalar0 + e_x_o_scalar0), <f32>(0.0), (index_o_scalar0 < g_hoisted3)))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (e_x_o_scalar0 * g_hoisted2)));
        }
      }
    }
  }
}

export function layer_norm_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0 = v128.load(e_x + row);
          acc0_0 = f32x4.add(acc0_0, e_x_l0);
        }
        const g_mean__sum = acc0_0;
        const g_mean__shift = f32x4.div(g_mean__sum, count_v);
        let acc1_0 = f32x4.splat(<f32>(0.0));
        let acc1_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1 = v128.load(e_x + row);
          const t_l1_0: v128 = f32x4.sub(e_x_l1, g_mean__shift);
          acc1_0 = f32x4.add(acc1_0, t_l1_0);
          acc1_1 = f32x4.add(acc1_1, f32x4.mul(t_l1_0, t_l1_0));
        }
        const g_mean__deviation = acc1_0;
        const g_mean__squares = acc1_1;
        const g_mean__correction = f32x4.div(g_mean__deviation, count_v);
        const g_variance = f32x4.max(f32x4.sub(f32x4.div(g_mean__squares, count_v), f32x4.mul(g_mean__correction, g_mean__correction)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo = v128.load(e_x + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          const w_beta_lo = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction), g_hoisted0), w_gamma_lo), w_beta_lo));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      let acc0_0_0 = f32x4.splat(<f32>(0.0));
      let acc0_0_1 = f32x4.splat(<f32>(0.0));
      let acc0_0_2 = f32x4.splat(<f32>(0.0));
      let acc0_0_3 = f32x4.splat(<f32>(0.0));
      let acc0_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
        }
      }
      const g_mean__sum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_mean__sum: f32 = f32x4.extract_lane(g_mean__sum_lanes, 0) + f32x4.extract_lane(g_mean__sum_lanes, 1) + f32x4.extract_lane(g_mean__sum_lanes, 2) + f32x4.extract_lane(g_mean__sum_lanes, 3) + acc0_0_s;
      const g_mean__sum_v = f32x4.splat(g_mean__sum);
      const g_mean__shift: f32 = (g_mean__sum / count);
      const g_mean__shift_v = f32x4.splat(g_mean__shift);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      let acc1_1_0 = f32x4.splat(<f32>(0.0));
      let acc1_1_1 = f32x4.splat(<f32>(0.0));
      let acc1_1_2 = f32x4.splat(<f32>(0.0));
      let acc1_1_3 = f32x4.splat(<f32>(0.0));
      let acc1_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_mean__shift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_mean__shift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_mean__shift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_mean__shift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_mean__deviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_mean__deviation: f32 = f32x4.extract_lane(g_mean__deviation_lanes, 0) + f32x4.extract_lane(g_mean__deviation_lanes, 1) + f32x4.extract_lane(g_mean__deviation_lanes, 2) + f32x4.extract_lane(g_mean__deviation_lanes, 3) + acc1_0_s;
      const g_mean__deviation_v = f32x4.splat(g_mean__deviation);
      const g_mean__squares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_mean__squares: f32 = f32x4.extract_lane(g_mean__squares_lanes, 0) + f32x4.extract_lane(g_mean__squares_lanes, 1) + f32x4.extract_lane(g_mean__squares_lanes, 2) + f32x4.extract_lane(g_mean__squares_lanes, 3) + acc1_1_s;
      const g_mean__squares_v = f32x4.splat(g_mean__squares);
      const g_mean__correction: f32 = (g_mean__deviation / count);
      const g_mean__correction_v = f32x4.splat(g_mean__correction);
      const g_variance: f32 = max<f32>(((g_mean__squares / count) - (g_mean__correction * g_mean__correction)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((((e_x_o_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function layer_norm_backward(out0: usize, sum0: usize, sum1: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0 = v128.load(e_x + row);
          acc0_0 = f32x4.add(acc0_0, e_x_l0);
        }
        const g_mean__sum = acc0_0;
        const g_mean__shift = f32x4.div(g_mean__sum, count_v);
        let acc1_0 = f32x4.splat(<f32>(0.0));
        let acc1_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1 = v128.load(e_x + row);
          const t_l1_0: v128 = f32x4.sub(e_x_l1, g_mean__shift);
          acc1_0 = f32x4.add(acc1_0, t_l1_0);
          acc1_1 = f32x4.add(acc1_1, f32x4.mul(t_l1_0, t_l1_0));
        }
        const g_mean__deviation = acc1_0;
        const g_mean__squares = acc1_1;
        const g_mean__correction = f32x4.div(g_mean__deviation, count_v);
        const g_variance = f32x4.max(f32x4.sub(f32x4.div(g_mean__squares, count_v), f32x4.mul(g_mean__correction, g_mean__correction)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v))));
        const t_f1_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        const g_hoisted1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0, f32x4.mul(t_f1_3_0, t_f1_3_0)));
        let acc2_0 = f32x4.splat(<f32>(0.0));
        let acc2_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2 = v128.load(e_dy + row);
          const w_gamma_l2 = v128.load(w_gamma + weightStart);
          const e_x_l2 = v128.load(e_x + row);
          acc2_0 = f32x4.add(acc2_0, f32x4.mul(e_dy_l2, f32x4.mul(g_hoisted0, w_gamma_l2)));
          acc2_1 = f32x4.add(acc2_1, f32x4.mul(e_dy_l2, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2, g_mean__shift), g_mean__correction), g_hoisted1), w_gamma_l2)));
        }
        const g_mean__gradient = acc2_0;
        const g_variance__gradient = acc2_1;
        const g_hoisted2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        const g_hoisted3 = f32x4.mul(g_mean__gradient, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo = v128.load(e_dy + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          const e_x_lo = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo, f32x4.mul(g_hoisted2, w_gamma_lo)), g_hoisted3), f32x4.mul(g_variance__gradient, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction), g_hoisted2))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      let acc0_0_0 = f32x4.splat(<f32>(0.0));
      let acc0_0_1 = f32x4.splat(<f32>(0.0));
      let acc0_0_2 = f32x4.splat(<f32>(0.0));
      let acc0_0_3 = f32x4.splat(<f32>(0.0));
      let acc0_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
        }
      }
      const g_mean__sum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_mean__sum: f32 = f32x4.extract_lane(g_mean__sum_lanes, 0) + f32x4.extract_lane(g_mean__sum_lanes, 1) + f32x4.extract_lane(g_mean__sum_lanes, 2) + f32x4.extract_lane(g_mean__sum_lanes, 3) + acc0_0_s;
      const g_mean__sum_v = f32x4.splat(g_mean__sum);
      const g_mean__shift: f32 = (g_mean__sum / count);
      const g_mean__shift_v = f32x4.splat(g_mean__shift);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      let acc1_1_0 = f32x4.splat(<f32>(0.0));
      let acc1_1_1 = f32x4.splat(<f32>(0.0));
      let acc1_1_2 = f32x4.splat(<f32>(0.0));
      let acc1_1_3 = f32x4.splat(<f32>(0.0));
      let acc1_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_mean__shift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_mean__shift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_mean__shift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_mean__shift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_mean__deviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_mean__deviation: f32 = f32x4.extract_lane(g_mean__deviation_lanes, 0) + f32x4.extract_lane(g_mean__deviation_lanes, 1) + f32x4.extract_lane(g_mean__deviation_lanes, 2) + f32x4.extract_lane(g_mean__deviation_lanes, 3) + acc1_0_s;
      const g_mean__deviation_v = f32x4.splat(g_mean__deviation);
      const g_mean__squares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_mean__squares: f32 = f32x4.extract_lane(g_mean__squares_lanes, 0) + f32x4.extract_lane(g_mean__squares_lanes, 1) + f32x4.extract_lane(g_mean__squares_lanes, 2) + f32x4.extract_lane(g_mean__squares_lanes, 3) + acc1_1_s;
      const g_mean__squares_v = f32x4.splat(g_mean__squares);
      const g_mean__correction: f32 = (g_mean__deviation / count);
      const g_mean__correction_v = f32x4.splat(g_mean__correction);
      const g_variance: f32 = max<f32>(((g_mean__squares / count) - (g_mean__correction * g_mean__correction)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(-1.0) * (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f1_3_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1: f32 = (<f32>(-0.5) * (t_f1_3_0 * (t_f1_3_0 * t_f1_3_0)));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      let acc2_1_0 = f32x4.splat(<f32>(0.0));
      let acc2_1_1 = f32x4.splat(<f32>(0.0));
      let acc2_1_2 = f32x4.splat(<f32>(0.0));
      let acc2_1_3 = f32x4.splat(<f32>(0.0));
      let acc2_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(g_hoisted0_v, w_gamma_p2_row16)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(g_hoisted0_v, w_gamma_p2_row32)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(g_hoisted0_v, w_gamma_p2_row48)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (g_hoisted0 * w_gamma_p2_scalar0));
          acc2_1_s = acc2_1_s + (e_dy_p2_scalar0 * ((((e_x_p2_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_mean__gradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_mean__gradient: f32 = f32x4.extract_lane(g_mean__gradient_lanes, 0) + f32x4.extract_lane(g_mean__gradient_lanes, 1) + f32x4.extract_lane(g_mean__gradient_lanes, 2) + f32x4.extract_lane(g_mean__gradient_lanes, 3) + acc2_0_s;
      const g_mean__gradient_v = f32x4.splat(g_mean__gradient);
      const g_variance__gradient_lanes = f32x4.add(f32x4.add(acc2_1_0, acc2_1_1), f32x4.add(acc2_1_2, acc2_1_3));
      const g_variance__gradient: f32 = f32x4.extract_lane(g_variance__gradient_lanes, 0) + f32x4.extract_lane(g_variance__gradient_lanes, 1) + f32x4.extract_lane(g_variance__gradient_lanes, 2) + f32x4.extract_lane(g_variance__gradient_lanes, 3) + acc2_1_s;
      const g_variance__gradient_v = f32x4.splat(g_variance__gradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (g_mean__gradient * (<f32>(1.0) / count));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_hoisted3) + (g_variance__gradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_mean__shift) - g_mean__correction)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted2)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
        }
      }
    }
  }
}

export function group_norm_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0 = v128.load(e_x + row);
          acc0_0 = f32x4.add(acc0_0, e_x_l0);
        }
        const g_mean__sum = acc0_0;
        const g_mean__shift = f32x4.div(g_mean__sum, count_v);
        let acc1_0 = f32x4.splat(<f32>(0.0));
        let acc1_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1 = v128.load(e_x + row);
          const t_l1_0: v128 = f32x4.sub(e_x_l1, g_mean__shift);
          acc1_0 = f32x4.add(acc1_0, t_l1_0);
          acc1_1 = f32x4.add(acc1_1, f32x4.mul(t_l1_0, t_l1_0));
        }
        const g_mean__deviation = acc1_0;
        const g_mean__squares = acc1_1;
        const g_mean__correction = f32x4.div(g_mean__deviation, count_v);
        const g_variance = f32x4.max(f32x4.sub(f32x4.div(g_mean__squares, count_v), f32x4.mul(g_mean__correction, g_mean__correction)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo = v128.load(e_x + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          const w_beta_lo = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction), g_hoisted0), w_gamma_lo), w_beta_lo));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      let acc0_0_0 = f32x4.splat(<f32>(0.0));
      let acc0_0_1 = f32x4.splat(<f32>(0.0));
      let acc0_0_2 = f32x4.splat(<f32>(0.0));
      let acc0_0_3 = f32x4.splat(<f32>(0.0));
      let acc0_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
        }
      }
      const g_mean__sum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_mean__sum: f32 = f32x4.extract_lane(g_mean__sum_lanes, 0) + f32x4.extract_lane(g_mean__sum_lanes, 1) + f32x4.extract_lane(g_mean__sum_lanes, 2) + f32x4.extract_lane(g_mean__sum_lanes, 3) + acc0_0_s;
      const g_mean__sum_v = f32x4.splat(g_mean__sum);
      const g_mean__shift: f32 = (g_mean__sum / count);
      const g_mean__shift_v = f32x4.splat(g_mean__shift);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      let acc1_1_0 = f32x4.splat(<f32>(0.0));
      let acc1_1_1 = f32x4.splat(<f32>(0.0));
      let acc1_1_2 = f32x4.splat(<f32>(0.0));
      let acc1_1_3 = f32x4.splat(<f32>(0.0));
      let acc1_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_mean__shift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_mean__shift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_mean__shift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_mean__shift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_mean__deviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_mean__deviation: f32 = f32x4.extract_lane(g_mean__deviation_lanes, 0) + f32x4.extract_lane(g_mean__deviation_lanes, 1) + f32x4.extract_lane(g_mean__deviation_lanes, 2) + f32x4.extract_lane(g_mean__deviation_lanes, 3) + acc1_0_s;
      const g_mean__deviation_v = f32x4.splat(g_mean__deviation);
      const g_mean__squares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_mean__squares: f32 = f32x4.extract_lane(g_mean__squares_lanes, 0) + f32x4.extract_lane(g_mean__squares_lanes, 1) + f32x4.extract_lane(g_mean__squares_lanes, 2) + f32x4.extract_lane(g_mean__squares_lanes, 3) + acc1_1_s;
      const g_mean__squares_v = f32x4.splat(g_mean__squares);
      const g_mean__correction: f32 = (g_mean__deviation / count);
      const g_mean__correction_v = f32x4.splat(g_mean__correction);
      const g_variance: f32 = max<f32>(((g_mean__squares / count) - (g_mean__correction * g_mean__correction)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((((e_x_o_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function group_norm_backward(out0: usize, sum0: usize, sum1: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0 = v128.load(e_x + row);
          acc0_0 = f32x4.add(acc0_0, e_x_l0);
        }
        const g_mean__sum = acc0_0;
        const g_mean__shift = f32x4.div(g_mean__sum, count_v);
        let acc1_0 = f32x4.splat(<f32>(0.0));
        let acc1_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1 = v128.load(e_x + row);
          const t_l1_0: v128 = f32x4.sub(e_x_l1, g_mean__shift);
          acc1_0 = f32x4.add(acc1_0, t_l1_0);
          acc1_1 = f32x4.add(acc1_1, f32x4.mul(t_l1_0, t_l1_0));
        }
        const g_mean__deviation = acc1_0;
        const g_mean__squares = acc1_1;
        const g_mean__correction = f32x4.div(g_mean__deviation, count_v);
        const g_variance = f32x4.max(f32x4.sub(f32x4.div(g_mean__squares, count_v), f32x4.mul(g_mean__correction, g_mean__correction)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v))));
        const t_f1_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        const g_hoisted1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0, f32x4.mul(t_f1_3_0, t_f1_3_0)));
        let acc2_0 = f32x4.splat(<f32>(0.0));
        let acc2_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2 = v128.load(e_dy + row);
          const w_gamma_l2 = v128.load(w_gamma + weightStart);
          const e_x_l2 = v128.load(e_x + row);
          acc2_0 = f32x4.add(acc2_0, f32x4.mul(e_dy_l2, f32x4.mul(g_hoisted0, w_gamma_l2)));
          acc2_1 = f32x4.add(acc2_1, f32x4.mul(e_dy_l2, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2, g_mean__shift), g_mean__correction), g_hoisted1), w_gamma_l2)));
        }
        const g_mean__gradient = acc2_0;
        const g_variance__gradient = acc2_1;
        const g_hoisted2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        const g_hoisted3 = f32x4.mul(g_mean__gradient, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo = v128.load(e_dy + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          const e_x_lo = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo, f32x4.mul(g_hoisted2, w_gamma_lo)), g_hoisted3), f32x4.mul(g_variance__gradient, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction), g_hoisted2))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      let acc0_0_0 = f32x4.splat(<f32>(0.0));
      let acc0_0_1 = f32x4.splat(<f32>(0.0));
      let acc0_0_2 = f32x4.splat(<f32>(0.0));
      let acc0_0_3 = f32x4.splat(<f32>(0.0));
      let acc0_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
        }
      }
      const g_mean__sum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_mean__sum: f32 = f32x4.extract_lane(g_mean__sum_lanes, 0) + f32x4.extract_lane(g_mean__sum_lanes, 1) + f32x4.extract_lane(g_mean__sum_lanes, 2) + f32x4.extract_lane(g_mean__sum_lanes, 3) + acc0_0_s;
      const g_mean__sum_v = f32x4.splat(g_mean__sum);
      const g_mean__shift: f32 = (g_mean__sum / count);
      const g_mean__shift_v = f32x4.splat(g_mean__shift);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      let acc1_1_0 = f32x4.splat(<f32>(0.0));
      let acc1_1_1 = f32x4.splat(<f32>(0.0));
      let acc1_1_2 = f32x4.splat(<f32>(0.0));
      let acc1_1_3 = f32x4.splat(<f32>(0.0));
      let acc1_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_mean__shift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_mean__shift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_mean__shift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_mean__shift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_mean__deviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_mean__deviation: f32 = f32x4.extract_lane(g_mean__deviation_lanes, 0) + f32x4.extract_lane(g_mean__deviation_lanes, 1) + f32x4.extract_lane(g_mean__deviation_lanes, 2) + f32x4.extract_lane(g_mean__deviation_lanes, 3) + acc1_0_s;
      const g_mean__deviation_v = f32x4.splat(g_mean__deviation);
      const g_mean__squares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_mean__squares: f32 = f32x4.extract_lane(g_mean__squares_lanes, 0) + f32x4.extract_lane(g_mean__squares_lanes, 1) + f32x4.extract_lane(g_mean__squares_lanes, 2) + f32x4.extract_lane(g_mean__squares_lanes, 3) + acc1_1_s;
      const g_mean__squares_v = f32x4.splat(g_mean__squares);
      const g_mean__correction: f32 = (g_mean__deviation / count);
      const g_mean__correction_v = f32x4.splat(g_mean__correction);
      const g_variance: f32 = max<f32>(((g_mean__squares / count) - (g_mean__correction * g_mean__correction)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(-1.0) * (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f1_3_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1: f32 = (<f32>(-0.5) * (t_f1_3_0 * (t_f1_3_0 * t_f1_3_0)));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      let acc2_1_0 = f32x4.splat(<f32>(0.0));
      let acc2_1_1 = f32x4.splat(<f32>(0.0));
      let acc2_1_2 = f32x4.splat(<f32>(0.0));
      let acc2_1_3 = f32x4.splat(<f32>(0.0));
      let acc2_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(g_hoisted0_v, w_gamma_p2_row16)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(g_hoisted0_v, w_gamma_p2_row32)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(g_hoisted0_v, w_gamma_p2_row48)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (g_hoisted0 * w_gamma_p2_scalar0));
          acc2_1_s = acc2_1_s + (e_dy_p2_scalar0 * ((((e_x_p2_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_mean__gradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_mean__gradient: f32 = f32x4.extract_lane(g_mean__gradient_lanes, 0) + f32x4.extract_lane(g_mean__gradient_lanes, 1) + f32x4.extract_lane(g_mean__gradient_lanes, 2) + f32x4.extract_lane(g_mean__gradient_lanes, 3) + acc2_0_s;
      const g_mean__gradient_v = f32x4.splat(g_mean__gradient);
      const g_variance__gradient_lanes = f32x4.add(f32x4.add(acc2_1_0, acc2_1_1), f32x4.add(acc2_1_2, acc2_1_3));
      const g_variance__gradient: f32 = f32x4.extract_lane(g_variance__gradient_lanes, 0) + f32x4.extract_lane(g_variance__gradient_lanes, 1) + f32x4.extract_lane(g_variance__gradient_lanes, 2) + f32x4.extract_lane(g_variance__gradient_lanes, 3) + acc2_1_s;
      const g_variance__gradient_v = f32x4.splat(g_variance__gradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (g_mean__gradient * (<f32>(1.0) / count));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_hoisted3) + (g_variance__gradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_mean__shift) - g_mean__correction)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted2)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
        }
      }
    }
  }
}

export function instance_norm_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0 = v128.load(e_x + row);
          acc0_0 = f32x4.add(acc0_0, e_x_l0);
        }
        const g_mean__sum = acc0_0;
        const g_mean__shift = f32x4.div(g_mean__sum, count_v);
        let acc1_0 = f32x4.splat(<f32>(0.0));
        let acc1_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1 = v128.load(e_x + row);
          const t_l1_0: v128 = f32x4.sub(e_x_l1, g_mean__shift);
          acc1_0 = f32x4.add(acc1_0, t_l1_0);
          acc1_1 = f32x4.add(acc1_1, f32x4.mul(t_l1_0, t_l1_0));
        }
        const g_mean__deviation = acc1_0;
        const g_mean__squares = acc1_1;
        const g_mean__correction = f32x4.div(g_mean__deviation, count_v);
        const g_variance = f32x4.max(f32x4.sub(f32x4.div(g_mean__squares, count_v), f32x4.mul(g_mean__correction, g_mean__correction)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo = v128.load(e_x + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          const w_beta_lo = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction), g_hoisted0), w_gamma_lo), w_beta_lo));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      let acc0_0_0 = f32x4.splat(<f32>(0.0));
      let acc0_0_1 = f32x4.splat(<f32>(0.0));
      let acc0_0_2 = f32x4.splat(<f32>(0.0));
      let acc0_0_3 = f32x4.splat(<f32>(0.0));
      let acc0_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
        }
      }
      const g_mean__sum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_mean__sum: f32 = f32x4.extract_lane(g_mean__sum_lanes, 0) + f32x4.extract_lane(g_mean__sum_lanes, 1) + f32x4.extract_lane(g_mean__sum_lanes, 2) + f32x4.extract_lane(g_mean__sum_lanes, 3) + acc0_0_s;
      const g_mean__sum_v = f32x4.splat(g_mean__sum);
      const g_mean__shift: f32 = (g_mean__sum / count);
      const g_mean__shift_v = f32x4.splat(g_mean__shift);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      let acc1_1_0 = f32x4.splat(<f32>(0.0));
      let acc1_1_1 = f32x4.splat(<f32>(0.0));
      let acc1_1_2 = f32x4.splat(<f32>(0.0));
      let acc1_1_3 = f32x4.splat(<f32>(0.0));
      let acc1_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_mean__shift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_mean__shift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_mean__shift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_mean__shift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_mean__deviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_mean__deviation: f32 = f32x4.extract_lane(g_mean__deviation_lanes, 0) + f32x4.extract_lane(g_mean__deviation_lanes, 1) + f32x4.extract_lane(g_mean__deviation_lanes, 2) + f32x4.extract_lane(g_mean__deviation_lanes, 3) + acc1_0_s;
      const g_mean__deviation_v = f32x4.splat(g_mean__deviation);
      const g_mean__squares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_mean__squares: f32 = f32x4.extract_lane(g_mean__squares_lanes, 0) + f32x4.extract_lane(g_mean__squares_lanes, 1) + f32x4.extract_lane(g_mean__squares_lanes, 2) + f32x4.extract_lane(g_mean__squares_lanes, 3) + acc1_1_s;
      const g_mean__squares_v = f32x4.splat(g_mean__squares);
      const g_mean__correction: f32 = (g_mean__deviation / count);
      const g_mean__correction_v = f32x4.splat(g_mean__correction);
      const g_variance: f32 = max<f32>(((g_mean__squares / count) - (g_mean__correction * g_mean__correction)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((((e_x_o_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function instance_norm_backward(out0: usize, sum0: usize, sum1: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0 = v128.load(e_x + row);
          acc0_0 = f32x4.add(acc0_0, e_x_l0);
        }
        const g_mean__sum = acc0_0;
        const g_mean__shift = f32x4.div(g_mean__sum, count_v);
        let acc1_0 = f32x4.splat(<f32>(0.0));
        let acc1_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1 = v128.load(e_x + row);
          const t_l1_0: v128 = f32x4.sub(e_x_l1, g_mean__shift);
          acc1_0 = f32x4.add(acc1_0, t_l1_0);
          acc1_1 = f32x4.add(acc1_1, f32x4.mul(t_l1_0, t_l1_0));
        }
        const g_mean__deviation = acc1_0;
        const g_mean__squares = acc1_1;
        const g_mean__correction = f32x4.div(g_mean__deviation, count_v);
        const g_variance = f32x4.max(f32x4.sub(f32x4.div(g_mean__squares, count_v), f32x4.mul(g_mean__correction, g_mean__correction)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v))));
        const t_f1_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        const g_hoisted1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0, f32x4.mul(t_f1_3_0, t_f1_3_0)));
        let acc2_0 = f32x4.splat(<f32>(0.0));
        let acc2_1 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2 = v128.load(e_dy + row);
          const w_gamma_l2 = v128.load(w_gamma + weightStart);
          const e_x_l2 = v128.load(e_x + row);
          acc2_0 = f32x4.add(acc2_0, f32x4.mul(e_dy_l2, f32x4.mul(g_hoisted0, w_gamma_l2)));
          acc2_1 = f32x4.add(acc2_1, f32x4.mul(e_dy_l2, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2, g_mean__shift), g_mean__correction), g_hoisted1), w_gamma_l2)));
        }
        const g_mean__gradient = acc2_0;
        const g_variance__gradient = acc2_1;
        const g_hoisted2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance, p_epsilon_v)));
        const g_hoisted3 = f32x4.mul(g_mean__gradient, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo = v128.load(e_dy + row);
          const w_gamma_lo = v128.load(w_gamma + weightStart);
          const e_x_lo = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo, f32x4.mul(g_hoisted2, w_gamma_lo)), g_hoisted3), f32x4.mul(g_variance__gradient, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo, g_mean__shift), g_mean__correction), g_hoisted2))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      let acc0_0_0 = f32x4.splat(<f32>(0.0));
      let acc0_0_1 = f32x4.splat(<f32>(0.0));
      let acc0_0_2 = f32x4.splat(<f32>(0.0));
      let acc0_0_3 = f32x4.splat(<f32>(0.0));
      let acc0_0_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
        }
      }
      const g_mean__sum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_mean__sum: f32 = f32x4.extract_lane(g_mean__sum_lanes, 0) + f32x4.extract_lane(g_mean__sum_lanes, 1) + f32x4.extract_lane(g_mean__sum_lanes, 2) + f32x4.extract_lane(g_mean__sum_lanes, 3) + acc0_0_s;
      const g_mean__sum_v = f32x4.splat(g_mean__sum);
      const g_mean__shift: f32 = (g_mean__sum / count);
      const g_mean__shift_v = f32x4.splat(g_mean__shift);
      let acc1_0_0 = f32x4.splat(<f32>(0.0));
      let acc1_0_1 = f32x4.splat(<f32>(0.0));
      let acc1_0_2 = f32x4.splat(<f32>(0.0));
      let acc1_0_3 = f32x4.splat(<f32>(0.0));
      let acc1_0_s = <f32>(0.0);
      let acc1_1_0 = f32x4.splat(<f32>(0.0));
      let acc1_1_1 = f32x4.splat(<f32>(0.0));
      let acc1_1_2 = f32x4.splat(<f32>(0.0));
      let acc1_1_3 = f32x4.splat(<f32>(0.0));
      let acc1_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_mean__shift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_mean__shift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_mean__shift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_mean__shift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_mean__shift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_mean__deviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_mean__deviation: f32 = f32x4.extract_lane(g_mean__deviation_lanes, 0) + f32x4.extract_lane(g_mean__deviation_lanes, 1) + f32x4.extract_lane(g_mean__deviation_lanes, 2) + f32x4.extract_lane(g_mean__deviation_lanes, 3) + acc1_0_s;
      const g_mean__deviation_v = f32x4.splat(g_mean__deviation);
      const g_mean__squares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_mean__squares: f32 = f32x4.extract_lane(g_mean__squares_lanes, 0) + f32x4.extract_lane(g_mean__squares_lanes, 1) + f32x4.extract_lane(g_mean__squares_lanes, 2) + f32x4.extract_lane(g_mean__squares_lanes, 3) + acc1_1_s;
      const g_mean__squares_v = f32x4.splat(g_mean__squares);
      const g_mean__correction: f32 = (g_mean__deviation / count);
      const g_mean__correction_v = f32x4.splat(g_mean__correction);
      const g_variance: f32 = max<f32>(((g_mean__squares / count) - (g_mean__correction * g_mean__correction)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(-1.0) * (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f1_3_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1: f32 = (<f32>(-0.5) * (t_f1_3_0 * (t_f1_3_0 * t_f1_3_0)));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      let acc2_0_0 = f32x4.splat(<f32>(0.0));
      let acc2_0_1 = f32x4.splat(<f32>(0.0));
      let acc2_0_2 = f32x4.splat(<f32>(0.0));
      let acc2_0_3 = f32x4.splat(<f32>(0.0));
      let acc2_0_s = <f32>(0.0);
      let acc2_1_0 = f32x4.splat(<f32>(0.0));
      let acc2_1_1 = f32x4.splat(<f32>(0.0));
      let acc2_1_2 = f32x4.splat(<f32>(0.0));
      let acc2_1_3 = f32x4.splat(<f32>(0.0));
      let acc2_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(g_hoisted0_v, w_gamma_p2_row16)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(g_hoisted0_v, w_gamma_p2_row32)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(g_hoisted0_v, w_gamma_p2_row48)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (g_hoisted0 * w_gamma_p2_scalar0));
          acc2_1_s = acc2_1_s + (e_dy_p2_scalar0 * ((((e_x_p2_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_mean__gradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_mean__gradient: f32 = f32x4.extract_lane(g_mean__gradient_lanes, 0) + f32x4.extract_lane(g_mean__gradient_lanes, 1) + f32x4.extract_lane(g_mean__gradient_lanes, 2) + f32x4.extract_lane(g_mean__gradient_lanes, 3) + acc2_0_s;
      const g_mean__gradient_v = f32x4.splat(g_mean__gradient);
      const g_variance__gradient_lanes = f32x4.add(f32x4.add(acc2_1_0, acc2_1_1), f32x4.add(acc2_1_2, acc2_1_3));
      const g_variance__gradient: f32 = f32x4.extract_lane(g_variance__gradient_lanes, 0) + f32x4.extract_lane(g_variance__gradient_lanes, 1) + f32x4.extract_lane(g_variance__gradient_lanes, 2) + f32x4.extract_lane(g_variance__gradient_lanes, 3) + acc2_1_s;
      const g_variance__gradient_v = f32x4.splat(g_variance__gradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (g_mean__gradient * (<f32>(1.0) / count));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_variance__gradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_mean__shift_v), g_mean__correction_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_hoisted3) + (g_variance__gradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_mean__shift) - g_mean__correction)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 - g_mean__shift) - g_mean__correction) * g_hoisted2)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
        }
      }
    }
  }
}
