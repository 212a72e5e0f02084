// Generated from packages/norms/src/registry.ts by scripts/gen (pnpm gen) — do not edit.
// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
import { expF32x4, expF32, expBoundedF32x4, expBoundedF32, expm1F32x4, expm1F32, logF32x4, logF32, log1pF32x4, log1pF32, tanhF32x4, tanhF32, sigmoidF32x4, sigmoidF32, erfF32x4, erfF32, normalCdfF32x4, normalCdfF32, sinF32x4, sinF32, cosF32x4, cosF32 } from '../lib/math';

export function batch_norm_forward(out0: usize, group0: usize, group1: usize, e_x: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        v128.store(group0 + (<usize>(o * kept + k) << 2), f32x4.add(g_meanShift_0, g_meanCorrection_0));
        v128.store(group1 + (<usize>(o * kept + k) << 2), g_variance_0);
        v128.store(group0 + (<usize>(o * kept + k) << 2), f32x4.add(g_meanShift_1, g_meanCorrection_1), 16);
        v128.store(group1 + (<usize>(o * kept + k) << 2), g_variance_1, 16);
        v128.store(group0 + (<usize>(o * kept + k) << 2), f32x4.add(g_meanShift_2, g_meanCorrection_2), 32);
        v128.store(group1 + (<usize>(o * kept + k) << 2), g_variance_2, 32);
        v128.store(group0 + (<usize>(o * kept + k) << 2), f32x4.add(g_meanShift_3, g_meanCorrection_3), 48);
        v128.store(group1 + (<usize>(o * kept + k) << 2), g_variance_3, 48);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        v128.store(group0 + (<usize>(o * kept + k) << 2), f32x4.add(g_meanShift_0, g_meanCorrection_0));
        v128.store(group1 + (<usize>(o * kept + k) << 2), g_variance_0);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      store<f32>(group0 + (<usize>(o * kept + k) << 2), (g_meanShift + g_meanCorrection));
      store<f32>(group1 + (<usize>(o * kept + k) << 2), g_variance);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function batch_norm_backward(out0: usize, sum0: usize, sum1: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v))));
        const t_f1_3_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted1_1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_1_0, f32x4.mul(t_f1_3_1_0, t_f1_3_1_0)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v))));
        const t_f1_3_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted1_2 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_2_0, f32x4.mul(t_f1_3_2_0, t_f1_3_2_0)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v))));
        const t_f1_3_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted1_3 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_3_0, f32x4.mul(t_f1_3_3_0, t_f1_3_3_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_1_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_1_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        let acc2_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
          const e_dy_l2_1 = v128.load(e_dy + row, 16);
          const w_gamma_l2_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_l2_1, f32x4.mul(g_hoisted0_1, w_gamma_l2_1)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_l2_1, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_1, g_meanShift_1), g_meanCorrection_1), g_hoisted1_1), w_gamma_l2_1)));
          const e_dy_l2_2 = v128.load(e_dy + row, 32);
          const w_gamma_l2_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_l2_2, f32x4.mul(g_hoisted0_2, w_gamma_l2_2)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_l2_2, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_2, g_meanShift_2), g_meanCorrection_2), g_hoisted1_2), w_gamma_l2_2)));
          const e_dy_l2_3 = v128.load(e_dy + row, 48);
          const w_gamma_l2_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_l2_3, f32x4.mul(g_hoisted0_3, w_gamma_l2_3)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_l2_3, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_3, g_meanShift_3), g_meanCorrection_3), g_hoisted1_3), w_gamma_l2_3)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_1 = acc2_0_1;
        const g_varianceGradient_1 = acc2_1_1;
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted3_1 = f32x4.mul(g_meanGradient_1, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_2 = acc2_0_2;
        const g_varianceGradient_2 = acc2_1_2;
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted3_2 = f32x4.mul(g_meanGradient_2, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_3 = acc2_0_3;
        const g_varianceGradient_3 = acc2_1_3;
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted3_3 = f32x4.mul(g_meanGradient_3, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted2_1, w_gamma_lo_1)), g_hoisted3_1), f32x4.mul(g_varianceGradient_1, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1)), count_v))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted2_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted2_2, w_gamma_lo_2)), g_hoisted3_2), f32x4.mul(g_varianceGradient_2, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2)), count_v))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted2_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted2_3, w_gamma_lo_3)), g_hoisted3_3), f32x4.mul(g_varianceGradient_3, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3)), count_v))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted2_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(-1.0) * (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f1_3_0_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1: f32 = (<f32>(-0.5) * (t_f1_3_0_0 * (t_f1_3_0_0 * t_f1_3_0_0)));
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
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(g_hoisted0_v, w_gamma_p2_row16)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(g_hoisted0_v, w_gamma_p2_row32)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(g_hoisted0_v, w_gamma_p2_row48)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (g_hoisted0 * w_gamma_p2_scalar0));
          acc2_1_s = acc2_1_s + (e_dy_p2_scalar0 * ((((e_x_p2_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_meanGradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_meanGradient: f32 = f32x4.extract_lane(g_meanGradient_lanes, 0) + f32x4.extract_lane(g_meanGradient_lanes, 1) + f32x4.extract_lane(g_meanGradient_lanes, 2) + f32x4.extract_lane(g_meanGradient_lanes, 3) + acc2_0_s;
      const g_meanGradient_v = f32x4.splat(g_meanGradient);
      const g_varianceGradient_lanes = f32x4.add(f32x4.add(acc2_1_0, acc2_1_1), f32x4.add(acc2_1_2, acc2_1_3));
      const g_varianceGradient: f32 = f32x4.extract_lane(g_varianceGradient_lanes, 0) + f32x4.extract_lane(g_varianceGradient_lanes, 1) + f32x4.extract_lane(g_varianceGradient_lanes, 2) + f32x4.extract_lane(g_varianceGradient_lanes, 3) + acc2_1_s;
      const g_varianceGradient_v = f32x4.splat(g_varianceGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (g_meanGradient * (<f32>(1.0) / count));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_hoisted3) + (g_varianceGradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_meanShift) - g_meanCorrection)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted2)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
        }
      }
    }
  }
}

export function rms_norm_forward(out0: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_1, g_hoisted0_1), w_gamma_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_2, g_hoisted0_2), w_gamma_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_3, g_hoisted0_3), w_gamma_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row16, g_hoisted0_v), w_gamma_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row32, g_hoisted0_v), w_gamma_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row48, g_hoisted0_v), w_gamma_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          store<f32>(out0 + row + column, ((e_x_o_scalar0 * g_hoisted0) * w_gamma_o_scalar0));
        }
      }
    }
  }
}

export function rms_norm_backward(out0: usize, sum0: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_0, f32x4.mul(t_f0_0_0_0, t_f0_0_0_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_1 = acc0_0_1;
        const t_f0_0_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_hoisted0_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_1_0, f32x4.mul(t_f0_0_1_0, t_f0_0_1_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_2 = acc0_0_2;
        const t_f0_0_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_hoisted0_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_2_0, f32x4.mul(t_f0_0_2_0, t_f0_0_2_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_3 = acc0_0_3;
        const t_f0_0_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        const g_hoisted0_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_3_0, f32x4.mul(t_f0_0_3_0, t_f0_0_3_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0)));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_gamma_l1_1 = v128.load(w_gamma + weightStart, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted0_1), w_gamma_l1_1)));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_gamma_l1_2 = v128.load(w_gamma + weightStart, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted0_2), w_gamma_l1_2)));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_gamma_l1_3 = v128.load(w_gamma + weightStart, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted0_3), w_gamma_l1_3)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_squaresGradient_1 = acc1_0_1;
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_squaresGradient_2 = acc1_0_2;
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_squaresGradient_3 = acc1_0_3;
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted1_1, w_gamma_lo_1)), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(e_x_lo_1, g_hoisted1_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted1_2, w_gamma_lo_2)), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(e_x_lo_2, g_hoisted1_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted1_3, w_gamma_lo_3)), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(e_x_lo_3, g_hoisted1_3))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_0, f32x4.mul(t_f0_0_0_0, t_f0_0_0_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const t_f0_0_0_0: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted0: f32 = ((<f32>(-0.5) * (t_f0_0_0_0 * (t_f0_0_0_0 * t_f0_0_0_0))) * (<f32>(1.0) / count));
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0)));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_p1_row16 = v128.load(w_gamma + weightStart + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted0_v), w_gamma_p1_row16)));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_p1_row32 = v128.load(w_gamma + weightStart + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted0_v), w_gamma_p1_row32)));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_p1_row48 = v128.load(w_gamma + weightStart + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted0_v), w_gamma_p1_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_p1_scalar0 = load<f32>(w_gamma + weightStart + column);
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * ((e_x_p1_scalar0 * g_hoisted0) * w_gamma_p1_scalar0));
        }
      }
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted1: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted1_v, w_gamma_o_row16)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, g_hoisted1_v))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted1_v, w_gamma_o_row32)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, g_hoisted1_v))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted1_v, w_gamma_o_row48)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, g_hoisted1_v))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (g_hoisted1 * w_gamma_o_scalar0)) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (e_x_o_scalar0 * g_hoisted1)));
        }
      }
    }
  }
}

export function rms_norm_with_partial_forward(out0: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_partial: f32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_partial_v = f32x4.splat(p_partial);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        const g_hoisted0_0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_hoisted0_1 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_hoisted0_2 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_hoisted0_3 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const index_l1_0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_l1_0, e_x_l1_0), f32x4.lt(index_l1_0, g_hoisted0_0)));
          const index_l1_1 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 4), i32x4(0, 1, 2, 3)));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, v128.and(f32x4.mul(e_x_l1_1, e_x_l1_1), f32x4.lt(index_l1_1, g_hoisted0_1)));
          const index_l1_2 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 8), i32x4(0, 1, 2, 3)));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, v128.and(f32x4.mul(e_x_l1_2, e_x_l1_2), f32x4.lt(index_l1_2, g_hoisted0_2)));
          const index_l1_3 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 12), i32x4(0, 1, 2, 3)));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, v128.and(f32x4.mul(e_x_l1_3, e_x_l1_3), f32x4.lt(index_l1_3, g_hoisted0_3)));
        }
        const g_squares_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_squares_1 = acc1_0_1;
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_squares_2 = acc1_0_2;
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_squares_3 = acc1_0_3;
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted1_0), w_gamma_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_1, g_hoisted1_1), w_gamma_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_2, g_hoisted1_2), w_gamma_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_3, g_hoisted1_3), w_gamma_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        const g_hoisted0_0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const index_l1_0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_l1_0, e_x_l1_0), f32x4.lt(index_l1_0, g_hoisted0_0)));
        }
        const g_squares_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted1_0), w_gamma_lo_0));
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

