/**
 * The conformance suite, generated from the registries: every activation spec and every norm
 * runs the same checks on every backend (cpu and wasm under Node, webgl and webgpu in headless
 * Chromium). Backend differences are declared in BACKEND_TRAITS below, never hidden by
 * test-name filters.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  catalog, elementwiseChannelOp, elementwiseOp, planView, hasRunners, reductionKernelNames, registerReductionKernels, resolveParams, resolveVariants, runReduction,
  variantCombinations, variantKey, withActivation,
  type BackendName, type ElementwiseSpec, type ParamValues, type ReductionSpec, type VariantChoices,
} from '@layerkit/core';
import { ACTIVATIONS, activationLayer, GATED, GATED_LAYERS, REDUCTIONS as ACTIVATION_REDUCTIONS } from '@layerkit/activations';
import { gatedOp, type GatedSpec } from '@layerkit/core';
import { layerNorm, NORM_ACT_PRESETS, NORMS, rmsNorm, type NormExample } from '@layerkit/norms';

/** What a backend can promise, with the reason. */
export const BACKEND_TRAITS: Record<BackendName, { signedZero: boolean; toleranceScale: number }> = {
  cpu: { signedZero: true, toleranceScale: 1 },
  wasm: { signedZero: true, toleranceScale: 1 },
  // GPU shaders may flush −0 to +0 (GLSL/WGSL give no signed-zero guarantee), and their exp/log/
  // sin builtins are specified only to a few ulp, so values get 4× the spec tolerance there.
  webgl: { signedZero: false, toleranceScale: 4 },
  webgpu: { signedZero: false, toleranceScale: 4 },
};



/** Deterministic pseudo-random numbers (tests never depend on Math.random). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function closeTo(got: number, want: number, relative: number, absolute: number): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want)) return got === want;
  return Math.abs(got - want) <= absolute + relative * Math.abs(want);
}

/** Index and values of the worst mismatch, for a readable failure message. */
function firstMismatch(got: ArrayLike<number>, want: ArrayLike<number>, inputs: ArrayLike<number>, relative: number, absolute: number): string | null {
  for (let i = 0; i < want.length; i++) {
    if (!closeTo(got[i], want[i], relative, absolute)) {
      return `at x = ${inputs[i]}: got ${got[i]}, want ${want[i]} (tolerance ${relative} relative + ${absolute} absolute)`;
    }
  }
  return null;
}

/**
 * A second set of param values, away from the defaults, inside each param's domain. An optional
 * param whose default is infinite (relu's maxValue, unset) gets 2, so its clamped form runs too.
 */
function alternateParams(spec: ElementwiseSpec): ParamValues {
  return Object.fromEntries(spec.params.map((p) => [p.name, !Number.isFinite(p.default) ? 2 : p.default === 0 ? 0.5 : p.default * 0.6]));
}

/** The float64 limit at ±∞ where the reference itself gives NaN (∞·0 forms). */
function referenceAt(spec: ElementwiseSpec, value: number, params: ParamValues, variants: VariantChoices): number {
  const direct = spec.reference(value, params, variants);
  if (!Number.isNaN(direct) || Number.isNaN(value) || Number.isFinite(value)) return direct;
  return Math.fround(spec.reference(Math.sign(value) * 1e300, params, variants));
}

function grid(spec: ElementwiseSpec, count: number): Float32Array {
  const { min, max } = spec.domain;
  const next = random(count);
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = i % 2 ? min + ((max - min) * i) / (count - 1) : min + (max - min) * next();
  return values;
}

const nearKink = (spec: ElementwiseSpec, value: number, width: number) =>
  (spec.domain.kinks ?? []).some((kink) => Math.abs(value - kink) < width);

/**
 * Reads a result asynchronously (webgpu has no synchronous download) and disposes it. Every
 * value the suite checks comes through here.
 */
async function values(make: () => tf.Tensor): Promise<Float32Array> {
  const tensor = tf.tidy(make);
  const data = (await tensor.data()) as Float32Array;
  tensor.dispose();
  return data;
}

function expectNoLeak(run: () => void): void {
  run(); // warm-up: first calls may allocate backend-owned caches
  const before = tf.memory().numTensors;
  run();
  expect(tf.memory().numTensors, 'tensors leaked by one call').toBe(before);
}

/** Every check of every registered item, for one backend. */
export function defineConformance(backend: BackendName, setUp: () => Promise<void>): void {
  const traits = BACKEND_TRAITS[backend];
  describe(`conformance on ${backend}`, () => {
    beforeAll(async () => {
      await setUp();
      expect(tf.getBackend()).toBe(backend);
    });

    for (const spec of ACTIVATIONS) defineElementwise(spec, backend, traits);
    for (const spec of GATED) defineGated(spec, backend, traits);
    defineReductions(backend, traits);
  });
}

