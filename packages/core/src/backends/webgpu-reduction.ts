import type { TensorInfo } from '@tensorflow/tfjs-core';
import { wgsl, wgslHelperSource } from '../targets/wgsl.js';
import type { ReductionProgram } from '../reduction-program.js';
import {
  inputsRead, resultShape, runGpuReduction, type GpuDialect, type GpuProgramRunner, type GpuReductionCode,
} from './gpu-reduction.js';
import type { ReductionRunner, ReductionViewShape } from './types.js';
import { flatView, shaped, WORKGROUP_SIZE, type WebGPUBackend, type WebGPUProgram } from './webgpu.js';
import {
  chooseLanesPerGroup, chooseWorkgroupForm, REDUCTION_WORKGROUP_SIZE, workgroupReductionCode, type LanesPerGroup, type WorkgroupForm,
} from './webgpu-workgroup-reduction.js';

const dialect: GpuDialect = {
  target: wgsl,
  helpers: wgslHelperSource,
  float: (value) => `f32(${value})`,
  int: (name, value) => `let ${name} = ${value};`,
  variable: (name, value) => `var ${name} : f32 = ${value};`,
  loop: (variable, bound, body) => [`for (var ${variable} = 0; ${variable} < ${bound}; ${variable} = ${variable} + 1) {`, ...body.map((line) => `  ${line}`), '}'],
  read: (name, index) => `${name}[${index}]`,
  readElement: (name, _row, _column, index) => `${name}[${index}]`,
  readGroup: (group, slot, count) => `g[${group} * ${count} + ${slot}]`,
  uniform: (name) => `uniforms.${name}`,
};

const UNIFORM_INTS = ['viewOuter', 'viewAcross', 'viewKept', 'viewWithin', 'threadCount'] as const;

type Uniforms = { ints: Record<string, number>; floats: readonly number[] };

/** Dispatches one generated shader: `threads` (groups, elements or weight indices) bound to threadCount. */
function dispatch(backend: WebGPUBackend, key: string, userCode: string, workgroups: number, threads: number, size: number,
  inputs: ReadonlyArray<[string, TensorInfo]>, uniforms: Uniforms): TensorInfo {
  const fields = [...UNIFORM_INTS.map((name) => `${name} : i32,`), ...uniforms.floats.map((_, n) => `p${n} : f32,`)];
  const program: WebGPUProgram = {
    outputShape: [size],
    shaderKey: `layerkit_${key}`,
    dispatchLayout: { x: [0] },
    dispatch: [Math.max(workgroups, 1), 1, 1],
    variableNames: inputs.map(([name]) => name),
    workgroupSize: [WORKGROUP_SIZE, 1, 1],
    size: true,
    uniforms: fields.join(' '),
    getUserCode: () => userCode,
  };
  const values = [
    ...UNIFORM_INTS.map((name) => ({ type: 'int32' as const, data: [name === 'threadCount' ? threads : uniforms.ints[name]] })),
    ...uniforms.floats.map((v) => ({ type: 'float32' as const, data: [v] })),
  ];
  return backend.runWebGPUProgram(program, inputs.map(([, info]) => flatView(info)), 'float32', values);
}

const workgroupCodes = new Map<string, GpuReductionCode>();

/** The workgroup form's shader of a program, made once per form and lane count. */
function workgroupCode(program: ReductionProgram, lanes: LanesPerGroup, form: WorkgroupForm, written: readonly string[]) {
  const key = `${program.key}_${form}_lanes${lanes}`;
  let code = workgroupCodes.get(key);
  if (!code) {
    code = workgroupReductionCode(program, dialect, lanes, form, written);
    workgroupCodes.set(key, code);
  }
  return { key, code };
}

/** Runs the workgroup form: `groups` groups, `64 / lanes` to a workgroup. */
function runWorkgroup(backend: WebGPUBackend, program: ReductionProgram, lanes: LanesPerGroup, form: WorkgroupForm, written: readonly string[],
  groups: number, size: number, inputs: ReadonlyArray<[string, TensorInfo]>, uniforms: Uniforms): TensorInfo {
  const { key, code } = workgroupCode(program, lanes, form, written);
  const reads = inputsRead(code, dialect, inputs.map(([name]) => name));
  const workgroups = Math.ceil(groups / (REDUCTION_WORKGROUP_SIZE / lanes));
  return dispatch(backend, key, code.body, workgroups, groups, size, inputs.filter(([name]) => reads.has(name)), uniforms);
}

