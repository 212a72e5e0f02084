// Hand-written checks of the variance-map numerics: gains, catalog oracle values, the sparse
// clipped closed forms against quadrature, and the layerkit activation registry wiring.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '@layerkit/activations';
import {
  activationAwareVariances, calculateGain, deepNormBeta, firstMoment, fixupScale, gaussianExpectation, normalQuantile, PYTORCH_NONLINEARITIES,
  secondMoment, secondMomentGain, secondMomentSlope, sparseClippedActivation, sparseClippedParameters, varianceMap,
} from '@layerkit/initializers';
import * as initializers from '@layerkit/initializers';

describe('secondMomentGain', () => {
  it('is sqrt(2) for relu and sqrt(2/(1 + a^2)) for leaky relu', () => {
    expect(Math.abs(secondMomentGain('relu') - Math.SQRT2)).toBeLessThan(1e-9);
    expect(Math.abs(secondMomentGain('leakyrelu', { params: { alpha: 0.2 } }) - Math.sqrt(2 / 1.04))).toBeLessThan(1e-9);
  });

  it('is 1 for selu: E[selu(z)^2] = 1 by construction of its constants', () => {
    expect(Math.abs(secondMoment('selu') - 1)).toBeLessThan(1e-9);
    expect(Math.abs(secondMomentGain('selu') - 1)).toBeLessThan(1e-4);
    // SELU is also centred: E[selu(z)] = 0.
    expect(Math.abs(firstMoment('selu'))).toBeLessThan(1e-9);
  });

  it('matches the catalog moments: E[tanh(z)^2] = 0.39429449, E[relu6^2] just below 1/2', () => {
    expect(secondMoment('tanh')).toBeCloseTo(0.39429449, 8);
    expect(secondMoment('linear')).toBeCloseTo(1, 12);
    expect(secondMoment('relu6')).toBeLessThan(0.5);
    expect(secondMoment('relu6')).toBeGreaterThan(0.5 - 1e-8);
  });

  it('splits at kinks: relu variance exact where 200-node Gauss-Hermite gives 0.34019', () => {
    const mean = gaussianExpectation((z) => Math.max(z, 0), [0]);
    const square = gaussianExpectation((z) => Math.max(z, 0) ** 2, [0]);
    expect(Math.abs(square - mean * mean - (0.5 - 1 / (2 * Math.PI)))).toBeLessThan(1e-12);
  });

  it('agrees between a tfjs built-in and the layerkit spec of the same activation', () => {
    for (const name of ['gelu', 'mish', 'swish', 'softplus', 'elu', 'selu']) {
      const spec = (ACTIVATIONS as readonly { name: string; reference: (x: number, p: Record<string, number>, v: Record<string, string>) => number; params: readonly { name: string; default: number }[]; domain: { kinks?: readonly number[] } }[]).find((item) => item.name === name);
      if (!spec) continue;
      const params = Object.fromEntries(spec.params.map((param) => [param.name, param.default]));
      const fromSpec = secondMomentGain({ name, value: (x) => spec.reference(x, params, {}), kinks: spec.domain.kinks ?? [] });
      expect(Math.abs(fromSpec - secondMomentGain(name)) / secondMomentGain(name), name).toBeLessThan(1e-6);
    }
  });

  it('works for layerkit-only activations through @layerkit/activations', () => {
    const names = (ACTIVATIONS as readonly { name: string }[]).map((spec) => spec.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const value = secondMomentGain(name);
      expect(Number.isFinite(value) && value > 0, name).toBe(true);
    }
  });

  it('rejects unknown activations with the list of known ones', () => {
    expect(() => secondMomentGain('swoosh')).toThrow(/secondMomentGain: unknown activation 'swoosh' — expected one of linear, relu/);
  });
});

