/**
 * Low-bit codes packed with tfjs ops, so the same code runs on every backend. tfjs has no uint8
 * dtype (bool tensors hold 0 or 1), so codes are packed into int32 words of 24 payload bits:
 * WebGL stores int32 tensors in float32 textures, where integers are exact only up to 2^24.
 * A word holds 24 one-bit, 12 two-bit, 8 three-bit or 6 four-bit codes: 1/6, 1/3, 1/2 and 2/3
 * bytes per element, against uint8 packing's 1/8, 1/4, 1/2 (3 bits in 4-bit slots) and 1/2,
 * and x's 4 bytes. On a WebGL device that renders only to half-float textures, words hold 11 bits.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, Tensor1D } from '@tensorflow/tfjs-core';

/** Payload bits per int32 word on the active backend. */
export function payloadBits(): number {
  if (tf.getBackend() === 'webgl' && !tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) return 11;
  return 24;
}

/** Codes per int32 word for b-bit codes. */
export const codesPerWord = (bits: number, payload = payloadBits()): number => Math.floor(payload / bits);

/** Bytes the packed codes of `size` elements occupy. */
export const packedBytes = (size: number, bits: number, payload = payloadBits()): number => 4 * Math.ceil(size / codesPerWord(bits, payload));

const placeValues = (bits: number, perWord: number): Tensor1D => tf.tensor1d(Array.from({ length: perWord }, (_, j) => 2 ** (bits * j)), 'int32');

/** Packs int32 codes in [0, 2^bits) of any shape into int32 words, perWord codes to a word, first code in the lowest bits. */
export function packCodes(codes: Tensor, bits: number, payload = payloadBits()): Tensor1D {
  return tf.tidy(() => {
    const perWord = codesPerWord(bits, payload);
    const size = codes.size;
    const words = Math.ceil(size / perWord);
    let flat = tf.reshape(codes, [size]);
    if (words * perWord > size) flat = tf.pad(flat, [[0, words * perWord - size]]);
    return tf.sum(tf.mul(tf.reshape(flat, [words, perWord]), placeValues(bits, perWord)), 1) as Tensor1D;
  });
}

/** The `size` int32 codes packed into `words` by packCodes, as a flat tensor. */
export function unpackCodes(words: Tensor1D, bits: number, size: number, payload = payloadBits()): Tensor1D {
  return tf.tidy(() => {
    const perWord = codesPerWord(bits, payload);
    const digits = tf.mod(tf.floorDiv(tf.expandDims(words, 1), placeValues(bits, perWord)), tf.scalar(2 ** bits, 'int32'));
    const flat = tf.reshape(digits, [words.size * perWord]) as Tensor1D;
    return flat.size === size ? flat : tf.slice(flat, 0, size);
  });
}
