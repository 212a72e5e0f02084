import {
  add, erf, erf64, exp, lt, max, min, mul, sigmoid, sub, tanh, where, x, type ElementwiseMath, type ElementwiseSpec,
} from '@layerkit/core';

const SQRT_HALF = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const TANH_CUBIC = 0.044715;
const SIGMOID_SCALE = 1.702;

function exact(): ElementwiseMath {
  const cdf = mul(0.5, add(1, erf(mul(x, SQRT_HALF))));
  return {
    forward: mul(x, cdf),
    // Phi(x) + x * phi(x)
    derivative: add(cdf, mul(x, mul(INV_SQRT_2PI, exp(mul(-0.5, mul(x, x)))))),
  };
}

function tanhForm(): ElementwiseMath {
  const x2 = mul(x, x);
  const t = tanh(mul(SQRT_2_OVER_PI, add(x, mul(TANH_CUBIC, mul(x2, x)))));
  const half = mul(0.5, add(1, t));
  // 1 − t² is exactly 0 in float32 beyond |x| ≈ 10; clamping x in that term keeps x² finite
  // there (unclamped, 0·∞ = NaN beyond |x| ≈ 1.8e19).
  const clamped = min(max(x, -10), 10);
  return {
    forward: mul(x, half),
    derivative: add(half, mul(mul(mul(0.5, clamped), sub(1, mul(t, t))), mul(SQRT_2_OVER_PI, add(1, mul(3 * TANH_CUBIC, mul(clamped, clamped)))))),
  };
}

function sigmoidForm(): ElementwiseMath {
  const s = sigmoid(mul(SIGMOID_SCALE, x));
  return {
    forward: mul(x, s),
    derivative: add(s, mul(mul(SIGMOID_SCALE, x), mul(s, sub(1, s)))),
  };
}

/**
 * x·gate(x) with gate → 0 as x → −∞: below −40 every form is under 1e−300 in magnitude, so return 0
 * and x = −∞ gives the limit 0 instead of ∞·0 = NaN.
 */
const vanishBelow = (math: ElementwiseMath): ElementwiseMath => ({ ...math, forward: where(lt(x, -40), 0, math.forward) });

const REFERENCES = {
  none: (v: number) => 0.5 * v * (1 + erf64(v * SQRT_HALF)),
  tanh: (v: number) => 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + TANH_CUBIC * v * v * v))),
  sigmoid: (v: number) => v / (1 + Math.exp(-SIGMOID_SCALE * v)),
} as const;

export const gelu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.gelu',
  name: 'gelu',
  className: 'Gelu',
  params: [],
  variants: [{
    name: 'approximate',
    choices: ['none', 'tanh', 'sigmoid'],
    default: 'none',
    doc: "'none' is the exact erf form; 'tanh' the tanh approximation (tfjs 'gelu_new', Keras approximate: true); 'sigmoid' is quickGelu, x·sigmoid(1.702x).",
  }],
  activationStrings: {
    gelu: { approximate: 'none' },
    geluTanh: { approximate: 'tanh' },
    geluNew: { approximate: 'tanh' },
    gelu_new: { approximate: 'tanh' },
    quickGelu: { approximate: 'sigmoid' },
    // timm's spellings, written directly in code (a saved file brings them as geluTanh, quickGelu).
    gelu_tanh: { approximate: 'tanh' },
    quick_gelu: { approximate: 'sigmoid' },
    // TF-Addons' gelu defaults to approximate = True.
    'Addons>gelu': { approximate: 'tanh' },
  },
  replacesTfjs: ['gelu', 'gelu_new'],
  math: (variants) => vanishBelow(variants.approximate === 'tanh' ? tanhForm() : variants.approximate === 'sigmoid' ? sigmoidForm() : exact()),
  reference: (v, _params, variants) => REFERENCES[(variants.approximate ?? 'none') as keyof typeof REFERENCES](v),
  domain: { min: -10, max: 10 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Gaussian error linear unit: x weighted by the standard normal CDF.',
    formula: "gelu(x) = x·Φ(x) = 0.5·x·(1 + erf(x/√2)); approximate 'tanh': 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))); 'sigmoid': x·σ(1.702·x)",
    papers: ['Gaussian Error Linear Units (GELUs)'],
    example: "tf.layers.dense({units: 64, activation: 'gelu'})",
    tfjs: "tfjs composes 'gelu' from erf, mul and add, and 'gelu_new' (tanh form) fails to reload as 'geluNew'. Importing layerkit replaces 'gelu' and 'gelu_new' with fused kernels (same math) and adds 'geluTanh', 'geluNew' and 'quickGelu'.",
  },
};
