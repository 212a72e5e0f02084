// The name registry (catalog activations.name-registry): every activation string survives
// model.save → tf.loadLayersModel, Keras 3 / TF-Addons / timm spellings resolve to the right
// math, tfjs's own strings keep their meaning unless a spec takes one over on purpose, and
// registering twice is harmless.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, test } from 'vitest';
import { catalog, elementwiseOp, type ElementwiseSpec } from '@layerkit/core';
import {
  ACTIVATIONS, activationLayer, activationNames, activationStringsOf, isSaveSafe, NAME_REGISTRY, registerActivationString,
  registerActivationStrings, savedNameOf,
} from './index.js';
// The catalog entries come from the register module (the main entry registers only what is created).
import './register.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** tfjs-layers 4.22's own activation strings (the classes in its activations module). */
const TFJS_ACTIVATIONS = [
  'elu', 'selu', 'relu', 'relu6', 'linear', 'sigmoid', 'hardSigmoid', 'softplus', 'softsign', 'tanh', 'softmax',
  'logSoftmax', 'gelu', 'gelu_new', 'mish', 'swish',
];

const specById = (id: string) => ACTIVATIONS.find((spec) => spec.id === id)!;
const inputs = tf.tensor2d([[-3, -1.25, -0.5, -0.01], [0, 0.3, 1.7, 4]]);

/** What an activation string computes, as the op with the string's options. */
function expected(spec: ElementwiseSpec, options: Readonly<Record<string, unknown>>): Float32Array {
  return tf.tidy(() => elementwiseOp(spec)(inputs, options).dataSync() as Float32Array);
}

async function saveAndLoad(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  // Through JSON text, as a file on disk would be.
  const topology = JSON.parse(JSON.stringify(artifacts!.modelTopology));
  return tfl.loadLayersModel(tf.io.fromMemory({ ...artifacts!, modelTopology: topology }));
}

/** A model.json as Keras writes it, with one Activation layer naming `activation`. */
function kerasModel(activation: string): Promise<tfl.LayersModel> {
  const modelTopology = {
    class_name: 'Sequential',
    config: {
      name: 'sequential',
      layers: [
        { class_name: 'InputLayer', config: { batch_input_shape: [null, 4], dtype: 'float32', sparse: false, name: 'input_1' } },
        { class_name: 'Activation', config: { name: 'act', trainable: true, dtype: 'float32', activation } },
      ],
    },
    keras_version: '3.6.0',
    backend: 'tensorflow',
  };
  return tfl.loadLayersModel(tf.io.fromMemory({ modelTopology }));
}

describe('every activation string', () => {
  const names = activationNames(ACTIVATIONS);

  test('the registry lists strings, and each one saves under a save-safe string of its own spec', () => {
    expect(names.length).toBeGreaterThan(40);
    for (const { name, spec, options, savedAs } of names) {
      expect(isSaveSafe(savedAs), `${name} saves as ${savedAs}`).toBe(true);
      expect(activationStringsOf(spec)[savedAs], `${name} → ${savedAs}`).toEqual(options);
    }
    // Spot checks of the rule: save-safe names save as themselves, others as their spec's.
    expect(savedNameOf(specById('activations.gelu'), 'gelu_new')).toBe('geluNew');
    expect(savedNameOf(specById('activations.gelu'), 'Addons>gelu')).toBe('geluTanh');
    expect(savedNameOf(specById('activations.snake'), 'Addons>snake')).toBe('snake');
    expect(savedNameOf(specById('activations.hard-swish'), 'hard_silu')).toBe('hardSilu');
    expect(savedNameOf(specById('activations.smelu'), 'sparse_plus')).toBe('sparsePlus');
    expect(isSaveSafe('gelu_new')).toBe(false);
    expect(isSaveSafe('leakyRelu')).toBe(true);
  });

  for (const { name, spec, options, savedAs } of names) {
    test(`'${name}' (${spec.id}): Dense → save → loadLayersModel predicts the same`, async () => {
      const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [4], activation: name as never, kernelInitializer: 'identity' })] });
      const loaded = await saveAndLoad(model);
      expect(loaded.layers[0].getConfig().activation).toBe(savedAs);
      const before = tf.tidy(() => (model.predict(inputs) as tf.Tensor).dataSync());
      const after = tf.tidy(() => (loaded.predict(inputs) as tf.Tensor).dataSync());
      expect(Array.from(after)).toEqual(Array.from(before));
      // And it is the spec's math, with the string's options.
      expect(Array.from(before)).toEqual(Array.from(expected(spec, options)));
      model.dispose();
      loaded.dispose();
    });
  }
});