export function rms_norm_with_partial_backward(out0: usize, sum0: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_partial: f32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_partial_v = f32x4.splat(p_partial);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        const g_hoisted0_0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_hoisted0_1 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_hoisted0_2 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_hoisted0_3 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const index_l1_0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_l1_0, e_x_l1_0), f32x4.lt(index_l1_0, g_hoisted0_0)));
          const index_l1_1 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 4), i32x4(0, 1, 2, 3)));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, v128.and(f32x4.mul(e_x_l1_1, e_x_l1_1), f32x4.lt(index_l1_1, g_hoisted0_1)));
          const index_l1_2 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 8), i32x4(0, 1, 2, 3)));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, v128.and(f32x4.mul(e_x_l1_2, e_x_l1_2), f32x4.lt(index_l1_2, g_hoisted0_2)));
          const index_l1_3 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 12), i32x4(0, 1, 2, 3)));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, v128.and(f32x4.mul(e_x_l1_3, e_x_l1_3), f32x4.lt(index_l1_3, g_hoisted0_3)));
        }
        const g_squares_0 = acc1_0_0;
        const t_f1_0_0_0: v128 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const t_f1_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, t_f1_0_0_0), p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_0_0_1, f32x4.mul(t_f1_0_0_1, t_f1_0_0_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f1_0_0_0));
        const g_squares_1 = acc1_0_1;
        const t_f1_0_1_0: v128 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const t_f1_0_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, t_f1_0_1_0), p_epsilon_v)));
        const g_hoisted1_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_0_1_1, f32x4.mul(t_f1_0_1_1, t_f1_0_1_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f1_0_1_0));
        const g_squares_2 = acc1_0_2;
        const t_f1_0_2_0: v128 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const t_f1_0_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, t_f1_0_2_0), p_epsilon_v)));
        const g_hoisted1_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_0_2_1, f32x4.mul(t_f1_0_2_1, t_f1_0_2_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f1_0_2_0));
        const g_squares_3 = acc1_0_3;
        const t_f1_0_3_0: v128 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const t_f1_0_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, t_f1_0_3_0), p_epsilon_v)));
        const g_hoisted1_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_0_3_1, f32x4.mul(t_f1_0_3_1, t_f1_0_3_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f1_0_3_0));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const e_x_l2_0 = v128.load(e_x + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(e_x_l2_0, g_hoisted1_0), w_gamma_l2_0)));
          const e_dy_l2_1 = v128.load(e_dy + row, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          const w_gamma_l2_1 = v128.load(w_gamma + weightStart, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_l2_1, f32x4.mul(f32x4.mul(e_x_l2_1, g_hoisted1_1), w_gamma_l2_1)));
          const e_dy_l2_2 = v128.load(e_dy + row, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          const w_gamma_l2_2 = v128.load(w_gamma + weightStart, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_l2_2, f32x4.mul(f32x4.mul(e_x_l2_2, g_hoisted1_2), w_gamma_l2_2)));
          const e_dy_l2_3 = v128.load(e_dy + row, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          const w_gamma_l2_3 = v128.load(w_gamma + weightStart, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_l2_3, f32x4.mul(f32x4.mul(e_x_l2_3, g_hoisted1_3), w_gamma_l2_3)));
        }
        const g_squaresGradient_0 = acc2_0_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_hoisted3_0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_squaresGradient_1 = acc2_0_1;
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_hoisted3_1 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_squaresGradient_2 = acc2_0_2;
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_hoisted3_2 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const g_squaresGradient_3 = acc2_0_3;
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_hoisted3_3 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const index_lo_0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, v128.and(f32x4.add(e_x_lo_0, e_x_lo_0), f32x4.lt(index_lo_0, g_hoisted3_0)))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted2_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const index_lo_1 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 4), i32x4(0, 1, 2, 3)));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted2_1, w_gamma_lo_1)), f32x4.mul(g_squaresGradient_1, v128.and(f32x4.add(e_x_lo_1, e_x_lo_1), f32x4.lt(index_lo_1, g_hoisted3_1)))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(e_x_lo_1, g_hoisted2_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const index_lo_2 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 8), i32x4(0, 1, 2, 3)));
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted2_2, w_gamma_lo_2)), f32x4.mul(g_squaresGradient_2, v128.and(f32x4.add(e_x_lo_2, e_x_lo_2), f32x4.lt(index_lo_2, g_hoisted3_2)))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(e_x_lo_2, g_hoisted2_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const index_lo_3 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k + 12), i32x4(0, 1, 2, 3)));
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted2_3, w_gamma_lo_3)), f32x4.mul(g_squaresGradient_3, v128.and(f32x4.add(e_x_lo_3, e_x_lo_3), f32x4.lt(index_lo_3, g_hoisted3_3)))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(e_x_lo_3, g_hoisted2_3))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        const g_hoisted0_0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const index_l1_0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_l1_0 = v128.load(e_x + row);
          acc1_0_0 = f32x4.add(acc1_0_0, v128.and(f32x4.mul(e_x_l1_0, e_x_l1_0), f32x4.lt(index_l1_0, g_hoisted0_0)));
        }
        const g_squares_0 = acc1_0_0;
        const t_f1_0_0_0: v128 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        const t_f1_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, t_f1_0_0_0), p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_0_0_1, f32x4.mul(t_f1_0_0_1, t_f1_0_0_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f1_0_0_0));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const e_x_l2_0 = v128.load(e_x + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(e_x_l2_0, g_hoisted1_0), w_gamma_l2_0)));
        }
        const g_squaresGradient_0 = acc2_0_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_hoisted3_0 = f32x4.pmax(f32x4.floor(f32x4.mul(p_partial_v, count_v)), f32x4.splat(<f32>(1.0)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const index_lo_0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k), i32x4(0, 1, 2, 3)));
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, v128.and(f32x4.add(e_x_lo_0, e_x_lo_0), f32x4.lt(index_lo_0, g_hoisted3_0)))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted2_0))));
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
      const t_f1_0_0_0: f32 = max<f32>(floor<f32>((p_partial * count)), <f32>(1.0));
      const t_f1_0_0_1: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / t_f1_0_0_0) + p_epsilon)));
      const g_hoisted1: f32 = ((<f32>(-0.5) * (t_f1_0_0_1 * (t_f1_0_0_1 * t_f1_0_0_1))) * (<f32>(1.0) / t_f1_0_0_0));
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
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc2_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
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
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, v128.and(f32x4.add(e_x_o_row0, e_x_o_row0), f32x4.lt(index_o_row0, g_hoisted3_v)))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted2_v))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const index_o_row16 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 4), i32x4(0, 1, 2, 3)));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), f32x4.mul(g_squaresGradient_v, v128.and(f32x4.add(e_x_o_row16, e_x_o_row16), f32x4.lt(index_o_row16, g_hoisted3_v)))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, g_hoisted2_v))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const index_o_row32 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 8), i32x4(0, 1, 2, 3)));
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), f32x4.mul(g_squaresGradient_v, v128.and(f32x4.add(e_x_o_row32, e_x_o_row32), f32x4.lt(index_o_row32, g_hoisted3_v)))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, g_hoisted2_v))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const index_o_row48 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j + 12), i32x4(0, 1, 2, 3)));
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), f32x4.mul(g_squaresGradient_v, v128.and(f32x4.add(e_x_o_row48, e_x_o_row48), f32x4.lt(index_o_row48, g_hoisted3_v)))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, g_hoisted2_v))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const index_o_row0 = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(k * within + j), i32x4(0, 1, 2, 3)));
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, v128.and(f32x4.add(e_x_o_row0, e_x_o_row0), f32x4.lt(index_o_row0, g_hoisted3_v)))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted2_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const index_o_scalar0 = <f32>(k * within + j);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + (g_squaresGradient * select<f32>((e_x_o_scalar0 + e_x_o_scalar0), <f32>(0.0), (index_o_scalar0 < g_hoisted3)))));
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
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
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
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
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
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v))));
        const t_f1_3_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted1_1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_1_0, f32x4.mul(t_f1_3_1_0, t_f1_3_1_0)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v))));
        const t_f1_3_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted1_2 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_2_0, f32x4.mul(t_f1_3_2_0, t_f1_3_2_0)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v))));
        const t_f1_3_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted1_3 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_3_0, f32x4.mul(t_f1_3_3_0, t_f1_3_3_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_1_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_1_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        let acc2_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
          const e_dy_l2_1 = v128.load(e_dy + row, 16);
          const w_gamma_l2_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_l2_1, f32x4.mul(g_hoisted0_1, w_gamma_l2_1)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_l2_1, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_1, g_meanShift_1), g_meanCorrection_1), g_hoisted1_1), w_gamma_l2_1)));
          const e_dy_l2_2 = v128.load(e_dy + row, 32);
          const w_gamma_l2_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_l2_2, f32x4.mul(g_hoisted0_2, w_gamma_l2_2)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_l2_2, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_2, g_meanShift_2), g_meanCorrection_2), g_hoisted1_2), w_gamma_l2_2)));
          const e_dy_l2_3 = v128.load(e_dy + row, 48);
          const w_gamma_l2_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_l2_3, f32x4.mul(g_hoisted0_3, w_gamma_l2_3)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_l2_3, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_3, g_meanShift_3), g_meanCorrection_3), g_hoisted1_3), w_gamma_l2_3)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_1 = acc2_0_1;
        const g_varianceGradient_1 = acc2_1_1;
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted3_1 = f32x4.mul(g_meanGradient_1, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_2 = acc2_0_2;
        const g_varianceGradient_2 = acc2_1_2;
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted3_2 = f32x4.mul(g_meanGradient_2, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_3 = acc2_0_3;
        const g_varianceGradient_3 = acc2_1_3;
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted3_3 = f32x4.mul(g_meanGradient_3, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted2_1, w_gamma_lo_1)), g_hoisted3_1), f32x4.mul(g_varianceGradient_1, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1)), count_v))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted2_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted2_2, w_gamma_lo_2)), g_hoisted3_2), f32x4.mul(g_varianceGradient_2, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2)), count_v))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted2_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted2_3, w_gamma_lo_3)), g_hoisted3_3), f32x4.mul(g_varianceGradient_3, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3)), count_v))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted2_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(-1.0) * (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f1_3_0_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1: f32 = (<f32>(-0.5) * (t_f1_3_0_0 * (t_f1_3_0_0 * t_f1_3_0_0)));
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
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(g_hoisted0_v, w_gamma_p2_row16)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(g_hoisted0_v, w_gamma_p2_row32)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(g_hoisted0_v, w_gamma_p2_row48)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (g_hoisted0 * w_gamma_p2_scalar0));
          acc2_1_s = acc2_1_s + (e_dy_p2_scalar0 * ((((e_x_p2_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_meanGradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_meanGradient: f32 = f32x4.extract_lane(g_meanGradient_lanes, 0) + f32x4.extract_lane(g_meanGradient_lanes, 1) + f32x4.extract_lane(g_meanGradient_lanes, 2) + f32x4.extract_lane(g_meanGradient_lanes, 3) + acc2_0_s;
      const g_meanGradient_v = f32x4.splat(g_meanGradient);
      const g_varianceGradient_lanes = f32x4.add(f32x4.add(acc2_1_0, acc2_1_1), f32x4.add(acc2_1_2, acc2_1_3));
      const g_varianceGradient: f32 = f32x4.extract_lane(g_varianceGradient_lanes, 0) + f32x4.extract_lane(g_varianceGradient_lanes, 1) + f32x4.extract_lane(g_varianceGradient_lanes, 2) + f32x4.extract_lane(g_varianceGradient_lanes, 3) + acc2_1_s;
      const g_varianceGradient_v = f32x4.splat(g_varianceGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (g_meanGradient * (<f32>(1.0) / count));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_hoisted3) + (g_varianceGradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_meanShift) - g_meanCorrection)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted2)));
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
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
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
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
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
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v))));
        const t_f1_3_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted1_1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_1_0, f32x4.mul(t_f1_3_1_0, t_f1_3_1_0)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v))));
        const t_f1_3_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted1_2 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_2_0, f32x4.mul(t_f1_3_2_0, t_f1_3_2_0)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v))));
        const t_f1_3_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted1_3 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_3_0, f32x4.mul(t_f1_3_3_0, t_f1_3_3_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_1_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_1_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        let acc2_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
          const e_dy_l2_1 = v128.load(e_dy + row, 16);
          const w_gamma_l2_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_l2_1, f32x4.mul(g_hoisted0_1, w_gamma_l2_1)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_l2_1, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_1, g_meanShift_1), g_meanCorrection_1), g_hoisted1_1), w_gamma_l2_1)));
          const e_dy_l2_2 = v128.load(e_dy + row, 32);
          const w_gamma_l2_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_l2_2, f32x4.mul(g_hoisted0_2, w_gamma_l2_2)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_l2_2, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_2, g_meanShift_2), g_meanCorrection_2), g_hoisted1_2), w_gamma_l2_2)));
          const e_dy_l2_3 = v128.load(e_dy + row, 48);
          const w_gamma_l2_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_l2_3, f32x4.mul(g_hoisted0_3, w_gamma_l2_3)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_l2_3, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_3, g_meanShift_3), g_meanCorrection_3), g_hoisted1_3), w_gamma_l2_3)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_1 = acc2_0_1;
        const g_varianceGradient_1 = acc2_1_1;
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted3_1 = f32x4.mul(g_meanGradient_1, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_2 = acc2_0_2;
        const g_varianceGradient_2 = acc2_1_2;
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted3_2 = f32x4.mul(g_meanGradient_2, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_3 = acc2_0_3;
        const g_varianceGradient_3 = acc2_1_3;
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted3_3 = f32x4.mul(g_meanGradient_3, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted2_1, w_gamma_lo_1)), g_hoisted3_1), f32x4.mul(g_varianceGradient_1, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1)), count_v))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted2_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted2_2, w_gamma_lo_2)), g_hoisted3_2), f32x4.mul(g_varianceGradient_2, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2)), count_v))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted2_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted2_3, w_gamma_lo_3)), g_hoisted3_3), f32x4.mul(g_varianceGradient_3, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3)), count_v))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted2_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(-1.0) * (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f1_3_0_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1: f32 = (<f32>(-0.5) * (t_f1_3_0_0 * (t_f1_3_0_0 * t_f1_3_0_0)));
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
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(g_hoisted0_v, w_gamma_p2_row16)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(g_hoisted0_v, w_gamma_p2_row32)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(g_hoisted0_v, w_gamma_p2_row48)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (g_hoisted0 * w_gamma_p2_scalar0));
          acc2_1_s = acc2_1_s + (e_dy_p2_scalar0 * ((((e_x_p2_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_meanGradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_meanGradient: f32 = f32x4.extract_lane(g_meanGradient_lanes, 0) + f32x4.extract_lane(g_meanGradient_lanes, 1) + f32x4.extract_lane(g_meanGradient_lanes, 2) + f32x4.extract_lane(g_meanGradient_lanes, 3) + acc2_0_s;
      const g_meanGradient_v = f32x4.splat(g_meanGradient);
      const g_varianceGradient_lanes = f32x4.add(f32x4.add(acc2_1_0, acc2_1_1), f32x4.add(acc2_1_2, acc2_1_3));
      const g_varianceGradient: f32 = f32x4.extract_lane(g_varianceGradient_lanes, 0) + f32x4.extract_lane(g_varianceGradient_lanes, 1) + f32x4.extract_lane(g_varianceGradient_lanes, 2) + f32x4.extract_lane(g_varianceGradient_lanes, 3) + acc2_1_s;
      const g_varianceGradient_v = f32x4.splat(g_varianceGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (g_meanGradient * (<f32>(1.0) / count));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_hoisted3) + (g_varianceGradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_meanShift) - g_meanCorrection)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted2)));
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
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
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
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
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
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v))));
        const t_f1_3_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted1_1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_1_0, f32x4.mul(t_f1_3_1_0, t_f1_3_1_0)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v))));
        const t_f1_3_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted1_2 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_2_0, f32x4.mul(t_f1_3_2_0, t_f1_3_2_0)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v))));
        const t_f1_3_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted1_3 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_3_0, f32x4.mul(t_f1_3_3_0, t_f1_3_3_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_1_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_1_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        let acc2_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
          const e_dy_l2_1 = v128.load(e_dy + row, 16);
          const w_gamma_l2_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_l2_1, f32x4.mul(g_hoisted0_1, w_gamma_l2_1)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_l2_1, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_1, g_meanShift_1), g_meanCorrection_1), g_hoisted1_1), w_gamma_l2_1)));
          const e_dy_l2_2 = v128.load(e_dy + row, 32);
          const w_gamma_l2_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_l2_2, f32x4.mul(g_hoisted0_2, w_gamma_l2_2)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_l2_2, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_2, g_meanShift_2), g_meanCorrection_2), g_hoisted1_2), w_gamma_l2_2)));
          const e_dy_l2_3 = v128.load(e_dy + row, 48);
          const w_gamma_l2_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_l2_3, f32x4.mul(g_hoisted0_3, w_gamma_l2_3)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_l2_3, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_3, g_meanShift_3), g_meanCorrection_3), g_hoisted1_3), w_gamma_l2_3)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_1 = acc2_0_1;
        const g_varianceGradient_1 = acc2_1_1;
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted3_1 = f32x4.mul(g_meanGradient_1, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_2 = acc2_0_2;
        const g_varianceGradient_2 = acc2_1_2;
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted3_2 = f32x4.mul(g_meanGradient_2, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_meanGradient_3 = acc2_0_3;
        const g_varianceGradient_3 = acc2_1_3;
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted3_3 = f32x4.mul(g_meanGradient_3, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted2_1, w_gamma_lo_1)), g_hoisted3_1), f32x4.mul(g_varianceGradient_1, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1)), count_v))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1), g_hoisted2_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted2_2, w_gamma_lo_2)), g_hoisted3_2), f32x4.mul(g_varianceGradient_2, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2)), count_v))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2), g_hoisted2_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted2_3, w_gamma_lo_3)), g_hoisted3_3), f32x4.mul(g_varianceGradient_3, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3)), count_v))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3), g_hoisted2_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-1.0)), f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v))));
        const t_f1_3_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_3_0_0, f32x4.mul(t_f1_3_0_0, t_f1_3_0_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          const e_x_l2_0 = v128.load(e_x + row);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(g_hoisted0_0, w_gamma_l2_0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_l2_0, g_meanShift_0), g_meanCorrection_0), g_hoisted1_0), w_gamma_l2_0)));
        }
        const g_meanGradient_0 = acc2_0_0;
        const g_varianceGradient_0 = acc2_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted3_0 = f32x4.mul(g_meanGradient_0, f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_hoisted3_0), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0), g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(-1.0) * (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f1_3_0_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1: f32 = (<f32>(-0.5) * (t_f1_3_0_0 * (t_f1_3_0_0 * t_f1_3_0_0)));
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
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(g_hoisted0_v, w_gamma_p2_row16)));
          acc2_1_1 = f32x4.add(acc2_1_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(g_hoisted0_v, w_gamma_p2_row32)));
          acc2_1_2 = f32x4.add(acc2_1_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(g_hoisted0_v, w_gamma_p2_row48)));
          acc2_1_3 = f32x4.add(acc2_1_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(g_hoisted0_v, w_gamma_p2_row0)));
          acc2_1_0 = f32x4.add(acc2_1_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(e_x_p2_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted1_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (g_hoisted0 * w_gamma_p2_scalar0));
          acc2_1_s = acc2_1_s + (e_dy_p2_scalar0 * ((((e_x_p2_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted1) * w_gamma_p2_scalar0));
        }
      }
      const g_meanGradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_meanGradient: f32 = f32x4.extract_lane(g_meanGradient_lanes, 0) + f32x4.extract_lane(g_meanGradient_lanes, 1) + f32x4.extract_lane(g_meanGradient_lanes, 2) + f32x4.extract_lane(g_meanGradient_lanes, 3) + acc2_0_s;
      const g_meanGradient_v = f32x4.splat(g_meanGradient);
      const g_varianceGradient_lanes = f32x4.add(f32x4.add(acc2_1_0, acc2_1_1), f32x4.add(acc2_1_2, acc2_1_3));
      const g_varianceGradient: f32 = f32x4.extract_lane(g_varianceGradient_lanes, 0) + f32x4.extract_lane(g_varianceGradient_lanes, 1) + f32x4.extract_lane(g_varianceGradient_lanes, 2) + f32x4.extract_lane(g_varianceGradient_lanes, 3) + acc2_1_s;
      const g_varianceGradient_v = f32x4.splat(g_varianceGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      const g_hoisted3: f32 = (g_meanGradient * (<f32>(1.0) / count));
      const g_hoisted3_v = f32x4.splat(g_hoisted3);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_hoisted3_v), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v), g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_hoisted3) + (g_varianceGradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_meanShift) - g_meanCorrection)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 - g_meanShift) - g_meanCorrection) * g_hoisted2)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_off__tlu_on_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, w_tau: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0), w_tau_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          const w_tau_lo_1 = v128.load(w_tau + weightStart, 16);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_1, g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), w_tau_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          const w_tau_lo_2 = v128.load(w_tau + weightStart, 32);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_2, g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), w_tau_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          const w_tau_lo_3 = v128.load(w_tau + weightStart, 48);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_3, g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), w_tau_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0), w_tau_lo_0));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0), w_tau_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          const w_tau_o_row16 = v128.load(w_tau + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row16, g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), w_tau_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          const w_tau_o_row32 = v128.load(w_tau + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row32, g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), w_tau_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          const w_tau_o_row48 = v128.load(w_tau + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row48, g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), w_tau_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0), w_tau_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          const w_tau_o_scalar0 = load<f32>(w_tau + weightStart + column);
          store<f32>(out0 + row + column, max<f32>((((e_x_o_scalar0 * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0), w_tau_o_scalar0));
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_off__tlu_on_backward(out0: usize, sum0: usize, sum1: usize, sum2: usize, sum3: usize, e_dy: usize, e_x: usize, w_gamma: usize, w_beta: usize, w_tau: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  memory.fill(sum2, 0, <usize>(kept * within) << 2);
  memory.fill(sum3, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const t_f0_1_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_0_0, f32x4.mul(t_f0_1_0_0, t_f0_1_0_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const t_f0_1_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_hoisted1_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_1_0, f32x4.mul(t_f0_1_1_0, t_f0_1_1_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const t_f0_1_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_hoisted1_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_2_0, f32x4.mul(t_f0_1_2_0, t_f0_1_2_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        const t_f0_1_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        const g_hoisted1_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_3_0, f32x4.mul(t_f0_1_3_0, t_f0_1_3_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          const w_beta_l1_0 = v128.load(w_beta + weightStart);
          const w_tau_l1_0 = v128.load(w_tau + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, v128.and(f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted1_0), w_gamma_l1_0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0), w_beta_l1_0), w_tau_l1_0))));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_gamma_l1_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_l1_1 = v128.load(w_beta + weightStart, 16);
          const w_tau_l1_1 = v128.load(w_tau + weightStart, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, v128.and(f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted1_1), w_gamma_l1_1), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted0_1), w_gamma_l1_1), w_beta_l1_1), w_tau_l1_1))));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_gamma_l1_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_l1_2 = v128.load(w_beta + weightStart, 32);
          const w_tau_l1_2 = v128.load(w_tau + weightStart, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, v128.and(f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted1_2), w_gamma_l1_2), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted0_2), w_gamma_l1_2), w_beta_l1_2), w_tau_l1_2))));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_gamma_l1_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_l1_3 = v128.load(w_beta + weightStart, 48);
          const w_tau_l1_3 = v128.load(w_tau + weightStart, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, v128.and(f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted1_3), w_gamma_l1_3), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted0_3), w_gamma_l1_3), w_beta_l1_3), w_tau_l1_3))));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_squaresGradient_1 = acc1_0_1;
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_squaresGradient_2 = acc1_0_2;
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_squaresGradient_3 = acc1_0_3;
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          const t_lo_0_0: v128 = f32x4.mul(e_x_lo_0, g_hoisted2_0);
          const t_lo_0_1: v128 = f32x4.mul(t_lo_0_0, w_gamma_lo_0);
          const t_lo_0_2: v128 = f32x4.add(t_lo_0_1, w_beta_lo_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(g_hoisted2_0, w_gamma_lo_0), f32x4.gt(t_lo_0_2, w_tau_lo_0))), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(t_lo_0_0, f32x4.gt(t_lo_0_2, w_tau_lo_0)))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_2, w_tau_lo_0)))));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.mul(e_dy_lo_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_2, w_tau_lo_0)))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.splat(<f32>(0.0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          const w_tau_lo_1 = v128.load(w_tau + weightStart, 16);
          const t_lo_1_0: v128 = f32x4.mul(e_x_lo_1, g_hoisted2_1);
          const t_lo_1_1: v128 = f32x4.mul(t_lo_1_0, w_gamma_lo_1);
          const t_lo_1_2: v128 = f32x4.add(t_lo_1_1, w_beta_lo_1);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, v128.and(f32x4.mul(g_hoisted2_1, w_gamma_lo_1), f32x4.gt(t_lo_1_2, w_tau_lo_1))), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, v128.and(t_lo_1_0, f32x4.gt(t_lo_1_2, w_tau_lo_1)))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), f32x4.mul(e_dy_lo_1, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_1_2, w_tau_lo_1)))), 16);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 16), f32x4.mul(e_dy_lo_1, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_1_2, w_tau_lo_1)))), 16);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 16), f32x4.splat(<f32>(0.0))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          const w_tau_lo_2 = v128.load(w_tau + weightStart, 32);
          const t_lo_2_0: v128 = f32x4.mul(e_x_lo_2, g_hoisted2_2);
          const t_lo_2_1: v128 = f32x4.mul(t_lo_2_0, w_gamma_lo_2);
          const t_lo_2_2: v128 = f32x4.add(t_lo_2_1, w_beta_lo_2);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, v128.and(f32x4.mul(g_hoisted2_2, w_gamma_lo_2), f32x4.gt(t_lo_2_2, w_tau_lo_2))), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, v128.and(t_lo_2_0, f32x4.gt(t_lo_2_2, w_tau_lo_2)))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), f32x4.mul(e_dy_lo_2, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_2_2, w_tau_lo_2)))), 32);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 32), f32x4.mul(e_dy_lo_2, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_2_2, w_tau_lo_2)))), 32);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 32), f32x4.splat(<f32>(0.0))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          const w_tau_lo_3 = v128.load(w_tau + weightStart, 48);
          const t_lo_3_0: v128 = f32x4.mul(e_x_lo_3, g_hoisted2_3);
          const t_lo_3_1: v128 = f32x4.mul(t_lo_3_0, w_gamma_lo_3);
          const t_lo_3_2: v128 = f32x4.add(t_lo_3_1, w_beta_lo_3);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, v128.and(f32x4.mul(g_hoisted2_3, w_gamma_lo_3), f32x4.gt(t_lo_3_2, w_tau_lo_3))), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, v128.and(t_lo_3_0, f32x4.gt(t_lo_3_2, w_tau_lo_3)))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), f32x4.mul(e_dy_lo_3, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_3_2, w_tau_lo_3)))), 48);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 48), f32x4.mul(e_dy_lo_3, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_3_2, w_tau_lo_3)))), 48);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 48), f32x4.splat(<f32>(0.0))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const t_f0_1_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_0_0, f32x4.mul(t_f0_1_0_0, t_f0_1_0_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          const w_beta_l1_0 = v128.load(w_beta + weightStart);
          const w_tau_l1_0 = v128.load(w_tau + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, v128.and(f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted1_0), w_gamma_l1_0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0), w_beta_l1_0), w_tau_l1_0))));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          const t_lo_0_0: v128 = f32x4.mul(e_x_lo_0, g_hoisted2_0);
          const t_lo_0_1: v128 = f32x4.mul(t_lo_0_0, w_gamma_lo_0);
          const t_lo_0_2: v128 = f32x4.add(t_lo_0_1, w_beta_lo_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(g_hoisted2_0, w_gamma_lo_0), f32x4.gt(t_lo_0_2, w_tau_lo_0))), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(t_lo_0_0, f32x4.gt(t_lo_0_2, w_tau_lo_0)))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_2, w_tau_lo_0)))));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.mul(e_dy_lo_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_2, w_tau_lo_0)))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.splat(<f32>(0.0))));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f0_1_0_0: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted1: f32 = ((<f32>(-0.5) * (t_f0_1_0_0 * (t_f0_1_0_0 * t_f0_1_0_0))) * (<f32>(1.0) / count));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_p1_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_p1_row0 = v128.load(w_tau + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted1_v), w_gamma_p1_row0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0), w_beta_p1_row0), w_tau_p1_row0))));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_p1_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_p1_row16 = v128.load(w_beta + weightStart + column, 16);
          const w_tau_p1_row16 = v128.load(w_tau + weightStart + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted1_v), w_gamma_p1_row16), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted0_v), w_gamma_p1_row16), w_beta_p1_row16), w_tau_p1_row16))));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_p1_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_p1_row32 = v128.load(w_beta + weightStart + column, 32);
          const w_tau_p1_row32 = v128.load(w_tau + weightStart + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted1_v), w_gamma_p1_row32), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted0_v), w_gamma_p1_row32), w_beta_p1_row32), w_tau_p1_row32))));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_p1_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_p1_row48 = v128.load(w_beta + weightStart + column, 48);
          const w_tau_p1_row48 = v128.load(w_tau + weightStart + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted1_v), w_gamma_p1_row48), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted0_v), w_gamma_p1_row48), w_beta_p1_row48), w_tau_p1_row48))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_p1_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_p1_row0 = v128.load(w_tau + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted1_v), w_gamma_p1_row0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0), w_beta_p1_row0), w_tau_p1_row0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_p1_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_p1_scalar0 = load<f32>(w_beta + weightStart + column);
          const w_tau_p1_scalar0 = load<f32>(w_tau + weightStart + column);
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * select<f32>(((e_x_p1_scalar0 * g_hoisted1) * w_gamma_p1_scalar0), <f32>(0.0), ((((e_x_p1_scalar0 * g_hoisted0) * w_gamma_p1_scalar0) + w_beta_p1_scalar0) > w_tau_p1_scalar0)));
        }
      }
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          const t_o_row0_0: v128 = f32x4.mul(e_x_o_row0, g_hoisted2_v);
          const t_o_row0_1: v128 = f32x4.mul(t_o_row0_0, w_gamma_o_row0);
          const t_o_row0_2: v128 = f32x4.add(t_o_row0_1, w_beta_o_row0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(g_hoisted2_v, w_gamma_o_row0), f32x4.gt(t_o_row0_2, w_tau_o_row0))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(t_o_row0_0, f32x4.gt(t_o_row0_2, w_tau_o_row0)))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_2, w_tau_o_row0)))));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_2, w_tau_o_row0)))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.splat(<f32>(0.0))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          const w_tau_o_row16 = v128.load(w_tau + weightStart + column, 16);
          const t_o_row16_0: v128 = f32x4.mul(e_x_o_row16, g_hoisted2_v);
          const t_o_row16_1: v128 = f32x4.mul(t_o_row16_0, w_gamma_o_row16);
          const t_o_row16_2: v128 = f32x4.add(t_o_row16_1, w_beta_o_row16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, v128.and(f32x4.mul(g_hoisted2_v, w_gamma_o_row16), f32x4.gt(t_o_row16_2, w_tau_o_row16))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, v128.and(t_o_row16_0, f32x4.gt(t_o_row16_2, w_tau_o_row16)))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row16_2, w_tau_o_row16)))), 16);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row16_2, w_tau_o_row16)))), 16);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 16), f32x4.splat(<f32>(0.0))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          const w_tau_o_row32 = v128.load(w_tau + weightStart + column, 32);
          const t_o_row32_0: v128 = f32x4.mul(e_x_o_row32, g_hoisted2_v);
          const t_o_row32_1: v128 = f32x4.mul(t_o_row32_0, w_gamma_o_row32);
          const t_o_row32_2: v128 = f32x4.add(t_o_row32_1, w_beta_o_row32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, v128.and(f32x4.mul(g_hoisted2_v, w_gamma_o_row32), f32x4.gt(t_o_row32_2, w_tau_o_row32))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, v128.and(t_o_row32_0, f32x4.gt(t_o_row32_2, w_tau_o_row32)))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row32_2, w_tau_o_row32)))), 32);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row32_2, w_tau_o_row32)))), 32);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 32), f32x4.splat(<f32>(0.0))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          const w_tau_o_row48 = v128.load(w_tau + weightStart + column, 48);
          const t_o_row48_0: v128 = f32x4.mul(e_x_o_row48, g_hoisted2_v);
          const t_o_row48_1: v128 = f32x4.mul(t_o_row48_0, w_gamma_o_row48);
          const t_o_row48_2: v128 = f32x4.add(t_o_row48_1, w_beta_o_row48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, v128.and(f32x4.mul(g_hoisted2_v, w_gamma_o_row48), f32x4.gt(t_o_row48_2, w_tau_o_row48))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, v128.and(t_o_row48_0, f32x4.gt(t_o_row48_2, w_tau_o_row48)))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row48_2, w_tau_o_row48)))), 48);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row48_2, w_tau_o_row48)))), 48);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 48), f32x4.splat(<f32>(0.0))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          const t_o_row0_0: v128 = f32x4.mul(e_x_o_row0, g_hoisted2_v);
          const t_o_row0_1: v128 = f32x4.mul(t_o_row0_0, w_gamma_o_row0);
          const t_o_row0_2: v128 = f32x4.add(t_o_row0_1, w_beta_o_row0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(g_hoisted2_v, w_gamma_o_row0), f32x4.gt(t_o_row0_2, w_tau_o_row0))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(t_o_row0_0, f32x4.gt(t_o_row0_2, w_tau_o_row0)))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_2, w_tau_o_row0)))));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_2, w_tau_o_row0)))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.splat(<f32>(0.0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          const w_tau_o_scalar0 = load<f32>(w_tau + weightStart + column);
          const t_o_scalar0_0: f32 = (e_x_o_scalar0 * g_hoisted2);
          const t_o_scalar0_1: f32 = (t_o_scalar0_0 * w_gamma_o_scalar0);
          const t_o_scalar0_2: f32 = (t_o_scalar0_1 + w_beta_o_scalar0);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * select<f32>((g_hoisted2 * w_gamma_o_scalar0), <f32>(0.0), (t_o_scalar0_2 > w_tau_o_scalar0))) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * select<f32>(t_o_scalar0_0, <f32>(0.0), (t_o_scalar0_2 > w_tau_o_scalar0))));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + (e_dy_o_scalar0 * select<f32>(<f32>(1.0), <f32>(0.0), (t_o_scalar0_2 > w_tau_o_scalar0))));
          store<f32>(sum2 + weightStart + column, load<f32>(sum2 + weightStart + column) + (e_dy_o_scalar0 * select<f32>(<f32>(0.0), <f32>(1.0), (t_o_scalar0_2 > w_tau_o_scalar0))));
          store<f32>(sum3 + weightStart + column, load<f32>(sum3 + weightStart + column) + <f32>(0.0));
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_on__tlu_on_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, w_tau: usize, w_learnedEpsilon: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(g_squares_1, count_v);
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(g_squares_2, count_v);
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(g_squares_3, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_0)))))), w_gamma_lo_0), w_beta_lo_0), w_tau_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_learnedEpsilon_lo_1 = v128.load(w_learnedEpsilon + weightStart, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          const w_tau_lo_1 = v128.load(w_tau + weightStart, 16);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_1, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_1, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_1)))))), w_gamma_lo_1), w_beta_lo_1), w_tau_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_learnedEpsilon_lo_2 = v128.load(w_learnedEpsilon + weightStart, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          const w_tau_lo_2 = v128.load(w_tau + weightStart, 32);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_2, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_2, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_2)))))), w_gamma_lo_2), w_beta_lo_2), w_tau_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_learnedEpsilon_lo_3 = v128.load(w_learnedEpsilon + weightStart, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          const w_tau_lo_3 = v128.load(w_tau + weightStart, 48);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_3, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_3, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_3)))))), w_gamma_lo_3), w_beta_lo_3), w_tau_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          v128.store(out0 + row, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_0)))))), w_gamma_lo_0), w_beta_lo_0), w_tau_lo_0));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (g_squares / count);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row0)))))), w_gamma_o_row0), w_beta_o_row0), w_tau_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_learnedEpsilon_o_row16 = v128.load(w_learnedEpsilon + weightStart + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          const w_tau_o_row16 = v128.load(w_tau + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row16, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row16)))))), w_gamma_o_row16), w_beta_o_row16), w_tau_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_learnedEpsilon_o_row32 = v128.load(w_learnedEpsilon + weightStart + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          const w_tau_o_row32 = v128.load(w_tau + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row32, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row32)))))), w_gamma_o_row32), w_beta_o_row32), w_tau_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_learnedEpsilon_o_row48 = v128.load(w_learnedEpsilon + weightStart + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          const w_tau_o_row48 = v128.load(w_tau + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row48, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row48)))))), w_gamma_o_row48), w_beta_o_row48), w_tau_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          v128.store(out0 + row + column, f32x4.max(f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row0)))))), w_gamma_o_row0), w_beta_o_row0), w_tau_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_learnedEpsilon_o_scalar0 = load<f32>(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          const w_tau_o_scalar0 = load<f32>(w_tau + weightStart + column);
          store<f32>(out0 + row + column, max<f32>((((e_x_o_scalar0 * (<f32>(1.0) / sqrt<f32>((g_hoisted0 + (p_epsilon + abs<f32>(w_learnedEpsilon_o_scalar0)))))) * w_gamma_o_scalar0) + w_beta_o_scalar0), w_tau_o_scalar0));
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_on__tlu_on_backward(out0: usize, sum0: usize, sum1: usize, sum2: usize, sum3: usize, e_dy: usize, e_x: usize, w_gamma: usize, w_beta: usize, w_tau: usize, w_learnedEpsilon: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  memory.fill(sum2, 0, <usize>(kept * within) << 2);
  memory.fill(sum3, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(g_squares_1, count_v);
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(g_squares_2, count_v);
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(g_squares_3, count_v);
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_learnedEpsilon_l1_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          const w_beta_l1_0 = v128.load(w_beta + weightStart);
          const w_tau_l1_0 = v128.load(w_tau + weightStart);
          const t_l1_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, v128.and(f32x4.mul(f32x4.mul(e_x_l1_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_0_0, f32x4.mul(t_l1_0_0, t_l1_0_0))), g_hoisted1_0)), w_gamma_l1_0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_0, t_l1_0_0), w_gamma_l1_0), w_beta_l1_0), w_tau_l1_0))));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_learnedEpsilon_l1_1 = v128.load(w_learnedEpsilon + weightStart, 16);
          const w_gamma_l1_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_l1_1 = v128.load(w_beta + weightStart, 16);
          const w_tau_l1_1 = v128.load(w_tau + weightStart, 16);
          const t_l1_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_1, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_1)))));
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, v128.and(f32x4.mul(f32x4.mul(e_x_l1_1, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_1_0, f32x4.mul(t_l1_1_0, t_l1_1_0))), g_hoisted1_1)), w_gamma_l1_1), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_1, t_l1_1_0), w_gamma_l1_1), w_beta_l1_1), w_tau_l1_1))));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_learnedEpsilon_l1_2 = v128.load(w_learnedEpsilon + weightStart, 32);
          const w_gamma_l1_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_l1_2 = v128.load(w_beta + weightStart, 32);
          const w_tau_l1_2 = v128.load(w_tau + weightStart, 32);
          const t_l1_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_2, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_2)))));
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, v128.and(f32x4.mul(f32x4.mul(e_x_l1_2, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_2_0, f32x4.mul(t_l1_2_0, t_l1_2_0))), g_hoisted1_2)), w_gamma_l1_2), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_2, t_l1_2_0), w_gamma_l1_2), w_beta_l1_2), w_tau_l1_2))));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_learnedEpsilon_l1_3 = v128.load(w_learnedEpsilon + weightStart, 48);
          const w_gamma_l1_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_l1_3 = v128.load(w_beta + weightStart, 48);
          const w_tau_l1_3 = v128.load(w_tau + weightStart, 48);
          const t_l1_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_3, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_3)))));
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, v128.and(f32x4.mul(f32x4.mul(e_x_l1_3, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_3_0, f32x4.mul(t_l1_3_0, t_l1_3_0))), g_hoisted1_3)), w_gamma_l1_3), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_3, t_l1_3_0), w_gamma_l1_3), w_beta_l1_3), w_tau_l1_3))));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted2_0 = f32x4.div(g_squares_0, count_v);
        const g_squaresGradient_1 = acc1_0_1;
        const g_hoisted2_1 = f32x4.div(g_squares_1, count_v);
        const g_squaresGradient_2 = acc1_0_2;
        const g_hoisted2_2 = f32x4.div(g_squares_2, count_v);
        const g_squaresGradient_3 = acc1_0_3;
        const g_hoisted2_3 = f32x4.div(g_squares_3, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          const t_lo_0_0: v128 = f32x4.abs(w_learnedEpsilon_lo_0);
          const t_lo_0_1: v128 = f32x4.add(p_epsilon_v, t_lo_0_0);
          const t_lo_0_2: v128 = f32x4.add(g_hoisted2_0, t_lo_0_1);
          const t_lo_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_0_2));
          const t_lo_0_4: v128 = f32x4.mul(e_x_lo_0, t_lo_0_3);
          const t_lo_0_5: v128 = f32x4.mul(t_lo_0_4, w_gamma_lo_0);
          const t_lo_0_6: v128 = f32x4.add(t_lo_0_5, w_beta_lo_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(t_lo_0_3, w_gamma_lo_0), f32x4.gt(t_lo_0_6, w_tau_lo_0))), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(t_lo_0_4, f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.mul(e_dy_lo_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_0_3, f32x4.mul(t_lo_0_3, t_lo_0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_0, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_0), f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_learnedEpsilon_lo_1 = v128.load(w_learnedEpsilon + weightStart, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          const w_tau_lo_1 = v128.load(w_tau + weightStart, 16);
          const t_lo_1_0: v128 = f32x4.abs(w_learnedEpsilon_lo_1);
          const t_lo_1_1: v128 = f32x4.add(p_epsilon_v, t_lo_1_0);
          const t_lo_1_2: v128 = f32x4.add(g_hoisted2_1, t_lo_1_1);
          const t_lo_1_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_1_2));
          const t_lo_1_4: v128 = f32x4.mul(e_x_lo_1, t_lo_1_3);
          const t_lo_1_5: v128 = f32x4.mul(t_lo_1_4, w_gamma_lo_1);
          const t_lo_1_6: v128 = f32x4.add(t_lo_1_5, w_beta_lo_1);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, v128.and(f32x4.mul(t_lo_1_3, w_gamma_lo_1), f32x4.gt(t_lo_1_6, w_tau_lo_1))), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, v128.and(t_lo_1_4, f32x4.gt(t_lo_1_6, w_tau_lo_1)))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), f32x4.mul(e_dy_lo_1, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_1_6, w_tau_lo_1)))), 16);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 16), f32x4.mul(e_dy_lo_1, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_1_6, w_tau_lo_1)))), 16);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 16), f32x4.mul(e_dy_lo_1, v128.and(f32x4.mul(f32x4.mul(e_x_lo_1, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_1_3, f32x4.mul(t_lo_1_3, t_lo_1_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_1, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_1), f32x4.gt(t_lo_1_6, w_tau_lo_1)))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_learnedEpsilon_lo_2 = v128.load(w_learnedEpsilon + weightStart, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          const w_tau_lo_2 = v128.load(w_tau + weightStart, 32);
          const t_lo_2_0: v128 = f32x4.abs(w_learnedEpsilon_lo_2);
          const t_lo_2_1: v128 = f32x4.add(p_epsilon_v, t_lo_2_0);
          const t_lo_2_2: v128 = f32x4.add(g_hoisted2_2, t_lo_2_1);
          const t_lo_2_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_2_2));
          const t_lo_2_4: v128 = f32x4.mul(e_x_lo_2, t_lo_2_3);
          const t_lo_2_5: v128 = f32x4.mul(t_lo_2_4, w_gamma_lo_2);
          const t_lo_2_6: v128 = f32x4.add(t_lo_2_5, w_beta_lo_2);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, v128.and(f32x4.mul(t_lo_2_3, w_gamma_lo_2), f32x4.gt(t_lo_2_6, w_tau_lo_2))), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, v128.and(t_lo_2_4, f32x4.gt(t_lo_2_6, w_tau_lo_2)))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), f32x4.mul(e_dy_lo_2, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_2_6, w_tau_lo_2)))), 32);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 32), f32x4.mul(e_dy_lo_2, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_2_6, w_tau_lo_2)))), 32);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 32), f32x4.mul(e_dy_lo_2, v128.and(f32x4.mul(f32x4.mul(e_x_lo_2, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_2_3, f32x4.mul(t_lo_2_3, t_lo_2_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_2, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_2), f32x4.gt(t_lo_2_6, w_tau_lo_2)))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_learnedEpsilon_lo_3 = v128.load(w_learnedEpsilon + weightStart, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          const w_tau_lo_3 = v128.load(w_tau + weightStart, 48);
          const t_lo_3_0: v128 = f32x4.abs(w_learnedEpsilon_lo_3);
          const t_lo_3_1: v128 = f32x4.add(p_epsilon_v, t_lo_3_0);
          const t_lo_3_2: v128 = f32x4.add(g_hoisted2_3, t_lo_3_1);
          const t_lo_3_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_3_2));
          const t_lo_3_4: v128 = f32x4.mul(e_x_lo_3, t_lo_3_3);
          const t_lo_3_5: v128 = f32x4.mul(t_lo_3_4, w_gamma_lo_3);
          const t_lo_3_6: v128 = f32x4.add(t_lo_3_5, w_beta_lo_3);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, v128.and(f32x4.mul(t_lo_3_3, w_gamma_lo_3), f32x4.gt(t_lo_3_6, w_tau_lo_3))), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, v128.and(t_lo_3_4, f32x4.gt(t_lo_3_6, w_tau_lo_3)))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), f32x4.mul(e_dy_lo_3, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_3_6, w_tau_lo_3)))), 48);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 48), f32x4.mul(e_dy_lo_3, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_3_6, w_tau_lo_3)))), 48);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 48), f32x4.mul(e_dy_lo_3, v128.and(f32x4.mul(f32x4.mul(e_x_lo_3, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_3_3, f32x4.mul(t_lo_3_3, t_lo_3_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_3, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_3), f32x4.gt(t_lo_3_6, w_tau_lo_3)))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_learnedEpsilon_l1_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          const w_beta_l1_0 = v128.load(w_beta + weightStart);
          const w_tau_l1_0 = v128.load(w_tau + weightStart);
          const t_l1_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, v128.and(f32x4.mul(f32x4.mul(e_x_l1_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_0_0, f32x4.mul(t_l1_0_0, t_l1_0_0))), g_hoisted1_0)), w_gamma_l1_0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_l1_0, t_l1_0_0), w_gamma_l1_0), w_beta_l1_0), w_tau_l1_0))));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted2_0 = f32x4.div(g_squares_0, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          const w_tau_lo_0 = v128.load(w_tau + weightStart);
          const t_lo_0_0: v128 = f32x4.abs(w_learnedEpsilon_lo_0);
          const t_lo_0_1: v128 = f32x4.add(p_epsilon_v, t_lo_0_0);
          const t_lo_0_2: v128 = f32x4.add(g_hoisted2_0, t_lo_0_1);
          const t_lo_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_0_2));
          const t_lo_0_4: v128 = f32x4.mul(e_x_lo_0, t_lo_0_3);
          const t_lo_0_5: v128 = f32x4.mul(t_lo_0_4, w_gamma_lo_0);
          const t_lo_0_6: v128 = f32x4.add(t_lo_0_5, w_beta_lo_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(t_lo_0_3, w_gamma_lo_0), f32x4.gt(t_lo_0_6, w_tau_lo_0))), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(t_lo_0_4, f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.mul(e_dy_lo_0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.mul(e_dy_lo_0, v128.and(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_0_3, f32x4.mul(t_lo_0_3, t_lo_0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_0, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_0), f32x4.gt(t_lo_0_6, w_tau_lo_0)))));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (g_squares / count);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const g_hoisted1: f32 = (<f32>(1.0) / count);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_p1_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_p1_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_p1_row0 = v128.load(w_tau + weightStart + column);
          const t_p1_row0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row0_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0))), g_hoisted1_v)), w_gamma_p1_row0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row0, t_p1_row0_0), w_gamma_p1_row0), w_beta_p1_row0), w_tau_p1_row0))));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_learnedEpsilon_p1_row16 = v128.load(w_learnedEpsilon + weightStart + column, 16);
          const w_gamma_p1_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_p1_row16 = v128.load(w_beta + weightStart + column, 16);
          const w_tau_p1_row16 = v128.load(w_tau + weightStart + column, 16);
          const t_p1_row16_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row16)))));
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row16, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row16_0, f32x4.mul(t_p1_row16_0, t_p1_row16_0))), g_hoisted1_v)), w_gamma_p1_row16), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row16, t_p1_row16_0), w_gamma_p1_row16), w_beta_p1_row16), w_tau_p1_row16))));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_learnedEpsilon_p1_row32 = v128.load(w_learnedEpsilon + weightStart + column, 32);
          const w_gamma_p1_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_p1_row32 = v128.load(w_beta + weightStart + column, 32);
          const w_tau_p1_row32 = v128.load(w_tau + weightStart + column, 32);
          const t_p1_row32_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row32)))));
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row32, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row32_0, f32x4.mul(t_p1_row32_0, t_p1_row32_0))), g_hoisted1_v)), w_gamma_p1_row32), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row32, t_p1_row32_0), w_gamma_p1_row32), w_beta_p1_row32), w_tau_p1_row32))));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_learnedEpsilon_p1_row48 = v128.load(w_learnedEpsilon + weightStart + column, 48);
          const w_gamma_p1_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_p1_row48 = v128.load(w_beta + weightStart + column, 48);
          const w_tau_p1_row48 = v128.load(w_tau + weightStart + column, 48);
          const t_p1_row48_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row48)))));
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row48, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row48_0, f32x4.mul(t_p1_row48_0, t_p1_row48_0))), g_hoisted1_v)), w_gamma_p1_row48), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row48, t_p1_row48_0), w_gamma_p1_row48), w_beta_p1_row48), w_tau_p1_row48))));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_p1_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_p1_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_p1_row0 = v128.load(w_tau + weightStart + column);
          const t_p1_row0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, v128.and(f32x4.mul(f32x4.mul(e_x_p1_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row0_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0))), g_hoisted1_v)), w_gamma_p1_row0), f32x4.gt(f32x4.add(f32x4.mul(f32x4.mul(e_x_p1_row0, t_p1_row0_0), w_gamma_p1_row0), w_beta_p1_row0), w_tau_p1_row0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_learnedEpsilon_p1_scalar0 = load<f32>(w_learnedEpsilon + weightStart + column);
          const w_gamma_p1_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_p1_scalar0 = load<f32>(w_beta + weightStart + column);
          const w_tau_p1_scalar0 = load<f32>(w_tau + weightStart + column);
          const t_p1_scalar0_0: f32 = (<f32>(1.0) / sqrt<f32>((g_hoisted0 + (p_epsilon + abs<f32>(w_learnedEpsilon_p1_scalar0)))));
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * select<f32>(((e_x_p1_scalar0 * ((<f32>(-0.5) * (t_p1_scalar0_0 * (t_p1_scalar0_0 * t_p1_scalar0_0))) * g_hoisted1)) * w_gamma_p1_scalar0), <f32>(0.0), ((((e_x_p1_scalar0 * t_p1_scalar0_0) * w_gamma_p1_scalar0) + w_beta_p1_scalar0) > w_tau_p1_scalar0)));
        }
      }
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted2: f32 = (g_squares / count);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          const t_o_row0_0: v128 = f32x4.abs(w_learnedEpsilon_o_row0);
          const t_o_row0_1: v128 = f32x4.add(p_epsilon_v, t_o_row0_0);
          const t_o_row0_2: v128 = f32x4.add(g_hoisted2_v, t_o_row0_1);
          const t_o_row0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row0_2));
          const t_o_row0_4: v128 = f32x4.mul(e_x_o_row0, t_o_row0_3);
          const t_o_row0_5: v128 = f32x4.mul(t_o_row0_4, w_gamma_o_row0);
          const t_o_row0_6: v128 = f32x4.add(t_o_row0_5, w_beta_o_row0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(t_o_row0_3, w_gamma_o_row0), f32x4.gt(t_o_row0_6, w_tau_o_row0))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(t_o_row0_4, f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row0_3, f32x4.mul(t_o_row0_3, t_o_row0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row0, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row0), f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_learnedEpsilon_o_row16 = v128.load(w_learnedEpsilon + weightStart + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          const w_tau_o_row16 = v128.load(w_tau + weightStart + column, 16);
          const t_o_row16_0: v128 = f32x4.abs(w_learnedEpsilon_o_row16);
          const t_o_row16_1: v128 = f32x4.add(p_epsilon_v, t_o_row16_0);
          const t_o_row16_2: v128 = f32x4.add(g_hoisted2_v, t_o_row16_1);
          const t_o_row16_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row16_2));
          const t_o_row16_4: v128 = f32x4.mul(e_x_o_row16, t_o_row16_3);
          const t_o_row16_5: v128 = f32x4.mul(t_o_row16_4, w_gamma_o_row16);
          const t_o_row16_6: v128 = f32x4.add(t_o_row16_5, w_beta_o_row16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, v128.and(f32x4.mul(t_o_row16_3, w_gamma_o_row16), f32x4.gt(t_o_row16_6, w_tau_o_row16))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, v128.and(t_o_row16_4, f32x4.gt(t_o_row16_6, w_tau_o_row16)))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row16_6, w_tau_o_row16)))), 16);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row16_6, w_tau_o_row16)))), 16);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, v128.and(f32x4.mul(f32x4.mul(e_x_o_row16, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row16_3, f32x4.mul(t_o_row16_3, t_o_row16_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row16, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row16), f32x4.gt(t_o_row16_6, w_tau_o_row16)))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_learnedEpsilon_o_row32 = v128.load(w_learnedEpsilon + weightStart + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          const w_tau_o_row32 = v128.load(w_tau + weightStart + column, 32);
          const t_o_row32_0: v128 = f32x4.abs(w_learnedEpsilon_o_row32);
          const t_o_row32_1: v128 = f32x4.add(p_epsilon_v, t_o_row32_0);
          const t_o_row32_2: v128 = f32x4.add(g_hoisted2_v, t_o_row32_1);
          const t_o_row32_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row32_2));
          const t_o_row32_4: v128 = f32x4.mul(e_x_o_row32, t_o_row32_3);
          const t_o_row32_5: v128 = f32x4.mul(t_o_row32_4, w_gamma_o_row32);
          const t_o_row32_6: v128 = f32x4.add(t_o_row32_5, w_beta_o_row32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, v128.and(f32x4.mul(t_o_row32_3, w_gamma_o_row32), f32x4.gt(t_o_row32_6, w_tau_o_row32))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, v128.and(t_o_row32_4, f32x4.gt(t_o_row32_6, w_tau_o_row32)))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row32_6, w_tau_o_row32)))), 32);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row32_6, w_tau_o_row32)))), 32);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, v128.and(f32x4.mul(f32x4.mul(e_x_o_row32, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row32_3, f32x4.mul(t_o_row32_3, t_o_row32_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row32, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row32), f32x4.gt(t_o_row32_6, w_tau_o_row32)))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_learnedEpsilon_o_row48 = v128.load(w_learnedEpsilon + weightStart + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          const w_tau_o_row48 = v128.load(w_tau + weightStart + column, 48);
          const t_o_row48_0: v128 = f32x4.abs(w_learnedEpsilon_o_row48);
          const t_o_row48_1: v128 = f32x4.add(p_epsilon_v, t_o_row48_0);
          const t_o_row48_2: v128 = f32x4.add(g_hoisted2_v, t_o_row48_1);
          const t_o_row48_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row48_2));
          const t_o_row48_4: v128 = f32x4.mul(e_x_o_row48, t_o_row48_3);
          const t_o_row48_5: v128 = f32x4.mul(t_o_row48_4, w_gamma_o_row48);
          const t_o_row48_6: v128 = f32x4.add(t_o_row48_5, w_beta_o_row48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, v128.and(f32x4.mul(t_o_row48_3, w_gamma_o_row48), f32x4.gt(t_o_row48_6, w_tau_o_row48))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, v128.and(t_o_row48_4, f32x4.gt(t_o_row48_6, w_tau_o_row48)))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row48_6, w_tau_o_row48)))), 48);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row48_6, w_tau_o_row48)))), 48);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, v128.and(f32x4.mul(f32x4.mul(e_x_o_row48, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row48_3, f32x4.mul(t_o_row48_3, t_o_row48_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row48, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row48), f32x4.gt(t_o_row48_6, w_tau_o_row48)))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          const w_tau_o_row0 = v128.load(w_tau + weightStart + column);
          const t_o_row0_0: v128 = f32x4.abs(w_learnedEpsilon_o_row0);
          const t_o_row0_1: v128 = f32x4.add(p_epsilon_v, t_o_row0_0);
          const t_o_row0_2: v128 = f32x4.add(g_hoisted2_v, t_o_row0_1);
          const t_o_row0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row0_2));
          const t_o_row0_4: v128 = f32x4.mul(e_x_o_row0, t_o_row0_3);
          const t_o_row0_5: v128 = f32x4.mul(t_o_row0_4, w_gamma_o_row0);
          const t_o_row0_6: v128 = f32x4.add(t_o_row0_5, w_beta_o_row0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(t_o_row0_3, w_gamma_o_row0), f32x4.gt(t_o_row0_6, w_tau_o_row0))), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(t_o_row0_4, f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.andnot(f32x4.splat(<f32>(1.0)), f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.mul(e_dy_o_row0, v128.and(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row0_3, f32x4.mul(t_o_row0_3, t_o_row0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row0, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row0), f32x4.gt(t_o_row0_6, w_tau_o_row0)))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_learnedEpsilon_o_scalar0 = load<f32>(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          const w_tau_o_scalar0 = load<f32>(w_tau + weightStart + column);
          const t_o_scalar0_0: f32 = abs<f32>(w_learnedEpsilon_o_scalar0);
          const t_o_scalar0_1: f32 = (p_epsilon + t_o_scalar0_0);
          const t_o_scalar0_2: f32 = (g_hoisted2 + t_o_scalar0_1);
          const t_o_scalar0_3: f32 = (<f32>(1.0) / sqrt<f32>(t_o_scalar0_2));
          const t_o_scalar0_4: f32 = (e_x_o_scalar0 * t_o_scalar0_3);
          const t_o_scalar0_5: f32 = (t_o_scalar0_4 * w_gamma_o_scalar0);
          const t_o_scalar0_6: f32 = (t_o_scalar0_5 + w_beta_o_scalar0);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * select<f32>((t_o_scalar0_3 * w_gamma_o_scalar0), <f32>(0.0), (t_o_scalar0_6 > w_tau_o_scalar0))) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * select<f32>(t_o_scalar0_4, <f32>(0.0), (t_o_scalar0_6 > w_tau_o_scalar0))));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + (e_dy_o_scalar0 * select<f32>(<f32>(1.0), <f32>(0.0), (t_o_scalar0_6 > w_tau_o_scalar0))));
          store<f32>(sum2 + weightStart + column, load<f32>(sum2 + weightStart + column) + (e_dy_o_scalar0 * select<f32>(<f32>(0.0), <f32>(1.0), (t_o_scalar0_6 > w_tau_o_scalar0))));
          store<f32>(sum3 + weightStart + column, load<f32>(sum3 + weightStart + column) + (e_dy_o_scalar0 * select<f32>(((e_x_o_scalar0 * ((<f32>(-0.5) * (t_o_scalar0_3 * (t_o_scalar0_3 * t_o_scalar0_3))) * select<f32>(<f32>(1.0), <f32>(-1.0), (w_learnedEpsilon_o_scalar0 >= <f32>(0.0))))) * w_gamma_o_scalar0), <f32>(0.0), (t_o_scalar0_6 > w_tau_o_scalar0))));
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_off__tlu_off_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_1, g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_2, g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_3, g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row16, g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row32, g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row48, g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((e_x_o_scalar0 * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_off__tlu_off_backward(out0: usize, sum0: usize, sum1: usize, sum2: usize, sum3: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  memory.fill(sum2, 0, <usize>(kept * within) << 2);
  memory.fill(sum3, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_0, f32x4.mul(t_f0_0_0_0, t_f0_0_0_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_1 = acc0_0_1;
        const t_f0_0_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_hoisted0_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_1_0, f32x4.mul(t_f0_0_1_0, t_f0_0_1_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_2 = acc0_0_2;
        const t_f0_0_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_hoisted0_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_2_0, f32x4.mul(t_f0_0_2_0, t_f0_0_2_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        const g_squares_3 = acc0_0_3;
        const t_f0_0_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        const g_hoisted0_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_3_0, f32x4.mul(t_f0_0_3_0, t_f0_0_3_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0)));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_gamma_l1_1 = v128.load(w_gamma + weightStart, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted0_1), w_gamma_l1_1)));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_gamma_l1_2 = v128.load(w_gamma + weightStart, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted0_2), w_gamma_l1_2)));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_gamma_l1_3 = v128.load(w_gamma + weightStart, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted0_3), w_gamma_l1_3)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_squaresGradient_1 = acc1_0_1;
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_1, count_v), p_epsilon_v)));
        const g_squaresGradient_2 = acc1_0_2;
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_2, count_v), p_epsilon_v)));
        const g_squaresGradient_3 = acc1_0_3;
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_3, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.splat(<f32>(0.0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted1_1, w_gamma_lo_1)), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(e_x_lo_1, g_hoisted1_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 16), f32x4.splat(<f32>(0.0))), 16);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 16), f32x4.splat(<f32>(0.0))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted1_2, w_gamma_lo_2)), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(e_x_lo_2, g_hoisted1_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 32), f32x4.splat(<f32>(0.0))), 32);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 32), f32x4.splat(<f32>(0.0))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted1_3, w_gamma_lo_3)), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(e_x_lo_3, g_hoisted1_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 48), f32x4.splat(<f32>(0.0))), 48);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 48), f32x4.splat(<f32>(0.0))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_0, f32x4.mul(t_f0_0_0_0, t_f0_0_0_0))), f32x4.div(f32x4.splat(<f32>(1.0)), count_v));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(g_squares_0, count_v), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.splat(<f32>(0.0))));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const t_f0_0_0_0: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted0: f32 = ((<f32>(-0.5) * (t_f0_0_0_0 * (t_f0_0_0_0 * t_f0_0_0_0))) * (<f32>(1.0) / count));
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0)));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_p1_row16 = v128.load(w_gamma + weightStart + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted0_v), w_gamma_p1_row16)));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_p1_row32 = v128.load(w_gamma + weightStart + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted0_v), w_gamma_p1_row32)));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_p1_row48 = v128.load(w_gamma + weightStart + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted0_v), w_gamma_p1_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_p1_scalar0 = load<f32>(w_gamma + weightStart + column);
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * ((e_x_p1_scalar0 * g_hoisted0) * w_gamma_p1_scalar0));
        }
      }
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted1: f32 = (<f32>(1.0) / sqrt<f32>(((g_squares / count) + p_epsilon)));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.splat(<f32>(0.0))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted1_v, w_gamma_o_row16)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, g_hoisted1_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 16), f32x4.splat(<f32>(0.0))), 16);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 16), f32x4.splat(<f32>(0.0))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted1_v, w_gamma_o_row32)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, g_hoisted1_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 32), f32x4.splat(<f32>(0.0))), 32);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 32), f32x4.splat(<f32>(0.0))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted1_v, w_gamma_o_row48)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, g_hoisted1_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 48), f32x4.splat(<f32>(0.0))), 48);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 48), f32x4.splat(<f32>(0.0))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.splat(<f32>(0.0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (g_hoisted1 * w_gamma_o_scalar0)) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (e_x_o_scalar0 * g_hoisted1)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
          store<f32>(sum2 + weightStart + column, load<f32>(sum2 + weightStart + column) + <f32>(0.0));
          store<f32>(sum3 + weightStart + column, load<f32>(sum3 + weightStart + column) + <f32>(0.0));
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_on__tlu_off_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, w_learnedEpsilon: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(g_squares_1, count_v);
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(g_squares_2, count_v);
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(g_squares_3, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_0)))))), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_learnedEpsilon_lo_1 = v128.load(w_learnedEpsilon + weightStart, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_1, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_1, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_1)))))), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_learnedEpsilon_lo_2 = v128.load(w_learnedEpsilon + weightStart, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_2, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_2, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_2)))))), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_learnedEpsilon_lo_3 = v128.load(w_learnedEpsilon + weightStart, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_3, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_3, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_3)))))), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_lo_0)))))), w_gamma_lo_0), w_beta_lo_0));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (g_squares / count);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row0)))))), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_learnedEpsilon_o_row16 = v128.load(w_learnedEpsilon + weightStart + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row16, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row16)))))), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_learnedEpsilon_o_row32 = v128.load(w_learnedEpsilon + weightStart + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row32, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row32)))))), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_learnedEpsilon_o_row48 = v128.load(w_learnedEpsilon + weightStart + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row48, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row48)))))), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_o_row0)))))), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_learnedEpsilon_o_scalar0 = load<f32>(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((e_x_o_scalar0 * (<f32>(1.0) / sqrt<f32>((g_hoisted0 + (p_epsilon + abs<f32>(w_learnedEpsilon_o_scalar0)))))) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function filter_response_norm_learnedEpsilon_on__tlu_off_backward(out0: usize, sum0: usize, sum1: usize, sum2: usize, sum3: usize, e_dy: usize, e_x: usize, w_gamma: usize, w_learnedEpsilon: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  memory.fill(sum2, 0, <usize>(kept * within) << 2);
  memory.fill(sum3, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(g_squares_1, count_v);
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(g_squares_2, count_v);
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(g_squares_3, count_v);
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_learnedEpsilon_l1_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          const t_l1_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_0_0, f32x4.mul(t_l1_0_0, t_l1_0_0))), g_hoisted1_0)), w_gamma_l1_0)));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_learnedEpsilon_l1_1 = v128.load(w_learnedEpsilon + weightStart, 16);
          const w_gamma_l1_1 = v128.load(w_gamma + weightStart, 16);
          const t_l1_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_1, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_1)))));
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, f32x4.mul(f32x4.mul(e_x_l1_1, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_1_0, f32x4.mul(t_l1_1_0, t_l1_1_0))), g_hoisted1_1)), w_gamma_l1_1)));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_learnedEpsilon_l1_2 = v128.load(w_learnedEpsilon + weightStart, 32);
          const w_gamma_l1_2 = v128.load(w_gamma + weightStart, 32);
          const t_l1_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_2, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_2)))));
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, f32x4.mul(f32x4.mul(e_x_l1_2, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_2_0, f32x4.mul(t_l1_2_0, t_l1_2_0))), g_hoisted1_2)), w_gamma_l1_2)));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_learnedEpsilon_l1_3 = v128.load(w_learnedEpsilon + weightStart, 48);
          const w_gamma_l1_3 = v128.load(w_gamma + weightStart, 48);
          const t_l1_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_3, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_3)))));
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, f32x4.mul(f32x4.mul(e_x_l1_3, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_3_0, f32x4.mul(t_l1_3_0, t_l1_3_0))), g_hoisted1_3)), w_gamma_l1_3)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted2_0 = f32x4.div(g_squares_0, count_v);
        const g_squaresGradient_1 = acc1_0_1;
        const g_hoisted2_1 = f32x4.div(g_squares_1, count_v);
        const g_squaresGradient_2 = acc1_0_2;
        const g_hoisted2_2 = f32x4.div(g_squares_2, count_v);
        const g_squaresGradient_3 = acc1_0_3;
        const g_hoisted2_3 = f32x4.div(g_squares_3, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.abs(w_learnedEpsilon_lo_0);
          const t_lo_0_1: v128 = f32x4.add(p_epsilon_v, t_lo_0_0);
          const t_lo_0_2: v128 = f32x4.add(g_hoisted2_0, t_lo_0_1);
          const t_lo_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_0_2));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(t_lo_0_3, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, t_lo_0_3))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_0_3, f32x4.mul(t_lo_0_3, t_lo_0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_0, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_learnedEpsilon_lo_1 = v128.load(w_learnedEpsilon + weightStart, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const t_lo_1_0: v128 = f32x4.abs(w_learnedEpsilon_lo_1);
          const t_lo_1_1: v128 = f32x4.add(p_epsilon_v, t_lo_1_0);
          const t_lo_1_2: v128 = f32x4.add(g_hoisted2_1, t_lo_1_1);
          const t_lo_1_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_1_2));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(t_lo_1_3, w_gamma_lo_1)), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(e_x_lo_1, t_lo_1_3))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 16), f32x4.splat(<f32>(0.0))), 16);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.mul(e_x_lo_1, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_1_3, f32x4.mul(t_lo_1_3, t_lo_1_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_1, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_learnedEpsilon_lo_2 = v128.load(w_learnedEpsilon + weightStart, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const t_lo_2_0: v128 = f32x4.abs(w_learnedEpsilon_lo_2);
          const t_lo_2_1: v128 = f32x4.add(p_epsilon_v, t_lo_2_0);
          const t_lo_2_2: v128 = f32x4.add(g_hoisted2_2, t_lo_2_1);
          const t_lo_2_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_2_2));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(t_lo_2_3, w_gamma_lo_2)), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(e_x_lo_2, t_lo_2_3))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 32), f32x4.splat(<f32>(0.0))), 32);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.mul(e_x_lo_2, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_2_3, f32x4.mul(t_lo_2_3, t_lo_2_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_2, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_learnedEpsilon_lo_3 = v128.load(w_learnedEpsilon + weightStart, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const t_lo_3_0: v128 = f32x4.abs(w_learnedEpsilon_lo_3);
          const t_lo_3_1: v128 = f32x4.add(p_epsilon_v, t_lo_3_0);
          const t_lo_3_2: v128 = f32x4.add(g_hoisted2_3, t_lo_3_1);
          const t_lo_3_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_3_2));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(t_lo_3_3, w_gamma_lo_3)), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(e_x_lo_3, t_lo_3_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 48), f32x4.splat(<f32>(0.0))), 48);
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.mul(e_x_lo_3, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_3_3, f32x4.mul(t_lo_3_3, t_lo_3_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_3, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_3))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(g_squares_0, count_v);
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_learnedEpsilon_l1_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          const t_l1_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_0, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_l1_0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_l1_0_0, f32x4.mul(t_l1_0_0, t_l1_0_0))), g_hoisted1_0)), w_gamma_l1_0)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted2_0 = f32x4.div(g_squares_0, count_v);
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_learnedEpsilon_lo_0 = v128.load(w_learnedEpsilon + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const t_lo_0_0: v128 = f32x4.abs(w_learnedEpsilon_lo_0);
          const t_lo_0_1: v128 = f32x4.add(p_epsilon_v, t_lo_0_0);
          const t_lo_0_2: v128 = f32x4.add(g_hoisted2_0, t_lo_0_1);
          const t_lo_0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_lo_0_2));
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(t_lo_0_3, w_gamma_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, t_lo_0_3))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart, f32x4.add(v128.load(sum3 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_lo_0_3, f32x4.mul(t_lo_0_3, t_lo_0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_lo_0, f32x4.splat(<f32>(0.0)))))), w_gamma_lo_0))));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (g_squares / count);
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const g_hoisted1: f32 = (<f32>(1.0) / count);
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_p1_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          const t_p1_row0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row0_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0))), g_hoisted1_v)), w_gamma_p1_row0)));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_learnedEpsilon_p1_row16 = v128.load(w_learnedEpsilon + weightStart + column, 16);
          const w_gamma_p1_row16 = v128.load(w_gamma + weightStart + column, 16);
          const t_p1_row16_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row16)))));
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, f32x4.mul(f32x4.mul(e_x_p1_row16, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row16_0, f32x4.mul(t_p1_row16_0, t_p1_row16_0))), g_hoisted1_v)), w_gamma_p1_row16)));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_learnedEpsilon_p1_row32 = v128.load(w_learnedEpsilon + weightStart + column, 32);
          const w_gamma_p1_row32 = v128.load(w_gamma + weightStart + column, 32);
          const t_p1_row32_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row32)))));
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, f32x4.mul(f32x4.mul(e_x_p1_row32, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row32_0, f32x4.mul(t_p1_row32_0, t_p1_row32_0))), g_hoisted1_v)), w_gamma_p1_row32)));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_learnedEpsilon_p1_row48 = v128.load(w_learnedEpsilon + weightStart + column, 48);
          const w_gamma_p1_row48 = v128.load(w_gamma + weightStart + column, 48);
          const t_p1_row48_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row48)))));
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, f32x4.mul(f32x4.mul(e_x_p1_row48, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row48_0, f32x4.mul(t_p1_row48_0, t_p1_row48_0))), g_hoisted1_v)), w_gamma_p1_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_learnedEpsilon_p1_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          const t_p1_row0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_hoisted0_v, f32x4.add(p_epsilon_v, f32x4.abs(w_learnedEpsilon_p1_row0)))));
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_p1_row0_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0))), g_hoisted1_v)), w_gamma_p1_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_learnedEpsilon_p1_scalar0 = load<f32>(w_learnedEpsilon + weightStart + column);
          const w_gamma_p1_scalar0 = load<f32>(w_gamma + weightStart + column);
          const t_p1_scalar0_0: f32 = (<f32>(1.0) / sqrt<f32>((g_hoisted0 + (p_epsilon + abs<f32>(w_learnedEpsilon_p1_scalar0)))));
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * ((e_x_p1_scalar0 * ((<f32>(-0.5) * (t_p1_scalar0_0 * (t_p1_scalar0_0 * t_p1_scalar0_0))) * g_hoisted1)) * w_gamma_p1_scalar0));
        }
      }
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted2: f32 = (g_squares / count);
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.abs(w_learnedEpsilon_o_row0);
          const t_o_row0_1: v128 = f32x4.add(p_epsilon_v, t_o_row0_0);
          const t_o_row0_2: v128 = f32x4.add(g_hoisted2_v, t_o_row0_1);
          const t_o_row0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row0_2));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(t_o_row0_3, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, t_o_row0_3))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row0_3, f32x4.mul(t_o_row0_3, t_o_row0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row0, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row0))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_learnedEpsilon_o_row16 = v128.load(w_learnedEpsilon + weightStart + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const t_o_row16_0: v128 = f32x4.abs(w_learnedEpsilon_o_row16);
          const t_o_row16_1: v128 = f32x4.add(p_epsilon_v, t_o_row16_0);
          const t_o_row16_2: v128 = f32x4.add(g_hoisted2_v, t_o_row16_1);
          const t_o_row16_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row16_2));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(t_o_row16_3, w_gamma_o_row16)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, t_o_row16_3))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 16), f32x4.splat(<f32>(0.0))), 16);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.mul(e_x_o_row16, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row16_3, f32x4.mul(t_o_row16_3, t_o_row16_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row16, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row16))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_learnedEpsilon_o_row32 = v128.load(w_learnedEpsilon + weightStart + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const t_o_row32_0: v128 = f32x4.abs(w_learnedEpsilon_o_row32);
          const t_o_row32_1: v128 = f32x4.add(p_epsilon_v, t_o_row32_0);
          const t_o_row32_2: v128 = f32x4.add(g_hoisted2_v, t_o_row32_1);
          const t_o_row32_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row32_2));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(t_o_row32_3, w_gamma_o_row32)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, t_o_row32_3))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 32), f32x4.splat(<f32>(0.0))), 32);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.mul(e_x_o_row32, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row32_3, f32x4.mul(t_o_row32_3, t_o_row32_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row32, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row32))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_learnedEpsilon_o_row48 = v128.load(w_learnedEpsilon + weightStart + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const t_o_row48_0: v128 = f32x4.abs(w_learnedEpsilon_o_row48);
          const t_o_row48_1: v128 = f32x4.add(p_epsilon_v, t_o_row48_0);
          const t_o_row48_2: v128 = f32x4.add(g_hoisted2_v, t_o_row48_1);
          const t_o_row48_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row48_2));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(t_o_row48_3, w_gamma_o_row48)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, t_o_row48_3))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 48), f32x4.splat(<f32>(0.0))), 48);
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.mul(e_x_o_row48, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row48_3, f32x4.mul(t_o_row48_3, t_o_row48_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row48, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row48))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_learnedEpsilon_o_row0 = v128.load(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const t_o_row0_0: v128 = f32x4.abs(w_learnedEpsilon_o_row0);
          const t_o_row0_1: v128 = f32x4.add(p_epsilon_v, t_o_row0_0);
          const t_o_row0_2: v128 = f32x4.add(g_hoisted2_v, t_o_row0_1);
          const t_o_row0_3: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(t_o_row0_2));
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(t_o_row0_3, w_gamma_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, t_o_row0_3))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.splat(<f32>(0.0))));
          v128.store(sum3 + weightStart + column, f32x4.add(v128.load(sum3 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_o_row0_3, f32x4.mul(t_o_row0_3, t_o_row0_3))), v128.bitselect(f32x4.splat(<f32>(1.0)), f32x4.splat(<f32>(-1.0)), f32x4.ge(w_learnedEpsilon_o_row0, f32x4.splat(<f32>(0.0)))))), w_gamma_o_row0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_learnedEpsilon_o_scalar0 = load<f32>(w_learnedEpsilon + weightStart + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const t_o_scalar0_0: f32 = abs<f32>(w_learnedEpsilon_o_scalar0);
          const t_o_scalar0_1: f32 = (p_epsilon + t_o_scalar0_0);
          const t_o_scalar0_2: f32 = (g_hoisted2 + t_o_scalar0_1);
          const t_o_scalar0_3: f32 = (<f32>(1.0) / sqrt<f32>(t_o_scalar0_2));
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (t_o_scalar0_3 * w_gamma_o_scalar0)) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (e_x_o_scalar0 * t_o_scalar0_3)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
          store<f32>(sum2 + weightStart + column, load<f32>(sum2 + weightStart + column) + <f32>(0.0));
          store<f32>(sum3 + weightStart + column, load<f32>(sum3 + weightStart + column) + (e_dy_o_scalar0 * ((e_x_o_scalar0 * ((<f32>(-0.5) * (t_o_scalar0_3 * (t_o_scalar0_3 * t_o_scalar0_3))) * select<f32>(<f32>(1.0), <f32>(-1.0), (w_learnedEpsilon_o_scalar0 >= <f32>(0.0))))) * w_gamma_o_scalar0)));
        }
      }
    }
  }
}

