/**
 * The workgroup form of the webgpu reductions (webgpu-workgroup-reduction.ts): every program of
 * every reduction spec, at every lane count and in the thread-per-group form, against the cpu
 * runner; and the dispatches each form takes, counted.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgpu';
import { REDUCTIONS as ACTIVATION_REDUCTIONS } from '@layerkit/activations';
import { NORMS } from '@layerkit/norms';
import { beforeAll, describe, expect, test } from 'vitest';
import { programsFor } from '../reduction-kernels.js';
import type { ReductionProgram } from '../reduction-program.js';
import type { ReductionSpec } from '../reduction-spec.js';
import { resolveParams, resolveVariants } from '../spec.js';
import { runReductionOnArrays } from './cpu-reduction.js';
import type { ReductionViewShape } from './types.js';
import type { WebGPUBackend } from './webgpu.js';
import { runWebGPUReduction, type WebGPUReductionOptions } from './webgpu-reduction.js';
import { chooseWorkgroupForm, LANES_PER_GROUP } from './webgpu-workgroup-reduction.js';

const SPECS: readonly ReductionSpec[] = [
  ...NORMS.map((norm) => norm.spec), ...NORMS.flatMap((norm) => norm.forms ?? []), ...ACTIVATION_REDUCTIONS,
];

/** A small view of each kind, odd sizes throughout: [outer, across, kept, within]. */
const VIEWS: Record<ReductionSpec['view'], ReductionViewShape> = {
  rows: [7, 1, 1, 37],
  'channel-groups': [2, 5, 3, 4],
  spatial: [2, 9, 6, 1],
  batch: [1, 45, 6, 1],
};

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const FORMS: ReadonlyArray<[label: string, options: WebGPUReductionOptions]> = [
  ['thread per group', { form: 'thread-per-group' }],
  ...LANES_PER_GROUP.map((lanes): [string, WebGPUReductionOptions] => [`${lanes} lanes per group`, { lanesPerGroup: lanes }]),
];

interface Case { readonly program: ReductionProgram; readonly elements: Float32Array[]; readonly weights: Float32Array[]; readonly params: number[] }

function caseOf(spec: ReductionSpec, program: ReductionProgram, view: ReductionViewShape, offset = 0): Case {
  const next = random(program.key.length * 31 + view[1]);
  const size = view.reduce((a, b) => a * b, 1);
  const params = resolveParams(spec, {}) as Record<string, number>;
  return {
    program,
    elements: program.elementInputs.map((name) => Float32Array.from({ length: size }, () => (name === 'x' ? offset : 0) + next() * 4 - 2)),
    weights: program.weights.map(() => Float32Array.from({ length: view[2] * view[3] }, () => 0.5 + next())),
    params: program.params.map((name) => params[name]),
  };
}

async function runOnWebGPU(test: Case, view: ReductionViewShape, options: WebGPUReductionOptions): Promise<Float32Array[]> {
  const elements = test.elements.map((values) => tf.tensor(values, [view[0] * view[1] * view[2], view[3]]));
  const weights = test.weights.map((values) => tf.tensor1d(values));
  const results = runWebGPUReduction(tf.backend(), test.program, view, elements as TensorInfo[], weights as TensorInfo[], test.params, options)
    .map((info) => tf.engine().makeTensorFromTensorInfo(info));
  const values = await Promise.all(results.map(async (result) => (await result.data()) as Float32Array));
  tf.dispose([...elements, ...weights, ...results]);
  return values;
}

function expectClose(got: Float32Array, want: Float32Array, what: string): void {
  expect(got.length, what).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (Number.isNaN(want[i])) { expect(got[i], `${what} at ${i}`).toBeNaN(); continue; }
    const allowed = 1e-5 + 2e-4 * Math.abs(want[i]);
    if (!(Math.abs(got[i] - want[i]) <= allowed)) expect(got[i], `${what} at ${i}`).toBe(want[i]);
  }
}

beforeAll(async () => {
  await tf.setBackend('webgpu');
  await tf.ready();
});

describe('webgpu reductions in the workgroup form', () => {
  for (const spec of SPECS) {
    const variants = resolveVariants(spec, {});
    const givens = [new Set<string>(), ...(spec.inputs?.length ? [new Set(spec.inputs)] : [])];
    for (const given of givens) {
      const programs = programsFor(spec, variants, given);
      for (const program of [programs.forward, programs.backward]) {
        test(`${program.key}: every form matches the cpu runner`, async () => {
          // A large mean: the shifted moments must keep the centred values' digits on every form.
          for (const [view, offset] of [[VIEWS[spec.view], 0], [[1, 300, 2, 3] as ReductionViewShape, 1e4]] as const) {
            const test = caseOf(spec, program, view, offset);
            const { outputs, groups, sums } = runReductionOnArrays(program, view, test.elements, test.weights, test.params);
            const want = [...outputs, ...groups, ...sums];
            for (const [label, options] of FORMS) {
              const got = await runOnWebGPU(test, view, options);
              want.forEach((values, n) => expectClose(got[n], values, `${label}, view [${view.join(', ')}], result ${n}`));
            }
          }
        });
      }
    }
  }
});

describe('dispatches per call', () => {
  /** Counts the backend's dispatches (runWebGPUProgram calls) during `body`. */
  function countDispatches(body: () => void): number {
    const backend = tf.backend() as unknown as WebGPUBackend;
    const original = backend.runWebGPUProgram;
    let count = 0;
    backend.runWebGPUProgram = function counted(this: WebGPUBackend, ...args: Parameters<WebGPUBackend['runWebGPUProgram']>) {
      count += 1;
      return original.apply(this, args);
    };
    try {
      body();
    } finally {
      backend.runWebGPUProgram = original;
    }
    return count;
  }

  const byName = (name: string) => SPECS.find((spec) => spec.name === name)!;
  const shown = ['layerNorm', 'rmsNorm', 'groupNorm', 'instanceNorm', 'batchNorm', 'softmax'];

  test('a program with one x-shaped output and nothing else is one dispatch; the others keep their count', () => {
    const rows: string[] = [];
    for (const name of shown) {
      const spec = byName(name);
      const programs = programsFor(spec, resolveVariants(spec, {}));
      for (const program of [programs.forward, programs.backward]) {
        const view = VIEWS[spec.view];
        const test = caseOf(spec, program, view);
        const elements = test.elements.map((values) => tf.tensor(values, [view[0] * view[1] * view[2], view[3]]));
        const weights = test.weights.map((values) => tf.tensor1d(values));
        const counts = (['thread-per-group', 'workgroup'] as const).map((form) => countDispatches(() => {
          const results = runWebGPUReduction(tf.backend(), program, view, elements as TensorInfo[], weights as TensorInfo[], test.params, { form });
          for (const result of results) tf.backend().disposeData(result.dataId);
        }));
        tf.dispose([...elements, ...weights]);
        rows.push(`${program.key}: ${counts[0]} → ${counts[1]}`);
        if (chooseWorkgroupForm(program) === 'outputs') expect(counts[1], program.key).toBe(1);
        else expect(counts[1], program.key).toBe(counts[0]);
      }
    }
    console.log(`dispatches, thread per group → workgroup:\n${rows.join('\n')}`);
    for (const name of ['layerNorm', 'rmsNorm', 'groupNorm', 'instanceNorm', 'softmax']) {
      const spec = byName(name);
      expect(chooseWorkgroupForm(programsFor(spec, resolveVariants(spec, {})).forward), name).toBe('outputs');
    }
    expect(chooseWorkgroupForm(programsFor(byName('softmax'), {}).backward)).toBe('outputs');
  });
});
