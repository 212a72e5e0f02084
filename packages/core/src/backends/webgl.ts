import { gpuLeaves } from './gpu-leaves.js';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { printExpressions } from '../printer.js';
import type { ElementwiseProgram } from '../program.js';
import { glsl, glslHelperSource } from '../targets/glsl.js';
import { rowsAndWidth } from '../program.js';
import type { ElementwiseRunner } from './types.js';

/** The surface of tfjs-backend-webgl's MathBackendWebGL that layerkit uses (duck-typed). */
export interface WebGLBackend {
  texData: { get(dataId: object): { isPacked?: boolean } | undefined };
  runWebGLProgram(program: object, inputs: TensorInfo[], dtype: 'float32', customUniformValues?: number[][]): TensorInfo;
  unpackTensor(input: TensorInfo): TensorInfo;
  disposeIntermediateTensorInfo(info: TensorInfo): void;
}

/** A GPGPUProgram as tfjs-backend-webgl's runWebGLProgram takes it. */
export interface WebGLProgram {
  variableNames: string[];
  outputShape: number[];
  userCode: string;
  packedInputs: false;
  packedOutput: false;
  /**
   * Shapes arrive as uniforms, so tfjs's binary cache key depends on a few shape booleans
   * (is the texture one row?) rather than on the shape: a new size reuses the compiled shader.
   */
  enableShapeUniforms: true;
  customUniforms: Array<{ name: string; type: 'float' | 'int' }>;
}

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Views a tensor as a flat vector over the same texture. Packed textures are unpacked first
 * (with their own shape) because a packed texel layout depends on the logical shape; an
 * unpacked texture is row-major, so any reshape of it is free.
 */
export function flatView(backend: WebGLBackend, info: TensorInfo, temporaries: TensorInfo[]): TensorInfo {
  let source = info;
  if (backend.texData.get(info.dataId)?.isPacked) {
    source = backend.unpackTensor(info);
    temporaries.push(source);
  }
  return { dataId: source.dataId, shape: [sizeOf(info.shape)], dtype: info.dtype };
}

/** The backend's result, viewed with the caller's shape (the texture is unpacked, so free). */
export function shaped(result: TensorInfo, shape: readonly number[]): TensorInfo {
  return { dataId: result.dataId, shape: [...shape], dtype: result.dtype };
}

const userCodeCache = new Map<string, string>();

/**
 * The fragment shader body of a program: one output element per fragment, inputs read through
 * tfjs's flat samplers (`getInput0(index)`), which handle any texture shape, so tensors of 2^22
 * elements and more (spread over a 2D texture) need nothing special here.
 */
export function glslUserCode(program: ElementwiseProgram): string {
  const cached = userCodeCache.get(program.key);
  if (cached !== undefined) return cached;
  const channel = program.paramMode === 'channel';
  const { statements, values, ops } = printExpressions(glsl, program.outputs, gpuLeaves(program));
  const paramReads = program.params.map((_, i) => (channel
    ? `float param${i}Value = getParam${i}(channel);`
    : `float param${i}Value = param${i};`));
  let addressing: string;
  let store: string;
  if (program.layout === 'elementwise') {
    addressing = [
      channel ? 'int channel = imod(index, channels);' : '',
      ...program.inputs.map((_, i) => `float input${i}Value = getInput${i}(index);`),
    ].join('\n    ');
    store = `setOutput(${values[0]});`;
  } else if (program.layout === 'gated-forward') {
    // out[r, j] reads a = x[r, j] and b = x[r, h + j].
    addressing = `int row = index / halfWidth;
    int column = index - row * halfWidth;
    int channel = column;
    int base = 2 * row * halfWidth + column;
    float aValue = getInput0(base);
    float bValue = getInput0(base + halfWidth);`;
    store = `setOutput(${values[0]});`;
  } else {
    // out[r, j] = da and out[r, h + j] = db: each fragment computes both and keeps its own.
    addressing = `int row = index / (2 * halfWidth);
    int offset = index - row * 2 * halfWidth;
    bool first = offset < halfWidth;
    int column = first ? offset : offset - halfWidth;
    int channel = column;
    int base = 2 * row * halfWidth + column;
    float aValue = getInput0(base);
    float bValue = getInput0(base + halfWidth);
    float dyValue = getInput1(row * halfWidth + column);`;
    store = `setOutput(first ? ${values[0]} : ${values[1]});`;
  }
  const code = `${glslHelperSource(ops)}
void main() {
    int index = getOutputCoords();
    ${addressing}
    ${paramReads.join('\n    ')}
    ${statements.join('\n    ')}
    ${store}
}`;
  userCodeCache.set(program.key, code);
  return code;
}

/**
 * One fragment shader per program, one pass per call. Uniform-mode params and the row width
 * are uniforms, so neither a new param value nor a new shape compiles a new shader.
 */
export const webglRunner: ElementwiseRunner = {
  run(backendInstance, program, tensors, params, outShape) {
    const backend = backendInstance as WebGLBackend;
    const temporaries: TensorInfo[] = [];
    const channel = program.paramMode === 'channel';
    const [, width] = rowsAndWidth(program, outShape, tensors[0].shape);
    const gated = program.layout !== 'elementwise';
    const inputs = tensors.map((tensor) => flatView(backend, tensor, temporaries));
    const variableNames = inputs.map((_, i) => `input${i}`);
    const customUniforms: WebGLProgram['customUniforms'] = [];
    const uniformValues: number[][] = [];
    if (channel) {
      (params as readonly TensorInfo[]).forEach((param, i) => {
        inputs.push(flatView(backend, param, temporaries));
        variableNames.push(`param${i}`);
      });
    } else {
      (params as readonly number[]).forEach((value, i) => {
        customUniforms.push({ name: `param${i}`, type: 'float' });
        uniformValues.push([value]);
      });
    }
    if (gated) {
      customUniforms.push({ name: 'halfWidth', type: 'int' });
      uniformValues.push([width]);
    } else if (channel) {
      customUniforms.push({ name: 'channels', type: 'int' });
      uniformValues.push([width]);
    }
    const webglProgram: WebGLProgram = {
      variableNames,
      outputShape: [sizeOf(outShape)],
      userCode: glslUserCode(program),
      packedInputs: false,
      packedOutput: false,
      enableShapeUniforms: true,
      customUniforms,
    };
    try {
      const result = backend.runWebGLProgram(webglProgram, inputs, 'float32', uniformValues);
      return shaped(result, outShape);
    } finally {
      for (const temporary of temporaries) backend.disposeIntermediateTensorInfo(temporary);
    }
  },
};