export function evo_norm_s0_nonlinearity_on_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, w_v: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_v_lo_0 = v128.load(w_v + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_0, sigmoidF32x4(f32x4.mul(w_v_lo_0, e_x_lo_0))), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_v_lo_1 = v128.load(w_v + weightStart, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_1, sigmoidF32x4(f32x4.mul(w_v_lo_1, e_x_lo_1))), g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_v_lo_2 = v128.load(w_v + weightStart, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_2, sigmoidF32x4(f32x4.mul(w_v_lo_2, e_x_lo_2))), g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_v_lo_3 = v128.load(w_v + weightStart, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_3, sigmoidF32x4(f32x4.mul(w_v_lo_3, e_x_lo_3))), g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_v_lo_0 = v128.load(w_v + weightStart);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_0, sigmoidF32x4(f32x4.mul(w_v_lo_0, e_x_lo_0))), g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_v_o_row0 = v128.load(w_v + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row0, sigmoidF32x4(f32x4.mul(w_v_o_row0, e_x_o_row0))), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_v_o_row16 = v128.load(w_v + weightStart + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row16, sigmoidF32x4(f32x4.mul(w_v_o_row16, e_x_o_row16))), g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_v_o_row32 = v128.load(w_v + weightStart + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row32, sigmoidF32x4(f32x4.mul(w_v_o_row32, e_x_o_row32))), g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_v_o_row48 = v128.load(w_v + weightStart + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row48, sigmoidF32x4(f32x4.mul(w_v_o_row48, e_x_o_row48))), g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_v_o_row0 = v128.load(w_v + weightStart + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row0, sigmoidF32x4(f32x4.mul(w_v_o_row0, e_x_o_row0))), g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_v_o_scalar0 = load<f32>(w_v + weightStart + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, ((((e_x_o_scalar0 * sigmoidF32((w_v_o_scalar0 * e_x_o_scalar0))) * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function evo_norm_s0_nonlinearity_on_backward(out0: usize, sum0: usize, sum1: usize, sum2: usize, e_dy: usize, e_x: usize, w_gamma: usize, w_v: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  memory.fill(sum2, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        const g_meanSum_1 = acc0_0_1;
        const g_meanShift_1 = f32x4.div(g_meanSum_1, count_v);
        const g_meanSum_2 = acc0_0_2;
        const g_meanShift_2 = f32x4.div(g_meanSum_2, count_v);
        const g_meanSum_3 = acc0_0_3;
        const g_meanShift_3 = f32x4.div(g_meanSum_3, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const t_l1_1_0: v128 = f32x4.sub(e_x_l1_1, g_meanShift_1);
          acc1_0_1 = f32x4.add(acc1_0_1, t_l1_1_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_l1_1_0, t_l1_1_0));
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const t_l1_2_0: v128 = f32x4.sub(e_x_l1_2, g_meanShift_2);
          acc1_0_2 = f32x4.add(acc1_0_2, t_l1_2_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_l1_2_0, t_l1_2_0));
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const t_l1_3_0: v128 = f32x4.sub(e_x_l1_3, g_meanShift_3);
          acc1_0_3 = f32x4.add(acc1_0_3, t_l1_3_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_l1_3_0, t_l1_3_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const t_f1_2_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_2_0_0, f32x4.mul(t_f1_2_0_0, t_f1_2_0_0)));
        const g_meanDeviation_1 = acc1_0_1;
        const g_meanSquares_1 = acc1_1_1;
        const g_meanCorrection_1 = f32x4.div(g_meanDeviation_1, count_v);
        const g_variance_1 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_1, count_v), f32x4.mul(g_meanCorrection_1, g_meanCorrection_1)), f32x4.splat(<f32>(0.0)));
        const t_f1_2_1_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_hoisted0_1 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_2_1_0, f32x4.mul(t_f1_2_1_0, t_f1_2_1_0)));
        const g_meanDeviation_2 = acc1_0_2;
        const g_meanSquares_2 = acc1_1_2;
        const g_meanCorrection_2 = f32x4.div(g_meanDeviation_2, count_v);
        const g_variance_2 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_2, count_v), f32x4.mul(g_meanCorrection_2, g_meanCorrection_2)), f32x4.splat(<f32>(0.0)));
        const t_f1_2_2_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_hoisted0_2 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_2_2_0, f32x4.mul(t_f1_2_2_0, t_f1_2_2_0)));
        const g_meanDeviation_3 = acc1_0_3;
        const g_meanSquares_3 = acc1_1_3;
        const g_meanCorrection_3 = f32x4.div(g_meanDeviation_3, count_v);
        const g_variance_3 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_3, count_v), f32x4.mul(g_meanCorrection_3, g_meanCorrection_3)), f32x4.splat(<f32>(0.0)));
        const t_f1_2_3_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        const g_hoisted0_3 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_2_3_0, f32x4.mul(t_f1_2_3_0, t_f1_2_3_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        let acc2_0_1 = f32x4.splat(<f32>(0.0));
        let acc2_0_2 = f32x4.splat(<f32>(0.0));
        let acc2_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const e_x_l2_0 = v128.load(e_x + row);
          const w_v_l2_0 = v128.load(w_v + weightStart);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_l2_0, sigmoidF32x4(f32x4.mul(w_v_l2_0, e_x_l2_0))), g_hoisted0_0), w_gamma_l2_0)));
          const e_dy_l2_1 = v128.load(e_dy + row, 16);
          const e_x_l2_1 = v128.load(e_x + row, 16);
          const w_v_l2_1 = v128.load(w_v + weightStart, 16);
          const w_gamma_l2_1 = v128.load(w_gamma + weightStart, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_l2_1, f32x4.mul(f32x4.mul(f32x4.mul(e_x_l2_1, sigmoidF32x4(f32x4.mul(w_v_l2_1, e_x_l2_1))), g_hoisted0_1), w_gamma_l2_1)));
          const e_dy_l2_2 = v128.load(e_dy + row, 32);
          const e_x_l2_2 = v128.load(e_x + row, 32);
          const w_v_l2_2 = v128.load(w_v + weightStart, 32);
          const w_gamma_l2_2 = v128.load(w_gamma + weightStart, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_l2_2, f32x4.mul(f32x4.mul(f32x4.mul(e_x_l2_2, sigmoidF32x4(f32x4.mul(w_v_l2_2, e_x_l2_2))), g_hoisted0_2), w_gamma_l2_2)));
          const e_dy_l2_3 = v128.load(e_dy + row, 48);
          const e_x_l2_3 = v128.load(e_x + row, 48);
          const w_v_l2_3 = v128.load(w_v + weightStart, 48);
          const w_gamma_l2_3 = v128.load(w_gamma + weightStart, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_l2_3, f32x4.mul(f32x4.mul(f32x4.mul(e_x_l2_3, sigmoidF32x4(f32x4.mul(w_v_l2_3, e_x_l2_3))), g_hoisted0_3), w_gamma_l2_3)));
        }
        const g_varianceGradient_0 = acc2_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_varianceGradient_1 = acc2_0_1;
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_1, p_epsilon_v)));
        const g_varianceGradient_2 = acc2_0_2;
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_2, p_epsilon_v)));
        const g_varianceGradient_3 = acc2_0_3;
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_3, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_v_lo_0 = v128.load(w_v + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const t_lo_0_0: v128 = f32x4.mul(w_v_lo_0, e_x_lo_0);
          const t_lo_0_1: v128 = sigmoidF32x4(t_lo_0_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.add(t_lo_0_1, f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(t_lo_0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_1)), w_v_lo_0))), g_hoisted1_0), w_gamma_lo_0)), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(e_x_lo_0, t_lo_0_1), g_hoisted1_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(t_lo_0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_1)), e_x_lo_0)), g_hoisted1_0), w_gamma_lo_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_v_lo_1 = v128.load(w_v + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const t_lo_1_0: v128 = f32x4.mul(w_v_lo_1, e_x_lo_1);
          const t_lo_1_1: v128 = sigmoidF32x4(t_lo_1_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.mul(f32x4.add(t_lo_1_1, f32x4.mul(e_x_lo_1, f32x4.mul(f32x4.mul(t_lo_1_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_1_1)), w_v_lo_1))), g_hoisted1_1), w_gamma_lo_1)), f32x4.mul(g_varianceGradient_1, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_1, g_meanShift_1), g_meanCorrection_1)), count_v))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.mul(e_x_lo_1, t_lo_1_1), g_hoisted1_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_1, f32x4.mul(f32x4.mul(t_lo_1_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_1_1)), e_x_lo_1)), g_hoisted1_1), w_gamma_lo_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_v_lo_2 = v128.load(w_v + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const t_lo_2_0: v128 = f32x4.mul(w_v_lo_2, e_x_lo_2);
          const t_lo_2_1: v128 = sigmoidF32x4(t_lo_2_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.mul(f32x4.add(t_lo_2_1, f32x4.mul(e_x_lo_2, f32x4.mul(f32x4.mul(t_lo_2_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_2_1)), w_v_lo_2))), g_hoisted1_2), w_gamma_lo_2)), f32x4.mul(g_varianceGradient_2, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_2, g_meanShift_2), g_meanCorrection_2)), count_v))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.mul(e_x_lo_2, t_lo_2_1), g_hoisted1_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_2, f32x4.mul(f32x4.mul(t_lo_2_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_2_1)), e_x_lo_2)), g_hoisted1_2), w_gamma_lo_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_v_lo_3 = v128.load(w_v + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const t_lo_3_0: v128 = f32x4.mul(w_v_lo_3, e_x_lo_3);
          const t_lo_3_1: v128 = sigmoidF32x4(t_lo_3_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.mul(f32x4.add(t_lo_3_1, f32x4.mul(e_x_lo_3, f32x4.mul(f32x4.mul(t_lo_3_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_3_1)), w_v_lo_3))), g_hoisted1_3), w_gamma_lo_3)), f32x4.mul(g_varianceGradient_3, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_3, g_meanShift_3), g_meanCorrection_3)), count_v))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.mul(e_x_lo_3, t_lo_3_1), g_hoisted1_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_3, f32x4.mul(f32x4.mul(t_lo_3_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_3_1)), e_x_lo_3)), g_hoisted1_3), w_gamma_lo_3))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
        }
        const g_meanSum_0 = acc0_0_0;
        const g_meanShift_0 = f32x4.div(g_meanSum_0, count_v);
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l1_0 = v128.load(e_x + row);
          const t_l1_0_0: v128 = f32x4.sub(e_x_l1_0, g_meanShift_0);
          acc1_0_0 = f32x4.add(acc1_0_0, t_l1_0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_l1_0_0, t_l1_0_0));
        }
        const g_meanDeviation_0 = acc1_0_0;
        const g_meanSquares_0 = acc1_1_0;
        const g_meanCorrection_0 = f32x4.div(g_meanDeviation_0, count_v);
        const g_variance_0 = f32x4.max(f32x4.sub(f32x4.div(g_meanSquares_0, count_v), f32x4.mul(g_meanCorrection_0, g_meanCorrection_0)), f32x4.splat(<f32>(0.0)));
        const t_f1_2_0_0: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f1_2_0_0, f32x4.mul(t_f1_2_0_0, t_f1_2_0_0)));
        let acc2_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l2_0 = v128.load(e_dy + row);
          const e_x_l2_0 = v128.load(e_x + row);
          const w_v_l2_0 = v128.load(w_v + weightStart);
          const w_gamma_l2_0 = v128.load(w_gamma + weightStart);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_l2_0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_l2_0, sigmoidF32x4(f32x4.mul(w_v_l2_0, e_x_l2_0))), g_hoisted0_0), w_gamma_l2_0)));
        }
        const g_varianceGradient_0 = acc2_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(g_variance_0, p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_v_lo_0 = v128.load(w_v + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const t_lo_0_0: v128 = f32x4.mul(w_v_lo_0, e_x_lo_0);
          const t_lo_0_1: v128 = sigmoidF32x4(t_lo_0_0);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.add(t_lo_0_1, f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(t_lo_0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_1)), w_v_lo_0))), g_hoisted1_0), w_gamma_lo_0)), f32x4.mul(g_varianceGradient_0, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_lo_0, g_meanShift_0), g_meanCorrection_0)), count_v))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(e_x_lo_0, t_lo_0_1), g_hoisted1_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_lo_0, f32x4.mul(f32x4.mul(t_lo_0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_1)), e_x_lo_0)), g_hoisted1_0), w_gamma_lo_0))));
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
      const g_meanSum_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_meanSum: f32 = f32x4.extract_lane(g_meanSum_lanes, 0) + f32x4.extract_lane(g_meanSum_lanes, 1) + f32x4.extract_lane(g_meanSum_lanes, 2) + f32x4.extract_lane(g_meanSum_lanes, 3) + acc0_0_s;
      const g_meanSum_v = f32x4.splat(g_meanSum);
      const g_meanShift: f32 = (g_meanSum / count);
      const g_meanShift_v = f32x4.splat(g_meanShift);
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
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const t_p1_row16_0: v128 = f32x4.sub(e_x_p1_row16, g_meanShift_v);
          acc1_0_1 = f32x4.add(acc1_0_1, t_p1_row16_0);
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(t_p1_row16_0, t_p1_row16_0));
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const t_p1_row32_0: v128 = f32x4.sub(e_x_p1_row32, g_meanShift_v);
          acc1_0_2 = f32x4.add(acc1_0_2, t_p1_row32_0);
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(t_p1_row32_0, t_p1_row32_0));
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const t_p1_row48_0: v128 = f32x4.sub(e_x_p1_row48, g_meanShift_v);
          acc1_0_3 = f32x4.add(acc1_0_3, t_p1_row48_0);
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(t_p1_row48_0, t_p1_row48_0));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const t_p1_row0_0: v128 = f32x4.sub(e_x_p1_row0, g_meanShift_v);
          acc1_0_0 = f32x4.add(acc1_0_0, t_p1_row0_0);
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(t_p1_row0_0, t_p1_row0_0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const t_p1_scalar0_0: f32 = (e_x_p1_scalar0 - g_meanShift);
          acc1_0_s = acc1_0_s + t_p1_scalar0_0;
          acc1_1_s = acc1_1_s + (t_p1_scalar0_0 * t_p1_scalar0_0);
        }
      }
      const g_meanDeviation_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_meanDeviation: f32 = f32x4.extract_lane(g_meanDeviation_lanes, 0) + f32x4.extract_lane(g_meanDeviation_lanes, 1) + f32x4.extract_lane(g_meanDeviation_lanes, 2) + f32x4.extract_lane(g_meanDeviation_lanes, 3) + acc1_0_s;
      const g_meanDeviation_v = f32x4.splat(g_meanDeviation);
      const g_meanSquares_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_meanSquares: f32 = f32x4.extract_lane(g_meanSquares_lanes, 0) + f32x4.extract_lane(g_meanSquares_lanes, 1) + f32x4.extract_lane(g_meanSquares_lanes, 2) + f32x4.extract_lane(g_meanSquares_lanes, 3) + acc1_1_s;
      const g_meanSquares_v = f32x4.splat(g_meanSquares);
      const g_meanCorrection: f32 = (g_meanDeviation / count);
      const g_meanCorrection_v = f32x4.splat(g_meanCorrection);
      const g_variance: f32 = max<f32>(((g_meanSquares / count) - (g_meanCorrection * g_meanCorrection)), <f32>(0.0));
      const g_variance_v = f32x4.splat(g_variance);
      const t_f1_2_0_0: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted0: f32 = (<f32>(-0.5) * (t_f1_2_0_0 * (t_f1_2_0_0 * t_f1_2_0_0)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
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
          const w_v_p2_row0 = v128.load(w_v + weightStart + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_p2_row0, sigmoidF32x4(f32x4.mul(w_v_p2_row0, e_x_p2_row0))), g_hoisted0_v), w_gamma_p2_row0)));
          const e_dy_p2_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p2_row16 = v128.load(e_x + row + column, 16);
          const w_v_p2_row16 = v128.load(w_v + weightStart + column, 16);
          const w_gamma_p2_row16 = v128.load(w_gamma + weightStart + column, 16);
          acc2_0_1 = f32x4.add(acc2_0_1, f32x4.mul(e_dy_p2_row16, f32x4.mul(f32x4.mul(f32x4.mul(e_x_p2_row16, sigmoidF32x4(f32x4.mul(w_v_p2_row16, e_x_p2_row16))), g_hoisted0_v), w_gamma_p2_row16)));
          const e_dy_p2_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p2_row32 = v128.load(e_x + row + column, 32);
          const w_v_p2_row32 = v128.load(w_v + weightStart + column, 32);
          const w_gamma_p2_row32 = v128.load(w_gamma + weightStart + column, 32);
          acc2_0_2 = f32x4.add(acc2_0_2, f32x4.mul(e_dy_p2_row32, f32x4.mul(f32x4.mul(f32x4.mul(e_x_p2_row32, sigmoidF32x4(f32x4.mul(w_v_p2_row32, e_x_p2_row32))), g_hoisted0_v), w_gamma_p2_row32)));
          const e_dy_p2_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p2_row48 = v128.load(e_x + row + column, 48);
          const w_v_p2_row48 = v128.load(w_v + weightStart + column, 48);
          const w_gamma_p2_row48 = v128.load(w_gamma + weightStart + column, 48);
          acc2_0_3 = f32x4.add(acc2_0_3, f32x4.mul(e_dy_p2_row48, f32x4.mul(f32x4.mul(f32x4.mul(e_x_p2_row48, sigmoidF32x4(f32x4.mul(w_v_p2_row48, e_x_p2_row48))), g_hoisted0_v), w_gamma_p2_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p2_row0 = v128.load(e_dy + row + column);
          const e_x_p2_row0 = v128.load(e_x + row + column);
          const w_v_p2_row0 = v128.load(w_v + weightStart + column);
          const w_gamma_p2_row0 = v128.load(w_gamma + weightStart + column);
          acc2_0_0 = f32x4.add(acc2_0_0, f32x4.mul(e_dy_p2_row0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_p2_row0, sigmoidF32x4(f32x4.mul(w_v_p2_row0, e_x_p2_row0))), g_hoisted0_v), w_gamma_p2_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p2_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p2_scalar0 = load<f32>(e_x + row + column);
          const w_v_p2_scalar0 = load<f32>(w_v + weightStart + column);
          const w_gamma_p2_scalar0 = load<f32>(w_gamma + weightStart + column);
          acc2_0_s = acc2_0_s + (e_dy_p2_scalar0 * (((e_x_p2_scalar0 * sigmoidF32((w_v_p2_scalar0 * e_x_p2_scalar0))) * g_hoisted0) * w_gamma_p2_scalar0));
        }
      }
      const g_varianceGradient_lanes = f32x4.add(f32x4.add(acc2_0_0, acc2_0_1), f32x4.add(acc2_0_2, acc2_0_3));
      const g_varianceGradient: f32 = f32x4.extract_lane(g_varianceGradient_lanes, 0) + f32x4.extract_lane(g_varianceGradient_lanes, 1) + f32x4.extract_lane(g_varianceGradient_lanes, 2) + f32x4.extract_lane(g_varianceGradient_lanes, 3) + acc2_0_s;
      const g_varianceGradient_v = f32x4.splat(g_varianceGradient);
      const g_hoisted1: f32 = (<f32>(1.0) / sqrt<f32>((g_variance + p_epsilon)));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_v_o_row0 = v128.load(w_v + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const t_o_row0_0: v128 = f32x4.mul(w_v_o_row0, e_x_o_row0);
          const t_o_row0_1: v128 = sigmoidF32x4(t_o_row0_0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.add(t_o_row0_1, f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(t_o_row0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_1)), w_v_o_row0))), g_hoisted1_v), w_gamma_o_row0)), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(e_x_o_row0, t_o_row0_1), g_hoisted1_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(t_o_row0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_1)), e_x_o_row0)), g_hoisted1_v), w_gamma_o_row0))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_v_o_row16 = v128.load(w_v + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const t_o_row16_0: v128 = f32x4.mul(w_v_o_row16, e_x_o_row16);
          const t_o_row16_1: v128 = sigmoidF32x4(t_o_row16_0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.mul(f32x4.add(t_o_row16_1, f32x4.mul(e_x_o_row16, f32x4.mul(f32x4.mul(t_o_row16_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row16_1)), w_v_o_row16))), g_hoisted1_v), w_gamma_o_row16)), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row16, g_meanShift_v), g_meanCorrection_v)), count_v))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.mul(e_x_o_row16, t_o_row16_1), g_hoisted1_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row16, f32x4.mul(f32x4.mul(t_o_row16_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row16_1)), e_x_o_row16)), g_hoisted1_v), w_gamma_o_row16))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_v_o_row32 = v128.load(w_v + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const t_o_row32_0: v128 = f32x4.mul(w_v_o_row32, e_x_o_row32);
          const t_o_row32_1: v128 = sigmoidF32x4(t_o_row32_0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.mul(f32x4.add(t_o_row32_1, f32x4.mul(e_x_o_row32, f32x4.mul(f32x4.mul(t_o_row32_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row32_1)), w_v_o_row32))), g_hoisted1_v), w_gamma_o_row32)), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row32, g_meanShift_v), g_meanCorrection_v)), count_v))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.mul(e_x_o_row32, t_o_row32_1), g_hoisted1_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row32, f32x4.mul(f32x4.mul(t_o_row32_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row32_1)), e_x_o_row32)), g_hoisted1_v), w_gamma_o_row32))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_v_o_row48 = v128.load(w_v + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const t_o_row48_0: v128 = f32x4.mul(w_v_o_row48, e_x_o_row48);
          const t_o_row48_1: v128 = sigmoidF32x4(t_o_row48_0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.mul(f32x4.add(t_o_row48_1, f32x4.mul(e_x_o_row48, f32x4.mul(f32x4.mul(t_o_row48_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row48_1)), w_v_o_row48))), g_hoisted1_v), w_gamma_o_row48)), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row48, g_meanShift_v), g_meanCorrection_v)), count_v))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.mul(e_x_o_row48, t_o_row48_1), g_hoisted1_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row48, f32x4.mul(f32x4.mul(t_o_row48_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row48_1)), e_x_o_row48)), g_hoisted1_v), w_gamma_o_row48))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_v_o_row0 = v128.load(w_v + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const t_o_row0_0: v128 = f32x4.mul(w_v_o_row0, e_x_o_row0);
          const t_o_row0_1: v128 = sigmoidF32x4(t_o_row0_0);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.add(t_o_row0_1, f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(t_o_row0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_1)), w_v_o_row0))), g_hoisted1_v), w_gamma_o_row0)), f32x4.mul(g_varianceGradient_v, f32x4.div(f32x4.mul(f32x4.splat(<f32>(2.0)), f32x4.sub(f32x4.sub(e_x_o_row0, g_meanShift_v), g_meanCorrection_v)), count_v))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(e_x_o_row0, t_o_row0_1), g_hoisted1_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.mul(e_x_o_row0, f32x4.mul(f32x4.mul(t_o_row0_1, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_1)), e_x_o_row0)), g_hoisted1_v), w_gamma_o_row0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_v_o_scalar0 = load<f32>(w_v + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const t_o_scalar0_0: f32 = (w_v_o_scalar0 * e_x_o_scalar0);
          const t_o_scalar0_1: f32 = sigmoidF32(t_o_scalar0_0);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (((t_o_scalar0_1 + (e_x_o_scalar0 * ((t_o_scalar0_1 * (<f32>(1.0) - t_o_scalar0_1)) * w_v_o_scalar0))) * g_hoisted1) * w_gamma_o_scalar0)) + (g_varianceGradient * ((<f32>(2.0) * ((e_x_o_scalar0 - g_meanShift) - g_meanCorrection)) / count))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * ((e_x_o_scalar0 * t_o_scalar0_1) * g_hoisted1)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
          store<f32>(sum2 + weightStart + column, load<f32>(sum2 + weightStart + column) + (e_dy_o_scalar0 * (((e_x_o_scalar0 * ((t_o_scalar0_1 * (<f32>(1.0) - t_o_scalar0_1)) * e_x_o_scalar0)) * g_hoisted1) * w_gamma_o_scalar0)));
        }
      }
    }
  }
}