describe('spellings of other libraries', () => {
  // Keras 3 names as its model files write them; tfjs turns them to camelCase on load.
  const KERAS_3: Record<string, [id: string, options: Record<string, unknown>]> = {
    silu: ['activations.swish', {}],
    swish: ['activations.swish', {}],
    hard_silu: ['activations.hard-swish', {}],
    hard_swish: ['activations.hard-swish', {}],
    leaky_relu: ['activations.leaky-relu', {}],
    log_sigmoid: ['activations.log-sigmoid', {}],
    soft_shrink: ['activations.soft-shrink', {}],
    hard_shrink: ['activations.hard-shrink', {}],
    hard_tanh: ['activations.hard-tanh', {}],
    sparse_plus: ['activations.smelu', { beta: 1 }],
    squareplus: ['activations.squareplus', {}],
    celu: ['activations.celu', {}],
    gelu: ['activations.gelu', {}],
    mish: ['activations.mish', {}],
    // TF-Addons registers its functions as 'Addons>name'; its gelu defaults to the tanh form.
    'Addons>gelu': ['activations.gelu', { approximate: 'tanh' }],
    'Addons>snake': ['activations.snake', { alpha: 1 }],
    'Addons>softshrink': ['activations.soft-shrink', { threshold: 0.5 }],
    'Addons>hardshrink': ['activations.hard-shrink', { threshold: 0.5 }],
    'Addons>lisht': ['activations.lisht', {}],
    'Addons>mish': ['activations.mish', {}],
  };
  for (const [name, [id, options]] of Object.entries(KERAS_3)) {
    test(`a Keras model file's '${name}' loads as ${id}`, async () => {
      const model = await kerasModel(name);
      const got = tf.tidy(() => (model.predict(inputs) as tf.Tensor).dataSync());
      expect(Array.from(got)).toEqual(Array.from(expected(specById(id), options)));
      model.dispose();
    });
  }

  // timm's names, written straight into tfjs code.
  const TIMM: Record<string, [id: string, options: Record<string, unknown>]> = {
    gelu_tanh: ['activations.gelu', { approximate: 'tanh' }],
    quick_gelu: ['activations.gelu', { approximate: 'sigmoid' }],
    hard_swish: ['activations.hard-swish', {}],
    hardswish: ['activations.hard-swish', {}],
    hardsigmoid: ['activations.hard-sigmoid', {}],
    hardtanh: ['activations.hard-tanh', {}],
    leaky_relu: ['activations.leaky-relu', {}],
  };
  for (const [name, [id, options]] of Object.entries(TIMM)) {
    test(`tf.layers.activation({activation: '${name}'}) is ${id}`, () => {
      const got = tf.tidy(() => (tfl.layers.activation({ activation: name as never }).apply(inputs) as tf.Tensor).dataSync());
      expect(Array.from(got)).toEqual(Array.from(expected(specById(id), options)));
    });
  }
});

