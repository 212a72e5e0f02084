// Orthogonal init ("Exact solutions to the nonlinear dynamics of learning in deep linear neural
// networks"): Householder QR in float64 with the sign fix that makes Q Haar-distributed, plus the
// delta-orthogonal conv variant (orthogonal centre tap, zeros elsewhere).
import * as tf from '@tensorflow/tfjs-core';
import { checkFloatDtype, definedConfig, gaussianStream, InitializerBase, validSeed, checkOptionNames, type OptionNames } from '../base.js';
import type { InitializerEntry } from '../entry.js';

/**
 * A rows x cols matrix (row-major Float64Array) with orthonormal columns (rows >= cols) or rows
 * (rows < cols), drawn Haar-uniformly: QR of a Gaussian matrix, Q*diag(sign(diag R)).
 */
export function randomOrthogonal(rows: number, cols: number, next: () => number): Float64Array {
  const tall = Math.max(rows, cols);
  const narrow = Math.min(rows, cols);
  const a = new Float64Array(tall * narrow);
  for (let index = 0; index < a.length; index++) a[index] = next();
  const q = householderQ(a, tall, narrow);
  if (rows >= cols) return q;
  const transposed = new Float64Array(rows * cols);
  for (let i = 0; i < tall; i++) for (let j = 0; j < narrow; j++) transposed[j * cols + i] = q[i * narrow + j]!;
  return transposed;
}

/** Thin Q (m x n, m >= n) of A = QR by Householder reflections, columns signed so diag(R) > 0. */
export function householderQ(a: Float64Array, m: number, n: number): Float64Array {
  const work = Float64Array.from(a);
  const reflectors: Float64Array[] = [];
  const diagonalSigns: number[] = [];
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += work[i * n + k]! ** 2;
    norm = Math.sqrt(norm);
    const head = work[k * n + k]!;
    const alpha = head >= 0 ? -norm : norm;
    // R_kk = alpha; the reflector maps the column onto alpha*e1.
    diagonalSigns.push(alpha >= 0 ? 1 : -1);
    const v = new Float64Array(m - k);
    for (let i = k; i < m; i++) v[i - k] = work[i * n + k]!;
    v[0] = v[0]! - alpha;
    let vNorm = 0;
    for (const value of v) vNorm += value * value;
    vNorm = Math.sqrt(vNorm);
    if (vNorm > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / vNorm;
    reflectors.push(v);
    for (let j = k; j < n; j++) {
      let projection = 0;
      for (let i = k; i < m; i++) projection += v[i - k]! * work[i * n + j]!;
      for (let i = k; i < m; i++) work[i * n + j] = work[i * n + j]! - 2 * v[i - k]! * projection;
    }
  }
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * n + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = reflectors[k]!;
    for (let j = 0; j < n; j++) {
      let projection = 0;
      for (let i = k; i < m; i++) projection += v[i - k]! * q[i * n + j]!;
      for (let i = k; i < m; i++) q[i * n + j] = q[i * n + j]! - 2 * v[i - k]! * projection;
    }
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) q[i * n + j] = q[i * n + j]! * diagonalSigns[j]!;
  return q;
}

export interface OrthogonalOptions {
  readonly gain?: number;
  readonly seed?: number;
}

const ORTHOGONAL_OPTIONS: OptionNames<OrthogonalOptions> = { gain: true, seed: true };

/** Kernel [..., in, out] flattened to rows = prod(shape[:-1]) x cols = out, then g*Q reshaped. */
export class Orthogonal extends InitializerBase {
  static className = 'Orthogonal';
  readonly gain: number;
  readonly seed: number | undefined;

  constructor(options: OrthogonalOptions = {}) {
    super();
    checkOptionNames('Orthogonal', options, ORTHOGONAL_OPTIONS);
    this.gain = options.gain ?? 1;
    if (typeof this.gain !== 'number' || !Number.isFinite(this.gain)) throw new Error(`Orthogonal: expected gain to be a finite number, got ${String(options.gain)}`);
    this.seed = validSeed('Orthogonal', options.seed);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('Orthogonal', dtype);
    if (shape.length < 2) throw new Error(`Orthogonal: expected a kernel shape of rank >= 2, got [${shape.join(', ')}] — use it for Dense or conv kernels`);
    const cols = shape[shape.length - 1]!;
    const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
    const q = randomOrthogonal(rows, cols, gaussianStream(this.seed));
    return tf.tensor(Float32Array.from(q, (value) => value * this.gain), shape, 'float32');
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({ gain: this.gain, seed: this.seed });
  }
}

/** Conv kernel [...spatial, in, out]: zeros except the centre tap, an orthogonal in x out matrix times gain. */
export class DeltaOrthogonal extends InitializerBase {
  static className = 'DeltaOrthogonal';
  readonly gain: number;
  readonly seed: number | undefined;