export function evo_norm_s0_nonlinearity_off_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_x_lo_0, w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_x_lo_1, w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_x_lo_2, w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_x_lo_3, w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_x_lo_0, w_gamma_lo_0), w_beta_lo_0));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_x_o_row0, w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_x_o_row16, w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_x_o_row32, w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_x_o_row48, w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_x_o_row0, w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, ((e_x_o_scalar0 * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function evo_norm_s0_nonlinearity_off_backward(out0: usize, sum0: usize, sum1: usize, sum2: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  memory.fill(sum2, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_0, w_gamma_lo_0));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, e_x_lo_0)));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.splat(<f32>(0.0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_1, w_gamma_lo_1), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, e_x_lo_1)), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 16), f32x4.splat(<f32>(0.0))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_2, w_gamma_lo_2), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, e_x_lo_2)), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 32), f32x4.splat(<f32>(0.0))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_3, w_gamma_lo_3), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, e_x_lo_3)), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 48), f32x4.splat(<f32>(0.0))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_0, w_gamma_lo_0));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, e_x_lo_0)));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), f32x4.splat(<f32>(0.0))));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row0, w_gamma_o_row0));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, e_x_o_row0)));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.splat(<f32>(0.0))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row16, w_gamma_o_row16), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, e_x_o_row16)), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 16), f32x4.splat(<f32>(0.0))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row32, w_gamma_o_row32), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, e_x_o_row32)), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 32), f32x4.splat(<f32>(0.0))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row48, w_gamma_o_row48), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, e_x_o_row48)), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 48), f32x4.splat(<f32>(0.0))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row0, w_gamma_o_row0));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, e_x_o_row0)));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), f32x4.splat(<f32>(0.0))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (e_dy_o_scalar0 * w_gamma_o_scalar0));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * e_x_o_scalar0));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
          store<f32>(sum2 + weightStart + column, load<f32>(sum2 + weightStart + column) + <f32>(0.0));
        }
      }
    }
  }
}

