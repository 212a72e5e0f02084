import { gpuLeaves } from './gpu-leaves.js';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { printExpressions } from '../printer.js';
import type { ElementwiseProgram } from '../program.js';
import { wgsl, wgslHelperSource } from '../targets/wgsl.js';
import { rowsAndWidth } from '../program.js';
import type { ElementwiseRunner } from './types.js';

/** The surface of tfjs-backend-webgpu's WebGPUBackend that layerkit uses (duck-typed). */
export interface WebGPUBackend {
  runWebGPUProgram(
    program: object,
    inputs: TensorInfo[],
    dtype: 'float32',
    programUniforms?: Array<{ type: 'float32' | 'int32'; data: number[] }>,
  ): TensorInfo;
  disposeData(dataId: object): boolean;
  readonly device?: { readonly limits?: { readonly maxStorageBuffersPerShaderStage?: number } };
}

/**
 * A program as runWebGPUProgram takes it. tfjs writes `shaderKey` (extending it with ranks and
 * dtypes) and `dispatch` into the object it runs, so every call gets a fresh one; the WGSL
 * text is cached here and tfjs caches the compiled pipeline by key.
 */
export interface WebGPUProgram {
  outputShape: number[];
  shaderKey: string;
  dispatchLayout: { x: number[]; y?: number[]; z?: number[] };
  dispatch: [number, number, number];
  variableNames: string[];
  workgroupSize: [number, number, number];
  size: boolean;
  uniforms?: string;
  getUserCode(): string;
}

export const WORKGROUP_SIZE = 64;

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Storage buffers are flat, so a view with a flat shape reads the same buffer unchanged. */
export const flatView = (info: TensorInfo): TensorInfo => ({ dataId: info.dataId, shape: [sizeOf(info.shape)], dtype: info.dtype });
export const shaped = (result: TensorInfo, shape: readonly number[]): TensorInfo => ({ dataId: result.dataId, shape: [...shape], dtype: result.dtype });

/** A 1D dispatch of `size` threads; tfjs folds it into y and z past the per-dimension limit. */
export function flatDispatch(size: number, workgroupSize: number): [number, number, number] {
  return [Math.ceil(size / workgroupSize), 1, 1];
}

const userCodeCache = new Map<string, string>();

/**
 * WebGPU's default limit of storage buffers per shader stage (tfjs-backend-webgpu does not ask
 * for more): the inputs and the output together.
 */
const DEFAULT_STORAGE_BUFFERS = 8;

/**
 * The compute shader body of a program: one thread per output element. `packed`: the channel
 * params come as one buffer `params` of [params × channels] (rational's ten coefficients would
 * exceed the storage-buffer limit as ten buffers).
 */
export function wgslUserCode(program: ElementwiseProgram, packed = false): string {
  const key = packed ? `${program.key}__packed` : program.key;
  const cached = userCodeCache.get(key);
  if (cached !== undefined) return cached;
  const channel = program.paramMode === 'channel';
  const { statements, values, ops } = printExpressions(wgsl, program.outputs, gpuLeaves(program));
  const paramReads = program.params.map((_, i) => (!channel
    ? `let param${i}Value = uniforms.param${i};`
    : packed ? `let param${i}Value = params[${i} * uniforms.channels + channel];` : `let param${i}Value = param${i}[channel];`));
  let addressing: string;
  let store: string;
  if (program.layout === 'elementwise') {
    addressing = [
      channel ? 'let channel = index % uniforms.channels;' : '',
      ...program.inputs.map((_, i) => `let input${i}Value = input${i}[index];`),
    ].join('\n      ');
    store = `setOutputAtIndex(index, ${values[0]});`;
  } else if (program.layout === 'gated-forward') {
    addressing = `let halfWidth = uniforms.halfWidth;
      let row = index / halfWidth;
      let column = index - row * halfWidth;
      let channel = column;
      let base = 2 * row * halfWidth + column;
      let aValue = input0[base];
      let bValue = input0[base + halfWidth];`;
    store = `setOutputAtIndex(index, ${values[0]});`;
  } else {
    addressing = `let halfWidth = uniforms.halfWidth;
      let row = index / (2 * halfWidth);
      let offset = index - row * 2 * halfWidth;
      let isFirstHalf = offset < halfWidth;
      let column = select(offset - halfWidth, offset, isFirstHalf);
      let channel = column;
      let base = 2 * row * halfWidth + column;
      let aValue = input0[base];
      let bValue = input0[base + halfWidth];
      let dyValue = input1[row * halfWidth + column];`;
    store = `setOutputAtIndex(index, select(${values[1]}, ${values[0]}, isFirstHalf));`;
  }
  const code = `${wgslHelperSource(ops)}
fn main(index : i32) {
    if (index < uniforms.size) {
      ${addressing}
      ${paramReads.join('\n      ')}
      ${statements.join('\n      ')}
      ${store}
    }
}`;
  userCodeCache.set(key, code);
  return code;
}

