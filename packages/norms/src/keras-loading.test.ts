// Keras 3 and TF-Addons models load: hand-written model.json topologies with the class names,
// config keys and weight names those libraries write, weights from memory, and predictions
// compared with the specs' float64 references.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ReductionSpec, VariantChoices } from '@layerkit/core';
import {
  FilterResponseNorm, GroupNorm, InstanceNorm, UnitNormalization, filterResponseNormSpec, groupNormSpec, instanceNormSpec, unitNormSpec,
} from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** Deterministic values in [-2, 2) (tests never depend on Math.random). */
function values(count: number, seed: number): Float32Array {
  let state = seed >>> 0;
  return Float32Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 4 - 2;
  });
}

const keras3 = (module: string, className: string, config: object = {}) => ({ module: `keras.${module}`, class_name: className, config, registered_name: null });
const dtypePolicy = { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' }, registered_name: null };

interface WeightGiven { readonly name: string; readonly shape: number[]; readonly values: Float32Array }

/** A Sequential model.json as Keras writes it (snake_case keys), loaded with tf.loadLayersModel. */
async function loadKeras(inputShape: number[], layer: object, weights: readonly WeightGiven[]): Promise<tfl.LayersModel> {
  const modelTopology = {
    class_name: 'Sequential',
    config: {
      name: 'sequential',
      layers: [{ class_name: 'InputLayer', config: { batch_input_shape: [null, ...inputShape], dtype: 'float32', sparse: false, name: 'input_1' } }, layer],
    },
    keras_version: '3.6.0',
    backend: 'tensorflow',
  };
  const data = new Float32Array(weights.reduce((n, w) => n + w.values.length, 0));
  let offset = 0;
  for (const w of weights) { data.set(w.values, offset); offset += w.values.length; }
  return tfl.loadLayersModel(tf.io.fromMemory({
    modelTopology,
    weightSpecs: weights.map(({ name, shape }) => ({ name, shape, dtype: 'float32' as const })),
    weightData: data.buffer,
  }));
}

/** The spec's float64 reference for channels-last x, weights by name (kept × within values). */
function reference(spec: ReductionSpec, x: Float32Array, view: [number, number, number, number], weights: Record<string, Float32Array>, params: Record<string, number>, variants: VariantChoices = {}): Float64Array {
  return spec.reference({
    view,
    x: Float64Array.from(x),
    inputs: {},
    weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Float64Array.from(v)])),
    params,
    variants,
  });
}

function expectClose(got: ArrayLike<number>, want: ArrayLike<number>, tolerance = 1e-5): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    expect(Math.abs(got[i] - want[i]), `at ${i}: got ${got[i]}, want ${want[i]}`).toBeLessThanOrEqual(tolerance * (1 + Math.abs(want[i])));
  }
}

/** [N, C, H, W] → [N, H, W, C], for channels-first models checked against channels-last references. */
function channelsLast(x: Float32Array, [n, c, h, w]: number[]): Float32Array {
  const out = new Float32Array(x.length);
  for (let b = 0; b < n; b++) for (let k = 0; k < c; k++) for (let i = 0; i < h * w; i++) out[(b * h * w + i) * c + k] = x[(b * c + k) * h * w + i];
  return out;
}