export function scale_norm_forward(out0: usize, e_x: usize, w_g: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_1, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_2, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_3, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_g_lo_0 = v128.load(w_g + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_g_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_g_lo_1 = v128.load(w_g + weightStart, 16);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_1, g_hoisted0_1), w_g_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_g_lo_2 = v128.load(w_g + weightStart, 32);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_2, g_hoisted0_2), w_g_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_g_lo_3 = v128.load(w_g + weightStart, 48);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_3, g_hoisted0_3), w_g_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_g_lo_0 = v128.load(w_g + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_g_lo_0));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>(max<f32>(g_squares, (p_epsilon * p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_g_o_row0 = v128.load(w_g + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_g_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_g_o_row16 = v128.load(w_g + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row16, g_hoisted0_v), w_g_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_g_o_row32 = v128.load(w_g + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row32, g_hoisted0_v), w_g_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_g_o_row48 = v128.load(w_g + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row48, g_hoisted0_v), w_g_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_g_o_row0 = v128.load(w_g + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_g_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_g_o_scalar0 = load<f32>(w_g + weightStart + column);
          store<f32>(out0 + row + column, ((e_x_o_scalar0 * g_hoisted0) * w_g_o_scalar0));
        }
      }
    }
  }
}

export function scale_norm_backward(out0: usize, sum0: usize, e_dy: usize, e_x: usize, w_g: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, t_f0_0_0_0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_1, f32x4.mul(t_f0_0_0_1, t_f0_0_0_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_0, t_f0_0_0_0)));
        const g_squares_1 = acc0_0_1;
        const t_f0_0_1_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_1, t_f0_0_1_0)));
        const g_hoisted0_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_1_1, f32x4.mul(t_f0_0_1_1, t_f0_0_1_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_1, t_f0_0_1_0)));
        const g_squares_2 = acc0_0_2;
        const t_f0_0_2_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_2, t_f0_0_2_0)));
        const g_hoisted0_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_2_1, f32x4.mul(t_f0_0_2_1, t_f0_0_2_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_2, t_f0_0_2_0)));
        const g_squares_3 = acc0_0_3;
        const t_f0_0_3_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_3, t_f0_0_3_0)));
        const g_hoisted0_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_3_1, f32x4.mul(t_f0_0_3_1, t_f0_0_3_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_3, t_f0_0_3_0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_g_l1_0 = v128.load(w_g + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_g_l1_0)));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_g_l1_1 = v128.load(w_g + weightStart, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted0_1), w_g_l1_1)));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_g_l1_2 = v128.load(w_g + weightStart, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted0_2), w_g_l1_2)));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_g_l1_3 = v128.load(w_g + weightStart, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted0_3), w_g_l1_3)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squaresGradient_1 = acc1_0_1;
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_1, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squaresGradient_2 = acc1_0_2;
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_2, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squaresGradient_3 = acc1_0_3;
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_3, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_g_lo_0 = v128.load(w_g + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_g_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_g_lo_1 = v128.load(w_g + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted1_1, w_g_lo_1)), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(e_x_lo_1, g_hoisted1_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_g_lo_2 = v128.load(w_g + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted1_2, w_g_lo_2)), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(e_x_lo_2, g_hoisted1_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_g_lo_3 = v128.load(w_g + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted1_3, w_g_lo_3)), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(e_x_lo_3, g_hoisted1_3))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, t_f0_0_0_0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_1, f32x4.mul(t_f0_0_0_1, t_f0_0_0_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_0, t_f0_0_0_0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_g_l1_0 = v128.load(w_g + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_g_l1_0)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_g_lo_0 = v128.load(w_g + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_g_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const t_f0_0_0_0: f32 = (p_epsilon * p_epsilon);
      const t_f0_0_0_1: f32 = (<f32>(1.0) / sqrt<f32>(max<f32>(g_squares, t_f0_0_0_0)));
      const g_hoisted0: f32 = ((<f32>(-0.5) * (t_f0_0_0_1 * (t_f0_0_0_1 * t_f0_0_0_1))) * select<f32>(<f32>(1.0), <f32>(0.0), (g_squares > t_f0_0_0_0)));
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_g_p1_row0 = v128.load(w_g + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_g_p1_row0)));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_g_p1_row16 = v128.load(w_g + weightStart + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted0_v), w_g_p1_row16)));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_g_p1_row32 = v128.load(w_g + weightStart + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted0_v), w_g_p1_row32)));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_g_p1_row48 = v128.load(w_g + weightStart + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted0_v), w_g_p1_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_g_p1_row0 = v128.load(w_g + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_g_p1_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_g_p1_scalar0 = load<f32>(w_g + weightStart + column);
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * ((e_x_p1_scalar0 * g_hoisted0) * w_g_p1_scalar0));
        }
      }
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted1: f32 = (<f32>(1.0) / sqrt<f32>(max<f32>(g_squares, (p_epsilon * p_epsilon))));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_g_o_row0 = v128.load(w_g + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_g_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_g_o_row16 = v128.load(w_g + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted1_v, w_g_o_row16)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, g_hoisted1_v))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_g_o_row32 = v128.load(w_g + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted1_v, w_g_o_row32)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, g_hoisted1_v))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_g_o_row48 = v128.load(w_g + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted1_v, w_g_o_row48)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, g_hoisted1_v))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_g_o_row0 = v128.load(w_g + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_g_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_g_o_scalar0 = load<f32>(w_g + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (g_hoisted1 * w_g_o_scalar0)) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (e_x_o_scalar0 * g_hoisted1)));
        }
      }
    }
  }
}

