// Signal propagation at initialization through the Gaussian-process variance map of a wide
// network ("Exponential expressivity in deep neural networks through transient chaos",
// "Deep Neural Network Initialization with Sparsity Inducing Activations"):
//   V(q) = sigma_w^2 * E_z[phi(sqrt(q) z)^2] + sigma_b^2,   chi = sigma_w^2 * E_z[phi'(sqrt(q*) z)^2].
import { resolveActivation, type ActivationFunction, type ActivationOptions } from './activations.js';
import { gaussianExpectation } from './math64.js';

export type ActivationLike = string | ActivationFunction;

function scaledKinks(activation: ActivationFunction, q: number): number[] {
  const root = Math.sqrt(q);
  return activation.kinks.map((kink) => kink / root);
}

/** E_z[phi(sqrt(q) z)^2], z ~ N(0, 1). */
export function secondMoment(activation: ActivationLike, q = 1, options: ActivationOptions = {}): number {
  const resolved = resolveActivation(activation, options, 'secondMoment');
  const root = Math.sqrt(q);
  return gaussianExpectation((z) => resolved.value(root * z) ** 2, scaledKinks(resolved, q));
}

/** E_z[phi(z)] (used for Var[phi(z)] by the 'nf' rule). */
export function firstMoment(activation: ActivationLike, options: ActivationOptions = {}): number {
  const resolved = resolveActivation(activation, options, 'firstMoment');
  return gaussianExpectation((z) => resolved.value(z), resolved.kinks);
}

/**
 * phi'(x): the analytic derivative when given, else a central difference whose step stays on one
 * side of every kink (quadrature nodes are strictly inside kink-free pieces).
 */
export function derivativeOf(activation: ActivationFunction): (x: number) => number {
  if (activation.derivative) return activation.derivative;
  return (x) => {
    let step = 1e-5 * Math.max(1, Math.abs(x));
    for (const kink of activation.kinks) {
      const distance = Math.abs(x - kink);
      if (distance > 0 && distance < 2 * step) step = distance / 2;
    }
    return (activation.value(x + step) - activation.value(x - step)) / (2 * step);
  };
}

/** E_z[phi'(sqrt(q) z)^2]. */
export function derivativeSecondMoment(activation: ActivationLike, q = 1, options: ActivationOptions = {}): number {
  const resolved = resolveActivation(activation, options, 'derivativeSecondMoment');
  const derivative = derivativeOf(resolved);
  const root = Math.sqrt(q);
  return gaussianExpectation((z) => derivative(root * z) ** 2, scaledKinks(resolved, q));
}

/**
 * 1/sqrt(E_z[phi(z)^2]), z ~ N(0, 1): the gain that keeps a unit second moment through a layer
 * with Var(W) = gain^2/fan_in, computed for any activation. It is not PyTorch's
 * calculate_gain, whose table mixes derivations and empirical values: tanh gives 1.5925 here
 * and 5/3 there, selu 1 here and 3/4 there (relu and linear agree). Use `calculateGain` to
 * reproduce PyTorch.
 */
export function secondMomentGain(activation: ActivationLike, options: ActivationOptions = {}): number {
  return 1 / Math.sqrt(secondMoment(resolveActivation(activation, options, 'secondMomentGain'), 1));
}

/** d/dq E_z[phi(sqrt(q) z)^2] by a central difference in q (the expectation is smooth in q). */
export function secondMomentSlope(activation: ActivationLike, q = 1, options: ActivationOptions = {}): number {
  const resolved = resolveActivation(activation, options, 'secondMomentSlope');
  const step = 1e-4 * q;
  return (secondMoment(resolved, q + step) - secondMoment(resolved, q - step)) / (2 * step);
}

export interface VarianceMapOptions extends ActivationOptions {
  /** sigma_w^2: Var(W) = weightVariance/fan_in. */
  readonly weightVariance: number;
  /** sigma_b^2. Default 0. */
  readonly biasVariance?: number;
}

