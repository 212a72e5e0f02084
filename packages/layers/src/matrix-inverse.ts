// The inverse of a small square matrix with a gradient, which tfjs 4.22 lacks (it has no solve
// and no inverse). The forward pass reads the matrix once and runs Gauss–Jordan elimination with
// partial pivoting in float64 on the CPU (n³ work for the n × n matrices of a layer's weights, not
// of its activations); the gradient is the closed form d(M⁻¹) = −M⁻¹·dM·M⁻¹ in tfjs ops, so
// dL/dM = −M⁻ᵀ·(dL/dM⁻¹)·M⁻ᵀ runs on whatever backend holds the tensors.
import * as tf from '@tensorflow/tfjs-core';

/** Row-major float64 inverse of an n × n matrix; throws when a pivot vanishes (singular to working precision). */
export function invertFloat64(matrix: ArrayLike<number>, size: number, where = 'matrixInverse'): Float64Array {
  const width = 2 * size;
  const work = new Float64Array(size * width);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) work[row * width + column] = matrix[row * size + column]!;
    work[row * width + size + row] = 1;
  }
  let largest = 0;
  for (let index = 0; index < size * size; index++) largest = Math.max(largest, Math.abs(matrix[index]!));
  for (let column = 0; column < size; column++) {
    let pivotRow = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(work[row * width + column]!) > Math.abs(work[pivotRow * width + column]!)) pivotRow = row;
    const pivot = work[pivotRow * width + column]!;
    if (!(Math.abs(pivot) > 1e-12 * Math.max(largest, 1e-300))) {
      throw new Error(`${where}: expected an invertible matrix, got one that is singular to working precision (pivot ${pivot} in column ${column}) — check the matrix for NaN, repeated rows or zero columns`);
    }
    if (pivotRow !== column) {
      for (let k = 0; k < width; k++) {
        const saved = work[column * width + k]!;
        work[column * width + k] = work[pivotRow * width + k]!;
        work[pivotRow * width + k] = saved;
      }
    }
    for (let k = 0; k < width; k++) work[column * width + k]! /= pivot;
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = work[row * width + column]!;
      if (factor === 0) continue;
      for (let k = 0; k < width; k++) work[row * width + k]! -= factor * work[column * width + k]!;
    }
  }
  const inverse = new Float64Array(size * size);
  for (let row = 0; row < size; row++) for (let column = 0; column < size; column++) inverse[row * size + column] = work[row * width + size + column]!;
  return inverse;
}

const inverseWithGradient = tf.customGrad(((matrix: tf.Tensor, save: tf.GradSaveFunc) => {
  const size = matrix.shape[0]!;
  const inverse = tf.tensor2d(Float32Array.from(invertFloat64(matrix.dataSync(), size)), [size, size]);
  save([inverse]);
  return {
    value: inverse,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const transposed = tf.transpose(saved[0]!);
      return tf.neg(tf.matMul(tf.matMul(transposed, dy), transposed));
    },
  };
}) as never) as (matrix: tf.Tensor) => tf.Tensor2D;

/** M⁻¹ of a float32 [n, n] matrix, differentiable in M. */
export function matrixInverse(matrix: tf.Tensor | tf.TensorLike): tf.Tensor2D {
  const where = 'matrixInverse';
  const tensor = matrix instanceof tf.Tensor ? matrix : tf.tensor(matrix as tf.TensorLike);
  try {
    if (tensor.rank !== 2 || tensor.shape[0] !== tensor.shape[1] || tensor.shape[0] === 0) {
      throw new Error(`${where}: expected a square [n, n] matrix with n ≥ 1, got shape [${tensor.shape.join(', ')}] — pass one matrix (batch with tf.unstack)`);
    }
    if (tensor.dtype !== 'float32') throw new Error(`${where}: expected a float32 tensor, got ${tensor.dtype} — cast first with tf.cast(x, 'float32')`);
    return inverseWithGradient(tensor);
  } finally {
    if (tensor !== matrix) tensor.dispose();
  }
}