describe('Keras 3 GroupNormalization', () => {
  test('loads with its config keys (initializers, an L2 regularizer, a NonNeg constraint, a dtype policy) and predicts the reference', async () => {
    const gamma = values(8, 1).map((v) => 1 + v / 4);
    const beta = values(8, 2);
    const model = await loadKeras([2, 3, 8], {
      module: 'keras.layers',
      class_name: 'GroupNormalization',
      config: {
        name: 'group_normalization', trainable: true, dtype: dtypePolicy, groups: 4, axis: -1, epsilon: 0.001, center: true, scale: true,
        beta_initializer: keras3('initializers', 'Zeros'), gamma_initializer: keras3('initializers', 'Ones'),
        beta_regularizer: keras3('regularizers', 'L2', { l2: 0.01 }), gamma_regularizer: null,
        beta_constraint: null, gamma_constraint: keras3('constraints', 'NonNeg'),
      },
      registered_name: null,
    }, [{ name: 'group_normalization/gamma', shape: [8], values: gamma }, { name: 'group_normalization/beta', shape: [8], values: beta }]);
    const layer = model.layers.at(-1)!;
    expect(layer).toBeInstanceOf(GroupNorm);
    expect(layer.getClassName()).toBe('GroupNormalization');
    expect(layer.weights.map((w) => w.originalName)).toEqual(['group_normalization/gamma', 'group_normalization/beta']);
    const x = values(3 * 2 * 3 * 8, 3);
    const got = (model.predict(tf.tensor(x, [3, 2, 3, 8])) as tf.Tensor).dataSync();
    expectClose(got, reference(groupNormSpec, x, [3, 6, 4, 2], { gamma, beta }, { epsilon: 1e-3 }));
    // Keras's L2(0.01) on beta is tfjs's L1L2 with l1 = 0: the same penalty, 0.01·Σβ².
    const [penalty] = layer.calculateLosses();
    expect(penalty.dataSync()[0]).toBeCloseTo(0.01 * beta.reduce((s, v) => s + v * v, 0), 5);
    expect(layer.getConfig().betaRegularizer).toEqual({ className: 'L1L2', config: { l1: 0, l2: 0.01 } });
    expect((layer.getConfig().gammaConstraint as { className: string }).className).toBe('NonNeg');
  });
});

describe('TF-Addons GroupNormalization, InstanceNormalization and FilterResponseNormalization', () => {
  test("'Addons>GroupNormalization' over channels-first data (axis 1) predicts the reference", async () => {
    const gamma = values(8, 4).map((v) => 1 + v / 4);
    const beta = values(8, 5);
    const model = await loadKeras([8, 2, 3], {
      class_name: 'Addons>GroupNormalization',
      config: {
        name: 'group_normalization', trainable: true, dtype: 'float32', groups: 2, axis: 1, epsilon: 0.001, center: true, scale: true,
        beta_initializer: { class_name: 'Zeros', config: {} }, gamma_initializer: { class_name: 'Ones', config: {} },
        beta_regularizer: null, gamma_regularizer: null, beta_constraint: null, gamma_constraint: null,
      },
    }, [{ name: 'group_normalization/gamma', shape: [8], values: gamma }, { name: 'group_normalization/beta', shape: [8], values: beta }]);
    expect(model.layers.at(-1)!).toBeInstanceOf(GroupNorm);
    const x = values(2 * 8 * 2 * 3, 6);
    const got = (model.predict(tf.tensor(x, [2, 8, 2, 3])) as tf.Tensor).dataSync();
    const want = reference(groupNormSpec, channelsLast(x, [2, 8, 2, 3]), [2, 6, 2, 4], { gamma, beta }, { epsilon: 1e-3 });
    expectClose(channelsLast(Float32Array.from(got), [2, 8, 2, 3]), want);
  });

  test("'Addons>InstanceNormalization' with its groups: -1 predicts the reference", async () => {
    const gamma = values(4, 7).map((v) => 1 + v / 4);
    const beta = values(4, 8);
    const model = await loadKeras([3, 3, 4], {
      class_name: 'Addons>InstanceNormalization',
      config: {
        name: 'instance_normalization', trainable: true, dtype: 'float32', groups: -1, axis: -1, epsilon: 0.001, center: true, scale: true,
        beta_initializer: { class_name: 'Zeros', config: {} }, gamma_initializer: { class_name: 'Ones', config: {} },
        beta_regularizer: null, gamma_regularizer: null, beta_constraint: null, gamma_constraint: null,
      },
    }, [{ name: 'instance_normalization/gamma', shape: [4], values: gamma }, { name: 'instance_normalization/beta', shape: [4], values: beta }]);
    expect(model.layers.at(-1)!).toBeInstanceOf(InstanceNorm);
    const x = values(2 * 3 * 3 * 4, 9);
    const got = (model.predict(tf.tensor(x, [2, 3, 3, 4])) as tf.Tensor).dataSync();
    expectClose(got, reference(instanceNormSpec, x, [2, 9, 4, 1], { gamma, beta }, { epsilon: 1e-3 }));
  });

  test("'Addons>InstanceNormalization' with other groups is refused with a clear error", async () => {
    await expect(loadKeras([3, 3, 4], {
      class_name: 'Addons>InstanceNormalization',
      config: { name: 'instance_normalization', groups: 2, axis: -1, epsilon: 0.001, center: true, scale: true },
    }, [])).rejects.toThrow(/Addons>InstanceNormalization: expected groups: -1 .* got 2 — load a GroupNormalization layer/);
  });

  test("'Addons>FilterResponseNormalization' with learned_epsilon and [1, 1, 1, C] weights predicts the reference (FRN without TLU)", async () => {
    const gamma = values(4, 10).map((v) => 1 + v / 4);
    const beta = values(4, 11);
    const learned = Float32Array.of(-0.05);
    const model = await loadKeras([3, 2, 4], {
      class_name: 'Addons>FilterResponseNormalization',
      config: {
        name: 'filter_response_normalization', trainable: true, dtype: 'float32', axis: [1, 2], epsilon: 1e-6, learned_epsilon: true,
        beta_initializer: { class_name: 'Zeros', config: {} }, gamma_initializer: { class_name: 'Ones', config: {} },
        beta_regularizer: null, gamma_regularizer: null, beta_constraint: null, gamma_constraint: null, learned_epsilon_constraint: null,
      },
    }, [
      { name: 'filter_response_normalization/learned_epsilon', shape: [1], values: learned },
      { name: 'filter_response_normalization/gamma', shape: [1, 1, 1, 4], values: gamma },
      { name: 'filter_response_normalization/beta', shape: [1, 1, 1, 4], values: beta },
    ]);
    const layer = model.layers.at(-1)!;
    expect(layer).toBeInstanceOf(FilterResponseNorm);
    expect(layer.weights.map((w) => [w.originalName, w.shape])).toEqual([
      ['filter_response_normalization/learned_epsilon', [1]],
      ['filter_response_normalization/gamma', [1, 1, 1, 4]],
      ['filter_response_normalization/beta', [1, 1, 1, 4]],
    ]);
    const x = values(2 * 3 * 2 * 4, 12).map((v) => v / 8);
    const got = (model.predict(tf.tensor(x, [2, 3, 2, 4])) as tf.Tensor).dataSync();
    const want = reference(filterResponseNormSpec, x, [2, 6, 4, 1], { gamma, beta, tau: new Float32Array(4), learnedEpsilon: new Float32Array(4).fill(learned[0]) },
      { epsilon: 1e-6 }, { tlu: 'off', learnedEpsilon: 'on' });
    expectClose(got, want);
    // Negative values pass: no TLU in TF-Addons' layer.
    expect(Array.from(got).some((v) => v < Math.min(...beta))).toBe(true);
  });
});