function defineElementwise(spec: ElementwiseSpec, backend: BackendName, traits: (typeof BACKEND_TRAITS)[BackendName]): void {
  const op = elementwiseOp(spec);
  const relative = spec.tolerance.relative * traits.toleranceScale;
  const absolute = spec.tolerance.absolute * traits.toleranceScale;
  describe(spec.id, () => {
    test(`is fused on ${backend}`, async () => {
      const entry = catalog().find((e) => e.id === spec.id);
      expect(entry?.backends[backend]).toBe('fused');
    });

    for (const variants of variantCombinations(spec.variants)) {
      const label = variantKey(variants) || 'default';
      for (const [paramLabel, params] of [['default params', resolveParams(spec)], ['other params', alternateParams(spec)]] as const) {
        if (paramLabel === 'other params' && spec.params.length === 0) continue;
        test(`values vs float64 reference (${label}, ${paramLabel})`, async () => {
          const inputs = grid(spec, 4001);
          const got = await values(() => op(tf.tensor1d(inputs), { ...params, ...variants }));
          const want = Array.from(inputs, (v) => spec.reference(v, params, variants));
          expect(firstMismatch(got, want, inputs, relative, absolute)).toBeNull();
        });
      }

      test(`NaN, ±Inf and −0 (${label})`, async () => {
        const params = resolveParams(spec);
        const inputs = new Float32Array([NaN, Infinity, -Infinity, -0, 0]);
        const got = await values(() => op(tf.tensor1d(inputs), variants));
        const want = Array.from(inputs, (v) => referenceAt(spec, v, params, variants));
        expect(firstMismatch(got, want, inputs, relative, absolute)).toBeNull();
        if (traits.signedZero) {
          expect(Object.is(got[3], -0) === Object.is(want[3], -0), `sign of f(−0): got ${Object.is(got[3], -0) ? '−0' : got[3]}, want ${Object.is(want[3], -0) ? '−0' : want[3]}`).toBe(true);
        }
      });

      test(`sizes 0, 1, odd lengths and 2^20 elements (${label})`, async () => {
        const params = resolveParams(spec);
        for (const size of [0, 1, 3, 5, 7, 13, 1025, 1 << 20]) {
          const next = random(size + 7);
          const inputs = Float32Array.from({ length: size }, () => spec.domain.min + (spec.domain.max - spec.domain.min) * next());
          const got = await values(() => op(tf.tensor(inputs, [size]), variants));
          expect(got.length).toBe(size);
          const want = Array.from(inputs, (v) => spec.reference(v, params, variants));
          expect(firstMismatch(got, want, inputs, relative, absolute), `size ${size}`).toBeNull();
        }
        // Shapes other than 1-D keep their shape.
        const shaped = tf.tidy(() => op(tf.ones([2, 3, 5]), variants).shape);
        expect(shaped).toEqual([2, 3, 5]);
      });

      // A spec whose backward is deliberately not d/dx of its forward (HeLU) states its own.
      const gradientReference = spec.referenceDerivative ? 'the stated derivative' : 'central differences of the reference';
      test(`gradient vs ${gradientReference} (${label})`, async () => {
        const params = resolveParams(spec);
        const step = 1e-4;
        const inputs = Float32Array.from(grid(spec, 401)).filter((v) => !nearKink(spec, v, 1e-2) && v !== 0);
        const got = await values(() => tf.grad((v: tf.Tensor) => op(v, variants))(tf.tensor1d(inputs)));
        const stated = spec.referenceDerivative;
        const want = Array.from(inputs, (v) => (stated ? stated(v, params, variants)
          : (spec.reference(v + step, params, variants) - spec.reference(v - step, params, variants)) / (2 * step)));
        // Gradients get 10× the value tolerance: the difference quotient itself carries ~1e-8 error.
        expect(firstMismatch(got, want, inputs, relative * 10, absolute * 10)).toBeNull();
      });

      test(`no leaked tensors (${label})`, async () => {
        const x = tf.tensor1d([-1, 0.5, 2]);
        expectNoLeak(() => {
          op(x, variants).dispose();
          tf.grad((v: tf.Tensor) => op(v, variants))(x).dispose();
        });
        x.dispose();
      });
    }

    const trainable = spec.params.filter((p) => p.trainable);
    if (trainable.length) {
      test('trainable params: per-channel values and gradients vs the reference', async () => {
        const channelOp = elementwiseChannelOp(spec);
        const width = 5;
        const rows = 3;
        const next = random(99);
        const xs = Float32Array.from({ length: rows * width }, () => spec.domain.min / 2 + (spec.domain.max - spec.domain.min) / 2 * next());
        const paramValues = Object.fromEntries(trainable.map((p) => [p.name, Float32Array.from({ length: width }, (_, j) => p.default * (0.5 + 0.25 * j))]));
        const at = (i: number) => Object.fromEntries(trainable.map((p) => [p.name, paramValues[p.name][i % width]]));
        const x = tf.tensor2d(xs, [rows, width]);
        const params = Object.fromEntries(trainable.map((p) => [p.name, tf.tensor1d(paramValues[p.name])]));
        const forward = await values(() => channelOp(x, params));
        const want = Array.from(xs, (v, i) => spec.reference(v, { ...resolveParams(spec), ...at(i) }, {}));
        expect(firstMismatch(forward, want, xs, relative, absolute)).toBeNull();
        for (const p of trainable) {
          const gradient = await values(() => tf.grad((value: tf.Tensor) => channelOp(x, { ...params, [p.name]: value }))(params[p.name]));
          const step = 1e-4;
          const wantGradient = new Float64Array(width);
          xs.forEach((v, i) => {
            const base = { ...resolveParams(spec), ...at(i) };
            const plus = spec.reference(v, { ...base, [p.name]: base[p.name] + step }, {});
            const minus = spec.reference(v, { ...base, [p.name]: base[p.name] - step }, {});
            wantGradient[i % width] += (plus - minus) / (2 * step);
          });
          expect(firstMismatch(gradient, wantGradient, paramValues[p.name], relative * 10, absolute * 10), `d/d${p.name}`).toBeNull();
        }
        x.dispose();
        Object.values(params).forEach((t) => t.dispose());
      });
    }

    test('layer trains, saves and loads with the same outputs', async () => {
      const Layer = activationLayer({ spec, learn: spec.layerLearns });
      const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 6, inputShape: [4] }), new Layer() as unknown as tfl.layers.Layer] });
      model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
      const x = tf.randomNormal([8, 4], 0, 1, 'float32', 3);
      const y = tf.randomNormal([8, 6], 0, 1, 'float32', 4);
      const history = await model.fit(x, y, { epochs: 2, verbose: 0 });
      expect(Number.isFinite(history.history.loss[1] as number)).toBe(true);
      let artifacts: tf.io.ModelArtifacts | null = null;
      await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
      const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
      const before = await values(() => model.predict(x) as tf.Tensor);
      const after = await values(() => loaded.predict(x) as tf.Tensor);
      expect(Array.from(after)).toEqual(Array.from(before));
      tf.dispose([x, y]);
      model.dispose();
      loaded.dispose();
    });

    test('bad input gets a clear error', async () => {
      expect(() => op(tf.tensor1d([1, 2], 'int32'))).toThrow(/expected 'x' to be a float32 tensor, got int32 — cast first/);
      expect(() => op(tf.tensor1d([1, 0], 'bool'))).toThrow(/got bool/);
      expect(() => op(tf.tensor1d(['a'], 'string'))).toThrow(/got string/);
      expect(() => op('nonsense' as never)).toThrow(new RegExp(`^${spec.name}: expected 'x' to be a tf.Tensor`));
      expect(() => op(tf.tensor1d([1]), { notAnOption: 1 } as never)).toThrow(/unknown option 'notAnOption'/);
      for (const p of spec.params) {
        expect(() => op(tf.tensor1d([1]), { [p.name]: 'large' } as never)).toThrow(new RegExp(`option '${p.name}' to be a finite number`));
        if (p.domain?.min !== undefined) {
          expect(() => op(tf.tensor1d([1]), { [p.name]: p.domain!.min! - 1 } as never)).toThrow(new RegExp(`option '${p.name}'`));
        }
      }
      for (const v of spec.variants ?? []) {
        expect(() => op(tf.tensor1d([1]), { [v.name]: 'bogus' } as never)).toThrow(new RegExp(`option '${v.name}' to be one of`));
      }
    });
  });
}

