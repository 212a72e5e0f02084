/** Catalog oracles of CABS (masks, PyTorch flattening) and Robust Weight Signatures (patch round trip). */
import { describe, expect, it } from 'vitest';
import { cabsMasks, executeMerge, planMerge, pytorchOrder, type ParameterSettings } from '@layerkit/merge';
import { arraySource, randomFloats } from './test-helpers.js';

function merge(method: string, shape: number[], base: Float32Array, models: Float32Array[], parameters: ParameterSettings, perModel?: ParameterSettings[]): Float32Array {
  const source = (label: string, values: Float32Array) => arraySource(label, { 'conv/kernel': { shape, values } });
  let result = new Float32Array(0);
  executeMerge(planMerge({ method, base: source('base', base), models: models.map((values, index) => ({ source: source(`m${index}`, values), parameters: perModel?.[index] })), parameters }), (_weight, values) => { result = values as Float32Array; });
  return result;
}

describe('cabs (merge.cabs)', () => {
  it('flattens tfjs kernels in PyTorch order: Dense [in, out] as [out, in], conv [h, w, in, out] as [out, in, h, w]', () => {
    // Dense [2, 3]: tfjs flat index in·3 + out; PyTorch order visits out outermost.
    expect(Array.from(pytorchOrder([2, 3]))).toEqual([0, 3, 1, 4, 2, 5]);
    // Conv [h=2, w=1, in=1, out=2]: flat h·2 + out; order (out, in, h, w) → out 0: h 0, 1 → 0, 2; out 1 → 1, 3.
    expect(Array.from(pytorchOrder([2, 1, 1, 2]))).toEqual([0, 2, 1, 3]);
  });

  it('masks are disjoint and each full group keeps exactly n per task when n·T ≤ m', () => {
    const shape = [8, 12];
    const deltas = [1, 2, 3].map((seed) => Float64Array.from(randomFloats(96, seed)));
    const masks = cabsMasks(deltas, shape, 2, 8, [0, 1, 2]);
    const order = pytorchOrder(shape);
    for (let index = 0; index < 96; index++) expect(masks.reduce((sum, mask) => sum + mask[index]!, 0)).toBeLessThanOrEqual(1);
    for (const mask of masks) {
      for (let group = 0; group < 12; group++) {
        let kept = 0;
        for (let offset = 0; offset < 8; offset++) kept += mask[order[group * 8 + offset]!]!;
        expect(kept).toBe(2);
      }
    }
  });

  it('a single task equals n:m-pruned task arithmetic; a tensor shorter than m is fully pruned', () => {
    const base = randomFloats(16, 4); const model = randomFloats(16, 5);
    const merged = merge('cabs', [16], base, [model], { n: 1, m: 4, lambda: 1 });
    for (let group = 0; group < 4; group++) {
      const offsets = [0, 1, 2, 3].map((offset) => group * 4 + offset);
      const top = offsets.reduce((best, index) => (Math.abs(model[index]! - base[index]!) > Math.abs(model[best]! - base[best]!) ? index : best));
      for (const index of offsets) expect(merged[index]).toBeCloseTo(index === top ? model[index]! : base[index]!, 6);
    }
    expect(Array.from(merge('cabs', [16], base, [model], { n: 4, m: 32 }))).toEqual(Array.from(base));
  });
});

describe('robust_weight_signatures (merge.robust-weight-signatures)', () => {
  it('adding then subtracting a patch returns the original; s = 0 is the identity', () => {
    const clean = randomFloats(12, 6); const robust = randomFloats(12, 7);
    const patched = merge('robust_weight_signatures', [12], clean, [robust], { layers: 'all', bits: null });
    // The signature of `patched` against `clean` is robust − clean again, so patching it back with s = −1 removes it.
    const removed = merge('robust_weight_signatures', [12], patched, [Float32Array.from(patched, (value, index) => 2 * value - clean[index]!)], { layers: 'all', bits: null }, [{ scale: -1 }]);
    removed.forEach((value, index) => expect(value).toBeCloseTo(clean[index]!, 5));
    expect(Array.from(merge('robust_weight_signatures', [12], clean, [robust], { layers: 'all' }, [{ scale: 0 }]))).toEqual(Array.from(clean));
  });
});

describe('one_bit (merge.one-bit)', () => {
  it('sign bits round-trip in ceil(n/8) bytes; for fixed signs a = mean|τ| beats a ± 1%', async () => {
    const { oneBitCompress, packSigns, unpackSigns } = await import('@layerkit/merge');
    const delta = randomFloats(21, 8);
    const packed = packSigns(delta);
    expect(packed.length).toBe(3);
    expect(Array.from(unpackSigns(packed, 21))).toEqual(Array.from(delta, (value) => (value >= 0 ? 1 : -1)));
    const approximation = oneBitCompress(delta, [21], 'tensor');
    const scale = Math.abs(approximation[0]!);
    const error = (a: number) => delta.reduce((sum, value) => sum + (value - a * (value >= 0 ? 1 : -1)) ** 2, 0);
    expect(error(scale)).toBeLessThan(error(scale * 1.01));
    expect(error(scale)).toBeLessThan(error(scale * 0.99));
    // 'row': one scale per output unit (the kernel's last axis): [[1, −2], [3, 4]] → a = (2, 3).
    expect(Array.from(oneBitCompress([1, -2, 3, 4], [2, 2], 'row'))).toEqual([2, -3, 2, 3]);
  });
});
