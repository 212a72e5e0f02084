// The benchmark cases, shared by the Node runner (cpu, wasm) and the browser page (webgl,
// webgpu). Everything is passed in (tf, tfl, the layerkit modules) so the same file runs in
// both places; the op list comes from the registries (ACTIVATIONS, NORMS), never from a list here.
import { compositeOf } from './composites.mjs';
import { copyFor } from './copy.mjs';
import { measureTogether } from './measure.mjs';

/** Row width for the norms: rows of 1024 features (a transformer's hidden size). */
export const NORM_WIDTH = 1024;
/** Channels of the image-norm benchmarks (GroupNorm with 32 groups of 4). */
export const CHANNELS = 128;

// Every third power of two: 2^10 … 2^22 in five sizes keeps a full run within minutes on 2 cores.
export const DEFAULT_EXPONENTS = [10, 13, 16, 19, 22];
export const QUICK_EXPONENTS = [10, 16, 22];

/**
 * tfjs-layers' own activation classes, captured before layerkit is imported: layerkit replaces
 * 'gelu', 'mish', 'swish' … with its fused kernels, and the benchmark's "tfjs" column must be
 * tfjs's own implementation. Call this before importing @layerkit/activations.
 */
export function captureStockActivations(tf) {
  const map = tf.serialization.SerializationMap.getMap().classNameMap;
  return Object.fromEntries(Object.entries(map).map(([name, entry]) => [name, entry]));
}

/**
 * Runs `build` with tfjs's own activation classes put back in the serialization map, so that a
 * stock model built after layerkit was imported still uses tfjs's 'gelu'. Restores layerkit's.
 */
export function withStockActivations(tf, stock, build) {
  const map = tf.serialization.SerializationMap.getMap().classNameMap;
  const saved = {};
  for (const name of Object.keys(stock)) {
    saved[name] = map[name];
    map[name] = stock[name];
  }
  try {
    return build();
  } finally {
    for (const name of Object.keys(saved)) {
      if (saved[name] === undefined) delete map[name];
      else map[name] = saved[name];
    }
  }
}

/**
 * tfjs's own kernels for specs whose default math is a tfjs op (the issue's "never slower than
 * tfjs" list): benchmark baselines, like the composites, not a second registry.
 */
const TFJS_OPS = {
  relu: (tf, x) => tf.relu(x),
  leakyRelu: (tf, x) => tf.leakyRelu(x, 0.2),
  sigmoid: (tf, x) => tf.sigmoid(x),
  tanh: (tf, x) => tf.tanh(x),
  logSigmoid: (tf, x) => tf.logSigmoid(x),
};

/**
 * tfjs's own implementation of a spec at default options: its op where TFJS_OPS has one, else
 * tfjs-layers' activation under a name the spec takes over because the math is the same
 * (replacesTfjs). A tfjs string of the same name with other math (tfjs's 'hardSigmoid' is
 * Keras 2's) is no baseline.
 */
function tfjsBaseline(tf, stock, spec) {
  const op = TFJS_OPS[spec.name];
  if (op) return { label: `tf.${spec.name}`, run: (x) => op(tf, x) };
  return tfjsActivation(tf, stock, spec.replacesTfjs ?? []);
}

function tfjsActivation(tf, stock, names) {
  for (const name of names) {
    const entry = stock[name];
    // Only tfjs-layers' activation classes (they have apply()); layer classes share the map.
    if (entry && typeof entry[0].prototype?.apply === 'function' && !entry[0].prototype.computeOutputShape) {
      const instance = entry[1](entry[0], {});
      return { label: `tfjs-layers '${name}' activation`, run: (x) => instance.apply(x) };
    }
  }
  return null;
}