describe('calculateGain (torch.nn.init.calculate_gain)', () => {
  it('reproduces every entry of the PyTorch table', () => {
    const pytorch: Record<string, number> = {
      linear: 1, conv1d: 1, conv2d: 1, conv3d: 1, conv_transpose1d: 1, conv_transpose2d: 1, conv_transpose3d: 1, sigmoid: 1,
      tanh: 5 / 3, relu: Math.SQRT2, leaky_relu: Math.sqrt(2 / (1 + 0.01 ** 2)), selu: 0.75,
    };
    expect([...PYTORCH_NONLINEARITIES].sort()).toEqual(Object.keys(pytorch).sort());
    for (const name of PYTORCH_NONLINEARITIES) expect(calculateGain(name), name).toBe(pytorch[name]);
    expect(calculateGain('leaky_relu', 0.2)).toBe(Math.sqrt(2 / 1.04));
    expect(calculateGain('leaky_relu', 0)).toBe(Math.SQRT2);
  });

  it('differs from secondMomentGain where PyTorch\'s table is not 1/sqrt(E[phi^2]): tanh, selu, sigmoid', () => {
    expect(secondMomentGain('tanh')).toBeCloseTo(1.5925374, 6);
    expect(calculateGain('tanh')).toBeCloseTo(1.6666667, 6);
    expect(secondMomentGain('selu')).toBeCloseTo(1, 4);
    expect(calculateGain('selu')).toBe(0.75);
    expect(Math.abs(secondMomentGain('sigmoid') - calculateGain('sigmoid'))).toBeGreaterThan(0.5);
    // Where both are derived from the same second moment they agree.
    expect(secondMomentGain('relu')).toBeCloseTo(calculateGain('relu'), 9);
    expect(secondMomentGain('linear')).toBeCloseTo(calculateGain('linear'), 9);
  });

  it('takes only PyTorch\'s names and says where other activations go', () => {
    expect(() => calculateGain('gelu' as never)).toThrow(/calculateGain: unknown nonlinearity 'gelu' — expected one of linear, conv1d, .* selu \(PyTorch's names\); secondMomentGain\(activation\) gives/);
    expect(() => calculateGain('leaky_relu', Number.NaN)).toThrow(/calculateGain: expected the leaky_relu negative slope to be a finite number, got NaN/);
  });

  it('exports no bare `gain`, the name that read as either', () => {
    expect(initializers).not.toHaveProperty('gain');
  });
});

describe('activationAwareVariances', () => {
  it('varianceMap rule: relu 2, linear 1, tanh 2.5361754, relu with biasVariance 0.1 gives 1.8', () => {
    expect(activationAwareVariances('relu', { rule: 'varianceMap' }).weightVariance).toBeCloseTo(2, 9);
    expect(activationAwareVariances('linear', { rule: 'varianceMap' }).weightVariance).toBeCloseTo(1, 9);
    expect(activationAwareVariances('tanh', { rule: 'varianceMap' }).weightVariance).toBeCloseTo(2.5361754, 6);
    expect(activationAwareVariances('relu', { rule: 'varianceMap', biasVariance: 0.1 }).weightVariance).toBeCloseTo(1.8, 9);
  });

  it('gelu and silu moments match an independent composite Simpson rule to 1e-8', () => {
    const simpson = (f: (z: number) => number) => {
      const intervals = 240000;
      const step = 24 / intervals;
      let total = 0;
      for (let index = 0; index <= intervals; index++) {
        const z = -12 + index * step;
        const weight = index === 0 || index === intervals ? 1 : index % 2 === 1 ? 4 : 2;
        total += weight * f(z) * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
      }
      return (total * step) / 3;
    };
    const erf = (x: number) => { let term = x; let total = x; for (let n = 1; n < 120; n++) { term *= -x * x / n; total += term / (2 * n + 1); } return (2 / Math.sqrt(Math.PI)) * total; };
    const gelu = (x: number) => 0.5 * x * (1 + (Math.abs(x) < 6 ? erf(x / Math.SQRT2) : Math.sign(x)));
    const silu = (x: number) => x / (1 + Math.exp(-x));
    expect(Math.abs(secondMoment('gelu') - simpson((z) => gelu(z) ** 2))).toBeLessThan(1e-8);
    expect(Math.abs(secondMoment('swish') - simpson((z) => silu(z) ** 2))).toBeLessThan(1e-8);
  });

  it('stable rule: the unbiased slope V\'(1) exceeds 1 for GELU, SiLU and Mish (1.144, 1.173, 1.076)', () => {
    const slopeAtUnbiased = (name: string) => secondMomentSlope(name) / secondMoment(name);
    expect(slopeAtUnbiased('gelu')).toBeCloseTo(1.144, 3);
    expect(slopeAtUnbiased('swish')).toBeCloseTo(1.173, 3);
    expect(slopeAtUnbiased('mish')).toBeCloseTo(1.076, 3);
  });

  it('stable rule: q* = 1 is a fixed point with V\'(q*) <= 1 - margin for every documented activation', () => {
    for (const name of ['relu', 'gelu', 'swish', 'mish', 'tanh', 'selu']) {
      const variances = activationAwareVariances(name);
      const map = varianceMap(name, { weightVariance: variances.weightVariance, biasVariance: variances.biasVariance });
      expect(Math.abs(map.fixedPoint - 1), name).toBeLessThan(1e-6);
      expect(map.slope, name).toBeLessThanOrEqual(0.95 + 1e-6);
      expect(Math.abs(map.chi - variances.chi), name).toBeLessThan(1e-6);
    }
  });

  it('kumar rule: sigmoid std*sqrt(N) = 3.5777088, tanh 1; nf rule: relu gamma = 1.7128585504', () => {
    expect(Math.sqrt(activationAwareVariances('sigmoid', { rule: 'kumar' }).weightVariance)).toBeCloseTo(3.5777088, 6);
    expect(activationAwareVariances('tanh', { rule: 'kumar' }).weightVariance).toBeCloseTo(1, 9);
    expect(Math.sqrt(activationAwareVariances('relu', { rule: 'nf' }).weightVariance)).toBeCloseTo(1.7128585504, 8);
  });

  it('relu is marginal without bias: V\'(1) = 1 under the varianceMap rule', () => {
    const map = varianceMap('relu', { weightVariance: 2 });
    expect(map.slope).toBeCloseTo(1, 6);
    expect(map.chi).toBeCloseTo(1, 9);
  });
});

describe('sparseClippedParameters (catalog oracle values)', () => {
  const cases = [
    { clip: 1, sigmaW2: 7.7431401, sigmaB2: 0.6213405, slope: 0.6115775 },
    { clip: 0.5, sigmaW2: 11.3916055, sigmaB2: 0.7525714, slope: 0.3019906 },
    { clip: 2, sigmaW2: 6.7202935, sigmaB2: 0.5433222, slope: 0.9466362 },
    { clip: Infinity, sigmaW2: 1 / 0.15, sigmaB2: 0.5368294, slope: 1 },
  ];
  it.each(cases)('CReLU s = 0.85, m = $clip', ({ clip, sigmaW2, sigmaB2, slope }) => {
    const parameters = sparseClippedParameters({ clip });
    expect(parameters.tau).toBeCloseTo(1.0364334, 6);
    expect(parameters.sigmaW2).toBeCloseTo(sigmaW2, 5);
    expect(parameters.sigmaB2).toBeCloseTo(sigmaB2, 6);
    expect(parameters.slope).toBeCloseTo(slope, 6);
  });

  it('CST s = 0.85, m = 1', () => {
    const parameters = sparseClippedParameters({ activation: 'cst', clip: 1 });
    expect(parameters.tau).toBeCloseTo(1.4395315, 6);
    expect(parameters.sigmaW2).toBeCloseTo(7.3913283, 5);
    expect(parameters.sigmaB2).toBeCloseTo(0.6991300, 6);
    expect(parameters.slope).toBeCloseTo(0.6991492, 6);
  });

  it.each(['crelu', 'cst'] as const)('%s closed forms agree with quadrature of the variance map', (activation) => {
    const parameters = sparseClippedParameters({ activation, clip: 1 });
    const phi = sparseClippedActivation(activation, parameters.tau, 1);
    const map = varianceMap(phi, { weightVariance: parameters.sigmaW2, biasVariance: parameters.sigmaB2 });
    expect(Math.abs(map.map(1) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(map.slope - parameters.slope)).toBeLessThan(1e-6);
    // Edge of chaos: chi = 1 at q*.
    expect(Math.abs(map.chi - 1)).toBeLessThan(1e-6);
  });

  it('normalQuantile inverts the normal CDF', () => {
    expect(normalQuantile(0.85)).toBeCloseTo(1.0364334, 7);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
  });
});

describe('closed-form scalings', () => {
  it('DeepNorm betas', () => {
    expect(deepNormBeta({ decoderLayers: 12 })).toBeCloseTo(0.3194715521, 9);
    expect(deepNormBeta({ architecture: 'encoderDecoder', encoderLayers: 12, decoderLayers: 6 })).toBeCloseTo(0.4179165, 6);
    expect(deepNormBeta({ architecture: 'encoderDecoder', encoderLayers: 12, decoderLayers: 6, stack: 'decoder' })).toBeCloseTo(0.3432945, 6);
    expect(deepNormBeta({ architecture: 'encoderDecoder', encoderLayers: 12, decoderLayers: 6, encoderBetaConstant: 1.15 })).toBeCloseTo(0.5524183, 6);
  });

  it('Fixup scale for L = 16, m = 2 is 0.25', () => {
    expect(fixupScale(16, 2)).toBe(0.25);
  });
});
