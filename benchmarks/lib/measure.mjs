// Timing: medians over repeated samples after warm-up and one probe run (under tf.profile, for
// the peak tensor bytes above the live inputs, and to size the samples). Each sample runs the op
// `reps` times back to back and then syncs once. On webgl and webgpu the sync reads one element
// of the last output (that read waits for every queued program, without a 16 MB readback). On
// cpu and wasm every kernel has finished when the op returns, so there is nothing to wait for —
// and reading is not free there: the wasm Slice kernel reads its whole input, which once added
// a full copy's time to every sample. A backward variant returns several tensors (tf.grads: the
// gradient of x and of each weight); on webgl and webgpu one element of each is gathered into one
// small tensor whose read waits for all of them, so it still costs one readback.

const now = () => performance.now();

const SYNCHRONOUS_BACKENDS = new Set(['cpu', 'wasm']);

async function sync(tf, output) {
  if (SYNCHRONOUS_BACKENDS.has(tf.getBackend())) return;
  const first = (tensor) => tf.slice(tf.reshape(tensor, [-1]), [0], [1]);
  const probe = tf.tidy(() => (Array.isArray(output) ? tf.concat(output.map(first)) : first(output)));
  await probe.data();
  probe.dispose();
}

function median(sorted) {
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Measures several variants of one case interleaved: each round takes one sample of every
 * variant in turn, so a burst of load from elsewhere on a shared machine lands on all of them
 * alike and their ratios stay meaningful. Returns { name: timing | { error } }.
 */
export async function measureTogether(tf, variants, { samples: wanted = 9, minSampleMs = 5, warmup = 1, budgetMs = 1000 } = {}) {
  const state = {};
  const results = {};
  for (const [name, run] of Object.entries(variants)) {
    try {
      for (let i = 0; i < warmup; i++) {
        const output = run();
        await sync(tf, output);
        tf.dispose(output);
      }
      const bytesBefore = tf.memory().numBytes;
      const probeStart = now();
      const profile = await tf.profile(() => run());
      await sync(tf, profile.result);
      const single = Math.max(now() - probeStart, 1e-3);
      tf.dispose(profile.result);
      const reps = Math.min(1000, Math.max(1, Math.ceil(minSampleMs / single)));
      state[name] = { run, reps, single, peakBytes: profile.peakBytes - bytesBefore, times: [] };
    } catch (error) {
      results[name] = { error: String(error?.message ?? error).split('\n')[0] };
    }
  }
  const names = Object.keys(state);
  // Slow composites at 2^22 on cpu take seconds per run: fewer rounds (never under 3, so there
  // is still a median) keep a full run within minutes.
  const roundMs = names.reduce((total, name) => total + state[name].single * state[name].reps, 0);
  const rounds = Math.max(3, Math.min(wanted, Math.floor((budgetMs * Math.max(1, names.length)) / Math.max(roundMs, 1e-3))));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const { run, reps, times } = state[name];
      const begin = now();
      let last = null;
      for (let rep = 0; rep < reps; rep++) {
        if (last) tf.dispose(last);
        last = run();
      }
      await sync(tf, last);
      times.push((now() - begin) / reps);
      tf.dispose(last);
    }
  }
  for (const name of names) {
    const { times, reps, peakBytes } = state[name];
    times.sort((a, b) => a - b);
    results[name] = { median: median(times), min: times[0], max: times.at(-1), samples: times.length, reps, peakBytes };
  }
  return results;
}