/** [a, b] concatenated on the GPU: packs channel params into one buffer, two at a time. */
function concatenate(backend: WebGPUBackend, first: TensorInfo, second: TensorInfo): TensorInfo {
  const size = sizeOf(first.shape) + sizeOf(second.shape);
  const program: WebGPUProgram = {
    outputShape: [size],
    shaderKey: 'layerkit_pack_params',
    dispatchLayout: { x: [0] },
    dispatch: flatDispatch(size, WORKGROUP_SIZE),
    variableNames: ['first', 'second'],
    workgroupSize: [WORKGROUP_SIZE, 1, 1],
    size: true,
    uniforms: 'firstSize : i32,',
    getUserCode: () => `
fn main(index : i32) {
    if (index < uniforms.size) {
      if (index < uniforms.firstSize) {
        setOutputAtIndex(index, first[index]);
      } else {
        setOutputAtIndex(index, second[index - uniforms.firstSize]);
      }
    }
}`,
  };
  return backend.runWebGPUProgram(program, [flatView(first), flatView(second)], 'float32', [{ type: 'int32', data: [sizeOf(first.shape)] }]);
}

/**
 * One compute shader per program, one dispatch per call. Uniform-mode params and the row
 * width are uniforms, and tfjs keys pipelines by rank, so a new shape reuses the pipeline.
 */
export const webgpuRunner: ElementwiseRunner = {
  run(backendInstance, program, tensors, params, outShape) {
    const backend = backendInstance as WebGPUBackend;
    const channel = program.paramMode === 'channel';
    const gated = program.layout !== 'elementwise';
    const [, width] = rowsAndWidth(program, outShape, tensors[0].shape);
    const inputs = tensors.map(flatView);
    const variableNames = inputs.map((_, i) => `input${i}`);
    const uniformFields: string[] = [];
    const uniformValues: Array<{ type: 'float32' | 'int32'; data: number[] }> = [];
    const limit = backend.device?.limits?.maxStorageBuffersPerShaderStage ?? DEFAULT_STORAGE_BUFFERS;
    const packed = channel && inputs.length + params.length + 1 > limit;
    const temporaries: TensorInfo[] = [];
    if (packed) {
      let all = (params as readonly TensorInfo[])[0];
      for (const param of (params as readonly TensorInfo[]).slice(1)) {
        const next = concatenate(backend, all, param);
        temporaries.push(next);
        all = next;
      }
      inputs.push(flatView(all));
      variableNames.push('params');
    } else if (channel) {
      (params as readonly TensorInfo[]).forEach((param, i) => {
        inputs.push(flatView(param));
        variableNames.push(`param${i}`);
      });
    } else {
      (params as readonly number[]).forEach((value, i) => {
        uniformFields.push(`param${i} : f32,`);
        uniformValues.push({ type: 'float32', data: [value] });
      });
    }
    if (gated) {
      uniformFields.push('halfWidth : i32,');
      uniformValues.push({ type: 'int32', data: [width] });
    } else if (channel) {
      uniformFields.push('channels : i32,');
      uniformValues.push({ type: 'int32', data: [width] });
    }
    const size = sizeOf(outShape);
    const userCode = wgslUserCode(program, packed);
    const webgpuProgram: WebGPUProgram = {
      outputShape: [size],
      shaderKey: `layerkit_${program.key}${packed ? '__packed' : ''}`,
      dispatchLayout: { x: [0] },
      dispatch: flatDispatch(size, WORKGROUP_SIZE),
      variableNames,
      workgroupSize: [WORKGROUP_SIZE, 1, 1],
      size: true,
      ...(uniformFields.length ? { uniforms: uniformFields.join(' ') } : {}),
      getUserCode: () => userCode,
    };
    const result = backend.runWebGPUProgram(webgpuProgram, inputs, 'float32', uniformValues);
    // The packed copies are the backend's own buffers: freed once the program has been queued.
    for (const temporary of temporaries) backend.disposeData(temporary.dataId);
    return shaped(result, outShape);
  },
};