export interface VarianceMap {
  /** V(q). */
  readonly map: (q: number) => number;
  /** The fixed point q* reached by iterating V from q = 1 (Infinity if the iteration diverges, 0 if it collapses). */
  readonly fixedPoint: number;
  /** V'(q*): below 1 the fixed point attracts, above 1 it repels. */
  readonly slope: number;
  /** chi = sigma_w^2 * E[phi'(sqrt(q*) z)^2], the per-layer gradient (squared-norm) gain. */
  readonly chi: number;
}

export function varianceMap(activation: ActivationLike, options: VarianceMapOptions): VarianceMap {
  const resolved = resolveActivation(activation, options, 'varianceMap');
  const weightVariance = options.weightVariance;
  const biasVariance = options.biasVariance ?? 0;
  if (!(weightVariance > 0) || !(biasVariance >= 0)) {
    throw new Error(`varianceMap: expected weightVariance > 0 and biasVariance >= 0, got ${weightVariance} and ${biasVariance}`);
  }
  const map = (q: number) => weightVariance * secondMoment(resolved, q) + biasVariance;
  let q = 1;
  for (let iteration = 0; iteration < 2000; iteration++) {
    const next = map(q);
    if (!Number.isFinite(next) || next > 1e12) { q = Infinity; break; }
    if (next < 1e-300) { q = 0; break; }
    if (Math.abs(next - q) <= 1e-13 * Math.max(1, q)) { q = next; break; }
    q = next;
  }
  if (Number.isFinite(q) && q > 0) {
    // Newton on V(q) - q polishes a slowly converging (near-marginal) iteration.
    for (let step = 0; step < 20; step++) {
      const slope = weightVariance * secondMomentSlope(resolved, q);
      if (Math.abs(slope - 1) < 1e-9) break;
      const next = q - (map(q) - q) / (slope - 1);
      if (!(next > 0) || Math.abs(next - q) < 1e-14 * q) { if (next > 0) q = next; break; }
      q = next;
    }
  }
  const slope = Number.isFinite(q) && q > 0 ? weightVariance * secondMomentSlope(resolved, q) : NaN;
  const chi = Number.isFinite(q) && q > 0 ? weightVariance * derivativeSecondMoment(resolved, q) : NaN;
  return { map, fixedPoint: q, slope, chi };
}

export type ActivationAwareRule = 'stable' | 'varianceMap' | 'kumar' | 'nf';

export interface ActivationAwareOptions extends ActivationOptions {
  readonly rule?: ActivationAwareRule;
  /** 'stable': the slope target is V'(1) <= 1 - margin. Default 0.05. */
  readonly margin?: number;
  /** 'varianceMap': sigma_b^2 (< 1). Default 0. */
  readonly biasVariance?: number;
}

export interface ActivationAwareVariances {
  readonly weightVariance: number;
  readonly biasVariance: number;
  /** V'(q* = 1) under the chosen variances (for 'kumar' and 'nf', at q = 1). */
  readonly slope: number;
  readonly chi: number;
  readonly secondMoment: number;
}

/**
 * sigma_w^2 and sigma_b^2 for an activation.
 * - 'stable' (default): q* = 1 a fixed point AND attracting. Start from sigma_w^2 = 1/E[phi^2],
 *   sigma_b^2 = 0; if V'(1) = sigma_w^2 * dE/dq(1) > 1 - margin, lower sigma_w^2 to
 *   (1 - margin)/(dE/dq(1)) and restore V(1) = 1 with sigma_b^2 = 1 - sigma_w^2 * E[phi^2].
 * - 'varianceMap': sigma_w^2 = (1 - sigma_b^2)/E[phi^2] (q* = 1, stability not enforced).
 * - 'kumar': sigma_w^2 = 1/(phi'(0)^2 * (1 + phi(0)^2)) (phi differentiable at 0; 2 for relu).
 * - 'nf': sigma_w^2 = 1/Var[phi(z)] (NF-ResNets' gamma squared).
 */