/** The entries the reduction suite runs: every norm, and the reductions of @layerkit/activations (row ops, reducing activations). */
const REDUCTIONS: readonly { spec: ReductionSpec; layer?: new (options?: object) => tfl.layers.Layer; example?: NormExample }[] = [
  ...NORMS.map((norm) => ({ spec: norm.spec, layer: norm.layer ?? undefined, example: norm.example })),
  ...NORMS.flatMap((norm) => (norm.forms ?? []).map((spec) => ({ spec }))),
  ...ACTIVATION_REDUCTIONS.map((spec) => ({ spec })),
  // NormAct: the pairs compiled for wasm (any other pair is generated the same way on the GPUs).
  ...NORM_ACT_PRESETS.map(([spec, name]) => {
    const fused = withActivation(spec, ACTIVATIONS.find((a) => a.name === name)!);
    registerReductionKernels(fused);
    return { spec: fused };
  }),
];

/** Shapes per view: [shape, label]; the view option (groups) comes from `viewOptions`. */
function reductionShapes(spec: ReductionSpec): Array<[number[], string]> {
  if (spec.view === 'rows') return [[[4, 1], 'width 1'], [[5, 3], 'width 3'], [[7, 8], 'width 8'], [[3, 1025], 'odd width 1025'], [[0, 16], '0 rows'], [[1, 6], 'one row'], [[1024, 1024], '2^20 elements']];
  return [[[2, 3, 3, 8], '[2, 3, 3, 8]'], [[1, 5, 7, 4], 'batch size 1'], [[3, 2, 2, 12], '[3, 2, 2, 12]'], [[0, 2, 2, 8], 'empty batch'], [[16, 8, 8, 128], '2^17 elements']];
}

