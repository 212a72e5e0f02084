// The composite a user would write from tfjs ops, per activation: the baseline a fused kernel
// has to beat. These are benchmark baselines, not a second registry: a spec without an entry
// here is still benchmarked, against its own formula evaluated op by op in tfjs (below).

const SQRT_HALF = Math.SQRT1_2;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const SELU_SCALE = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;

/** (tf, x, options) → Tensor, written the way the formula reads in tfjs. */
const USER_COMPOSITES = {
  gelu: {
    label: 'x·½·(1 + erf(x/√2))',
    run: (tf, x, { approximate }) => (approximate === 'tanh'
      ? tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(SQRT_2_OVER_PI, tf.add(x, tf.mul(0.044715, tf.pow(x, 3)))))))
      : approximate === 'sigmoid'
        ? tf.mul(x, tf.sigmoid(tf.mul(1.702, x)))
        : tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, SQRT_HALF))))),
  },
  swish: { label: 'x·sigmoid(β·x)', run: (tf, x, { beta }) => tf.mul(x, tf.sigmoid(beta === 1 ? x : tf.mul(beta, x))) },
  mish: { label: 'x·tanh(softplus(x))', run: (tf, x) => tf.mul(x, tf.tanh(tf.softplus(x))) },
  hardSwish: { label: 'x·relu6(x + 3)/6', run: (tf, x) => tf.mul(x, tf.div(tf.relu6(tf.add(x, 3)), 6)) },
  softplus: {
    label: 'where(β·x > threshold, x, softplus(β·x)/β)',
    run: (tf, x, { beta, threshold }) => {
      const scaled = tf.mul(beta, x);
      return tf.where(tf.greater(scaled, threshold), x, tf.div(tf.softplus(scaled), beta));
    },
  },
  elu: { label: 'where(x > 0, x, α·expm1(x))', run: (tf, x, { alpha }) => tf.where(tf.greater(x, 0), x, tf.mul(alpha, tf.expm1(x))) },
  celu: {
    label: 'relu(x) + min(0, α·expm1(x/α))',
    run: (tf, x, { alpha }) => tf.add(tf.relu(x), tf.minimum(0, tf.mul(alpha, tf.expm1(tf.div(x, alpha))))),
  },
  selu: {
    label: 'λ·where(x > 0, x, α·expm1(x))',
    run: (tf, x) => tf.mul(SELU_SCALE, tf.where(tf.greater(x, 0), x, tf.mul(SELU_ALPHA, tf.expm1(x)))),
  },
  golu: { label: 'x·exp(−exp(−x))', run: (tf, x) => tf.mul(x, tf.exp(tf.neg(tf.exp(tf.neg(x))))) },
  snake: {
    label: 'x + sin²(a·x)/a',
    run: (tf, x, { alpha }) => tf.add(x, tf.div(tf.square(tf.sin(tf.mul(alpha, x))), alpha)),
  },
};

/** Evaluates a spec expression with one tfjs op per primitive (the fallback composite). */
function evaluate(tf, expression, x, params) {
  const values = new Map();
  const unary = {
    neg: tf.neg, abs: tf.abs, exp: tf.exp, expm1: tf.expm1, log: tf.log, log1p: tf.log1p, sqrt: tf.sqrt,
    rsqrt: tf.rsqrt, tanh: tf.tanh, sigmoid: tf.sigmoid, erf: tf.erf, sin: tf.sin, cos: tf.cos, floor: tf.floor,
    recip: tf.reciprocal,
  };
  const binary = {
    add: tf.add, sub: tf.sub, mul: tf.mul, div: tf.div, max: tf.maximum, min: tf.minimum,
    lt: tf.less, le: tf.lessEqual, gt: tf.greater, ge: tf.greaterEqual,
  };
  const go = (node) => {
    if (values.has(node)) return values.get(node);
    let value;
    switch (node.kind) {
      case 'const': value = node.value; break;
      case 'input': value = x; break;
      case 'param': value = params[node.name]; break;
      case 'unary': value = unary[node.op](go(node.arg)); break;
      case 'binary': {
        const result = binary[node.op](go(node.left), go(node.right));
        // Comparisons give booleans in tfjs; the expression language uses 1/0.
        value = ['lt', 'le', 'gt', 'ge'].includes(node.op) ? tf.cast(result, 'float32') : result;
        break;
      }
      case 'select': value = tf.where(tf.cast(go(node.condition), 'bool'), go(node.then), go(node.otherwise)); break;
      default: throw new Error(`bench: expected an expression node, got kind '${node.kind}' — teach composites.mjs the new primitive`);
    }
    values.set(node, value);
    return value;
  };
  const out = go(expression);
  return typeof out === 'number' ? tf.fill(x.shape, out) : out;
}

/**
 * tfjs with comparisons whose gradient is 0: tfjs registers none for Greater, Less, GreaterEqual
 * and LessEqual, so tf.grad of where(x > 0, x, α·expm1(x)) stops with "gradient function not
 * found for Greater". The backward of a composite runs the same formula through these, as a
 * user who wants that gradient has to (core's tfjs-op evaluation does the same).
 */
export function differentiableTf(tf) {
  const withoutGradient = (op) => (a, b) => tf.customGrad((left, right) => ({
    value: op(left, right),
    gradFunc: () => [tf.zerosLike(left), tf.zerosLike(right)],
  }))(asTensor(tf, a), asTensor(tf, b));
  return {
    ...tf,
    greater: withoutGradient(tf.greater), less: withoutGradient(tf.less),
    greaterEqual: withoutGradient(tf.greaterEqual), lessEqual: withoutGradient(tf.lessEqual),
  };
}

// tf.customGrad takes tensors only; the composites compare with plain numbers (x > 0).
const asTensor = (tf, value) => (value instanceof tf.Tensor ? value : tf.scalar(value));

/**
 * { label, run, of }: run() is the forward over the benchmark's x; of(input) is the same
 * formula over any input, for tf.grad (through differentiableTf).
 */
export function compositeOf(tf, core, spec, options, x) {
  const params = core.resolveParams(spec, options);
  const user = USER_COMPOSITES[spec.name];
  const gradientTf = differentiableTf(tf);
  if (user) return { label: user.label, run: () => tf.tidy(() => user.run(tf, x, options)), of: (input) => user.run(gradientTf, input, options) };
  // The benchmark calls each op without options, so no optional param is given (relu's plain form).
  const math = spec.math(core.resolveVariants(spec, options), new Set());
  return {
    label: `${spec.docs.formula} (spec formula, one tfjs op per primitive)`,
    run: () => tf.tidy(() => evaluate(tf, math.forward, x, params)),
    of: (input) => evaluate(gradientTf, math.forward, input, params),
  };
}