function gpu(backend: WebGPUBackend, lanes: LanesPerGroup | null): GpuProgramRunner<TensorInfo> {
  return {
    dialect,
    // The statistics thread of a group writes all its values.
    store: (n, count, value) => `setOutputAtIndex(groupIndex * ${count} + ${n}, ${value});`,
    run(key, kind, code, value, threads, size, _count, inputs, uniforms) {
      const thread = kind === 'statistics' || kind === 'group' ? 'groupIndex' : kind === 'output' ? 'index' : 'c';
      const finish = kind === 'statistics' ? '' : `setOutputAtIndex(${thread}, ${value});`;
      const userCode = `${dialect.helpers(code.ops)}
fn main(${thread} : i32) {
  if (${thread} < uniforms.threadCount) {
${code.body.split('\n').map((line) => `    ${line}`).join('\n')}
    ${finish}
  }
}`;
      return dispatch(backend, key, userCode, Math.ceil(threads / WORKGROUP_SIZE), threads, size, inputs, uniforms);
    },
    upload: (values) => (backend as unknown as { makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo }).makeTensorInfo([values.length], 'float32', values),
    dispose: (info) => (backend as unknown as { disposeData(dataId: object): void }).disposeData(info.dataId),
    ...(lanes === null ? {} : {
      statistics: (program: ReductionProgram, written: readonly string[], groups: number, inputs: ReadonlyArray<[string, TensorInfo]>, uniforms: Uniforms) =>
        runWorkgroup(backend, program, lanes, 'statistics', written, groups, groups * written.length, inputs, uniforms),
    }),
  };
}

export interface WebGPUReductionOptions {
  /**
   * 'workgroup' (the default): lanes of a workgroup share each group, and a program with one
   * x-shaped output and nothing else runs in one dispatch (webgpu-workgroup-reduction.ts).
   * 'thread-per-group': a statistics program with one thread per group, then the output
   * programs — the form webgl runs, kept to compare against.
   */
  readonly form?: 'workgroup' | 'thread-per-group';
  /** Lanes per group in the workgroup form; chosen per call from the view when absent. */
  readonly lanesPerGroup?: LanesPerGroup;
}

/** Runs a reduction program on webgpu (the runner's work, with its choices open to tests and benchmarks). */
export function runWebGPUReduction(
  backendInstance: unknown, program: ReductionProgram, view: ReductionViewShape, elements: readonly TensorInfo[],
  weights: readonly TensorInfo[], params: readonly number[], options: WebGPUReductionOptions = {},
): TensorInfo[] {
  const backend = backendInstance as WebGPUBackend;
  const [outer, across, kept, within] = view;
  const groups = outer * kept;
  const size = groups * across * within;
  const lanes = options.form === 'thread-per-group' ? null : options.lanesPerGroup ?? chooseLanesPerGroup(groups, across * within);
  let results: TensorInfo[];
  if (lanes !== null && size > 0 && chooseWorkgroupForm(program) === 'outputs') {
    const inputs = [
      ...elements.map((info, n): [string, TensorInfo] => [`e${n}`, info]),
      ...weights.map((info, n): [string, TensorInfo] => [`w${n}`, info]),
    ];
    const uniforms = { ints: { viewOuter: outer, viewAcross: across, viewKept: kept, viewWithin: within }, floats: params };
    results = [runWorkgroup(backend, program, lanes, 'outputs', [], groups, size, inputs, uniforms)];
  } else {
    results = runGpuReduction(gpu(backend, lanes), program, view, elements, weights, params);
  }
  return results.map((info, n) => shaped(info, resultShape(program, view, elements[0].shape, n)));
}

/** Reductions on webgpu: generated WGSL, a workgroup per group or a share of one (webgpu-workgroup-reduction.ts). */
export const webgpuReductionRunner: ReductionRunner = {
  run: (backend, program, view, elements, weights, params) => runWebGPUReduction(backend, program, view, elements, weights, params),
};