export function activationAwareVariances(activation: ActivationLike, options: ActivationAwareOptions = {}): ActivationAwareVariances {
  const resolved = resolveActivation(activation, options, 'activationAware');
  const rule = options.rule ?? 'stable';
  const moment = secondMoment(resolved, 1);
  const momentSlope = secondMomentSlope(resolved, 1);
  const derivativeMoment = derivativeSecondMoment(resolved, 1);
  const finish = (weightVariance: number, biasVariance: number): ActivationAwareVariances => ({
    weightVariance, biasVariance, slope: weightVariance * momentSlope, chi: weightVariance * derivativeMoment, secondMoment: moment,
  });
  switch (rule) {
    case 'stable': {
      const margin = options.margin ?? 0.05;
      if (!(margin >= 0 && margin < 1)) throw new Error(`activationAware: expected margin in [0, 1), got ${margin}`);
      const weightVariance = 1 / moment;
      if (weightVariance * momentSlope <= 1 - margin) return finish(weightVariance, 0);
      const lowered = (1 - margin) / momentSlope;
      const biasVariance = 1 - lowered * moment;
      if (biasVariance < 0) {
        throw new Error(`activationAware: the stable rule needs sigma_b^2 = ${biasVariance} < 0 for '${resolved.name}' — use rule 'varianceMap' or a smaller margin`);
      }
      return finish(lowered, biasVariance);
    }
    case 'varianceMap': {
      const biasVariance = options.biasVariance ?? 0;
      if (!(biasVariance >= 0 && biasVariance < 1)) throw new Error(`activationAware: expected biasVariance in [0, 1), got ${biasVariance}`);
      return finish((1 - biasVariance) / moment, biasVariance);
    }
    case 'kumar': {
      const derivativeAtZero = derivativeOf(resolved)(0);
      if (resolved.kinks.includes(0)) return finish(2, 0);
      if (derivativeAtZero === 0) throw new Error(`activationAware: rule 'kumar' needs phi'(0) != 0, got 0 for '${resolved.name}'`);
      return finish(1 / (derivativeAtZero ** 2 * (1 + resolved.value(0) ** 2)), 0);
    }
    case 'nf': {
      const mean = gaussianExpectation((z) => resolved.value(z), resolved.kinks);
      return finish(1 / (moment - mean * mean), 0);
    }
    default:
      throw new Error(`activationAware: expected rule 'stable', 'varianceMap', 'kumar' or 'nf', got '${String(rule)}'`);
  }
}

/** torch.nn.init.calculate_gain's nonlinearity names, in its order. */
export const PYTORCH_NONLINEARITIES = [
  'linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'selu',
] as const;

export type PytorchNonlinearity = typeof PYTORCH_NONLINEARITIES[number];

/**
 * torch.nn.init.calculate_gain, value for value: 1 for linear, every conv and conv_transpose and
 * sigmoid, 5/3 for tanh, sqrt(2) for relu, sqrt(2/(1 + slope^2)) for leaky_relu (slope default
 * 0.01), 3/4 for selu (PyTorch's empirical choice). For the variance-preserving gain of any
 * activation, 1/sqrt(E[phi(z)^2]), use `secondMomentGain`.
 */
export function calculateGain(nonlinearity: PytorchNonlinearity, param?: number): number {
  switch (nonlinearity) {
    case 'linear': case 'conv1d': case 'conv2d': case 'conv3d':
    case 'conv_transpose1d': case 'conv_transpose2d': case 'conv_transpose3d': case 'sigmoid':
      return 1;
    case 'tanh': return 5 / 3;
    case 'relu': return Math.SQRT2;
    case 'leaky_relu': {
      if (param !== undefined && (typeof param !== 'number' || !Number.isFinite(param))) {
        throw new Error(`calculateGain: expected the leaky_relu negative slope to be a finite number, got ${String(param)}`);
      }
      return Math.sqrt(2 / (1 + (param ?? 0.01) ** 2));
    }
    case 'selu': return 3 / 4;
    default:
      throw new Error(`calculateGain: unknown nonlinearity '${String(nonlinearity)}' — expected one of ${PYTORCH_NONLINEARITIES.join(', ')} `
        + "(PyTorch's names); secondMomentGain(activation) gives 1/sqrt(E[phi(z)^2]) for any other activation");
  }
}
