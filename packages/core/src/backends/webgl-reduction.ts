import type { TensorInfo } from '@tensorflow/tfjs-core';
import { glsl, glslHelperSource } from '../targets/glsl.js';
import { resultShape, runGpuReduction, type GpuDialect, type GpuProgramRunner } from './gpu-reduction.js';
import type { ReductionRunner } from './types.js';
import { flatView, shaped, type WebGLBackend, type WebGLProgram } from './webgl.js';

const capitalized = (name: string) => name[0].toUpperCase() + name.slice(1);

const dialect: GpuDialect = {
  target: glsl,
  helpers: glslHelperSource,
  float: (value) => `float(${value})`,
  int: (name, value) => `int ${name} = ${value};`,
  variable: (name, value) => `float ${name} = ${value};`,
  loop: (variable, bound, body) => [`for (int ${variable} = 0; ${variable} < ${bound}; ${variable}++) {`, ...body.map((line) => `  ${line}`), '}'],
  // tfjs's flat samplers (getE0(index)) read any texture shape.
  read: (name, index) => `get${capitalized(name)}(${index})`,
  // Element inputs and the statistics keep their 2D shapes: a (row, column) read costs less than
  // tfjs's flat-index sampler, which divides to find the texel.
  readElement: (name, row, column) => `get${capitalized(name)}(${row}, ${column})`,
  readGroup: (group, slot) => `getG(${group}, ${slot})`,
  uniform: (name) => name,
};

const UNIFORM_INTS = ['viewOuter', 'viewAcross', 'viewKept', 'viewWithin'] as const;

/** An element input as an unpacked [rows, within] texture (the kernels' layout), unpacked first if packed. */
function matrixView(backend: WebGLBackend, info: TensorInfo, temporaries: TensorInfo[]): TensorInfo {
  if (!backend.texData.get(info.dataId)?.isPacked) return info;
  const unpacked = backend.unpackTensor(info);
  temporaries.push(unpacked);
  return unpacked;
}

function gpu(backend: WebGLBackend, temporaries: TensorInfo[]): GpuProgramRunner<TensorInfo> {
  return {
    dialect,
    // A fragment writes one float: each computes its group's statistics and keeps its own slot.
    store: (n, _count, value) => `if (slot == ${n}) { result = ${value}; }`,
    run(_key, kind, code, value, _threads, size, count, inputs, uniforms) {
      const indented = code.body.split('\n').map((line) => `  ${line}`).join('\n');
      const main = kind === 'statistics'
        ? `  ivec2 coords = getOutputCoords();\n  int groupIndex = coords.x;\n  int slot = coords.y;\n  float result = 0.0;\n${indented}\n  setOutput(result);`
        : `  int ${kind === 'output' ? 'index' : kind === 'group' ? 'groupIndex' : 'c'} = getOutputCoords();\n${indented}\n  setOutput(${value});`;
      const userCode = `${dialect.helpers(code.ops)}\nvoid main() {\n${main}\n}`;
      // Only the params the shader reads: tfjs caches compiled shaders by source and uses the
      // cached program's uniform list, so two programs with one source must declare the same.
      const used = uniforms.floats.map((_, n) => n).filter((n) => new RegExp(`\\bp${n}\\b`).test(userCode));
      const program: WebGLProgram = {
        variableNames: inputs.map(([name]) => name),
        outputShape: kind === 'statistics' ? [size / count, count] : [size],
        userCode,
        packedInputs: false,
        packedOutput: false,
        enableShapeUniforms: true,
        customUniforms: [
          ...UNIFORM_INTS.map((name) => ({ name, type: 'int' as const })),
          ...used.map((n) => ({ name: `p${n}`, type: 'float' as const })),
        ],
      };
      const views = inputs.map(([name, info]) => (name === 'g' ? info : name.startsWith('e') ? matrixView(backend, info, temporaries) : flatView(backend, info, temporaries)));
      return backend.runWebGLProgram(program, views, 'float32', [
        ...UNIFORM_INTS.map((name) => [uniforms.ints[name]]),
        ...used.map((n) => [uniforms.floats[n]]),
      ]);
    },
    upload: (values) => (backend as unknown as { makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo }).makeTensorInfo([values.length], 'float32', values),
    dispose: (info) => backend.disposeIntermediateTensorInfo(info),
  };
}

/** Reductions on webgl: generated GLSL for the statistics, outputs and column sums. */
export const webglReductionRunner: ReductionRunner = {
  run(backendInstance, program, view, elements, weights, params) {
    const backend = backendInstance as WebGLBackend;
    const temporaries: TensorInfo[] = [];
    try {
      const results = runGpuReduction(gpu(backend, temporaries), program, view, elements, weights, params);
      return results.map((info, n) => shaped(info, resultShape(program, view, elements[0].shape, n)));
    } finally {
      for (const temporary of temporaries) backend.disposeIntermediateTensorInfo(temporary);
    }
  },
};