/** What a user writes from tfjs ops for the usual norms: tf.moments, mean of squares. */
const USER_REDUCTIONS = {
  layerNorm: {
    label: 'tf.moments → (x − mean)·rsqrt(var + ε)·γ + β',
    run: (tf, x, { gamma, beta }) => {
      const { mean, variance } = tf.moments(x, -1, true);
      return tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, 1e-5))), gamma), beta);
    },
  },
  rmsNorm: { label: 'x·rsqrt(mean(x²) + ε)·γ', run: (tf, x, { gamma }) => tf.mul(tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), 1e-6))), gamma) },
  instanceNorm: {
    label: 'tf.moments over the spatial axes → (x − mean)·rsqrt(var + ε)·γ + β',
    run: (tf, x, { gamma, beta }) => {
      const { mean, variance } = tf.moments(x, [1], true);
      return tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, 1e-3))), gamma), beta);
    },
  },
  groupNorm: {
    label: 'reshape to groups → tf.moments → (x − mean)·rsqrt(var + ε) → reshape ·γ + β',
    run: (tf, x, { gamma, beta }) => {
      const [batch, spatial, channels] = x.shape;
      const grouped = tf.reshape(x, [batch, spatial, 32, channels / 32]);
      const { mean, variance } = tf.moments(grouped, [1, 3], true);
      const normalized = tf.reshape(tf.mul(tf.sub(grouped, mean), tf.rsqrt(tf.add(variance, 1e-3))), x.shape);
      return tf.add(tf.mul(normalized, gamma), beta);
    },
  },
};

/** tfjs's own implementation of a reduction, where it has one. */
function tfjsReduction(tf, tfl, name, x, weights) {
  if (name === 'softmax') return { label: 'tf.softmax', run: () => tf.softmax(x), of: (input) => tf.softmax(input), weights: [] };
  if (name === 'logSoftmax') return { label: 'tf.logSoftmax', run: () => tf.logSoftmax(x), of: (input) => tf.logSoftmax(input), weights: [] };
  if (name === 'layerNorm') {
    // tfjs-layers' LayerNormalization layer, built once with the same γ and β.
    const layer = tfl.layers.layerNormalization({ axis: -1, epsilon: 1e-5 });
    layer.build([null, x.shape[1]]);
    layer.setWeights([weights.gamma, weights.beta]);
    // The layer reads its own variables: they are what tf.grads differentiates for γ and β.
    return { label: 'tfjs-layers LayerNormalization', run: () => layer.apply(x), of: (input) => layer.apply(input), weights: layer.trainableWeights.map((w) => w.read()) };
  }
  return null;
}

/**
 * One benchmark case per registry entry: { op, id, kind, shapeFor(size), variants(x) }. A variant
 * is { label, run } for the forward, plus { of(input, ...weights), weights } where it has a
 * gradient: the backward (runCases with `backward`) differentiates of at x and those weights.
 */
