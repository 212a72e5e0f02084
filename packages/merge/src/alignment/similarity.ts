/**
 * The similarity matrices of weight matching, C = A·B for A [n, k] (reference units as rows) and
 * B [k, n] (the other model's units as columns): almost all of its arithmetic. They run through a
 * tfjs backend's BatchMatMul kernel — wasm's is XNNPACK's SIMD GEMM, about 10× the plain loops
 * below — called directly on the backend, so the app's current backend is never switched.
 * tfjs-backend-cpu's kernel is slower than those loops (measured: benchmarks/merge), so without
 * wasm the loops run.
 */
import * as tf from '@tensorflow/tfjs-core';

/** Where the products run: a tfjs backend name ('wasm', 'cpu', 'webgl' …) or 'js' for plain loops. */
export type SimilarityBackend = string;

/**
 * Initializes tfjs backend `name` (default 'wasm') for weight matching when the app registered it
 * (imported its package), without changing the app's backend. Returns whether it is ready.
 * Weight matching itself is synchronous and uses wasm only once it is initialized.
 */
export async function initializeMatchingBackend(name: string = 'wasm'): Promise<boolean> {
  const engine = tf.engine();
  if (engine.registry[name]) return true;
  if (!engine.registryFactory[name]) return false;
  try {
    // The app's backend (or the one tfjs would choose for it) is settled first, then restored.
    await tf.ready();
    const previous = tf.getBackend();
    if (previous === name) return true;
    try {
      return await tf.setBackend(name);
    } finally {
      await tf.setBackend(previous);
    }
  } catch {
    // A backend that fails to start (tfjs logs why) leaves the plain loops, which need none.
    return false;
  }
}

/** The backend `weightMatching` uses when none is named: wasm once initialized, else the plain loops. */
export function defaultSimilarityBackend(): SimilarityBackend {
  return tf.engine().registry.wasm ? 'wasm' : 'js';
}

export interface MatrixProduct {
  readonly backend: SimilarityBackend;
  /** How `similarity` wants the other model's units: as columns of [rest, n], or as rows of [n, rest]. */
  readonly otherLayout: 'columns' | 'rows';
  /** C[i, j] = ⟨reference unit i, other unit j⟩: an [n, n] matrix from the reference's [n, rest] unit rows. */
  similarity(referenceRows: Float32Array, other: Float32Array, size: number, rest: number): Float32Array | Float64Array;
}

/** A product on `backend`; throws naming what to do when that backend is not ready. */
export function matrixProduct(backend: SimilarityBackend): MatrixProduct {
  if (backend === 'js') return { backend, otherLayout: 'rows', similarity: dotProducts };
  const instance = tf.engine().registry[backend];
  if (!instance) {
    const registered = Boolean(tf.engine().registryFactory[backend]);
    throw new Error(
      `weight_matching: expected tfjs backend '${backend}' to be initialized for the similarity matrices, got ${registered ? 'it registered but not initialized' : 'no such backend'} — `
      + (registered ? `await initializeMatchingBackend('${backend}') first` : `import its package (e.g. @tensorflow/tfjs-backend-${backend}) or pass backend: 'js'`),
    );
  }
  const kernel = tf.getKernel('BatchMatMul', backend);
  if (!kernel) throw new Error(`weight_matching: expected a BatchMatMul kernel on tfjs backend '${backend}', got none — pass backend: 'js'`);
  // A backend that has never been the active one has not run its kernels' setup (wasm binds its
  // exports there); running it again for the same instance only rebinds the same functions.
  kernel.setupFunc?.(instance);
  return {
    backend,
    // [n, rest] · [rest, n] without transposes: wasm's XNNPACK path takes only untransposed operands (10× the transposed one).
    otherLayout: 'columns',
    similarity(referenceRows, otherColumns, size, rest) {
      const write = (values: Float32Array, shape: number[]): tf.TensorInfo => ({ dataId: instance.write(values, shape, 'float32'), shape, dtype: 'float32' });
      const a = write(referenceRows, [1, size, rest]);
      const b = write(otherColumns, [1, rest, size]);
      let output: tf.TensorInfo | null = null;
      try {
        output = kernel.kernelFunc({ inputs: { a, b }, backend: instance, attrs: { transposeA: false, transposeB: false } }) as tf.TensorInfo;
        return instance.readSync(output.dataId) as Float32Array;
      } finally {
        instance.disposeData(a.dataId);
        instance.disposeData(b.dataId);
        if (output) instance.disposeData(output.dataId);
      }
    },
  };
}

/**
 * Dot products of unit rows, four rows of `other` per pass over a reference row: each loaded
 * reference value feeds four products (V8 keeps the sums in registers). Sums in float64.
 */
function dotProducts(reference: Float32Array, other: Float32Array, size: number, rest: number): Float64Array {
  const result = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    const rowBase = row * rest;
    let column = 0;
    for (; column + 3 < size; column += 4) {
      const base0 = column * rest;
      const base1 = base0 + rest;
      const base2 = base1 + rest;
      const base3 = base2 + rest;
      let sum0 = 0; let sum1 = 0; let sum2 = 0; let sum3 = 0;
      for (let position = 0; position < rest; position++) {
        const value = reference[rowBase + position]!;
        sum0 += value * other[base0 + position]!;
        sum1 += value * other[base1 + position]!;
        sum2 += value * other[base2 + position]!;
        sum3 += value * other[base3 + position]!;
      }
      result[row * size + column] = sum0;
      result[row * size + column + 1] = sum1;
      result[row * size + column + 2] = sum2;
      result[row * size + column + 3] = sum3;
    }
    for (; column < size; column++) {
      let sum = 0;
      const columnBase = column * rest;
      for (let position = 0; position < rest; position++) sum += reference[rowBase + position]! * other[columnBase + position]!;
      result[row * size + column] = sum;
    }
  }
  return result;
}
