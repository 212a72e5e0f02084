// Every layerkit op works on a backend layerkit has no kernel for (tfjs-node's 'tensorflow', a
// custom backend): the op runs the same math as tfjs ops, chosen per call. The stand-in here is
// tfjs's own cpu kernels registered again under another name — a backend that computes exactly
// like cpu but that layerkit has never heard of — so every value and gradient must equal cpu's.
import * as tf from '@tensorflow/tfjs-core';
import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  catalog, elementwiseChannelOp, elementwiseOp, gatedOp, programsFor, resolveParams, resolveVariants, runReduction, variantCombinations,
} from '@layerkit/core';
import { ACTIVATIONS, GATED, GATED_LAYERS, Prelu, REDUCTIONS, Sau, Snake, Swish } from '@layerkit/activations';
import { NORMS } from '@layerkit/norms';

const UNKNOWN = 'layerkit-test-unknown';

beforeAll(async () => {
  tf.registerBackend(UNKNOWN, () => new MathBackendCPU(), 0);
  for (const config of tf.getKernelsForBackend('cpu')) {
    // Only tfjs's own kernels: copying layerkit's would make the backend a known one.
    if (config.kernelName.startsWith('layerkit.')) continue;
    tf.registerKernel({ ...config, backendName: UNKNOWN });
  }
  await tf.setBackend('cpu');
});

afterAll(async () => {
  await tf.setBackend('cpu');
  tf.removeBackend(UNKNOWN);
});

/** Runs the same computation on cpu and on the unknown backend; returns both results as arrays. */
async function onBoth(compute: () => tf.Tensor | tf.Tensor[]): Promise<{ cpu: Float32Array[]; unknown: Float32Array[]; kernels: string[] }> {
  const results: Float32Array[][] = [];
  let kernels: string[] = [];
  for (const backend of ['cpu', UNKNOWN]) {
    await tf.setBackend(backend);
    const before = tf.memory().numTensors;
    const outputs = tf.tidy(() => [compute()].flat());
    results.push(outputs.map((t) => t.dataSync() as Float32Array));
    tf.dispose(outputs);
    expect(tf.memory().numTensors, `tensors leaked on ${backend}`).toBe(before);
    if (backend === UNKNOWN) {
      const profile = await tf.profile(() => tf.tidy(() => [compute()].flat()));
      kernels = profile.kernels.map((k) => k.name);
    }
  }
  await tf.setBackend('cpu');
  return { cpu: results[0], unknown: results[1], kernels };
}

// The same tfjs kernels on the same data: the only differences come from the fused loop doing
// the math in another order than the tfjs ops, so each spec's own tolerance applies (×4: the
// composite rounds after every op; the fused cpu loop evaluates in float64 and rounds once).
function expectClose(got: Float32Array[], want: Float32Array[], tolerance: { relative: number; absolute: number }, label: string) {
  expect(got.length).toBe(want.length);
  got.forEach((values, n) => {
    expect(values.length, label).toBe(want[n].length);
    for (let i = 0; i < values.length; i++) {
      const w = want[n][i];
      const g = values[i];
      if (Number.isNaN(w)) { expect(Number.isNaN(g), `${label} output ${n}[${i}]: want NaN, got ${g}`).toBe(true); continue; }
      if (!Number.isFinite(w)) { expect(g, `${label} output ${n}[${i}]`).toBe(w); continue; }
      const limit = 4 * (tolerance.absolute + tolerance.relative * Math.abs(w));
      expect(Math.abs(g - w), `${label} output ${n}[${i}]: got ${g}, cpu ${w}`).toBeLessThanOrEqual(limit);
    }
  });
}

const noLayerkitKernel = (kernels: string[]) => expect(kernels.filter((k) => k.startsWith('layerkit.'))).toEqual([]);

/** Points across a spec's domain plus the specials, shaped [rows, 6] so channels exist. */
function sample(min: number, max: number): tf.Tensor2D {
  const values = Array.from({ length: 58 }, (_, i) => min + ((max - min) * i) / 57);
  values.push(0, -0, 1e-3, -1e-3, Infinity, -Infinity);
  return tf.tensor2d(values, [values.length / 4, 4]);
}