export function unit_norm_forward(out0: usize, e_x: usize, w_scale: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squares_1 = acc0_0_1;
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_1, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squares_2 = acc0_0_2;
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_2, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squares_3 = acc0_0_3;
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_3, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_scale_lo_0 = v128.load(w_scale + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_scale_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_scale_lo_1 = v128.load(w_scale + weightStart, 16);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_1, g_hoisted0_1), w_scale_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_scale_lo_2 = v128.load(w_scale + weightStart, 32);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_2, g_hoisted0_2), w_scale_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_scale_lo_3 = v128.load(w_scale + weightStart, 48);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_3, g_hoisted0_3), w_scale_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_scale_lo_0 = v128.load(w_scale + weightStart);
          v128.store(out0 + row, f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_scale_lo_0));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>(max<f32>(g_squares, (p_epsilon * p_epsilon))));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_scale_o_row0 = v128.load(w_scale + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_scale_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_scale_o_row16 = v128.load(w_scale + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row16, g_hoisted0_v), w_scale_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_scale_o_row32 = v128.load(w_scale + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row32, g_hoisted0_v), w_scale_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_scale_o_row48 = v128.load(w_scale + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row48, g_hoisted0_v), w_scale_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_scale_o_row0 = v128.load(w_scale + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_scale_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_scale_o_scalar0 = load<f32>(w_scale + weightStart + column);
          store<f32>(out0 + row + column, ((e_x_o_scalar0 * g_hoisted0) * w_scale_o_scalar0));
        }
      }
    }
  }
}