export function benchCases({ tf, tfl, core, activations, norms, stock }) {
  const cases = [];
  for (const spec of activations?.ACTIVATIONS ?? []) {
    const options = { ...core.resolveParams(spec), ...core.resolveVariants(spec) };
    const op = activations[spec.name];
    const tfjs = tfjsBaseline(tf, stock, spec);
    cases.push({
      op: spec.name,
      id: spec.id,
      kind: 'activation',
      options,
      shapeFor: (size) => [size],
      variants: (x) => ({
        layerkit: { label: `layerkit ${spec.name}`, run: () => op(x), of: (input) => op(input), weights: [] },
        composite: { ...compositeOf(tf, core, spec, options, x), weights: [] },
        tfjs: tfjs ? { label: tfjs.label, run: () => tfjs.run(x), of: (input) => tfjs.run(input), weights: [] } : null,
      }),
    });
  }
  // Every reduction spec (norms, and softmax/logSoftmax): layerkit's kernel against the spec's
  // statistics evaluated op by op in tfjs (runReductionComposite), or the composite a user
  // writes where there is a usual one, and tfjs's own op or layer where one exists.
  const reductions = [
    ...(norms?.NORMS ?? []).map((entry) => entry.spec),
    ...(activations?.REDUCTIONS ?? []),
  ];
  for (const spec of reductions) {
    const rows = spec.view === 'rows';
    const options = spec.view === 'channel-groups' ? { groups: 32 } : {};
    cases.push({
      op: spec.name,
      id: spec.id,
      kind: rows ? 'norm' : 'image norm',
      options,
      // Rows of 1024 features; images as [batch, spatial, 128 channels] with up to 16 examples
      // (2^21 elements is the [16, 32, 32, 128] of the targets).
      shapeFor: rows
        ? (size) => [Math.max(1, size / NORM_WIDTH), Math.min(size, NORM_WIDTH)]
        : (size) => {
          const batch = Math.max(1, Math.min(16, size / CHANNELS / 64));
          return [batch, Math.max(1, size / CHANNELS / batch), CHANNELS];
        },
      variants: (x) => {
        const width = x.shape[x.rank - 1];
        const weights = Object.fromEntries(spec.weights.map((w) => [w.name, tf.keep(tf.randomUniform([width], w.fill - 0.5, w.fill + 0.5))]));
        const user = USER_REDUCTIONS[spec.name];
        const program = core.programsFor(spec, core.resolveVariants(spec)).forward;
        // Weight tensors by name from the arguments tf.grads passes after x.
        const named = (names, tensors) => Object.fromEntries(names.map((name, n) => [name, tensors[n]]));
        const specWeights = spec.weights.map((w) => w.name);
        const opByOp = (input, byName) => {
          const plan = core.planView(spec.name, spec.view, input, options);
          const params = core.resolveParams(spec);
          const out = core.runReductionComposite(program, plan.view, [plan.toKernel(input)], program.weights.map((name) => byName[name]), program.params.map((name) => params[name]))[0];
          return plan.fromKernel(out);
        };
        return {
          layerkit: {
            label: `layerkit ${spec.name}`,
            run: () => core.runReduction(spec, x, { weights, options }),
            of: (input, ...tensors) => core.runReduction(spec, input, { weights: named(specWeights, tensors), options }),
            weights: specWeights.map((name) => weights[name]),
          },
          composite: user
            ? {
              label: user.label,
              run: () => tf.tidy(() => user.run(tf, x, weights)),
              of: (input, ...tensors) => user.run(tf, input, named(specWeights, tensors)),
              weights: specWeights.map((name) => weights[name]),
            }
            : {
              label: 'the spec op by op in tfjs',
              run: () => tf.tidy(() => opByOp(x, weights)),
              of: (input, ...tensors) => opByOp(input, named(program.weights, tensors)),
              weights: program.weights.map((name) => weights[name]),
            },
          tfjs: tfjsReduction(tf, tfl, spec.name, x, weights),
          dispose: () => tf.dispose(Object.values(weights)),
        };
      },
    });
  }
  return cases;
}

/** The layerkit support of a catalog id on a backend: 'fused', 'composite' or 'none'. */
export function supportOf(core, id, backend) {
  return core.catalog().find((entry) => entry.id === id)?.backends[backend] ?? 'none';
}

/**
 * How layerkit computes the gradient of a catalog id on a backend: 'fused' (gradient kernels),
 * 'composite' (tfjs ops) or 'none'. Reductions say it per backend; an activation's gradient
 * is fused where its forward is, and composes tfjs ops where the forward does.
 */
export function gradientSupportOf(core, id, backend) {
  const entry = core.catalog().find((candidate) => candidate.id === id);
  const forward = entry?.backends[backend] ?? 'none';
  if (forward === 'none') return 'none';
  return entry.gradients?.[backend] ?? (forward === 'fused' ? entry.gradient : 'composite');
}

/**
 * Runs every case × size on the active backend. Returns rows with per-variant medians (ms),
 * peak extra tensor bytes, and ratios: each variant's time over the copy of the same bytes,
 * and layerkit's speedup over the composite and over tfjs's own.
 *
 * With `backward`, each row also gets `backward`: the same variants timed as tf.grads of
 * sum(op(x)·dy) with respect to x and the op's weights, for one fixed dy — forward and backward,
 * what a training step pays — measured together with a copy of x in rounds of their own, after
 * the forward rounds (which stay as they are).
 */
