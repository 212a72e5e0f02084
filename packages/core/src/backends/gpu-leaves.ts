import type { Leaves } from '../printer.js';
import type { ElementwiseProgram } from '../program.js';

/**
 * The shader variable each expression leaf reads, shared by the GLSL and WGSL programs: the
 * program body binds `input0Value` …, `param0Value` …, and for gated layouts `aValue`, `bValue`
 * and `dyValue`, before the printed expression.
 */
export function gpuLeaves(program: ElementwiseProgram): Leaves {
  const gated = program.layout !== 'elementwise';
  return {
    param: (name) => `param${program.params.indexOf(name)}Value`,
    input: (name) => {
      if (!gated) return `input${program.inputs.indexOf(name)}Value`;
      if (name === 'a' || name === 'b' || name === 'dy') return `${name}Value`;
      throw new Error(`${program.key}: a gated program reads inputs a, b and dy, got '${name}'`);
    },
  };
}
