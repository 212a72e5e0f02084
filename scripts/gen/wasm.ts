import { join } from 'node:path';
import {
  allGatedPrograms, allSpecPrograms, programsOf, reductionPrograms, variantCombinations, withActivation,
  type ElementwiseProgram, type ReductionProgram, type ReductionSpec,
} from '@layerkit/core';
import { assemblyscriptModule } from '../../packages/core/src/targets/assemblyscript-module.js';
import { ACTIVATIONS, GATED, REDUCTIONS } from '../../packages/activations/src/registry.js';
import { NORM_ACT_PRESETS, NORMS } from '../../packages/norms/src/registry.js';
import { withSharedMemory } from '../../packages/core/src/wasm/binary.js';
import { compileAssemblyScript } from './wasm-compile.js';
import { header, ROOT, writeGenerated } from './write.js';

/**
 * One wasm module per package: generated kernels for its elementwise programs plus any
 * hand-written AssemblyScript, compiled for a plain memory (and for a shared one, to check that
 * core's patch of the memory import gives exactly that build) and inlined as base64 into
 * `packages/<package>/src/gen/wasm-module.ts`, so no one needs a path to a .wasm file.
 */
export interface WasmPackage {
  /** Package short name: the module is registered under it ('activations', 'norms'). */
  readonly name: string;
  /** Where the programs come from, for the generated-file header. */
  readonly source: string;
  readonly programs: readonly ElementwiseProgram[];
  /** Forward and backward programs of the package's reduction specs. */
  readonly reductions?: readonly ReductionProgram[];
  /** Hand-written AssemblyScript files under assembly/ whose exports the module re-exports. */
  readonly handWritten?: readonly string[];
  /** The exported constant's name in the generated TypeScript module. */
  readonly constant: string;
}

const LINE = 120;

export async function generateWasmPackage(pkg: WasmPackage): Promise<void> {
  const entry = `gen/${pkg.name}.ts`;
  const reexports = (pkg.handWritten ?? []).map((path) => `export * from '../${path.replace(/\.ts$/, '')}';`);
  const source = `${assemblyscriptModule(header(pkg.source), pkg.programs, pkg.reductions)}${reexports.length ? `\n${reexports.join('\n')}\n` : ''}`;
  writeGenerated(join(ROOT, 'assembly', entry), source);
  const [plain, shared] = await Promise.all([
    compileAssemblyScript(entry, { [entry]: source }, 'plain'),
    compileAssemblyScript(entry, { [entry]: source }, 'shared'),
  ]);
  // One binary ships: the shared-memory build must be exactly what core patches from it.
  if (!Buffer.from(withSharedMemory(plain)).equals(Buffer.from(shared))) {
    throw new Error(`gen: the shared-memory build of ${entry} differs from the plain one beyond the memory import — `
      + 'ship both builds again (core/src/wasm/modules.ts) or find which flag changed the code');
  }
  const text = Buffer.from(plain).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += LINE) lines.push(`    '${text.slice(i, i + LINE)}',`);
  const module = `${header(`assembly/${entry} (${pkg.source})`)}
/**
 * The compiled wasm kernels of @layerkit/${pkg.name} (no data segments), as base64, built for
 * tfjs-wasm's plain memory; core patches the memory import for its threaded build's shared
 * memory. Browser entries load this module with a dynamic import(), a chunk of its own.
 */
export const ${pkg.constant} = {
  name: '${pkg.name}',
  bytes: [
${lines.join('\n')}
  ].join(''),
} as const;
`;
  writeGenerated(join(ROOT, `packages/${pkg.name}/src/gen/wasm-module.ts`), module);
}

/** Every package with wasm kernels. A new package adds one entry here. */
export async function generateWasmModules(): Promise<void> {
  await generateWasmPackage({
    name: 'activations',
    source: 'packages/activations/src/registry.ts',
    programs: [
      ...ACTIVATIONS.flatMap((spec) => allSpecPrograms(spec).flatMap(programsOf)),
      ...GATED.flatMap(allGatedPrograms),
    ],
    reductions: allReductionPrograms(REDUCTIONS),
    constant: 'ACTIVATIONS_WASM_MODULE',
  });
  await generateWasmPackage({
    name: 'norms',
    source: 'packages/norms/src/registry.ts',
    programs: [],
    reductions: allReductionPrograms([
      ...NORMS.flatMap((norm) => [norm.spec, ...(norm.forms ?? [])]),
      // NormAct's wasm kernels: the preset pairs at the activation's defaults (norm-act.ts).
      ...NORM_ACT_PRESETS.map(([spec, name]) => withActivation(spec, ACTIVATIONS.find((a) => a.name === name)!)),
    ]),
    constant: 'NORMS_WASM_MODULE',
  });
  await generateWasmPackage({
    name: 'layers',
    source: 'assembly/layers/attention.ts',
    // No spec expresses a two-operand contraction: the fused attention forward is hand-written.
    programs: [],
    handWritten: ['layers/attention.ts'],
    constant: 'LAYERS_WASM_MODULE',
  });
}

/** Forward and backward programs of each reduction spec: every variant, with and without each optional input and param. */
function allReductionPrograms(specs: readonly ReductionSpec[]): ReductionProgram[] {
  return specs.flatMap((spec) => {
    const optional = [...(spec.inputs ?? []), ...spec.params.filter((p) => p.optional).map((p) => p.name)];
    const subsets = optional.reduce<string[][]>((all, name) => [...all, ...all.map((subset) => [...subset, name])], [[]]);
    return variantCombinations(spec.variants).flatMap((variants) => subsets.flatMap((given) => {
      const programs = reductionPrograms(spec, variants, new Set(given));
      return [programs.forward, programs.backward];
    }));
  });
}
