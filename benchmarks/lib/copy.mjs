// The bandwidth floor: a copy of the same bytes on the same backend, produced as a tensor the
// way a kernel's output is. tfjs's Identity is no floor on cpu, webgl and webgpu (it shares the
// input's data, copying nothing), so each backend gets an honest copy of its own:
// - cpu:    Float32Array.prototype.slice of the input's values, wrapped as a tensor;
// - wasm:   tf.clone → the wasm Identity kernel, a TypedArray.set inside tfjs-wasm's memory;
// - webgl:  a pass-through GPGPUProgram (setOutput(getAAtOutCoords())) through runWebGLProgram;
// - webgpu: a pass-through WGSL program (setOutputAtIndex(i, getAByOutputIndex(i))) through runWebGPUProgram.

export const COPY_METHODS = {
  cpu: 'Float32Array.slice() of the input values, wrapped as a tensor',
  wasm: 'tf.clone → wasm Identity kernel (TypedArray.set inside the wasm heap)',
  webgl: 'pass-through GPGPUProgram via backend.runWebGLProgram',
  webgpu: 'pass-through WGSL program via backend.runWebGPUProgram',
};

export function copyFor(tf, core, backendName) {
  const label = `copy: ${COPY_METHODS[backendName] ?? 'tf.clone'}`;
  if (backendName === 'cpu') {
    return { label, run: (x) => tf.tensor(x.dataSync().slice(), x.shape, 'float32') };
  }
  if (backendName === 'webgl') {
    return {
      label,
      run: (x) => {
        const program = { variableNames: ['A'], outputShape: x.shape.slice(), userCode: 'void main() { setOutput(getAAtOutCoords()); }' };
        return tf.engine().makeTensorFromTensorInfo(tf.backend().runWebGLProgram(program, [x], 'float32'));
      },
    };
  }
  if (backendName === 'webgpu') {
    return {
      label,
      run: (x) => {
        const size = x.size;
        const workgroup = 128;
        const groups = Math.ceil(size / workgroup);
        // Dispatches beyond 65535 workgroups wrap into y, as tfjs's computeDispatch does.
        const dispatch = groups > 65535 ? [65535, Math.ceil(groups / 65535), 1] : [groups, 1, 1];
        const program = {
          variableNames: ['A'], outputShape: [size], shaderKey: 'layerkitBenchCopy', size: true,
          dispatchLayout: { x: [0] }, dispatch, workgroupSize: [workgroup, 1, 1],
          getUserCode: () => `
            fn main(index : i32) {
              if (index < uniforms.size) { setOutputAtIndex(index, getAByOutputIndex(index)); }
            }`,
        };
        const flat = tf.reshape(x, [size]);
        const out = tf.engine().makeTensorFromTensorInfo(tf.backend().runWebGPUProgram(program, [flat], 'float32'));
        flat.dispose();
        const shaped = tf.reshape(out, x.shape);
        out.dispose();
        return shaped;
      },
    };
  }
  return { label, run: (x) => tf.clone(x) };
}