const viewOptions = (spec: ReductionSpec): Record<string, unknown> => (spec.view === 'channel-groups' ? { groups: 4 } : {});

/** x, its view and weights as the float64 reference sees them. */
function referenceOf(spec: ReductionSpec, xs: Float32Array, shape: number[], weights: Record<string, Float32Array>, params: ParamValues, inputs: Record<string, Float32Array> = {}, variants: VariantChoices = {}): Float64Array {
  const plan = tf.tidy(() => planView(spec.name, spec.view, tf.zeros(shape), viewOptions(spec) as never));
  return spec.reference({
    view: plan.view,
    x: Float64Array.from(xs),
    inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, Float64Array.from(v)])),
    weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Float64Array.from(v)])),
    params,
    variants,
  });
}

function alternateReductionParams(spec: ReductionSpec): ParamValues {
  return Object.fromEntries(spec.params.map((p) => [p.name, p.default === 0 ? 0.5 : p.default * 0.6]));
}

function defineReductions(backend: BackendName, traits: (typeof BACKEND_TRAITS)[BackendName]): void {
  for (const { spec, layer, example } of REDUCTIONS) {
    const relative = spec.tolerance.relative * traits.toleranceScale;
    const absolute = spec.tolerance.absolute * traits.toleranceScale;
    const channels = (shape: number[]) => (spec.view === 'rows' ? shape[shape.length - 1] : shape[shape.length - 1]);
    // Optional params at their default are left out, so the default params run the form without
    // them (RMSNorm without the partial mask) and the other params the form with them.
    const given = (params: ParamValues) => Object.fromEntries(Object.entries(params)
      .filter(([name, value]) => { const p = spec.params.find((q) => q.name === name); return !(p?.optional && value === p.default); }));
    const run = (x: tf.Tensor, weights: Record<string, tf.Tensor>, params: ParamValues, variants: VariantChoices = {}) =>
      runReduction(spec, x, { weights, options: { ...given(params), ...variants, ...viewOptions(spec) } });
    const randomWeights = (width: number, next: () => number) =>
      Object.fromEntries(spec.weights.map((w) => [w.name, Float32Array.from({ length: width }, () => w.fill + next() - 0.5)]));
    describe(spec.id, () => {
      test(`runs as ${hasRunners(backend) || spec.overrides?.[backend] ? 'a fused kernel' : 'tfjs ops'} on ${backend}`, async () => {
        const entry = catalog().find((e) => e.id === spec.id);
        expect(entry?.backends[backend]).toBe(hasRunners(backend) || spec.overrides?.[backend] ? 'fused' : 'composite');
        expect(entry?.gradients?.[backend]).toBe(hasRunners(backend) ? 'fused' : 'composite');
        // And the kernels are there: the backend's runners are loaded (the setup awaited them).
        registerReductionKernels(spec);
        const names = reductionKernelNames(spec);
        expect(tf.getKernel(names.forward, backend) != null).toBe(entry?.backends[backend] === 'fused');
        expect(tf.getKernel(names.backward, backend) != null).toBe(entry?.gradients?.[backend] === 'fused');
      });

      for (const [paramLabel, params] of [['default params', resolveParams(spec)], ['other params', alternateReductionParams(spec)]] as const) {
        test(`values vs float64 reference (${paramLabel}): small, odd, empty and 2^20-element shapes; a large mean`, async () => {
          for (const [shape, label] of reductionShapes(spec)) {
            // A large mean, with default params only: other params (a temperature) scale the
            // float32 rounding of x itself, which no implementation can undo.
            for (const offset of paramLabel === 'default params' ? [0, 1e4] : [0]) {
              if (offset && shape.reduce((a, b) => a * b, 1) > 1 << 16) continue;
              const next = random(shape.reduce((a, b) => a * 31 + b, 7));
              const xs = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => offset + (next() * 4 - 2));
              const weights = randomWeights(channels(shape), next);
              const got = await values(() => run(tf.tensor(xs, shape), Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, tf.tensor1d(v)])), params));
              const want = referenceOf(spec, xs, shape, weights, params);
              expect(firstMismatch(got, want, xs, relative, absolute), `${label} offset ${offset}`).toBeNull();
            }
          }
        });
      }

      test('NaN and ±Inf reach the whole group, never other groups', async () => {
        const shape = spec.view === 'rows' ? [3, 8] : [2, 2, 2, 8];
        const next = random(3);
        const xs = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => next() * 2 - 1);
        xs[1] = NaN;
        const weights = randomWeights(channels(shape), next);
        const params = resolveParams(spec);
        const got = await values(() => run(tf.tensor(xs, shape), Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, tf.tensor1d(v)])), params));
        const want = referenceOf(spec, xs, shape, weights, params);
        expect(firstMismatch(got, want, xs, relative, absolute)).toBeNull();
      });

      // Element inputs (softmax's mask, RegionNorm's holes) as random 0/1 maps: the program that
      // reads them is a kernel of its own, with its own backward.
      if (spec.inputs?.length) {
        test(`with ${spec.inputs.map((name) => `'${name}'`).join(', ')}: values and gradients vs the float64 reference`, async () => {
          const shape = spec.view === 'rows' ? [5, 6] : [2, 3, 3, 4];
          const size = shape.reduce((a, b) => a * b, 1);
          const next = random(23);
          const xs = Float64Array.from({ length: size }, () => next() * 2 - 1);
          const elementInputs = Object.fromEntries(spec.inputs!.map((name) => [name, Float32Array.from({ length: size }, () => (next() < 0.4 ? 1 : 0))]));
          const width = channels(shape);
          const weightValues = spec.weights.map((w) => Float64Array.from({ length: width }, () => w.fill + next() - 0.5));
          const probe = Float64Array.from({ length: size }, () => next() - 0.5);
          const params = { ...resolveParams(spec), ...(spec.params.some((p) => p.name === 'epsilon') ? { epsilon: 1e-3 } : {}) };
          const runWith = (x: tf.Tensor, weights: tf.Tensor[]) => runReduction(spec, x, {
            inputs: Object.fromEntries(Object.entries(elementInputs).map(([name, v]) => [name, tf.tensor(v, shape)])),
            weights: Object.fromEntries(spec.weights.map((w, n) => [w.name, weights[n]])),
            options: { ...given(params), ...viewOptions(spec) },
          });
          const reference = (arrays: Float64Array[]) => referenceOf(spec, Float32Array.from(arrays[0]), shape,
            Object.fromEntries(spec.weights.map((w, n) => [w.name, Float32Array.from(arrays[n + 1])])), params, elementInputs);
          const base = [xs, ...weightValues];
          const got = await values(() => runWith(tf.tensor(Float32Array.from(xs), shape), weightValues.map((w) => tf.tensor1d(Float32Array.from(w)))));
          expect(firstMismatch(got, reference(base), Float32Array.from(xs), relative, absolute), 'values').toBeNull();
          const gradients = tf.tidy(() => tf.grads((...args: tf.Tensor[]) => tf.sum(tf.mul(runWith(args[0], args.slice(1)), tf.tensor(Float32Array.from(probe), shape))))(
            [tf.tensor(Float32Array.from(xs), shape), ...weightValues.map((w) => tf.tensor1d(Float32Array.from(w)))]));
          const gotGradients = await Promise.all(gradients.map(async (g) => { const data = await g.data(); g.dispose(); return data; }));
          const step = 1e-3;
          const loss = (arrays: Float64Array[]) => reference(arrays).reduce((sum, v, i) => sum + (Number.isFinite(v) ? v * probe[i] : 0), 0);
          base.forEach((array, which) => {
            const want = Array.from(array, (_, i) => {
              const plus = base.map((a) => Float64Array.from(a));
              const minus = base.map((a) => Float64Array.from(a));
              plus[which][i] += step;
              minus[which][i] -= step;
              return (loss(plus) - loss(minus)) / (2 * step);
            });
            expect(firstMismatch(gotGradients[which], want, array, 1e-2, 1e-3), which === 0 ? 'dx' : `d${spec.weights[which - 1].name}`).toBeNull();
          });
        });
      }

      // Each choice of the spec's variants (FRN's tlu and learned ε, EvoNorm's nonlinearity) is a
      // kernel of its own: values on every shape and gradients for each, default params.
      const variantChoices = variantCombinations(spec.variants);
      for (const variants of variantChoices.filter((v) => variantKey(v) !== variantKey(resolveVariants(spec)))) {
        test(`values vs float64 reference (${variantKey(variants)})`, async () => {
          const params = resolveParams(spec);
          for (const [shape, label] of reductionShapes(spec)) {
            const next = random(shape.reduce((a, b) => a * 31 + b, 11));
            const xs = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => next() * 4 - 2);
            const weights = randomWeights(channels(shape), next);
            const got = await values(() => run(tf.tensor(xs, shape), Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, tf.tensor1d(v)])), params, variants));
            const want = referenceOf(spec, xs, shape, weights, params, {}, variants);
            expect(firstMismatch(got, want, xs, relative, absolute), label).toBeNull();
          }
        });
      }

      for (const variants of variantChoices) test(`gradients of x and every weight vs central differences of the reference${variantChoices.length > 1 ? ` (${variantKey(variants)})` : ''}`, async () => {
        const shape = spec.view === 'rows' ? [3, 6] : [2, 2, 2, 8];
        const size = shape.reduce((a, b) => a * b, 1);
        const next = random(17);
        const xs = Float64Array.from({ length: size }, () => next() * 2 - 1);
        const width = channels(shape);
        const weightValues = spec.weights.map((w) => Float64Array.from({ length: width }, () => w.fill + next() - 0.5));
        const probe = Float64Array.from({ length: size }, () => next() - 0.5);
        const params = { ...resolveParams(spec), ...(spec.params.some((p) => p.name === 'epsilon') ? { epsilon: 1e-3 } : {}) };
        for (const paramsCase of [params, { ...alternateReductionParams(spec), ...(spec.params.some((p) => p.name === 'epsilon') ? { epsilon: 1e-3 } : {}) }]) {
          const loss = (arrays: Float64Array[]) => {
            const weights = Object.fromEntries(spec.weights.map((w, n) => [w.name, Float32Array.from(arrays[n + 1])]));
            return referenceOf(spec, Float32Array.from(arrays[0]), shape, weights, paramsCase, {}, variants).reduce((s, v, i) => s + v * probe[i], 0);
          };
          const gradients = tf.tidy(() => {
            const f = (...args: tf.Tensor[]) => tf.sum(tf.mul(run(args[0], Object.fromEntries(spec.weights.map((w, n) => [w.name, args[n + 1]])), paramsCase, variants), tf.tensor(Float32Array.from(probe), shape)));
            return tf.grads(f)([tf.tensor(Float32Array.from(xs), shape), ...weightValues.map((w) => tf.tensor1d(Float32Array.from(w)))]);
          });
          const got = await Promise.all(gradients.map(async (g) => { const data = await g.data(); g.dispose(); return data; }));
          // 1e-3: the float32 rounding of x ± step costs ~1e-5 relative, and a kink of max (FRN's
          // TLU) lands within the step of some element ten times less often than at 1e-2.
          const step = 1e-3;
          const base = [xs, ...weightValues];
          base.forEach((array, which) => {
            const want = Array.from(array, (_, i) => {
              const plus = base.map((a) => Float64Array.from(a));
              const minus = base.map((a) => Float64Array.from(a));
              plus[which][i] += step;
              minus[which][i] -= step;
              return (loss(plus) - loss(minus)) / (2 * step);
            });
            const name = which === 0 ? 'dx' : `d${spec.weights[which - 1].name}`;
            expect(firstMismatch(got[which], want, array, 1e-2, 1e-3), `${name} with ${JSON.stringify(paramsCase)}`).toBeNull();
          });
        }
      });

      test('no leaked tensors', async () => {
        const shape = spec.view === 'rows' ? [4, 8] : [2, 2, 2, 8];
        const x = tf.randomNormal(shape);
        const weights = Object.fromEntries(spec.weights.map((w) => [w.name, tf.fill([channels(shape)], w.fill)]));
        const params = resolveParams(spec);
        expectNoLeak(() => {
          run(x, weights, params).dispose();
          tf.grads((a: tf.Tensor, ...rest: tf.Tensor[]) => tf.sum(run(a, Object.fromEntries(spec.weights.map((w, n) => [w.name, rest[n]])), params)))([x, ...Object.values(weights)]).forEach((g) => g.dispose());
        });
        tf.dispose([x, ...Object.values(weights)]);
      });

      test('bad input gets a clear error', async () => {
        const shape = spec.view === 'rows' ? [2, 3] : [2, 2, 2, 8];
        const call = (x: unknown, options: Record<string, unknown> = {}, weights: Record<string, unknown> = {}) =>
          runReduction(spec, x as tf.Tensor, { weights: weights as never, options: { ...viewOptions(spec), ...options } });
        expect(() => call(tf.ones(shape, 'int32'))).toThrow(new RegExp(`^${spec.name}: expected 'x' to be a float32 tensor, got int32`));
        expect(() => call(tf.scalar(1))).toThrow(/expected a tensor of rank >= \d/);
        expect(() => call(tf.ones(shape), { axis: 5 })).toThrow(/expected axis in/);
        expect(() => call(tf.ones(shape), { epsilom: 1 })).toThrow(/unknown option 'epsilom'/);
        for (const w of spec.weights) expect(() => call(tf.ones(shape), {}, { [w.name]: tf.ones([channels(shape) + 1]) })).toThrow(new RegExp(`expected '${w.name}' of shape`));
        for (const p of spec.params) {
          if (p.domain?.min !== undefined) expect(() => call(tf.ones(shape), { [p.name]: p.domain!.min! - 1 })).toThrow(new RegExp(`option '${p.name}'`));
        }
        if (spec.view === 'channel-groups') expect(() => call(tf.ones([2, 2, 2, 6]), { groups: 4 })).toThrow(/expected the 6 channels to divide into 4 groups/);
      });

      if (layer) {
        test('layer trains, saves and loads with the same outputs', async () => {
          // The registry entry's example: options and an input shape that suit the norm (images
          // for the channel-group norms); a Dense of 8 units feeds it either way.
          const inputShape = [...(example?.inputShape ?? [4])];
          const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 8, inputShape }), new layer(example?.options ?? {})] });
          model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
          const x = tf.randomNormal([8, ...inputShape], 0, 1, 'float32', 5);
          const y = tf.randomNormal([8, ...inputShape.slice(0, -1), 8], 0, 1, 'float32', 6);
          const history = await model.fit(x, y, { epochs: 3, verbose: 0 });
          const losses = history.history.loss as number[];
          expect(losses[2]).toBeLessThan(losses[0]);
          let artifacts: tf.io.ModelArtifacts | null = null;
          await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
          const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
          expect(Array.from(await values(() => loaded.predict(x) as tf.Tensor))).toEqual(Array.from(await values(() => model.predict(x) as tf.Tensor)));
          tf.dispose([x, y]);
          model.dispose();
          loaded.dispose();
        });
      }
    });
  }

  test('norms over other axes and several axes match a transposed call', async () => {
    const x = tf.randomNormal([2, 3, 4], 0, 1, 'float32', 8);
    for (const [op, name] of [[(v: tf.Tensor, o: object) => rmsNorm(v, null, o), 'rmsNorm'], [(v: tf.Tensor, o: object) => layerNorm(v, null, null, o), 'layerNorm']] as const) {
      const got = await values(() => op(x, { axis: 1 }));
      const want = await values(() => tf.transpose(op(tf.transpose(x, [0, 2, 1]), {}), [0, 2, 1]));
      expect(firstMismatch(got, want, got, 1e-5, 1e-6), name).toBeNull();
      expect(tf.tidy(() => op(x, { axis: [1, 2] }).shape)).toEqual([2, 3, 4]);
    }
    x.dispose();
  });
}

