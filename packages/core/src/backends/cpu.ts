import type { TensorInfo } from '@tensorflow/tfjs-core';
import { erf64, evaluate } from '../expr.js';
import { printExpressions } from '../printer.js';
import { rowsAndWidth, type ElementwiseProgram } from '../program.js';
import { javascript } from '../targets/javascript.js';
import type { ElementwiseRunner } from './types.js';

/** The cpu backend's surface that layerkit uses (tfjs-backend-cpu's MathBackendCPU). */
interface CpuBackend {
  data: { get(dataId: object): { values: unknown } };
  makeTensorInfo(shape: number[], dtype: 'float32', values?: Float32Array): TensorInfo;
  readSync(dataId: object): unknown;
}

type CompiledKernel = (out: Float32Array, tensors: Float32Array[], params: Array<number | Float32Array>, rows: number, width: number) => void;

const RUNTIME = {
  erf: erf64,
  sigmoid: (v: number) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v))),
  // NaN-propagating, as in tfjs's Maximum/Minimum.
  max: (a: number, b: number) => (a > b || Number.isNaN(a) ? a : b),
  min: (a: number, b: number) => (a < b || Number.isNaN(a) ? a : b),
};

const compiled = new Map<string, CompiledKernel>();

/**
 * Builds the loop of a program as JavaScript source. Channel-mode params and gated layouts
 * walk rows and columns so no index needs a modulo.
 */
export function javascriptSource(program: ElementwiseProgram): string {
  const channel = program.paramMode === 'channel';
  const paramText = (name: string) => {
    const index = program.params.indexOf(name);
    return channel ? `p${index}[j]` : `p${index}`;
  };
  const unpackParams = program.params.map((_, i) => `const p${i} = params[${i}];`).join('\n');
  if (program.layout === 'elementwise') {
    const unpack = program.inputs.map((name, i) => `const in_${name} = tensors[${i}];`).join('\n');
    const { statements, values } = printExpressions(javascript, program.outputs, {
      input: (name) => `in_${name}[i]`,
      param: paramText,
    });
    return `${unpack}\n${unpackParams}
for (let r = 0, i = 0; r < rows; r++) {
  for (let j = 0; j < width; j++, i++) {
    ${statements.join('\n    ')}
    out[i] = ${values[0]};
  }
}`;
  }
  const half = 'width';
  const { statements, values } = printExpressions(javascript, program.outputs, {
    input: (name) => ({ a: 'x[row2 + j]', b: `x[row2 + ${half} + j]`, dy: 'dy[row + j]' } as Record<string, string>)[name]
      ?? fail(program, name),
    param: paramText,
  });
  const body = program.layout === 'gated-forward'
    ? `out[row + j] = ${values[0]};`
    : `out[row2 + j] = ${values[0]};\n    out[row2 + ${half} + j] = ${values[1]};`;
  return `const x = tensors[0];\nconst dy = tensors[1];\n${unpackParams}
for (let r = 0; r < rows; r++) {
  const row = r * ${half}, row2 = 2 * r * ${half};
  for (let j = 0; j < ${half}; j++) {
    ${statements.join('\n    ')}
    ${body}
  }
}`;
}

function fail(program: ElementwiseProgram, name: string): never {
  throw new Error(`${program.key}: a gated program reads inputs a, b and dy, got '${name}'`);
}

function compile(program: ElementwiseProgram): CompiledKernel {
  let kernel = compiled.get(program.key);
  if (kernel) return kernel;
  const source = javascriptSource(program);
  try {
    const factory = new Function('runtime', `const { erf, sigmoid, max, min } = runtime;
return function ${program.key}(out, tensors, params, rows, width) {\n${source}\n};`);
    kernel = factory(RUNTIME) as CompiledKernel;
  } catch {
    // Content-security policies can forbid `new Function`: interpret the expression instead.
    kernel = interpreted(program);
  }
  compiled.set(program.key, kernel);
  return kernel;
}

/** The same loops, evaluating the expression tree per element (slow, but needs no codegen). */
function interpreted(program: ElementwiseProgram): CompiledKernel {
  return (out, tensors, params, rows, width) => {
    const channel = program.paramMode === 'channel';
    const paramValues = (j: number) => Object.fromEntries(program.params.map((name, k) => [
      name, channel ? (params[k] as Float32Array)[j] : (params[k] as number),
    ]));
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < width; j++) {
        if (program.layout === 'elementwise') {
          const i = r * width + j;
          const inputs = Object.fromEntries(program.inputs.map((name, k) => [name, tensors[k][i]]));
          out[i] = evaluate(program.outputs[0], inputs, paramValues(j));
        } else {
          const row2 = 2 * r * width;
          const inputs = { a: tensors[0][row2 + j], b: tensors[0][row2 + width + j], dy: tensors[1]?.[r * width + j] ?? 0 };
          if (program.layout === 'gated-forward') out[r * width + j] = evaluate(program.outputs[0], inputs, paramValues(j));
          else {
            out[row2 + j] = evaluate(program.outputs[0], inputs, paramValues(j));
            out[row2 + width + j] = evaluate(program.outputs[1], inputs, paramValues(j));
          }
        }
      }
    }
  };
}

export const cpuRunner: ElementwiseRunner = {
  run(backendInstance, program, tensors, params, outShape) {
    const backend = backendInstance as CpuBackend;
    const values = (info: TensorInfo) => backend.readSync(info.dataId) as Float32Array;
    const size = outShape.reduce((a, b) => a * b, 1);
    const out = new Float32Array(size);
    const [rows, width] = rowsAndWidth(program, outShape, tensors[0].shape);
    const paramValues = program.paramMode === 'channel'
      ? (params as readonly TensorInfo[]).map(values)
      : [...(params as readonly number[])];
    compile(program)(out, tensors.map(values), paramValues, rows, width);
    return backend.makeTensorInfo([...outShape], 'float32', out);
  },
};