export function unit_norm_backward(out0: usize, sum0: usize, e_dy: usize, e_x: usize, w_scale: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, t_f0_0_0_0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_1, f32x4.mul(t_f0_0_0_1, t_f0_0_0_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_0, t_f0_0_0_0)));
        const g_squares_1 = acc0_0_1;
        const t_f0_0_1_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_1, t_f0_0_1_0)));
        const g_hoisted0_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_1_1, f32x4.mul(t_f0_0_1_1, t_f0_0_1_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_1, t_f0_0_1_0)));
        const g_squares_2 = acc0_0_2;
        const t_f0_0_2_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_2, t_f0_0_2_0)));
        const g_hoisted0_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_2_1, f32x4.mul(t_f0_0_2_1, t_f0_0_2_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_2, t_f0_0_2_0)));
        const g_squares_3 = acc0_0_3;
        const t_f0_0_3_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_3, t_f0_0_3_0)));
        const g_hoisted0_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_3_1, f32x4.mul(t_f0_0_3_1, t_f0_0_3_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_3, t_f0_0_3_0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_scale_l1_0 = v128.load(w_scale + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_scale_l1_0)));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_scale_l1_1 = v128.load(w_scale + weightStart, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted0_1), w_scale_l1_1)));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_scale_l1_2 = v128.load(w_scale + weightStart, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted0_2), w_scale_l1_2)));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_scale_l1_3 = v128.load(w_scale + weightStart, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted0_3), w_scale_l1_3)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squaresGradient_1 = acc1_0_1;
        const g_hoisted1_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_1, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squaresGradient_2 = acc1_0_2;
        const g_hoisted1_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_2, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        const g_squaresGradient_3 = acc1_0_3;
        const g_hoisted1_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_3, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_scale_lo_0 = v128.load(w_scale + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_scale_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_scale_lo_1 = v128.load(w_scale + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted1_1, w_scale_lo_1)), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(e_x_lo_1, g_hoisted1_1))), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_scale_lo_2 = v128.load(w_scale + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted1_2, w_scale_lo_2)), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(e_x_lo_2, g_hoisted1_2))), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_scale_lo_3 = v128.load(w_scale + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted1_3, w_scale_lo_3)), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(e_x_lo_3, g_hoisted1_3))), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_squares_0 = acc0_0_0;
        const t_f0_0_0_0: v128 = f32x4.mul(p_epsilon_v, p_epsilon_v);
        const t_f0_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, t_f0_0_0_0)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_1, f32x4.mul(t_f0_0_0_1, t_f0_0_0_1))), v128.and(f32x4.splat(<f32>(1.0)), f32x4.gt(g_squares_0, t_f0_0_0_0)));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_scale_l1_0 = v128.load(w_scale + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_scale_l1_0)));
        }
        const g_squaresGradient_0 = acc1_0_0;
        const g_hoisted1_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.max(g_squares_0, f32x4.mul(p_epsilon_v, p_epsilon_v))));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_scale_lo_0 = v128.load(w_scale + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted1_0, w_scale_lo_0)), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted1_0))));
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
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_0_s;
      const g_squares_v = f32x4.splat(g_squares);
      const t_f0_0_0_0: f32 = (p_epsilon * p_epsilon);
      const t_f0_0_0_1: f32 = (<f32>(1.0) / sqrt<f32>(max<f32>(g_squares, t_f0_0_0_0)));
      const g_hoisted0: f32 = ((<f32>(-0.5) * (t_f0_0_0_1 * (t_f0_0_0_1 * t_f0_0_0_1))) * select<f32>(<f32>(1.0), <f32>(0.0), (g_squares > t_f0_0_0_0)));
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_scale_p1_row0 = v128.load(w_scale + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_scale_p1_row0)));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_scale_p1_row16 = v128.load(w_scale + weightStart + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted0_v), w_scale_p1_row16)));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_scale_p1_row32 = v128.load(w_scale + weightStart + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted0_v), w_scale_p1_row32)));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_scale_p1_row48 = v128.load(w_scale + weightStart + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted0_v), w_scale_p1_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_scale_p1_row0 = v128.load(w_scale + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_scale_p1_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_scale_p1_scalar0 = load<f32>(w_scale + weightStart + column);
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * ((e_x_p1_scalar0 * g_hoisted0) * w_scale_p1_scalar0));
        }
      }
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_0_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted1: f32 = (<f32>(1.0) / sqrt<f32>(max<f32>(g_squares, (p_epsilon * p_epsilon))));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_scale_o_row0 = v128.load(w_scale + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_scale_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_scale_o_row16 = v128.load(w_scale + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted1_v, w_scale_o_row16)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, g_hoisted1_v))), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_scale_o_row32 = v128.load(w_scale + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted1_v, w_scale_o_row32)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, g_hoisted1_v))), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_scale_o_row48 = v128.load(w_scale + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted1_v, w_scale_o_row48)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, g_hoisted1_v))), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_scale_o_row0 = v128.load(w_scale + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted1_v, w_scale_o_row0)), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted1_v))));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_scale_o_scalar0 = load<f32>(w_scale + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, ((e_dy_o_scalar0 * (g_hoisted1 * w_scale_o_scalar0)) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (e_x_o_scalar0 * g_hoisted1)));
        }
      }
    }
  }
}

export function crms_norm_forward(out0: usize, e_x: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_1_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_1_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_1_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        let acc0_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          acc0_1_1 = f32x4.add(acc0_1_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          acc0_1_2 = f32x4.add(acc0_1_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
          acc0_1_3 = f32x4.add(acc0_1_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_total_0 = acc0_0_0;
        const g_squares_0 = acc0_1_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_total_1 = acc0_0_1;
        const g_squares_1 = acc0_1_1;
        const g_hoisted0_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_1, f32x4.mul(g_total_1, g_total_1)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_total_2 = acc0_0_2;
        const g_squares_2 = acc0_1_2;
        const g_hoisted0_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_2, f32x4.mul(g_total_2, g_total_2)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_total_3 = acc0_0_3;
        const g_squares_3 = acc0_1_3;
        const g_hoisted0_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_3, f32x4.mul(g_total_3, g_total_3)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_1, g_hoisted0_1), w_gamma_lo_1), w_beta_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_2, g_hoisted0_2), w_gamma_lo_2), w_beta_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_3, g_hoisted0_3), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_total_0 = acc0_0_0;
        const g_squares_0 = acc0_1_0;
        const g_hoisted0_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(f32x4.mul(e_x_lo_0, g_hoisted0_0), w_gamma_lo_0), w_beta_lo_0));
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
      let acc0_1_0 = f32x4.splat(<f32>(0.0));
      let acc0_1_1 = f32x4.splat(<f32>(0.0));
      let acc0_1_2 = f32x4.splat(<f32>(0.0));
      let acc0_1_3 = f32x4.splat(<f32>(0.0));
      let acc0_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          acc0_1_1 = f32x4.add(acc0_1_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          acc0_1_2 = f32x4.add(acc0_1_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
          acc0_1_3 = f32x4.add(acc0_1_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
          acc0_1_s = acc0_1_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_total_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_total: f32 = f32x4.extract_lane(g_total_lanes, 0) + f32x4.extract_lane(g_total_lanes, 1) + f32x4.extract_lane(g_total_lanes, 2) + f32x4.extract_lane(g_total_lanes, 3) + acc0_0_s;
      const g_total_v = f32x4.splat(g_total);
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_1_0, acc0_1_1), f32x4.add(acc0_1_2, acc0_1_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_1_s;
      const g_squares_v = f32x4.splat(g_squares);
      const g_hoisted0: f32 = (<f32>(1.0) / sqrt<f32>((((g_squares + (g_total * g_total)) / (count + <f32>(1.0))) + p_epsilon)));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row16, g_hoisted0_v), w_gamma_o_row16), w_beta_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row32, g_hoisted0_v), w_gamma_o_row32), w_beta_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row48, g_hoisted0_v), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(f32x4.mul(e_x_o_row0, g_hoisted0_v), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, (((e_x_o_scalar0 * g_hoisted0) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function crms_norm_backward(out0: usize, sum0: usize, sum1: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32, p_epsilon: f32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const p_epsilon_v = f32x4.splat(p_epsilon);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_1_0 = f32x4.splat(<f32>(0.0));
        let acc0_0_1 = f32x4.splat(<f32>(0.0));
        let acc0_1_1 = f32x4.splat(<f32>(0.0));
        let acc0_0_2 = f32x4.splat(<f32>(0.0));
        let acc0_1_2 = f32x4.splat(<f32>(0.0));
        let acc0_0_3 = f32x4.splat(<f32>(0.0));
        let acc0_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
          const e_x_l0_1 = v128.load(e_x + row, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_l0_1);
          acc0_1_1 = f32x4.add(acc0_1_1, f32x4.mul(e_x_l0_1, e_x_l0_1));
          const e_x_l0_2 = v128.load(e_x + row, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_l0_2);
          acc0_1_2 = f32x4.add(acc0_1_2, f32x4.mul(e_x_l0_2, e_x_l0_2));
          const e_x_l0_3 = v128.load(e_x + row, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_l0_3);
          acc0_1_3 = f32x4.add(acc0_1_3, f32x4.mul(e_x_l0_3, e_x_l0_3));
        }
        const g_total_0 = acc0_0_0;
        const g_squares_0 = acc0_1_0;
        const t_f0_0_0_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), t_f0_0_0_0), p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_1, f32x4.mul(t_f0_0_0_1, t_f0_0_0_1))), f32x4.div(f32x4.add(g_total_0, g_total_0), t_f0_0_0_0));
        const t_f0_1_0_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_1_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), t_f0_1_0_0), p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_0_1, f32x4.mul(t_f0_1_0_1, t_f0_1_0_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f0_1_0_0));
        const g_total_1 = acc0_0_1;
        const g_squares_1 = acc0_1_1;
        const t_f0_0_1_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_0_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_1, f32x4.mul(g_total_1, g_total_1)), t_f0_0_1_0), p_epsilon_v)));
        const g_hoisted0_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_1_1, f32x4.mul(t_f0_0_1_1, t_f0_0_1_1))), f32x4.div(f32x4.add(g_total_1, g_total_1), t_f0_0_1_0));
        const t_f0_1_1_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_1_1_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_1, f32x4.mul(g_total_1, g_total_1)), t_f0_1_1_0), p_epsilon_v)));
        const g_hoisted1_1 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_1_1, f32x4.mul(t_f0_1_1_1, t_f0_1_1_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f0_1_1_0));
        const g_total_2 = acc0_0_2;
        const g_squares_2 = acc0_1_2;
        const t_f0_0_2_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_0_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_2, f32x4.mul(g_total_2, g_total_2)), t_f0_0_2_0), p_epsilon_v)));
        const g_hoisted0_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_2_1, f32x4.mul(t_f0_0_2_1, t_f0_0_2_1))), f32x4.div(f32x4.add(g_total_2, g_total_2), t_f0_0_2_0));
        const t_f0_1_2_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_1_2_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_2, f32x4.mul(g_total_2, g_total_2)), t_f0_1_2_0), p_epsilon_v)));
        const g_hoisted1_2 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_2_1, f32x4.mul(t_f0_1_2_1, t_f0_1_2_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f0_1_2_0));
        const g_total_3 = acc0_0_3;
        const g_squares_3 = acc0_1_3;
        const t_f0_0_3_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_0_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_3, f32x4.mul(g_total_3, g_total_3)), t_f0_0_3_0), p_epsilon_v)));
        const g_hoisted0_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_3_1, f32x4.mul(t_f0_0_3_1, t_f0_0_3_1))), f32x4.div(f32x4.add(g_total_3, g_total_3), t_f0_0_3_0));
        const t_f0_1_3_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_1_3_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_3, f32x4.mul(g_total_3, g_total_3)), t_f0_1_3_0), p_epsilon_v)));
        const g_hoisted1_3 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_3_1, f32x4.mul(t_f0_1_3_1, t_f0_1_3_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f0_1_3_0));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        let acc1_0_1 = f32x4.splat(<f32>(0.0));
        let acc1_1_1 = f32x4.splat(<f32>(0.0));
        let acc1_0_2 = f32x4.splat(<f32>(0.0));
        let acc1_1_2 = f32x4.splat(<f32>(0.0));
        let acc1_0_3 = f32x4.splat(<f32>(0.0));
        let acc1_1_3 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0)));
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted1_0), w_gamma_l1_0)));
          const e_dy_l1_1 = v128.load(e_dy + row, 16);
          const e_x_l1_1 = v128.load(e_x + row, 16);
          const w_gamma_l1_1 = v128.load(w_gamma + weightStart, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_l1_1, f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted0_1), w_gamma_l1_1)));
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(e_dy_l1_1, f32x4.mul(f32x4.mul(e_x_l1_1, g_hoisted1_1), w_gamma_l1_1)));
          const e_dy_l1_2 = v128.load(e_dy + row, 32);
          const e_x_l1_2 = v128.load(e_x + row, 32);
          const w_gamma_l1_2 = v128.load(w_gamma + weightStart, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_l1_2, f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted0_2), w_gamma_l1_2)));
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(e_dy_l1_2, f32x4.mul(f32x4.mul(e_x_l1_2, g_hoisted1_2), w_gamma_l1_2)));
          const e_dy_l1_3 = v128.load(e_dy + row, 48);
          const e_x_l1_3 = v128.load(e_x + row, 48);
          const w_gamma_l1_3 = v128.load(w_gamma + weightStart, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_l1_3, f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted0_3), w_gamma_l1_3)));
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(e_dy_l1_3, f32x4.mul(f32x4.mul(e_x_l1_3, g_hoisted1_3), w_gamma_l1_3)));
        }
        const g_totalGradient_0 = acc1_0_0;
        const g_squaresGradient_0 = acc1_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_totalGradient_1 = acc1_0_1;
        const g_squaresGradient_1 = acc1_1_1;
        const g_hoisted2_1 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_1, f32x4.mul(g_total_1, g_total_1)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_totalGradient_2 = acc1_0_2;
        const g_squaresGradient_2 = acc1_1_2;
        const g_hoisted2_2 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_2, f32x4.mul(g_total_2, g_total_2)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        const g_totalGradient_3 = acc1_0_3;
        const g_squaresGradient_3 = acc1_1_3;
        const g_hoisted2_3 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_3, f32x4.mul(g_total_3, g_total_3)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_totalGradient_0), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_1, f32x4.mul(g_hoisted2_1, w_gamma_lo_1)), g_totalGradient_1), f32x4.mul(g_squaresGradient_1, f32x4.add(e_x_lo_1, e_x_lo_1))), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(e_x_lo_1, g_hoisted2_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), e_dy_lo_1), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_2, f32x4.mul(g_hoisted2_2, w_gamma_lo_2)), g_totalGradient_2), f32x4.mul(g_squaresGradient_2, f32x4.add(e_x_lo_2, e_x_lo_2))), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(e_x_lo_2, g_hoisted2_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), e_dy_lo_2), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_3, f32x4.mul(g_hoisted2_3, w_gamma_lo_3)), g_totalGradient_3), f32x4.mul(g_squaresGradient_3, f32x4.add(e_x_lo_3, e_x_lo_3))), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(e_x_lo_3, g_hoisted2_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), e_dy_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        let acc0_0_0 = f32x4.splat(<f32>(0.0));
        let acc0_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_l0_0 = v128.load(e_x + row);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_l0_0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_l0_0, e_x_l0_0));
        }
        const g_total_0 = acc0_0_0;
        const g_squares_0 = acc0_1_0;
        const t_f0_0_0_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_0_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), t_f0_0_0_0), p_epsilon_v)));
        const g_hoisted0_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_0_0_1, f32x4.mul(t_f0_0_0_1, t_f0_0_0_1))), f32x4.div(f32x4.add(g_total_0, g_total_0), t_f0_0_0_0));
        const t_f0_1_0_0: v128 = f32x4.add(count_v, f32x4.splat(<f32>(1.0)));
        const t_f0_1_0_1: v128 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), t_f0_1_0_0), p_epsilon_v)));
        const g_hoisted1_0 = f32x4.mul(f32x4.mul(f32x4.splat(<f32>(-0.5)), f32x4.mul(t_f0_1_0_1, f32x4.mul(t_f0_1_0_1, t_f0_1_0_1))), f32x4.div(f32x4.splat(<f32>(1.0)), t_f0_1_0_0));
        let acc1_0_0 = f32x4.splat(<f32>(0.0));
        let acc1_1_0 = f32x4.splat(<f32>(0.0));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_l1_0 = v128.load(e_dy + row);
          const e_x_l1_0 = v128.load(e_x + row);
          const w_gamma_l1_0 = v128.load(w_gamma + weightStart);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted0_0), w_gamma_l1_0)));
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(e_dy_l1_0, f32x4.mul(f32x4.mul(e_x_l1_0, g_hoisted1_0), w_gamma_l1_0)));
        }
        const g_totalGradient_0 = acc1_0_0;
        const g_squaresGradient_0 = acc1_1_0;
        const g_hoisted2_0 = f32x4.div(f32x4.splat(<f32>(1.0)), f32x4.sqrt(f32x4.add(f32x4.div(f32x4.add(g_squares_0, f32x4.mul(g_total_0, g_total_0)), f32x4.add(count_v, f32x4.splat(<f32>(1.0)))), p_epsilon_v)));
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.add(f32x4.add(f32x4.mul(e_dy_lo_0, f32x4.mul(g_hoisted2_0, w_gamma_lo_0)), g_totalGradient_0), f32x4.mul(g_squaresGradient_0, f32x4.add(e_x_lo_0, e_x_lo_0))));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(e_x_lo_0, g_hoisted2_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), e_dy_lo_0));
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
      let acc0_1_0 = f32x4.splat(<f32>(0.0));
      let acc0_1_1 = f32x4.splat(<f32>(0.0));
      let acc0_1_2 = f32x4.splat(<f32>(0.0));
      let acc0_1_3 = f32x4.splat(<f32>(0.0));
      let acc0_1_s = <f32>(0.0);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
          const e_x_p0_row16 = v128.load(e_x + row + column, 16);
          acc0_0_1 = f32x4.add(acc0_0_1, e_x_p0_row16);
          acc0_1_1 = f32x4.add(acc0_1_1, f32x4.mul(e_x_p0_row16, e_x_p0_row16));
          const e_x_p0_row32 = v128.load(e_x + row + column, 32);
          acc0_0_2 = f32x4.add(acc0_0_2, e_x_p0_row32);
          acc0_1_2 = f32x4.add(acc0_1_2, f32x4.mul(e_x_p0_row32, e_x_p0_row32));
          const e_x_p0_row48 = v128.load(e_x + row + column, 48);
          acc0_0_3 = f32x4.add(acc0_0_3, e_x_p0_row48);
          acc0_1_3 = f32x4.add(acc0_1_3, f32x4.mul(e_x_p0_row48, e_x_p0_row48));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_p0_row0 = v128.load(e_x + row + column);
          acc0_0_0 = f32x4.add(acc0_0_0, e_x_p0_row0);
          acc0_1_0 = f32x4.add(acc0_1_0, f32x4.mul(e_x_p0_row0, e_x_p0_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_p0_scalar0 = load<f32>(e_x + row + column);
          acc0_0_s = acc0_0_s + e_x_p0_scalar0;
          acc0_1_s = acc0_1_s + (e_x_p0_scalar0 * e_x_p0_scalar0);
        }
      }
      const g_total_lanes = f32x4.add(f32x4.add(acc0_0_0, acc0_0_1), f32x4.add(acc0_0_2, acc0_0_3));
      const g_total: f32 = f32x4.extract_lane(g_total_lanes, 0) + f32x4.extract_lane(g_total_lanes, 1) + f32x4.extract_lane(g_total_lanes, 2) + f32x4.extract_lane(g_total_lanes, 3) + acc0_0_s;
      const g_total_v = f32x4.splat(g_total);
      const g_squares_lanes = f32x4.add(f32x4.add(acc0_1_0, acc0_1_1), f32x4.add(acc0_1_2, acc0_1_3));
      const g_squares: f32 = f32x4.extract_lane(g_squares_lanes, 0) + f32x4.extract_lane(g_squares_lanes, 1) + f32x4.extract_lane(g_squares_lanes, 2) + f32x4.extract_lane(g_squares_lanes, 3) + acc0_1_s;
      const g_squares_v = f32x4.splat(g_squares);
      const t_f0_0_0_0: f32 = (count + <f32>(1.0));
      const t_f0_0_0_1: f32 = (<f32>(1.0) / sqrt<f32>((((g_squares + (g_total * g_total)) / t_f0_0_0_0) + p_epsilon)));
      const g_hoisted0: f32 = ((<f32>(-0.5) * (t_f0_0_0_1 * (t_f0_0_0_1 * t_f0_0_0_1))) * ((g_total + g_total) / t_f0_0_0_0));
      const g_hoisted0_v = f32x4.splat(g_hoisted0);
      const t_f0_1_0_0: f32 = (count + <f32>(1.0));
      const t_f0_1_0_1: f32 = (<f32>(1.0) / sqrt<f32>((((g_squares + (g_total * g_total)) / t_f0_1_0_0) + p_epsilon)));
      const g_hoisted1: f32 = ((<f32>(-0.5) * (t_f0_1_0_1 * (t_f0_1_0_1 * t_f0_1_0_1))) * (<f32>(1.0) / t_f0_1_0_0));
      const g_hoisted1_v = f32x4.splat(g_hoisted1);
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
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0)));
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted1_v), w_gamma_p1_row0)));
          const e_dy_p1_row16 = v128.load(e_dy + row + column, 16);
          const e_x_p1_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_p1_row16 = v128.load(w_gamma + weightStart + column, 16);
          acc1_0_1 = f32x4.add(acc1_0_1, f32x4.mul(e_dy_p1_row16, f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted0_v), w_gamma_p1_row16)));
          acc1_1_1 = f32x4.add(acc1_1_1, f32x4.mul(e_dy_p1_row16, f32x4.mul(f32x4.mul(e_x_p1_row16, g_hoisted1_v), w_gamma_p1_row16)));
          const e_dy_p1_row32 = v128.load(e_dy + row + column, 32);
          const e_x_p1_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_p1_row32 = v128.load(w_gamma + weightStart + column, 32);
          acc1_0_2 = f32x4.add(acc1_0_2, f32x4.mul(e_dy_p1_row32, f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted0_v), w_gamma_p1_row32)));
          acc1_1_2 = f32x4.add(acc1_1_2, f32x4.mul(e_dy_p1_row32, f32x4.mul(f32x4.mul(e_x_p1_row32, g_hoisted1_v), w_gamma_p1_row32)));
          const e_dy_p1_row48 = v128.load(e_dy + row + column, 48);
          const e_x_p1_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_p1_row48 = v128.load(w_gamma + weightStart + column, 48);
          acc1_0_3 = f32x4.add(acc1_0_3, f32x4.mul(e_dy_p1_row48, f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted0_v), w_gamma_p1_row48)));
          acc1_1_3 = f32x4.add(acc1_1_3, f32x4.mul(e_dy_p1_row48, f32x4.mul(f32x4.mul(e_x_p1_row48, g_hoisted1_v), w_gamma_p1_row48)));
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_p1_row0 = v128.load(e_dy + row + column);
          const e_x_p1_row0 = v128.load(e_x + row + column);
          const w_gamma_p1_row0 = v128.load(w_gamma + weightStart + column);
          acc1_0_0 = f32x4.add(acc1_0_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted0_v), w_gamma_p1_row0)));
          acc1_1_0 = f32x4.add(acc1_1_0, f32x4.mul(e_dy_p1_row0, f32x4.mul(f32x4.mul(e_x_p1_row0, g_hoisted1_v), w_gamma_p1_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_p1_scalar0 = load<f32>(e_dy + row + column);
          const e_x_p1_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_p1_scalar0 = load<f32>(w_gamma + weightStart + column);
          acc1_0_s = acc1_0_s + (e_dy_p1_scalar0 * ((e_x_p1_scalar0 * g_hoisted0) * w_gamma_p1_scalar0));
          acc1_1_s = acc1_1_s + (e_dy_p1_scalar0 * ((e_x_p1_scalar0 * g_hoisted1) * w_gamma_p1_scalar0));
        }
      }
      const g_totalGradient_lanes = f32x4.add(f32x4.add(acc1_0_0, acc1_0_1), f32x4.add(acc1_0_2, acc1_0_3));
      const g_totalGradient: f32 = f32x4.extract_lane(g_totalGradient_lanes, 0) + f32x4.extract_lane(g_totalGradient_lanes, 1) + f32x4.extract_lane(g_totalGradient_lanes, 2) + f32x4.extract_lane(g_totalGradient_lanes, 3) + acc1_0_s;
      const g_totalGradient_v = f32x4.splat(g_totalGradient);
      const g_squaresGradient_lanes = f32x4.add(f32x4.add(acc1_1_0, acc1_1_1), f32x4.add(acc1_1_2, acc1_1_3));
      const g_squaresGradient: f32 = f32x4.extract_lane(g_squaresGradient_lanes, 0) + f32x4.extract_lane(g_squaresGradient_lanes, 1) + f32x4.extract_lane(g_squaresGradient_lanes, 2) + f32x4.extract_lane(g_squaresGradient_lanes, 3) + acc1_1_s;
      const g_squaresGradient_v = f32x4.splat(g_squaresGradient);
      const g_hoisted2: f32 = (<f32>(1.0) / sqrt<f32>((((g_squares + (g_total * g_total)) / (count + <f32>(1.0))) + p_epsilon)));
      const g_hoisted2_v = f32x4.splat(g_hoisted2);
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_totalGradient_v), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row16, f32x4.mul(g_hoisted2_v, w_gamma_o_row16)), g_totalGradient_v), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row16, e_x_o_row16))), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(e_x_o_row16, g_hoisted2_v))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row32, f32x4.mul(g_hoisted2_v, w_gamma_o_row32)), g_totalGradient_v), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row32, e_x_o_row32))), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(e_x_o_row32, g_hoisted2_v))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row48, f32x4.mul(g_hoisted2_v, w_gamma_o_row48)), g_totalGradient_v), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row48, e_x_o_row48))), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(e_x_o_row48, g_hoisted2_v))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.add(f32x4.mul(e_dy_o_row0, f32x4.mul(g_hoisted2_v, w_gamma_o_row0)), g_totalGradient_v), f32x4.mul(g_squaresGradient_v, f32x4.add(e_x_o_row0, e_x_o_row0))));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(e_x_o_row0, g_hoisted2_v))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (((e_dy_o_scalar0 * (g_hoisted2 * w_gamma_o_scalar0)) + g_totalGradient) + (g_squaresGradient * (e_x_o_scalar0 + e_x_o_scalar0))));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (e_x_o_scalar0 * g_hoisted2)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + e_dy_o_scalar0);
        }
      }
    }
  }
}

