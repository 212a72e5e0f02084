// Command-line flags shared by the node and browser runners.
//   --quick               3 sizes, fewer samples, fewer training steps
//   --sizes 10,16,22      sizes as powers of two (or element counts ≥ 1024)
//   --ops mish,rmsNorm    only these ops (names or catalog ids)
//   --backends cpu,wasm   only these backends
//   --no-training         skip the training-step benchmark
//   --backward            also time each op's gradient (tf.grads of sum(op(x)·dy)); on by
//                         default when --ops names ops, off for a run over every op
//   --no-backward         forward only, even with --ops
//   --out DIR             where results go (default benchmarks/results)
import { DEFAULT_EXPONENTS, QUICK_EXPONENTS } from './cases.mjs';

export function parseOptions(argv, { backends: allBackends }) {
  const value = (name) => {
    const index = argv.indexOf(`--${name}`);
    if (index < 0) return undefined;
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) {
      throw new Error(`bench: expected a value after --${name}, got nothing — e.g. --${name} ${name === 'sizes' ? '10,16,22' : name === 'ops' ? 'mish,rmsNorm' : 'cpu'}`);
    }
    return next;
  };
  const list = (name) => value(name)?.split(',').map((item) => item.trim()).filter(Boolean);
  const quick = argv.includes('--quick');
  const sizes = (list('sizes') ?? (quick ? QUICK_EXPONENTS : DEFAULT_EXPONENTS)).map((item) => {
    const number = Number(item);
    if (!Number.isInteger(number) || number <= 0) {
      throw new Error(`bench: expected --sizes as powers of two like 10,16,22 (or element counts), got '${item}' — use integers`);
    }
    return number <= 30 ? 2 ** number : number;
  });
  const backends = list('backends') ?? allBackends;
  for (const backend of backends) {
    if (!allBackends.includes(backend)) {
      throw new Error(`bench: expected --backends among ${allBackends.join(', ')} for this runner, got '${backend}' — the other backends run in ${allBackends.includes('cpu') ? 'pnpm bench:browser' : 'pnpm bench'}`);
    }
  }
  const ops = list('ops') ?? null;
  // The backward roughly doubles a case's time (forward + backward, with a copy of its own):
  // a run over every op keeps to the forward unless asked.
  const backward = argv.includes('--no-backward') ? false : argv.includes('--backward') || ops != null;
  return {
    quick,
    sizes,
    ops,
    backward,
    backends,
    training: !argv.includes('--no-training'),
    out: value('out') ?? null,
    samples: quick ? 5 : 7,
    minSampleMs: quick ? 2 : 5,
    steps: quick ? 3 : 6,
  };
}

export const selectCases = (cases, ops) => (ops ? cases.filter((c) => ops.includes(c.op) || ops.includes(c.id)) : cases);