  constructor(options: OrthogonalOptions = {}) {
    super();
    checkOptionNames('DeltaOrthogonal', options, ORTHOGONAL_OPTIONS);
    this.gain = options.gain ?? 1;
    this.seed = validSeed('DeltaOrthogonal', options.seed);
  }

  override apply(shape: number[], dtype?: string): tf.Tensor {
    checkFloatDtype('DeltaOrthogonal', dtype);
    if (shape.length < 3) throw new Error(`DeltaOrthogonal: expected a conv kernel shape [...spatial, in, out], got [${shape.join(', ')}] — use Orthogonal for dense kernels`);
    const inputs = shape[shape.length - 2]!;
    const outputs = shape[shape.length - 1]!;
    const spatial = shape.slice(0, -2);
    const q = randomOrthogonal(inputs, outputs, gaussianStream(this.seed));
    const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
    let centreOffset = 0;
    for (const size of spatial) centreOffset = centreOffset * size + Math.floor((size - 1) / 2);
    const base = centreOffset * inputs * outputs;
    for (let index = 0; index < inputs * outputs; index++) values[base + index] = q[index]! * this.gain;
    return tf.tensor(values, shape, 'float32');
  }

  override getConfig(): tf.serialization.ConfigDict {
    return definedConfig({ gain: this.gain, seed: this.seed });
  }
}

/** max |(W^T W or W W^T) - g^2 I| over the flattened kernel. */
export function orthogonalityError(values: Float64Array, rows: number, cols: number, gain: number): number {
  const tall = rows >= cols;
  const size = Math.min(rows, cols);
  let worst = 0;
  for (let a = 0; a < size; a++) {
    for (let b = a; b < size; b++) {
      let total = 0;
      if (tall) for (let i = 0; i < rows; i++) total += values[i * cols + a]! * values[i * cols + b]!;
      else for (let j = 0; j < cols; j++) total += values[a * cols + j]! * values[b * cols + j]!;
      worst = Math.max(worst, Math.abs(total - (a === b ? gain * gain : 0)));
    }
  }
  return worst;
}

const orthogonalCheck = (rows: number, cols: number, gain: number) => (values: Float64Array) => {
  const error = orthogonalityError(values, rows, cols, gain);
  return error <= 1e-5 * Math.max(1, gain * gain) ? null : `Gram matrix differs from g^2*I by ${error}`;
};

export const orthogonalEntry: InitializerEntry = {
  id: 'initializers.orthogonal',
  kind: 'initializer',
  names: ['Orthogonal', 'randomOrthogonal', 'calculateGain'],
  summary: 'Orthogonal init by float64 Householder QR with the Haar sign fix; any gain.',
  classes: [Orthogonal],
  examples: [
    { label: '256x128, gain 1: W^T W = I', create: () => new Orthogonal({ seed: 1 }), shape: [256, 128], check: orthogonalCheck(256, 128, 1) },
    { label: '128x256, gain sqrt 2: W W^T = 2I', create: () => new Orthogonal({ gain: Math.SQRT2, seed: 2 }), shape: [128, 256], check: orthogonalCheck(128, 256, Math.SQRT2) },
    { label: 'conv [3, 3, 16, 32] flattens to 144x32', create: () => new Orthogonal({ seed: 3 }), shape: [3, 3, 16, 32], dense: false, check: orthogonalCheck(144, 32, 1) },
  ],
  badInputs: [
    { label: 'rank-1 shape', run: () => new Orthogonal().apply([4]), message: /Orthogonal: expected a kernel shape of rank >= 2, got \[4\]/ },
  ],
};

export const deltaOrthogonalEntry: InitializerEntry = {
  id: 'initializers.delta-orthogonal',
  kind: 'initializer',
  names: ['DeltaOrthogonal'],
  summary: 'Delta-orthogonal conv init: orthogonal centre tap, zeros elsewhere (norm-preserving with same padding).',
  classes: [DeltaOrthogonal],
  examples: [
    {
      label: '[3, 3, 32, 16]: centre tap orthogonal, the rest zero',
      create: () => new DeltaOrthogonal({ seed: 1 }), shape: [3, 3, 32, 16], dense: false,
      check: (values) => {
        const tap = 32 * 16;
        const centre = values.slice(4 * tap, 5 * tap);
        const elsewhere = values.some((value, index) => value !== 0 && (index < 4 * tap || index >= 5 * tap));
        return elsewhere ? 'a non-centre tap is nonzero' : orthogonalCheck(32, 16, 1)(centre);
      },
    },
  ],
  badInputs: [
    { label: 'dense kernel', run: () => new DeltaOrthogonal().apply([4, 4]), message: /DeltaOrthogonal: expected a conv kernel shape \[...spatial, in, out\], got \[4, 4\]/ },
  ],
};