export async function runCases({ tf, core, cases, backend, sizes, samples, minSampleMs, backward = false, log }) {
  const rows = [];
  const copy = copyFor(tf, core, backend);
  for (const benchCase of cases) {
    const support = supportOf(core, benchCase.id, backend);
    for (const size of sizes) {
      const shape = benchCase.shapeFor(size);
      const x = tf.randomUniform(shape, -5, 5);
      const variants = benchCase.variants(x);
      const row = { backend, op: benchCase.op, id: benchCase.id, kind: benchCase.kind, size, shape, support, results: {} };
      const plan = {
        layerkit: support === 'none' ? null : variants.layerkit,
        composite: variants.composite,
        tfjs: variants.tfjs,
        copy: { label: copy.label, run: () => copy.run(x) },
      };
      const runnable = Object.fromEntries(Object.entries(plan).filter(([, variant]) => variant).map(([name, variant]) => [name, variant.run]));
      const timings = await measureTogether(tf, runnable, { samples, minSampleMs });
      for (const [name, timing] of Object.entries(timings)) row.results[name] = { label: plan[name].label, ...timing };
      const median = (name) => row.results[name]?.median;
      row.ratios = {
        layerkitOverCopy: ratio(median('layerkit'), median('copy')),
        compositeOverCopy: ratio(median('composite'), median('copy')),
        tfjsOverCopy: ratio(median('tfjs'), median('copy')),
        speedupVsComposite: ratio(median('composite'), median('layerkit')),
        speedupVsTfjs: ratio(median('tfjs'), median('layerkit')),
      };
      if (backward) {
        row.backwardSupport = gradientSupportOf(core, benchCase.id, backend);
        row.backward = await measureBackward({ tf, x, plan, copy: plan.copy, samples, minSampleMs });
        Object.assign(row.ratios, backwardRatios(row));
      }
      variants.dispose?.();
      x.dispose();
      rows.push(row);
      log?.(formatRow(row));
      if (backward) log?.(formatBackwardRow(row));
    }
  }
  return rows;
}

const ratio = (a, b) => (a > 0 && b > 0 ? a / b : null);

/**
 * Times tf.grads of each differentiable variant at x with one fixed dy (uniform in [−1, 1]),
 * interleaved with a copy of x as in the forward. Returns { name: timing | { error } }.
 */
async function measureBackward({ tf, x, plan, copy, samples, minSampleMs }) {
  const dy = tf.randomUniform(x.shape, -1, 1);
  const labels = {};
  const runnable = {};
  for (const name of ['layerkit', 'composite', 'tfjs']) {
    const variant = plan[name];
    if (!variant?.of) continue;
    const gradients = tf.grads(variant.of);
    const inputs = [x, ...(variant.weights ?? [])];
    labels[name] = `tf.grads of ${variant.label}`;
    runnable[name] = () => gradients(inputs, dy);
  }
  labels.copy = copy.label;
  runnable.copy = copy.run;
  const timings = await measureTogether(tf, runnable, { samples, minSampleMs });
  dy.dispose();
  const results = {};
  for (const [name, timing] of Object.entries(timings)) results[name] = { label: labels[name], ...timing };
  return results;
}

/**
 * The copy a backward is divided by. The copy is a floor, measured twice in a row with
 * `backward` (in the forward rounds and in the backward rounds); load from elsewhere and the
 * garbage of the variant before it only ever slow it down, so the lower of its two medians is
 * the floor. Null when neither ran.
 */
export function backwardCopyMs(row) {
  const copies = [row.results.copy?.median, row.backward?.copy?.median].filter((value) => value > 0);
  return copies.length ? Math.min(...copies) : null;
}

/**
 * The backward ratios of a row with `backward`, over backwardCopyMs. gradientOnly estimates
 * the backward kernels alone: layerkit's tf.grads time less its forward time.
 */
export function backwardRatios(row) {
  const forward = (name) => row.results[name]?.median;
  const median = (name) => row.backward[name]?.median;
  const copy = backwardCopyMs(row);
  return {
    layerkitBackwardOverCopy: ratio(median('layerkit'), copy),
    layerkitGradientOnlyOverCopy: median('layerkit') > 0 && forward('layerkit') > 0 ? ratio(median('layerkit') - forward('layerkit'), copy) : null,
    compositeBackwardOverCopy: ratio(median('composite'), copy),
    tfjsBackwardOverCopy: ratio(median('tfjs'), copy),
    backwardSpeedupVsComposite: ratio(median('composite'), median('layerkit')),
    backwardSpeedupVsTfjs: ratio(median('tfjs'), median('layerkit')),
  };
}

