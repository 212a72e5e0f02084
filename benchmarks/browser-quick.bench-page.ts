/**
 * Quick fused-vs-composite timings at 2^20 elements on webgl and webgpu. SwiftShader renders
 * in software, so only the ratios mean anything. Each sample runs the op 10 times and waits
 * for the last result with `await data()` (a fence on webgl, a queue drain on webgpu).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { mish } from '@layerkit/activations';
import { NORM_RUNNERS } from '@layerkit/core';
import { test } from 'vitest';

const REPEATS = 10;
const SAMPLES = 7;

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

test('fused vs composite, 2^20 elements', async () => {
  const rows: string[] = [];
  for (const backend of ['webgl', 'webgpu'] as const) {
    if (!(await tf.setBackend(backend))) throw new Error(`browser-quick: tf.setBackend('${backend}') failed`);
    const x = tf.randomNormal([1 << 20]);
    const rowsX = tf.randomNormal([1024, 1024]);
    const fusedMish = await time(() => mish(x));
    const compositeMish = await time(() => tf.tidy(() => tf.mul(x, tf.tanh(tf.softplus(x)))));
    const runner = NORM_RUNNERS[backend]!;
    const fusedLayerNorm = await time(() => tf.engine().makeTensorFromTensorInfo(runner.layerNorm(tf.backend(), rowsX, null, null, 1e-5)));
    const compositeLayerNorm = await time(() => tf.tidy(() => {
      const { mean, variance } = tf.moments(rowsX, -1, true);
      return tf.mul(tf.sub(rowsX, mean), tf.rsqrt(tf.add(variance, 1e-5)));
    }));
    const fusedRmsNorm = await time(() => tf.engine().makeTensorFromTensorInfo(runner.rmsNorm(tf.backend(), rowsX, null, 1e-5, 1024)));
    const compositeRmsNorm = await time(() => tf.tidy(() => tf.mul(rowsX, tf.rsqrt(tf.add(tf.mean(tf.square(rowsX), -1, true), 1e-5)))));
    const copy = await time(() => tf.clone(tf.add(x, 0)));
    for (const [name, fused, composite] of [
      ['mish', fusedMish, compositeMish], ['layerNorm [1024, 1024]', fusedLayerNorm, compositeLayerNorm],
      ['rmsNorm [1024, 1024]', fusedRmsNorm, compositeRmsNorm],
    ] as const) {
      rows.push(`| ${backend} | ${name} | ${fused.toFixed(2)} ms | ${composite.toFixed(2)} ms | ${(composite / fused).toFixed(2)}× |`);
    }
    rows.push(`| ${backend} | add(x, 0) (one pass, for scale) | ${copy.toFixed(2)} ms | | |`);
    tf.dispose([x, rowsX]);
  }
  console.log(['| backend | op | fused | composite | composite / fused |', '|---|---|---|---|---|', ...rows].join('\n'));
});
