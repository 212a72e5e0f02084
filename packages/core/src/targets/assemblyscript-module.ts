import type { ElementwiseProgram } from '../program.js';
import type { ReductionProgram } from '../reduction-program.js';
import { ASSEMBLYSCRIPT_LIBRARY_EXPORTS } from './assemblyscript.js';
import { assemblyscriptKernel } from './assemblyscript-kernels.js';
import { assemblyscriptReductionKernel } from './assemblyscript-reduction.js';

/**
 * A whole AssemblyScript module: `header` (the generated-file notice), the library import,
 * one kernel per program, and any hand-written sources appended verbatim.
 */
export function assemblyscriptModule(
  header: string,
  programs: readonly ElementwiseProgram[],
  reductions: readonly ReductionProgram[] = [],
  libraryPath = '../lib/math',
): string {
  const keys = new Set<string>();
  for (const program of [...programs, ...reductions]) {
    if (keys.has(program.key)) throw new Error(`assemblyscriptModule: expected unique program keys, got '${program.key}' twice — give each program its own key`);
    keys.add(program.key);
  }
  return `${header}// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
import { ${ASSEMBLYSCRIPT_LIBRARY_EXPORTS.join(', ')} } from '${libraryPath}';

${[...programs.map(assemblyscriptKernel), ...reductions.map(assemblyscriptReductionKernel)].join('\n\n')}
`;
}