export function dynamic_tanh_forward(out0: usize, e_x: usize, w_alpha: usize, w_gamma: usize, w_beta: usize, outer: i32, across: i32, kept: i32, within: i32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const w_alpha_lo_0 = v128.load(w_alpha + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_lo_0, e_x_lo_0)), w_gamma_lo_0), w_beta_lo_0));
          const w_alpha_lo_1 = v128.load(w_alpha + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const w_beta_lo_1 = v128.load(w_beta + weightStart, 16);
          v128.store(out0 + row, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_lo_1, e_x_lo_1)), w_gamma_lo_1), w_beta_lo_1), 16);
          const w_alpha_lo_2 = v128.load(w_alpha + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const w_beta_lo_2 = v128.load(w_beta + weightStart, 32);
          v128.store(out0 + row, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_lo_2, e_x_lo_2)), w_gamma_lo_2), w_beta_lo_2), 32);
          const w_alpha_lo_3 = v128.load(w_alpha + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const w_beta_lo_3 = v128.load(w_beta + weightStart, 48);
          v128.store(out0 + row, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_lo_3, e_x_lo_3)), w_gamma_lo_3), w_beta_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const w_alpha_lo_0 = v128.load(w_alpha + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const w_beta_lo_0 = v128.load(w_beta + weightStart);
          v128.store(out0 + row, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_lo_0, e_x_lo_0)), w_gamma_lo_0), w_beta_lo_0));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const w_alpha_o_row0 = v128.load(w_alpha + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_o_row0, e_x_o_row0)), w_gamma_o_row0), w_beta_o_row0));
          const w_alpha_o_row16 = v128.load(w_alpha + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const w_beta_o_row16 = v128.load(w_beta + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_o_row16, e_x_o_row16)), w_gamma_o_row16), w_beta_o_row16), 16);
          const w_alpha_o_row32 = v128.load(w_alpha + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const w_beta_o_row32 = v128.load(w_beta + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_o_row32, e_x_o_row32)), w_gamma_o_row32), w_beta_o_row32), 32);
          const w_alpha_o_row48 = v128.load(w_alpha + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const w_beta_o_row48 = v128.load(w_beta + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_o_row48, e_x_o_row48)), w_gamma_o_row48), w_beta_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const w_alpha_o_row0 = v128.load(w_alpha + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const w_beta_o_row0 = v128.load(w_beta + weightStart + column);
          v128.store(out0 + row + column, f32x4.add(f32x4.mul(tanhF32x4(f32x4.mul(w_alpha_o_row0, e_x_o_row0)), w_gamma_o_row0), w_beta_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const w_alpha_o_scalar0 = load<f32>(w_alpha + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const w_beta_o_scalar0 = load<f32>(w_beta + weightStart + column);
          store<f32>(out0 + row + column, ((tanhF32((w_alpha_o_scalar0 * e_x_o_scalar0)) * w_gamma_o_scalar0) + w_beta_o_scalar0));
        }
      }
    }
  }
}

export function dynamic_tanh_backward(out0: usize, sum0: usize, sum1: usize, sum2: usize, e_dy: usize, e_x: usize, w_alpha: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  memory.fill(sum1, 0, <usize>(kept * within) << 2);
  memory.fill(sum2, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_alpha_lo_0 = v128.load(w_alpha + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const t_lo_0_0: v128 = f32x4.mul(w_alpha_lo_0, e_x_lo_0);
          const t_lo_0_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_lo_0_0);
          const t_lo_0_2: v128 = sigmoidF32x4(t_lo_0_1);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_2))), w_alpha_lo_0), w_gamma_lo_0)));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_2))), e_x_lo_0), w_gamma_lo_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), f32x4.mul(e_dy_lo_0, tanhF32x4(t_lo_0_0))));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), e_dy_lo_0));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_alpha_lo_1 = v128.load(w_alpha + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const t_lo_1_0: v128 = f32x4.mul(w_alpha_lo_1, e_x_lo_1);
          const t_lo_1_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_lo_1_0);
          const t_lo_1_2: v128 = sigmoidF32x4(t_lo_1_1);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_1_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_1_2))), w_alpha_lo_1), w_gamma_lo_1)), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_1_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_1_2))), e_x_lo_1), w_gamma_lo_1))), 16);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 16), f32x4.mul(e_dy_lo_1, tanhF32x4(t_lo_1_0))), 16);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 16), e_dy_lo_1), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_alpha_lo_2 = v128.load(w_alpha + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const t_lo_2_0: v128 = f32x4.mul(w_alpha_lo_2, e_x_lo_2);
          const t_lo_2_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_lo_2_0);
          const t_lo_2_2: v128 = sigmoidF32x4(t_lo_2_1);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_2_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_2_2))), w_alpha_lo_2), w_gamma_lo_2)), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_2_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_2_2))), e_x_lo_2), w_gamma_lo_2))), 32);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 32), f32x4.mul(e_dy_lo_2, tanhF32x4(t_lo_2_0))), 32);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 32), e_dy_lo_2), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_alpha_lo_3 = v128.load(w_alpha + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const t_lo_3_0: v128 = f32x4.mul(w_alpha_lo_3, e_x_lo_3);
          const t_lo_3_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_lo_3_0);
          const t_lo_3_2: v128 = sigmoidF32x4(t_lo_3_1);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_3_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_3_2))), w_alpha_lo_3), w_gamma_lo_3)), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_3_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_3_2))), e_x_lo_3), w_gamma_lo_3))), 48);
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart, 48), f32x4.mul(e_dy_lo_3, tanhF32x4(t_lo_3_0))), 48);
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart, 48), e_dy_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_alpha_lo_0 = v128.load(w_alpha + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const t_lo_0_0: v128 = f32x4.mul(w_alpha_lo_0, e_x_lo_0);
          const t_lo_0_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_lo_0_0);
          const t_lo_0_2: v128 = sigmoidF32x4(t_lo_0_1);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_2))), w_alpha_lo_0), w_gamma_lo_0)));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_lo_0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_lo_0_2))), e_x_lo_0), w_gamma_lo_0))));
          v128.store(sum1 + weightStart, f32x4.add(v128.load(sum1 + weightStart), f32x4.mul(e_dy_lo_0, tanhF32x4(t_lo_0_0))));
          v128.store(sum2 + weightStart, f32x4.add(v128.load(sum2 + weightStart), e_dy_lo_0));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_alpha_o_row0 = v128.load(w_alpha + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const t_o_row0_0: v128 = f32x4.mul(w_alpha_o_row0, e_x_o_row0);
          const t_o_row0_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_o_row0_0);
          const t_o_row0_2: v128 = sigmoidF32x4(t_o_row0_1);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_2))), w_alpha_o_row0), w_gamma_o_row0)));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_2))), e_x_o_row0), w_gamma_o_row0))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), f32x4.mul(e_dy_o_row0, tanhF32x4(t_o_row0_0))));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), e_dy_o_row0));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_alpha_o_row16 = v128.load(w_alpha + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const t_o_row16_0: v128 = f32x4.mul(w_alpha_o_row16, e_x_o_row16);
          const t_o_row16_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_o_row16_0);
          const t_o_row16_2: v128 = sigmoidF32x4(t_o_row16_1);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row16_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row16_2))), w_alpha_o_row16), w_gamma_o_row16)), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row16_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row16_2))), e_x_o_row16), w_gamma_o_row16))), 16);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, tanhF32x4(t_o_row16_0))), 16);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 16), e_dy_o_row16), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_alpha_o_row32 = v128.load(w_alpha + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const t_o_row32_0: v128 = f32x4.mul(w_alpha_o_row32, e_x_o_row32);
          const t_o_row32_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_o_row32_0);
          const t_o_row32_2: v128 = sigmoidF32x4(t_o_row32_1);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row32_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row32_2))), w_alpha_o_row32), w_gamma_o_row32)), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row32_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row32_2))), e_x_o_row32), w_gamma_o_row32))), 32);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, tanhF32x4(t_o_row32_0))), 32);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 32), e_dy_o_row32), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_alpha_o_row48 = v128.load(w_alpha + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const t_o_row48_0: v128 = f32x4.mul(w_alpha_o_row48, e_x_o_row48);
          const t_o_row48_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_o_row48_0);
          const t_o_row48_2: v128 = sigmoidF32x4(t_o_row48_1);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row48_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row48_2))), w_alpha_o_row48), w_gamma_o_row48)), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row48_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row48_2))), e_x_o_row48), w_gamma_o_row48))), 48);
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, tanhF32x4(t_o_row48_0))), 48);
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column, 48), e_dy_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_alpha_o_row0 = v128.load(w_alpha + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const t_o_row0_0: v128 = f32x4.mul(w_alpha_o_row0, e_x_o_row0);
          const t_o_row0_1: v128 = f32x4.mul(f32x4.splat(<f32>(2.0)), t_o_row0_0);
          const t_o_row0_2: v128 = sigmoidF32x4(t_o_row0_1);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_2))), w_alpha_o_row0), w_gamma_o_row0)));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(<f32>(4.0)), f32x4.mul(t_o_row0_2, f32x4.sub(f32x4.splat(<f32>(1.0)), t_o_row0_2))), e_x_o_row0), w_gamma_o_row0))));
          v128.store(sum1 + weightStart + column, f32x4.add(v128.load(sum1 + weightStart + column), f32x4.mul(e_dy_o_row0, tanhF32x4(t_o_row0_0))));
          v128.store(sum2 + weightStart + column, f32x4.add(v128.load(sum2 + weightStart + column), e_dy_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_alpha_o_scalar0 = load<f32>(w_alpha + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const t_o_scalar0_0: f32 = (w_alpha_o_scalar0 * e_x_o_scalar0);
          const t_o_scalar0_1: f32 = (<f32>(2.0) * t_o_scalar0_0);
          const t_o_scalar0_2: f32 = sigmoidF32(t_o_scalar0_1);
          store<f32>(out0 + row + column, (e_dy_o_scalar0 * (((<f32>(4.0) * (t_o_scalar0_2 * (<f32>(1.0) - t_o_scalar0_2))) * w_alpha_o_scalar0) * w_gamma_o_scalar0)));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * (((<f32>(4.0) * (t_o_scalar0_2 * (<f32>(1.0) - t_o_scalar0_2))) * e_x_o_scalar0) * w_gamma_o_scalar0)));
          store<f32>(sum1 + weightStart + column, load<f32>(sum1 + weightStart + column) + (e_dy_o_scalar0 * tanhF32(t_o_scalar0_0)));
          store<f32>(sum2 + weightStart + column, load<f32>(sum2 + weightStart + column) + e_dy_o_scalar0);
        }
      }
    }
  }
}

export function layer_scale_forward(out0: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          v128.store(out0 + row, f32x4.mul(e_x_lo_0, w_gamma_lo_0));
          const e_x_lo_1 = v128.load(e_x + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          v128.store(out0 + row, f32x4.mul(e_x_lo_1, w_gamma_lo_1), 16);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          v128.store(out0 + row, f32x4.mul(e_x_lo_2, w_gamma_lo_2), 32);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          v128.store(out0 + row, f32x4.mul(e_x_lo_3, w_gamma_lo_3), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_x_lo_0 = v128.load(e_x + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          v128.store(out0 + row, f32x4.mul(e_x_lo_0, w_gamma_lo_0));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(e_x_o_row0, w_gamma_o_row0));
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          v128.store(out0 + row + column, f32x4.mul(e_x_o_row16, w_gamma_o_row16), 16);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          v128.store(out0 + row + column, f32x4.mul(e_x_o_row32, w_gamma_o_row32), 32);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          v128.store(out0 + row + column, f32x4.mul(e_x_o_row48, w_gamma_o_row48), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_x_o_row0 = v128.load(e_x + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          v128.store(out0 + row + column, f32x4.mul(e_x_o_row0, w_gamma_o_row0));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          store<f32>(out0 + row + column, (e_x_o_scalar0 * w_gamma_o_scalar0));
        }
      }
    }
  }
}

export function layer_scale_backward(out0: usize, sum0: usize, e_dy: usize, e_x: usize, w_gamma: usize, outer: i32, across: i32, kept: i32, within: i32): void {
  const count = <f32>(across * within);
  const count_v = f32x4.splat(count);
  memory.fill(sum0, 0, <usize>(kept * within) << 2);
  const rowStride = <usize>(kept * within) << 2;
  for (let o = 0; o < outer; o++) {
    let k = 0;
    if (within == 1) {
      for (; k + 16 <= kept; k += 16) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_0, w_gamma_lo_0));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, e_x_lo_0)));
          const e_dy_lo_1 = v128.load(e_dy + row, 16);
          const w_gamma_lo_1 = v128.load(w_gamma + weightStart, 16);
          const e_x_lo_1 = v128.load(e_x + row, 16);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_1, w_gamma_lo_1), 16);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 16), f32x4.mul(e_dy_lo_1, e_x_lo_1)), 16);
          const e_dy_lo_2 = v128.load(e_dy + row, 32);
          const w_gamma_lo_2 = v128.load(w_gamma + weightStart, 32);
          const e_x_lo_2 = v128.load(e_x + row, 32);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_2, w_gamma_lo_2), 32);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 32), f32x4.mul(e_dy_lo_2, e_x_lo_2)), 32);
          const e_dy_lo_3 = v128.load(e_dy + row, 48);
          const w_gamma_lo_3 = v128.load(w_gamma + weightStart, 48);
          const e_x_lo_3 = v128.load(e_x + row, 48);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_3, w_gamma_lo_3), 48);
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart, 48), f32x4.mul(e_dy_lo_3, e_x_lo_3)), 48);
        }
      }
      for (; k + 4 <= kept; k += 4) {
        const start = <usize>(o * across * kept + k) << 2;
        const weightStart = <usize>k << 2;
        for (let a = 0; a < across; a++) {
          const row = start + <usize>a * rowStride;
          const e_dy_lo_0 = v128.load(e_dy + row);
          const w_gamma_lo_0 = v128.load(w_gamma + weightStart);
          const e_x_lo_0 = v128.load(e_x + row);
          v128.store(out0 + row, f32x4.mul(e_dy_lo_0, w_gamma_lo_0));
          v128.store(sum0 + weightStart, f32x4.add(v128.load(sum0 + weightStart), f32x4.mul(e_dy_lo_0, e_x_lo_0)));
        }
      }
    }
    for (; k < kept; k++) {
      const start = <usize>((o * across * kept + k) * within) << 2;
      const weightStart = <usize>(k * within) << 2;
      for (let a = 0; a < across; a++) {
        const row = start + <usize>a * rowStride;
        let j = 0;
        for (; j + 16 <= within; j += 16) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row0, w_gamma_o_row0));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, e_x_o_row0)));
          const e_dy_o_row16 = v128.load(e_dy + row + column, 16);
          const w_gamma_o_row16 = v128.load(w_gamma + weightStart + column, 16);
          const e_x_o_row16 = v128.load(e_x + row + column, 16);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row16, w_gamma_o_row16), 16);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 16), f32x4.mul(e_dy_o_row16, e_x_o_row16)), 16);
          const e_dy_o_row32 = v128.load(e_dy + row + column, 32);
          const w_gamma_o_row32 = v128.load(w_gamma + weightStart + column, 32);
          const e_x_o_row32 = v128.load(e_x + row + column, 32);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row32, w_gamma_o_row32), 32);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 32), f32x4.mul(e_dy_o_row32, e_x_o_row32)), 32);
          const e_dy_o_row48 = v128.load(e_dy + row + column, 48);
          const w_gamma_o_row48 = v128.load(w_gamma + weightStart + column, 48);
          const e_x_o_row48 = v128.load(e_x + row + column, 48);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row48, w_gamma_o_row48), 48);
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column, 48), f32x4.mul(e_dy_o_row48, e_x_o_row48)), 48);
        }
        for (; j + 4 <= within; j += 4) {
          const column = <usize>j << 2;
          const e_dy_o_row0 = v128.load(e_dy + row + column);
          const w_gamma_o_row0 = v128.load(w_gamma + weightStart + column);
          const e_x_o_row0 = v128.load(e_x + row + column);
          v128.store(out0 + row + column, f32x4.mul(e_dy_o_row0, w_gamma_o_row0));
          v128.store(sum0 + weightStart + column, f32x4.add(v128.load(sum0 + weightStart + column), f32x4.mul(e_dy_o_row0, e_x_o_row0)));
        }
        for (; j < within; j++) {
          const column = <usize>j << 2;
          const e_dy_o_scalar0 = load<f32>(e_dy + row + column);
          const w_gamma_o_scalar0 = load<f32>(w_gamma + weightStart + column);
          const e_x_o_scalar0 = load<f32>(e_x + row + column);
          store<f32>(out0 + row + column, (e_dy_o_scalar0 * w_gamma_o_scalar0));
          store<f32>(sum0 + weightStart + column, load<f32>(sum0 + weightStart + column) + (e_dy_o_scalar0 * e_x_o_scalar0));
        }
      }
    }
  }
}
