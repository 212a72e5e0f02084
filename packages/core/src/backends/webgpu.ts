import { gpuLeaves } from './gpu-leaves.js';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { printExpressions } from '../printer.js';
import type { ElementwiseProgram } from '../program.js';
import { wgsl, wgslHelperSource } from '../targets/wgsl.js';
import { rowsAndWidth } from './cpu.js';
import type { ElementwiseRunner } from './types.js';

/** The surface of tfjs-backend-webgpu's WebGPUBackend that layerkit uses (duck-typed). */
export interface WebGPUBackend {
  runWebGPUProgram(
    program: object,
    inputs: TensorInfo[],
    dtype: 'float32',
    programUniforms?: Array<{ type: 'float32' | 'int32'; data: number[] }>,
  ): TensorInfo;
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

/** The compute shader body of a program: one thread per output element. */
export function wgslUserCode(program: ElementwiseProgram): string {
  const cached = userCodeCache.get(program.key);
  if (cached !== undefined) return cached;
  const channel = program.paramMode === 'channel';
  const { statements, values, ops } = printExpressions(wgsl, program.outputs, gpuLeaves(program));
  const paramReads = program.params.map((_, i) => (channel
    ? `let param${i}Value = param${i}[channel];`
    : `let param${i}Value = uniforms.param${i};`));
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
  userCodeCache.set(program.key, code);
  return code;
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
    if (channel) {
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
    const userCode = wgslUserCode(program);
    const webgpuProgram: WebGPUProgram = {
      outputShape: [size],
      shaderKey: `layerkit_${program.key}`,
      dispatchLayout: { x: [0] },
      dispatch: flatDispatch(size, WORKGROUP_SIZE),
      variableNames,
      workgroupSize: [WORKGROUP_SIZE, 1, 1],
      size: true,
      ...(uniformFields.length ? { uniforms: uniformFields.join(' ') } : {}),
      getUserCode: () => userCode,
    };
    return shaped(backend.runWebGPUProgram(webgpuProgram, inputs, 'float32', uniformValues), outShape);
  },
};
