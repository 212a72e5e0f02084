import type { TensorInfo } from '@tensorflow/tfjs-core';
import { wgsl, wgslHelperSource } from '../targets/wgsl.js';
import { resultShape, runGpuReduction, type GpuDialect, type GpuProgramRunner } from './gpu-reduction.js';
import type { ReductionRunner } from './types.js';
import { flatDispatch, flatView, shaped, WORKGROUP_SIZE, type WebGPUBackend, type WebGPUProgram } from './webgpu.js';

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

function gpu(backend: WebGPUBackend): GpuProgramRunner<TensorInfo> {
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
      const fields = [...UNIFORM_INTS.map((name) => `${name} : i32,`), ...uniforms.floats.map((_, n) => `p${n} : f32,`)];
      const program: WebGPUProgram = {
        outputShape: [size],
        shaderKey: `layerkit_${key}`,
        dispatchLayout: { x: [0] },
        dispatch: flatDispatch(threads, WORKGROUP_SIZE),
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
    },
    upload: (values) => (backend as unknown as { makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo }).makeTensorInfo([values.length], 'float32', values),
    dispose: (info) => (backend as unknown as { disposeData(dataId: object): void }).disposeData(info.dataId),
  };
}

/** Reductions on webgpu: generated WGSL for the statistics, outputs and column sums. */
export const webgpuReductionRunner: ReductionRunner = {
  run(backendInstance, program, view, elements, weights, params) {
    const backend = backendInstance as WebGPUBackend;
    const results = runGpuReduction(gpu(backend), program, view, elements, weights, params);
    return results.map((info, n) => shaped(info, resultShape(program, view, elements[0].shape, n)));
  },
};