describe('elementwise activations on a backend layerkit does not know', () => {
  for (const spec of ACTIVATIONS) {
    for (const variants of variantCombinations(spec.variants)) {
      const label = `${spec.name} ${JSON.stringify(variants)}`;
      test(`${label}: values and gradients equal cpu's`, async () => {
        const op = elementwiseOp(spec);
        const params = resolveParams(spec, {});
        const { cpu, unknown, kernels } = await onBoth(() => {
          const x = sample(spec.domain.min, spec.domain.max);
          const finite = tf.clipByValue(x, spec.domain.min, spec.domain.max);
          const gradient = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(op(input, { ...params, ...variants }), tf.reshape(tf.linspace(0.5, 1.5, input.size), input.shape))));
          return [op(x, { ...params, ...variants }), gradient(finite)];
        });
        noLayerkitKernel(kernels);
        expectClose(unknown, cpu, spec.tolerance, label);
      });
    }
  }

  for (const spec of ACTIVATIONS.filter((s) => s.params.some((p) => p.trainable))) {
    test(`${spec.name} with per-channel params: output and the gradients of x and of the params equal cpu's`, async () => {
      const op = elementwiseChannelOp(spec);
      const names = spec.params.filter((p) => p.trainable).map((p) => p.name);
      const { cpu, unknown, kernels } = await onBoth(() => {
        const x = tf.tensor2d([[-2, -0.5, 0.25, 3], [1, -1, 0.5, -3]]);
        const params = names.map((_, n) => tf.tensor1d([0.6, 0.9, 1.3, 2].map((v) => v + n)));
        const forward = (input: tf.Tensor, ...values: tf.Tensor[]) => tf.sum(tf.mul(
          op(input, Object.fromEntries(names.map((name, n) => [name, values[n]]))), tf.tensor2d([[1, 2, 3, 4], [4, 3, 2, 1]])));
        return [op(x, Object.fromEntries(names.map((name, n) => [name, params[n]]))), ...tf.grads(forward)([x, ...params])];
      });
      noLayerkitKernel(kernels);
      expectClose(unknown, cpu, spec.tolerance, spec.name);
    });
  }

  // Prelu learns per element of [rows, 4] here; Sau keeps its fixed sigma while it learns alpha.
  const learningLayers = [
    ['Swish', () => new Swish({ learn: 'channel' })], ['Snake', () => new Snake({ learn: 'channel' })],
    ['Prelu', () => new Prelu()], ['Sau', () => new Sau({ sigma: 0.5 })],
  ] as const;
  for (const [name, make] of learningLayers) {
    test(`the ${name} layer learning its params trains there as on cpu`, async () => {
      const { cpu, unknown } = await onBoth(() => {
        const layer = make();
        const x = tf.tensor2d([[-2, -0.5, 0.25, 3], [1, -1, 0.5, -3]]);
        const output = layer.apply(x) as tf.Tensor;
        const { grads } = tf.variableGrads(() => tf.sum(tf.square(layer.apply(x) as tf.Tensor)) as tf.Scalar,
          layer.trainableWeights.map((w) => w.read() as tf.Variable));
        const result = [output, ...Object.values(grads)];
        layer.dispose();
        return result;
      });
      expect(cpu.length).toBe(2);
      expectClose(unknown, cpu, { relative: 1e-5, absolute: 1e-6 }, name);
    });
  }
});

describe('gated activations on a backend layerkit does not know', () => {
  for (const spec of GATED) {
    for (const variant of Object.keys(spec.variants)) {
      test(`${variant}: values and gradients equal cpu's, on the last axis and on axis 0`, async () => {
        const op = gatedOp(spec, variant);
        const { cpu, unknown, kernels } = await onBoth(() => {
          const x = tf.tensor3d(Array.from({ length: 48 }, (_, i) => Math.sin(i * 1.7) * 3), [4, 2, 6]);
          const weights = tf.linspace(0.5, 1.5, 24);
          const last = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(op(input), tf.reshape(weights, [4, 2, 3]))));
          const first = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(op(input, { axis: 0 }), tf.reshape(weights, [2, 2, 6]))));
          return [op(x), last(x), op(x, { axis: 0 }), first(x)];
        });
        noLayerkitKernel(kernels);
        expectClose(unknown, cpu, spec.tolerance, variant);
      });
    }
  }

  test('the GatedLinearUnit layer runs there too', async () => {
    const Layer = GATED_LAYERS.glu;
    const { cpu, unknown } = await onBoth(() => new Layer({ variant: 'swiglu' }).apply(tf.tensor2d([[1, -2, 3, 0.5]])) as tf.Tensor);
    expectClose(unknown, cpu, { relative: 1e-5, absolute: 1e-6 }, 'GatedLinearUnit');
  });
});

