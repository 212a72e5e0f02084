// Timing: medians over repeated samples after warm-up. Each sample runs the op `reps` times
// back to back and then syncs once, by reading one element of the last output: on webgl and
// webgpu that read waits for every queued program; on cpu and wasm the kernels are synchronous
// anyway. Reading one element instead of the whole output keeps a 16 MB readback out of the time.

const now = () => performance.now();

async function sync(tf, output) {
  const probe = tf.tidy(() => tf.slice(tf.reshape(output, [-1]), [0], [1]));
  await probe.data();
  probe.dispose();
}

function median(sorted) {
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * { median, min, max, samples, reps, peakBytes }, times in milliseconds per run. `minSampleMs` sets how long one
 * sample lasts at least, so that timer resolution and the sync are small against it.
 */
export async function measure(tf, run, { samples: wanted = 9, minSampleMs = 5, warmup = 1, budgetMs = 1000 } = {}) {
  // Warm-up: compiles shaders, instantiates wasm modules, fills tfjs's texture/buffer pools.
  for (let i = 0; i < warmup; i++) {
    const output = run();
    await sync(tf, output);
    output.dispose();
  }
  // The probe run sizes the samples, doubles as a second warm-up and, under tf.profile,
  // gives the peak tensor bytes (above what was alive before it: the inputs are excluded).
  const bytesBefore = tf.memory().numBytes;
  const probeStart = now();
  const profile = await tf.profile(() => run());
  await sync(tf, profile.result);
  const single = Math.max(now() - probeStart, 1e-3);
  profile.result.dispose();
  const peakBytes = profile.peakBytes - bytesBefore;
  const reps = Math.min(1000, Math.max(1, Math.ceil(minSampleMs / single)));
  // Slow composites at 2^22 on cpu take seconds per run: fewer samples (never under 3, so there
  // is still a median) keep a full run within minutes.
  const samples = Math.max(3, Math.min(wanted, Math.floor(budgetMs / (single * reps))));
  const times = [];
  for (let sample = 0; sample < samples; sample++) {
    const begin = now();
    let last = null;
    for (let rep = 0; rep < reps; rep++) {
      last?.dispose();
      last = run();
    }
    await sync(tf, last);
    times.push((now() - begin) / reps);
    last.dispose();
  }
  times.sort((a, b) => a - b);
  return { median: median(times), min: times[0], max: times.at(-1), samples, reps, peakBytes };
}
