// What a browser bundle relies on: an op or layer registers its serialization class, activation
// strings and wasm kernels when it is created, with no register module (this file imports none).
import { registeredWasmModules } from '@layerkit/core';
import { serialization } from '@tensorflow/tfjs-core';
import { expect, test } from 'vitest';
import { gatedLayer } from './gated-layer.js';
import { activationLayer } from './layers.js';
import { requireActivationString } from './names.js';
import { glu } from './specs/glu.js';
import { swish } from './specs/swish.js';

const registered = (name: string) => serialization.SerializationMap.getMap().classNameMap[name]?.[0];

test('a layer class registers itself, its activation strings and the wasm kernels; nothing else', () => {
  expect(() => requireActivationString('activation', 'silu'))
    .toThrow(/activation\('silu'\): no activation 'silu' is registered — import the op or layer .* '@layerkit\/activations\/register'/);
  const Swish = activationLayer({ spec: swish, learn: 'scalar' });
  expect(registered('Swish')).toBe(Swish);
  expect(() => requireActivationString('activation', 'silu')).not.toThrow();
  expect(registeredWasmModules()).toContain('activations');
  // Another spec's strings and class wait for its own layer.
  expect(registered('Snake')).toBeUndefined();
  expect(() => requireActivationString('activation', 'snake')).toThrow(/no activation 'snake'/);
  // Asking twice gives the same class.
  expect(activationLayer({ spec: swish, learn: 'scalar' })).toBe(Swish);
  expect(gatedLayer(glu)).toBe(gatedLayer(glu));
  expect(registered(glu.className)).toBe(gatedLayer(glu));
});