export function formatRow(row) {
  const ms = (name) => {
    const result = row.results[name];
    if (!result) return '—';
    return result.error ? 'error' : result.median.toFixed(3);
  };
  const r = (value) => (value == null ? '—' : `${value.toFixed(2)}×`);
  return `${row.backend.padEnd(6)} ${row.op.padEnd(10)} 2^${Math.log2(row.size).toFixed(0).padEnd(3)}`
    + ` layerkit ${ms('layerkit').padStart(8)} (${row.support})  composite ${ms('composite').padStart(8)}  tfjs ${ms('tfjs').padStart(8)}`
    + `  copy ${ms('copy').padStart(8)} ms   vs composite ${r(row.ratios.speedupVsComposite)}  layerkit/copy ${r(row.ratios.layerkitOverCopy)}`;
}

/** The backward line of a row measured with `backward`. */
export function formatBackwardRow(row) {
  const ms = (name) => {
    const result = row.backward?.[name];
    if (!result) return '—';
    return result.error ? 'error' : result.median.toFixed(3);
  };
  const r = (value) => (value == null ? '—' : `${value.toFixed(2)}×`);
  return `${''.padEnd(6)} ${'  backward'.padEnd(10)} ${''.padEnd(5)}`
    + ` layerkit ${ms('layerkit').padStart(8)} (${row.backwardSupport})  composite ${ms('composite').padStart(8)}  tfjs ${ms('tfjs').padStart(8)}`
    + `  copy ${ms('copy').padStart(8)} ms   vs composite ${r(row.ratios.backwardSpeedupVsComposite)}  layerkit/copy ${r(row.ratios.layerkitBackwardOverCopy)}`
    + ` (gradient only ≈ ${r(row.ratios.layerkitGradientOnlyOverCopy)})`;
}

/**
 * Training-step benchmark: a small MLP and a small transformer-ish block (norm → dense 4d with
 * an activation → dense d → residual), stock tfjs layers vs layerkit layers, same sizes and
 * optimizer. Times one `trainOnBatch` (forward, backward, Adam update; it returns the loss as
 * numbers, which syncs).
 */
export async function runTraining({ tf, tfl, core, activations, norms, stock, backend, steps, log }) {
  const results = [];
  const models = trainingModels({ tf, tfl, activations, norms, stock });
  for (const model of models) {
    const result = { backend, model: model.name, description: model.description, results: {} };
    for (const flavour of Object.keys(model.build)) {
      const needed = model.needs[flavour];
      const missing = needed.filter((id) => supportOf(core, id, backend) === 'none');
      if (missing.length) {
        result.results[flavour] = { error: `no layerkit kernel on ${backend} for ${missing.join(', ')}` };
        continue;
      }
      try {
        const built = model.build[flavour]();
        built.compile({ optimizer: tf.train.adam(1e-3), loss: model.loss });
        const { x, y } = model.data();
        const times = [];
        for (let step = 0; step < steps + 2; step++) {
          const begin = performance.now();
          await built.trainOnBatch(x, y);
          const ms = performance.now() - begin;
          // The first two steps compile programs and allocate optimizer slots.
          if (step >= 2) times.push(ms);
        }
        times.sort((a, b) => a - b);
        // Peak tensor bytes of one more step, above what was alive before it (weights, Adam slots, data).
        const before = tf.memory().numBytes;
        const profile = await tf.profile(async () => { await built.trainOnBatch(x, y); return []; });
        result.results[flavour] = {
          peakBytes: profile.peakBytes - before,
          description: model.description[flavour],
          median: times[Math.floor(times.length / 2)], min: times[0], steps: times.length,
          params: built.countParams(),
        };
        tf.dispose([x, y]);
        built.dispose?.();
      } catch (error) {
        result.results[flavour] = { error: String(error?.message ?? error).split('\n')[0] };
      }
    }
    result.ratios = Object.fromEntries(Object.keys(model.build).filter((f) => f !== 'stock')
      .map((flavour) => [flavour, ratio(result.results[flavour]?.median, result.results.stock?.median)]));
    results.push(result);
    log?.(`${backend.padEnd(6)} train-step ${model.name.padEnd(12)} ` + Object.entries(result.results)
      .map(([flavour, r]) => `${flavour} ${r.median != null ? `${r.median.toFixed(1)} ms` : r.error}`).join('  ')
      + '  ' + Object.entries(result.ratios).map(([f, v]) => `${f}/stock ${v?.toFixed(2) ?? '—'}×`).join('  '));
  }
  return results;
}