describe('Keras 3 UnitNormalization', () => {
  test('loads from its config ({axis} only) and predicts the reference', async () => {
    const model = await loadKeras([5], {
      module: 'keras.layers',
      class_name: 'UnitNormalization',
      config: { name: 'unit_normalization', trainable: true, dtype: dtypePolicy, axis: -1 },
      registered_name: null,
    }, []);
    expect(model.layers.at(-1)!).toBeInstanceOf(UnitNormalization);
    const x = values(4 * 5, 13);
    const got = (model.predict(tf.tensor(x, [4, 5])) as tf.Tensor).dataSync();
    expectClose(got, reference(unitNormSpec, x, [4, 1, 1, 5], { scale: new Float32Array(5).fill(1) }, { epsilon: 1e-12 }));
  });
});

test('a model loaded under a Keras name saves and loads again under that name with the same outputs', async () => {
  const model = await loadKeras([2, 2, 4], {
    class_name: 'GroupNormalization',
    config: { name: 'gn', groups: 2, axis: -1, epsilon: 0.001, center: true, scale: true },
  }, [{ name: 'gn/gamma', shape: [4], values: values(4, 14) }, { name: 'gn/beta', shape: [4], values: values(4, 15) }]);
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const topology = JSON.stringify(saved!.modelTopology);
  expect(topology).toContain('"class_name":"GroupNormalization"');
  const again = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  const x = tf.tensor(values(2 * 2 * 2 * 4, 16), [2, 2, 2, 4]);
  expect(Array.from((again.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
});
