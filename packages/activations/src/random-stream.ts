/**
 * A seeded stream of uniform numbers for the random activations (RReLU, stochastic ReLU/SiLU):
 * the same seed gives the same draws on every backend and machine, so a run is reproducible.
 * mulberry32: one 32-bit state, a multiply-xorshift output; plenty for choosing slopes and
 * branches, not for cryptography.
 */
export class RandomStream {
  private state: number;

  /** A stream from `seed` (a safe integer), or from Math.random when none is given. */
  constructor(seed?: number | null) {
    this.state = (seed == null ? Math.floor(Math.random() * 2 ** 32) : seed) >>> 0;
  }

  /** The next uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  }

  /** The next integer seed for a tfjs random op (tf.randomUniform). */
  nextSeed(): number {
    return Math.floor(this.next() * 2 ** 31);
  }
}
