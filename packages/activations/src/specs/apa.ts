import { add, div, exp, gt, log, lt, max, mul, neg, param, sigmoid, softplus, sub, where, x, type ElementwiseSpec } from '@layerkit/core';

const kappa = param('kappa');
const lambda = param('lambda');
// lambda is clamped at 1e-4 as in the authors' code (1/lambda is the exponent).
const LAMBDA_FLOOR = 1e-4;
const clamped = max(lambda, LAMBDA_FLOOR);
const active = gt(lambda, LAMBDA_FLOOR);
const u = sub(log(clamped), mul(kappa, x));
const spread = softplus(u);
// APA = (lambda·exp(−kappa·x) + 1)^(−1/lambda) = exp(−softplus(ln lambda − kappa·x)/lambda): no overflow.
const gate = exp(neg(div(spread, clamped)));
const s = sigmoid(u);
const gateSlope = div(mul(mul(gate, kappa), s), clamped);
const gateByKappa = div(mul(mul(gate, x), s), clamped);
const gateByLambda = where(active, div(mul(gate, sub(spread, s)), mul(clamped, clamped)), 0);

const gate64 = (v: number, k: number, l: number) => {
  const lc = Math.max(l, LAMBDA_FLOOR);
  const w = Math.log(lc) - k * v;
  const sp = w > 0 ? w + Math.log1p(Math.exp(-w)) : Math.log1p(Math.exp(w));
  return Math.exp(-sp / lc);
};

export const apa: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.apa',
  name: 'apa',
  className: 'Apa',
  layerLearns: 'scalar',
  catalogKind: 'layer',
  activationStrings: { aglu: {}, apa: { mode: 'apa' } },
  params: [
    {
      name: 'kappa', default: 1, trainable: true, layerInit: { uniform: [0, 1] },
      doc: 'Slope of the gate; the layer draws it from uniform(0, 1) unless given.',
    },
    {
      name: 'lambda', default: 1, trainable: true, layerInit: { uniform: [0, 1] },
      doc: 'Asymmetry of the gate (1: sigmoid, → 0: Gumbel), clamped at 1e-4; the layer draws it from uniform(0, 1) unless given.',
    },
  ],
  variants: [{
    name: 'mode', choices: ['aglu', 'apa'], default: 'aglu',
    doc: "'aglu': x·APA(x), the gated unit (kappa = lambda = 1 is SiLU); 'apa': the gate APA(x) alone (kappa = lambda = 1 is the sigmoid).",
  }],
  math: ({ mode }) => (mode === 'apa'
    ? {
      forward: gate,
      derivative: gateSlope,
      paramDerivatives: { kappa: gateByKappa, lambda: gateByLambda },
    }
    : {
      // x·APA at x = −∞ with APA = 0 (kappa > 0) is 0, not −∞·0 = NaN; a NaN x stays NaN.
      forward: where(lt(x, -3.4e38), where(gt(gate, 0), mul(x, gate), 0), mul(x, gate)),
      derivative: add(gate, mul(x, gateSlope)),
      paramDerivatives: { kappa: mul(x, gateByKappa), lambda: mul(x, gateByLambda) },
    }),
  reference: (v, { kappa: k = 1, lambda: l = 1 }, { mode = 'aglu' } = {}) => {
    const g = gate64(v, k, l);
    return mode === 'apa' ? g : v === -Infinity && g === 0 ? 0 : v * g;
  },
  domain: { min: -10, max: 10 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Adaptive parametric activation: a learned asymmetric sigmoid gate APA and the gated unit AGLU = x·APA.',
    formula: 'APA(x) = (lambda·exp(−kappa·x) + 1)^(−1/lambda); AGLU(x) = x·APA(x); kappa = lambda = 1 gives sigmoid and SiLU',
    papers: ['Adaptive Parametric Activation'],
    example: "new Apa(); new Apa({mode: 'apa', learn: 'channel'}); tf.layers.dense({units: 64, activation: activation('aglu')})",
    differences: 'The op and the activation strings default to kappa = lambda = 1 (SiLU, the sigmoid); the layer draws both from '
      + "uniform(0, 1) as the catalog gives, one scalar each per layer (learn: 'channel' for one per channel). The gradient in lambda is 0 "
      + "below the 1e-4 clamp. 'aglu' and 'apa' are the activation strings of the two modes.",
  },
};