function trainingModels({ tf, tfl, activations, norms, stock }) {
  const MLP = { batch: 64, input: 128, hidden: 256, classes: 10 };
  const BLOCK = { batch: 4, sequence: 32, width: 64 };
  const mlpData = () => ({
    x: tf.randomNormal([MLP.batch, MLP.input]),
    y: tf.tidy(() => tf.cast(tf.oneHot(tf.randomUniform([MLP.batch], 0, MLP.classes, 'int32'), MLP.classes), 'float32')),
  });
  const mlp = (activation, norm) => {
    const layers = [];
    for (let i = 0; i < 2; i++) {
      layers.push(tfl.layers.dense({ units: MLP.hidden, activation, ...(i === 0 ? { inputShape: [MLP.input] } : {}) }));
      layers.push(norm());
    }
    layers.push(tfl.layers.dense({ units: MLP.classes, activation: 'softmax' }));
    return tfl.sequential({ layers });
  };
  const block = (activation, norm) => {
    const input = tfl.input({ shape: [BLOCK.sequence, BLOCK.width] });
    const normed = norm().apply(input);
    const hidden = tfl.layers.dense({ units: 4 * BLOCK.width, activation }).apply(normed);
    const projected = tfl.layers.dense({ units: BLOCK.width }).apply(hidden);
    const residual = tfl.layers.add().apply([input, projected]);
    const output = norm().apply(residual);
    return tfl.model({ inputs: input, outputs: output });
  };
  const stockNorm = () => tfl.layers.layerNormalization();
  // 'layerkit' has the same math as 'stock' (gelu + LayerNorm), so their ratio compares kernels;
  // 'layerkit-rms' swaps in RMSNorm, the cheaper norm that layerkit adds.
  return [
    {
      name: 'mlp',
      description: {
        stock: `dense ${MLP.hidden} gelu → LayerNormalization, ×2 → dense ${MLP.classes} softmax (batch ${MLP.batch}, input ${MLP.input})`,
        layerkit: `dense ${MLP.hidden} gelu (fused) → LayerNorm (layerkit), ×2 → dense ${MLP.classes} softmax`,
        'layerkit-rms': `dense ${MLP.hidden} gelu (fused) → RMSNorm, ×2 → dense ${MLP.classes} softmax`,
      },
      needs: { stock: [], layerkit: ['activations.gelu', 'norms.layer-norm'], 'layerkit-rms': ['activations.gelu', 'norms.rms-norm'] },
      loss: 'categoricalCrossentropy',
      data: mlpData,
      build: {
        stock: () => withStockActivations(tf, stock, () => mlp('gelu', stockNorm)),
        layerkit: () => mlp('gelu', () => new norms.LayerNorm()),
        'layerkit-rms': () => mlp('gelu', () => new norms.RMSNorm()),
      },
    },
    {
      name: 'transformer',
      description: {
        stock: `LayerNormalization → dense ${4 * BLOCK.width} gelu → dense ${BLOCK.width} → + residual → LayerNormalization ([${BLOCK.batch}, ${BLOCK.sequence}, ${BLOCK.width}])`,
        layerkit: `LayerNorm → dense ${4 * BLOCK.width} gelu (fused) → dense ${BLOCK.width} → + residual → LayerNorm (layerkit)`,
        'layerkit-rms': `RMSNorm → dense ${4 * BLOCK.width} gelu (fused) → dense ${BLOCK.width} → + residual → RMSNorm`,
      },
      needs: { stock: [], layerkit: ['activations.gelu', 'norms.layer-norm'], 'layerkit-rms': ['activations.gelu', 'norms.rms-norm'] },
      loss: 'meanSquaredError',
      data: () => ({ x: tf.randomNormal([BLOCK.batch, BLOCK.sequence, BLOCK.width]), y: tf.randomNormal([BLOCK.batch, BLOCK.sequence, BLOCK.width]) }),
      build: {
        stock: () => withStockActivations(tf, stock, () => block('gelu', stockNorm)),
        layerkit: () => block('gelu', () => new norms.LayerNorm()),
        'layerkit-rms': () => block('gelu', () => new norms.RMSNorm()),
      },
    },
  ];
}