function defineGated(spec: GatedSpec, backend: BackendName, traits: (typeof BACKEND_TRAITS)[BackendName]): void {
  const relative = spec.tolerance.relative * traits.toleranceScale;
  const absolute = spec.tolerance.absolute * traits.toleranceScale;
  describe(spec.id, () => {
    test(`is fused on ${backend}`, async () => {
      expect(catalog().find((e) => e.id === spec.id)?.backends[backend]).toBe('fused');
    });
    for (const [variant, math] of Object.entries(spec.variants)) {
      const op = gatedOp(spec, variant);
      test(`${variant}: values vs float64 reference for half widths 1, 3, 8, 1025 and 2^20 outputs`, async () => {
        for (const [rows, half] of [[0, 4], [5, 1], [4, 3], [3, 8], [2, 1025], [1024, 1024]]) {
          const next = random(rows + half);
          const xs = Float32Array.from({ length: rows * 2 * half }, () => next() * 8 - 4);
          const got = await values(() => op(tf.tensor2d(xs, [rows, 2 * half])));
          expect(got.length).toBe(rows * half);
          const want = new Float64Array(rows * half);
          const inputs = new Float64Array(rows * half);
          for (let r = 0; r < rows; r++) {
            for (let j = 0; j < half; j++) {
              want[r * half + j] = math.reference(xs[r * 2 * half + j], xs[r * 2 * half + half + j]);
              inputs[r * half + j] = xs[r * 2 * half + j];
            }
          }
          expect(firstMismatch(got, want, inputs, relative, absolute), `[${rows}, ${2 * half}]`).toBeNull();
        }
      });

      test(`${variant}: gradient vs central differences`, async () => {
        const rows = 3;
        const half = 5;
        const next = random(41);
        const xs = Float32Array.from({ length: rows * 2 * half }, () => next() * 4 - 2).map((v) => (Math.abs(v) < 0.05 ? v + 0.1 : v));
        const weights = Float32Array.from({ length: rows * half }, () => next() - 0.5);
        const got = await values(() => tf.grad((x: tf.Tensor) => tf.sum(tf.mul(op(x), tf.tensor2d(weights, [rows, half]))))(tf.tensor2d(xs, [rows, 2 * half])));
        const loss = (values: Float64Array) => {
          let total = 0;
          for (let r = 0; r < rows; r++) for (let j = 0; j < half; j++) total += weights[r * half + j] * math.reference(values[r * 2 * half + j], values[r * 2 * half + half + j]);
          return total;
        };
        const step = 1e-4;
        const want = Array.from(xs, (_, i) => {
          const plus = Float64Array.from(xs);
          const minus = Float64Array.from(xs);
          plus[i] += step;
          minus[i] -= step;
          return (loss(plus) - loss(minus)) / (2 * step);
        });
        expect(firstMismatch(got, want, xs, relative * 10, absolute * 10)).toBeNull();
      });

      test(`${variant}: split axis other than the last`, async () => {
        const x = tf.randomNormal([2, 6, 3], 0, 1, 'float32', 12);
        const got = await values(() => op(x, { axis: 1 }));
        const want = await values(() => tf.transpose(op(tf.transpose(x, [0, 2, 1])), [0, 2, 1]));
        expect(Array.from(got)).toEqual(Array.from(want));
        x.dispose();
      });
    }

    test('no leaked tensors', async () => {
      const x = tf.randomNormal([3, 8]);
      const op = gatedOp(spec, spec.defaultVariant);
      expectNoLeak(() => {
        op(x).dispose();
        tf.grad((v: tf.Tensor) => op(v))(x).dispose();
      });
      x.dispose();
    });

    test('layer halves the width, trains, saves and loads', async () => {
      const Layer = GATED_LAYERS[spec.name];
      const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 8, inputShape: [4] }), new Layer({ variant: 'swiglu' } as never), tfl.layers.dense({ units: 2 })] });
      expect(model.layers[1].outputShape).toEqual([null, 4]);
      model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
      const x = tf.randomNormal([8, 4], 0, 1, 'float32', 13);
      const y = tf.randomNormal([8, 2], 0, 1, 'float32', 14);
      await model.fit(x, y, { epochs: 2, verbose: 0 });
      let artifacts: tf.io.ModelArtifacts | null = null;
      await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
      const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
      expect(Array.from(await values(() => loaded.predict(x) as tf.Tensor))).toEqual(Array.from(await values(() => model.predict(x) as tf.Tensor)));
      tf.dispose([x, y]);
      model.dispose();
      loaded.dispose();
    });

    test('bad input gets a clear error', async () => {
      const op = gatedOp(spec);
      expect(() => op(tf.ones([2, 3]))).toThrow(/expected an even size on the split axis -1, got 3/);
      expect(() => op(tf.ones([2, 4], 'int32'))).toThrow(/expected 'x' to be a float32 tensor, got int32/);
      expect(() => op(tf.scalar(1))).toThrow(/got a scalar/);
      expect(() => op(tf.ones([2, 4]), { variant: 'nope' })).toThrow(/expected variant to be one of/);
      expect(() => op(tf.ones([2, 4]), { axis: 3 })).toThrow(/expected axis in \[-2, 1\]/);
    });
  });
}
