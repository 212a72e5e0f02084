// Every ```ts and ```js block of the root README and of each package README, written out as one
// TypeScript module per block for a strict compile against the installed packages.
//
// READMEs show fragments, so two things are supplied, and only these two:
// - the names a fragment uses from its own package without importing them (a README's later
//   blocks lean on its first block's import) are imported from that package;
// - the values a fragment assumes the reader already has (`x`, `model`, `labels` …) are declared
//   with their types in globals.d.ts below. A new README name that is neither fails the compile,
//   and belongs in USER_VALUES.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative as relativePath } from 'node:path';

export const USER_VALUES = `
import type * as tf from '@tensorflow/tfjs';
declare global {
  const x: tf.Tensor;
  const images: tf.Tensor4D;
  const features: tf.SymbolicTensor;
  const totalSteps: number;
  const y: tf.Tensor;
  const h: tf.SymbolicTensor;
  const gamma: tf.Tensor;
  const beta: tf.Tensor;
  const model: tf.LayersModel;
  const labels: tf.Tensor;
  const logits: tf.Tensor;
  const probabilities: tf.Tensor;
  const oneHotSequence: tf.Tensor;
  const stepWeights: tf.Tensor;
  const epochs: number;
  const samples: number;
  const batchSize: number;
  const weightsA: tf.NamedTensorMap;
  const weightsB: tf.NamedTensorMap;
  const weightsC: tf.NamedTensorMap;
}
export {};
`;

/** The README files: the root one and each package's, with the package each belongs to. */
export function readmes(root) {
  const found = [{ file: join(root, 'README.md'), packageName: null }];
  for (const name of readdirSync(join(root, 'packages')).sort()) {
    const file = join(root, 'packages', name, 'README.md');
    if (existsSync(file)) found.push({ file, packageName: JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')).name });
  }
  return found;
}

/** The ts/js blocks of a markdown file, with the line each starts on. */
export function codeBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript|js|javascript)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    blocks.push({ line: start, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

const declaredIn = (code) => new Set([
  ...[...code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]),
  ...[...code.matchAll(/import\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().split(/\s+as\s+/).pop()).filter(Boolean)),
  ...[...code.matchAll(/import\s+\*\s+as\s+([\w$]+)/g)].map((m) => m[1]),
]);

/**
 * Writes one .ts file per block into `directory`, plus globals.d.ts; `exportsOf(packageName)`
 * lists a package's export names. Returns the files with where each came from.
 */
export function writeReadmeExamples(root, directory, exportsOf) {
  writeFileSync(join(directory, 'globals.d.ts'), USER_VALUES);
  const written = [];
  for (const { file, packageName } of readmes(root)) {
    const relative = relativePath(root, file);
    codeBlocks(readFileSync(file, 'utf8')).forEach((block, n) => {
      const declared = declaredIn(block.code);
      const words = new Set(block.code.match(/[A-Za-z_$][\w$]*/g) ?? []);
      const prelude = [];
      if (packageName) {
        const missing = exportsOf(packageName).filter((name) => words.has(name) && !declared.has(name));
        if (missing.length) prelude.push(`import { ${missing.join(', ')} } from '${packageName}';`);
      }
      if (words.has('tf') && !declared.has('tf')) prelude.push("import * as tf from '@tensorflow/tfjs';");
      const name = `${relative.replace(/[^A-Za-z0-9]+/g, '-').replace(/-md$/, '')}-${n + 1}.ts`;
      // Line 1 is the prelude; line L of the file is line L + block.line - 1 of the README.
      writeFileSync(join(directory, name), `${prelude.join(' ')} // ${relative}:${block.line}\n${block.code}\nexport {};\n`);
      written.push({ name, readme: relative, firstLine: block.line });
    });
  }
  return written;
}