describe('norms and row ops on a backend layerkit does not know', () => {
  // Every reduction spec of the registries (norms, their other forms, row ops), generically: the
  // op runs as tfjs ops there, values and the gradients of x and every weight as on cpu.
  const specs = [...NORMS.flatMap((norm) => [norm.spec, ...(norm.forms ?? [])]), ...REDUCTIONS];
  const x = () => tf.tensor4d(Array.from({ length: 2 * 3 * 2 * 4 }, (_, i) => Math.cos(i * 0.9) * 5 + 1), [2, 3, 2, 4]);
  for (const spec of specs) {
    test(`${spec.name}: values and gradients equal cpu's`, async () => {
      const options = spec.view === 'channel-groups' ? { groups: 2 } : {};
      // Weights the default variant does not read (FRN's learned ε) have no gradient as tfjs ops.
      const read = new Set(programsFor(spec, resolveVariants(spec)).forward.weights);
      const weights = () => spec.weights.map((w, n) => tf.tensor1d([0.5, 1, 1.5, 2].map((v) => w.fill + (v - 1) * (n + 1) * 0.3)));
      const run = (input: tf.Tensor, values: tf.Tensor[]) =>
        runReduction(spec, input, { weights: Object.fromEntries(spec.weights.map((w, n) => [w.name, values[n]])), options });
      const { cpu, unknown, kernels } = await onBoth(() => {
        const values = weights();
        const used = spec.weights.map((w, n) => (read.has(w.name) ? n : -1)).filter((n) => n >= 0);
        const grads = tf.grads((input: tf.Tensor, ...rest: tf.Tensor[]) => {
          const all = values.map((value, n) => (used.includes(n) ? rest[used.indexOf(n)] : value));
          return tf.sum(tf.square(run(input, all)));
        })([x(), ...used.map((n) => values[n])]);
        return [run(x(), values), ...grads];
      });
      noLayerkitKernel(kernels);
      expectClose(unknown, cpu, { relative: 1e-4, absolute: 1e-4 }, spec.name);
    });
  }
});

describe('stock tfjs models are unchanged by importing layerkit', () => {
  // tfjs's own strings that layerkit answers to: a stock model using them must still run there.
  const STOCK = ['gelu', 'gelu_new', 'selu', 'softplus', 'mish', 'swish', 'elu'] as const;

  test('a stock model with activation strings trains on the unknown backend, as on cpu', async () => {
    const losses: number[][] = [];
    for (const backend of ['cpu', UNKNOWN]) {
      await tf.setBackend(backend);
      const before = tf.memory().numTensors;
      const model = tfl.sequential({
        layers: [
          tfl.layers.dense({ units: 8, inputShape: [4], activation: 'gelu', kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
          ...STOCK.slice(1).map((name, n) => tfl.layers.dense({ units: 8, activation: name, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 + n }) })),
          tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 9 }) }),
        ],
      });
      const optimizer = tf.train.sgd(0.05);
      model.compile({ optimizer, loss: 'meanSquaredError' });
      const xs = tf.tensor2d(Array.from({ length: 64 }, (_, i) => Math.sin(i)), [16, 4]);
      const ys = tf.tensor2d(Array.from({ length: 16 }, (_, i) => Math.cos(i)), [16, 1]);
      const history = await model.fit(xs, ys, { epochs: 5, batchSize: 16, shuffle: false, verbose: 0 });
      losses.push(history.history.loss as number[]);
      tf.dispose([xs, ys]);
      model.dispose();
      optimizer.dispose();
      expect(tf.memory().numTensors).toBe(before);
    }
    await tf.setBackend('cpu');
    const [cpu, unknown] = losses;
    expect(unknown[unknown.length - 1]).toBeLessThan(unknown[0]);
    unknown.forEach((loss, epoch) => expect(Math.abs(loss - cpu[epoch])).toBeLessThanOrEqual(1e-5 * Math.abs(cpu[epoch]) + 1e-6));
  });

  test('the catalog says elementwise ops run as tfjs ops where no runner exists', () => {
    // Every op of the package; its utilities (the name registry) run no kernel of their own.
    for (const entry of catalog().filter((e) => e.package === 'activations' && e.kind !== 'utility')) {
      for (const support of Object.values(entry.backends)) expect(support, entry.id).not.toBe('none');
    }
  });
});