describe('tfjs built-ins', () => {
  test('a string tfjs already has is answered by a spec only where the spec takes it over on purpose', () => {
    for (const { name, spec } of activationNames(ACTIVATIONS)) {
      if (TFJS_ACTIVATIONS.includes(name)) expect(spec.replacesTfjs ?? [], `${spec.id} answers tfjs's '${name}'`).toContain(name);
    }
    for (const spec of ACTIVATIONS) {
      for (const name of spec.replacesTfjs ?? []) expect(TFJS_ACTIVATIONS, `${spec.id} replaces '${name}'`).toContain(name);
    }
  });

  test("tfjs's 'hardSigmoid', 'relu', 'relu6', 'sigmoid' and 'tanh' keep tfjs's meaning and kernels", async () => {
    const apply = (name: string, x: tf.Tensor) => tfl.layers.activation({ activation: name as never }).apply(x) as tf.Tensor;
    // Keras 2's 0.2x + 0.5 under tfjs's name; the Keras 3 / PyTorch form under 'hardsigmoid'.
    expect(apply('hardSigmoid', tf.scalar(2)).dataSync()[0]).toBeCloseTo(0.9, 6);
    expect(apply('hardsigmoid', tf.scalar(2)).dataSync()[0]).toBeCloseTo(5 / 6, 6);
    for (const name of ['hardSigmoid', 'relu', 'relu6', 'sigmoid', 'tanh']) {
      const profile = await tf.profile(() => apply(name, tf.ones([4])));
      expect(profile.kernels.map((k) => k.name).filter((k) => k.startsWith('layerkit.')), name).toEqual([]);
    }
  });

  test('registering a string tfjs already has, without taking it over, throws and changes nothing', () => {
    const hardSigmoid = specById('activations.hard-sigmoid');
    expect(() => registerActivationString(hardSigmoid, ['hardSigmoid'])).toThrow(/'hardSigmoid' is already registered with tfjs .* replacesTfjs/);
    expect(() => registerActivationString(hardSigmoid, ['Dense'])).toThrow(/'Dense' is already registered with tfjs/);
    expect((tfl.layers.activation({ activation: 'hardSigmoid' }).apply(tf.scalar(2)) as tf.Tensor).dataSync()[0]).toBeCloseTo(0.9, 6);
  });

  test("a string another spec answers can't be claimed twice", () => {
    expect(() => registerActivationString(specById('activations.relu'), ['leakyRelu'])).toThrow(/'leakyRelu' is already registered by layerkit's activations.leaky-relu/);
  });
});

test('registering every spec again is harmless', async () => {
  for (const spec of ACTIVATIONS) registerActivationStrings(spec);
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [4], activation: 'leaky_relu' as never, kernelInitializer: 'identity' })] });
  const loaded = await saveAndLoad(model);
  expect(Array.from(tf.tidy(() => (loaded.predict(inputs) as tf.Tensor).dataSync()))).toEqual(Array.from(expected(specById('activations.leaky-relu'), {})));
  model.dispose();
  loaded.dispose();
});

test('every variant choice survives save → load, and a layer refuses one that would not', () => {
  for (const spec of ACTIVATIONS) for (const variant of spec.variants ?? []) for (const choice of variant.choices) expect(isSaveSafe(choice), `${spec.id} ${choice}`).toBe(true);
  const unsafe = { ...specById('activations.rational'), id: 'activations.rational-upper-case', variants: [{ name: 'version', choices: ['A', 'B'], default: 'A', doc: '' }] };
  expect(() => activationLayer({ spec: unsafe })).toThrow(/variant 'version' choice 'A' does not survive model.save → tf.loadLayersModel \(it comes back as 'a'\)/);
});

test('the name registry is a catalog entry listing its exports and every string', () => {
  const entry = catalog().find((e) => e.id === NAME_REGISTRY.id);
  expect(entry?.kind).toBe('utility');
  expect(entry?.exports?.[0]).toBe('activation');
  expect(entry?.layer).toBeNull();
  expect(entry?.names).toEqual(activationNames(ACTIVATIONS).map((n) => n.name));
});
