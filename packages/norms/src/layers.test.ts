// The layer factory's quirks: option checking with did-you-mean, Keras-style weight options and
// config, the registered class names (never a tfjs built-in's), and the registry's exports.
import * as tf from '@tensorflow/tfjs-core';
import { serialization } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { catalog } from '@layerkit/core';

// tfjs's own serializable classes (layers, initializers, constraints, regularizers), before
// @layerkit/norms registers its own: a layerkit name must never replace one of them.
const TFJS_CLASSES = new Map(Object.entries(serialization.SerializationMap.getMap().classNameMap).map(([name, [cls]]) => [name, cls]));
const norms = await import('@layerkit/norms');
const { GroupNorm, InstanceNorm, NORMS, NormLayer, RMSNorm, UnitNormalization } = norms;

beforeAll(async () => { await tf.setBackend('cpu'); });

test('no layer class name (main or Keras/Addons alias) is one tfjs already registers; tfjs\'s UnitNorm constraint still loads', () => {
  const names = NORMS.flatMap((norm) => (norm.layer ? [norm.layer, ...norm.layer.aliases] : []).map((layer) => layer.className));
  expect(names.filter((name) => TFJS_CLASSES.has(name))).toEqual([]);
  expect(TFJS_CLASSES.has('UnitNorm')).toBe(true);
  const constraint = tfl.layers.dense({ units: 2, kernelConstraint: 'unitNorm' });
  expect(constraint.getConfig().kernelConstraint).toEqual({ className: 'UnitNorm', config: { axis: 0 } });
});

test('every alias class is a subclass of its layer and answers to a name its spec lists', () => {
  for (const norm of NORMS) {
    for (const alias of norm.layer?.aliases ?? []) {
      expect(alias.prototype).toBeInstanceOf(norm.layer!);
      expect(norm.spec.aliases ?? [], `${norm.spec.id}: ${alias.className}`).toContain(alias.className);
      expect(serialization.SerializationMap.getMap().classNameMap[alias.className]?.[0]).toBe(alias);
    }
  }
});

test('every registry entry lists its exports, the op first, each a real export; the catalog carries them and the layer name', () => {
  for (const norm of NORMS) {
    expect(norm.exports[0]).toBe(norm.spec.name);
    for (const name of norm.exports) expect(norms, `${norm.spec.id} exports ${name}`).toHaveProperty(name);
    expect((norms as Record<string, unknown>)[norm.exports[0]]).toBe(norm.op);
    const entry = catalog().find((e) => e.id === norm.spec.id);
    expect(entry?.exports).toEqual(norm.exports);
    expect(entry?.layer).toBe(norm.layer?.className ?? null);
    if (norm.layer) expect(norm.exports).toContain(norm.layer.name);
  }
});

test('unknown options are errors with a did-you-mean; wrong types name the option and a fix', () => {
  expect(() => new GroupNorm({ grups: 8 } as never)).toThrow(/GroupNorm: unknown option 'grups' \(did you mean 'groups'\?\)/);
  expect(() => new GroupNorm({ gammaInitialiser: 'ones' } as never)).toThrow(/unknown option 'gammaInitialiser' \(did you mean 'gammaInitializer'\?\)/);
  expect(() => new RMSNorm({ epsilon: '1e-6' } as never)).toThrow(/RMSNorm: expected option 'epsilon' to be a number, got .*1e-6.* — pass e\.g\. epsilon: 0\.000001/);
  expect(() => new GroupNorm({ gammaInitializer: 'noSuchInitializer' })).toThrow(/expected a registered initializer class, got 'NoSuchInitializer'/);
});

test('channels that do not divide into the groups fail at build with the layer\'s name', () => {
  const model = () => tfl.sequential({ layers: [tfl.layers.dense({ units: 6, inputShape: [2, 2, 3] }), new GroupNorm({ groups: 4 })] });
  expect(model).toThrow(/GroupNorm: expected groups to divide the 6 channels .* got 4 — choose groups that divide 6/);
});

test('weight options take tfjs objects, identifiers and configs; getConfig returns every option and serializes them', () => {
  const layer = new GroupNorm({
    groups: 2, gammaInitializer: tfl.initializers.constant({ value: 2 }), betaInitializer: 'ones',
    gammaRegularizer: 'l1l2', betaConstraint: { className: 'NonNeg', config: {} },
  });
  layer.apply(tf.zeros([1, 2, 2, 4]));
  expect(layer.weights.map((w) => [w.name.split('/').pop(), w.shape])).toEqual([['gamma', [4]], ['beta', [4]]]);
  expect(Array.from(layer.getWeights()[0].dataSync())).toEqual([2, 2, 2, 2]);
  expect(Array.from(layer.getWeights()[1].dataSync())).toEqual([1, 1, 1, 1]);
  expect(layer.getConfig()).toMatchObject({
    groups: 2, axis: -1, epsilon: 1e-3, center: true, scale: true,
    gammaInitializer: { className: 'Constant', config: { value: 2 } },
    betaInitializer: { className: 'Ones', config: {} },
    gammaRegularizer: { className: 'L1L2', config: { l1: 0.01, l2: 0.01 } },
    betaConstraint: { className: 'NonNeg', config: {} },
    gammaConstraint: null,
  });
  expect(layer).toBeInstanceOf(NormLayer);
});

test('center and scale choose the weights, as in Keras', () => {
  const layer = new InstanceNorm({ center: false });
  layer.apply(tf.zeros([1, 2, 2, 3]));
  expect(layer.weights.map((w) => w.name.split('/').pop())).toEqual(['gamma']);
});

test('fromConfig drops tfjs\'s customObjects and reads a Keras 3 dtype policy as its name', () => {
  const layer = UnitNormalization.fromConfig(UnitNormalization as never, {
    axis: -1, customObjects: {}, batchInputShape: [null, 4], dtype: { module: 'keras', className: 'DTypePolicy', config: { name: 'float32' } },
  }) as InstanceType<typeof UnitNormalization>;
  expect(layer.getConfig().dtype).toBe('float32');
  expect(layer.options).toEqual({ axis: -1, epsilon: 1e-12, scale: 1, trainableScale: false });
});

test('RMSNorm with center needs trailing normalized axes (its bias broadcasts)', () => {
  const layer = new RMSNorm({ center: true, axis: 1 });
  expect(() => layer.apply(tf.zeros([2, 3, 4]))).toThrow(/RMSNorm: center: true needs the normalized axes to be the last ones/);
});
