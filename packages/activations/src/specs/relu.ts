import { gt, le, lt, max, min, mul, param, sub, where, x, type ElementwiseMath, type ElementwiseSpec } from '@layerkit/core';

const negativeSlope = param('negativeSlope');
const threshold = param('threshold');
const maxValue = param('maxValue');

/**
 * Keras 3's relu, one kernel per set of options given: without `negativeSlope` and `threshold`
 * the forward is tfjs's own `max(x, 0)` (clamped by `maxValue` when given), bit for bit.
 */
function reluMath(given: ReadonlySet<string>): ElementwiseMath {
  const top = given.has('maxValue') ? maxValue : null;
  // Gradient 0 at and above maxValue (the output is constant there), as PyTorch's relu6.
  const slopeAbove = top ? where(lt(x, top), 1, 0) : 1;
  if (!given.has('negativeSlope') && !given.has('threshold')) {
    const rectified = max(x, 0);
    return {
      forward: top ? min(rectified, top) : rectified,
      // 0 at x = 0, as tfjs's relu gradient.
      derivative: where(gt(x, 0), slopeAbove, 0),
    };
  }
  const t = given.has('threshold') ? threshold : 0;
  const below = given.has('negativeSlope') ? mul(negativeSlope, given.has('threshold') ? sub(x, threshold) : x) : 0;
  const passed = top ? min(x, top) : x;
  return {
    // `x <= t` picks the lower piece, so NaN falls through to the upper one and stays NaN.
    forward: where(le(x, t), below, passed),
    // At x = threshold the lower piece's slope, as tfjs's leakyRelu at 0.
    derivative: where(le(x, t), given.has('negativeSlope') ? negativeSlope : 0, slopeAbove),
  };
}

export const relu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.relu',
  name: 'relu',
  className: 'Relu',
  params: [
    { name: 'negativeSlope', default: 0, optional: true, doc: 'Slope below the threshold: negativeSlope·(x − threshold).' },
    { name: 'maxValue', default: Infinity, optional: true, domain: { min: 0 }, doc: 'The output saturates here (6 gives relu6); unset, there is no upper clamp.' },
    { name: 'threshold', default: 0, optional: true, doc: 'x passes through only above this value.' },
  ],
  // tfjs's own 'relu' and 'relu6' strings keep their native kernels: same math, already fused.
  activationStrings: {},
  math: (_variants, given) => reluMath(given),
  reference: (v, { negativeSlope: s = 0, maxValue: m = Infinity, threshold: t = 0 }) => (v <= t ? (s === 0 ? 0 : s * (v - t)) : Math.min(v, m)),
  domain: { min: -8, max: 8, kinks: [0] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Rectified linear unit with Keras 3\'s negativeSlope, maxValue and threshold.',
    formula: 'relu(x) = min(x, maxValue) for x > threshold, negativeSlope·(x − threshold) otherwise; defaults: max(x, 0)',
    papers: ['Deep Learning using Rectified Linear Units (ReLU)'],
    example: 'relu(x, {maxValue: 6}); new Relu({negativeSlope: 0.1, threshold: 1})',
    tfjs: "tfjs has relu and relu6 ops with native kernels on every backend, the 'relu' and 'relu6' activation strings and a ReLU layer with maxValue only. Importing layerkit leaves tfjs's strings and kernels alone; this op adds negativeSlope and threshold. With default options it equals tfjs's relu bit for bit, and with maxValue: 6 tfjs's relu6.",
    differences: 'At x = threshold the output is 0 and x passes only above it (Keras 3 computes x·(x > threshold), although its docstring says threshold <= x). Keras 3 also clips from below at 0 when max_value is given, so with a negative threshold it maps (threshold, 0) to 0; here those x pass through, as its formula states. The gradient is 0 at x = maxValue (PyTorch\'s relu6; tfjs\'s relu6 gradient is 1 there) and negativeSlope at x = threshold (0 by default, tfjs\'s convention at x = 0).',
  },
};
