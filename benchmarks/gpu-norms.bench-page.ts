/**
 * Fused norm variants vs the tfjs composites on webgl and webgpu, at [1024, 1024], [4096, 256]
 * and [256, 4096]. SwiftShader renders in software, so only the ratios mean anything. Inputs come
 * out of a tfjs op (`add(x, 0)`), as they would inside a model: packed textures on webgl. Each
 * sample runs the op REPEATS times and waits for the last result with `await data()`.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { test } from 'vitest';
import { webglNormRunner } from '../packages/core/src/backends/webgl-norms.js';
import { chooseLanesPerRow, NORM_LANES_PER_ROW, runWebGPUNorm } from '../packages/core/src/backends/webgpu-norms.js';

declare const LAYERKIT_NORMS_BACKENDS: string;

const REPEATS = 5;
const SAMPLES = 5;
const SHAPES: Array<[number, number]> = [[1024, 1024], [4096, 256], [256, 4096]];

async function time(run: () => tf.Tensor): Promise<number> {
  const warm = run();
  await warm.data();
  warm.dispose();
  const samples: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    const start = performance.now();
    let last: tf.Tensor | null = null;
    for (let r = 0; r < REPEATS; r++) {
      last?.dispose();
      last = run();
    }
    await last!.data();
    samples.push((performance.now() - start) / REPEATS);
    last!.dispose();
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

test('fused norm variants vs composite', async () => {
  const lines: string[] = [];
  for (const backend of LAYERKIT_NORMS_BACKENDS.split(',') as Array<'webgl' | 'webgpu'>) {
    if (!(await tf.setBackend(backend))) throw new Error(`gpu-norms: tf.setBackend('${backend}') failed`);
    for (const [rows, width] of SHAPES) {
      const x = tf.tidy(() => tf.add(tf.randomNormal([rows, width]), 0));
      const wrap = (info: tf.TensorInfo) => tf.engine().makeTensorFromTensorInfo(info);
      const composite = {
        layerNorm: await time(() => tf.tidy(() => {
          const { mean, variance } = tf.moments(x, -1, true);
          return tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, 1e-5)));
        })),
        rmsNorm: await time(() => tf.tidy(() => tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), 1e-5))))),
      };
      const variants: Array<[string, (kind: 'rms' | 'layer') => tf.Tensor]> = backend === 'webgl'
        ? [['packed, split statistics (wired)', (kind) => wrap(kind === 'rms'
          ? webglNormRunner.rmsNorm(tf.backend(), x, null, 1e-5, width)
          : webglNormRunner.layerNorm(tf.backend(), x, null, null, 1e-5))]]
        : NORM_LANES_PER_ROW.map((lanes) => [
          `${lanes} lane${lanes === 1 ? '' : 's'}/row${lanes === chooseLanesPerRow(rows, width) ? ' (wired)' : ''}`,
          (kind) => wrap(runWebGPUNorm(tf.backend(), kind, x, null, null, 1e-5, width, lanes)),
        ]);
      for (const [name, run] of variants) {
        const layerNorm = await time(() => run('layer'));
        const rmsNorm = await time(() => run('rms'));
        lines.push(`| ${backend} | [${rows}, ${width}] | ${name} | ${layerNorm.toFixed(2)} / ${composite.layerNorm.toFixed(2)} ms | ${(layerNorm / composite.layerNorm).toFixed(2)} | ${rmsNorm.toFixed(2)} / ${composite.rmsNorm.toFixed(2)} ms | ${(rmsNorm / composite.rmsNorm).toFixed(2)} |`);
      }
      x.dispose();
    }
  }
  console.log(['| backend | shape | variant | layerNorm fused / composite | ratio | rmsNorm fused / composite | ratio |', '|---|---|---|---|---|---|---|', ...lines].join('\n'));
  console.log('ratio = fused time ÷ composite time (below 1: the fused kernel is faster)');
});
