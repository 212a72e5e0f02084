import { join } from 'node:path';
import type { ElementwiseSpec } from '@layerkit/core';
import { ACTIVATIONS, GATED } from '../../packages/activations/src/registry.js';
import { header, ROOT, writeGenerated } from './write.js';

const importName = (spec: ElementwiseSpec) => `${spec.name}Spec`;
const fileOf = (spec: ElementwiseSpec) => spec.id.split('.')[1];

function optionsType(spec: ElementwiseSpec): string {
  const fields = [
    ...spec.params.map((p) => `  /** ${p.doc} Default ${p.default}. */\n  readonly ${p.name}?: number;`),
    ...(spec.variants ?? []).map((v) => `  /** ${v.doc} Default '${v.default}'. */\n  readonly ${v.name}?: ${v.choices.map((c) => `'${c}'`).join(' | ')};`),
  ];
  return `export interface ${spec.className}Options {\n${fields.join('\n')}\n}`;
}

/** Named op functions, option types and layer classes, one block per spec of the registry. */
export function generateActivationsApi(): void {
  const blocks = ACTIVATIONS.map((spec) => {
    const doc = `/**\n * ${spec.docs.summary}\n *\n * ${spec.docs.formula}\n *\n * Catalog id \`${spec.id}\`. Example: \`${spec.docs.example}\`\n */`;
    const names = [spec.name, ...(spec.aliases ?? []).filter((a) => /^[a-z][A-Za-z0-9]*$/.test(a))];
    return [
      optionsType(spec),
      ...names.map((name) => `${doc}\nexport const ${name}: (x: Tensor | TensorLike, options?: ${spec.className}Options) => Tensor = elementwiseOp<${spec.className}Options>(${importName(spec)});`),
      `/** The ${spec.name} layer (${spec.docs.papers[0] ?? spec.docs.summary}). */\nexport const ${spec.className} = activationLayer({ spec: ${importName(spec)}, learn: ${JSON.stringify(spec.layerLearns ?? 'none')} });`,
    ].join('\n\n');
  });
  const gatedBlocks = GATED.flatMap((spec) => [
    ...Object.keys(spec.variants).map((variant) => `/**\n * ${variant}: ${spec.docs.summary}\n *\n * ${spec.docs.formula}\n *\n * Catalog id \`${spec.id}\`.\n */\nexport const ${variant}: (x: Tensor | TensorLike, options?: { axis?: number }) => Tensor = gatedOp(${spec.name}Spec, '${variant}');`),
    `/** The ${spec.name} family as a layer (option \`variant\`). */\nexport const ${spec.className} = GATED_LAYERS['${spec.name}'];`,
  ]);
  const imports = [
    ...ACTIVATIONS.map((spec) => `import { ${spec.name} as ${importName(spec)} } from '../specs/${fileOf(spec)}.js';`),
    ...GATED.map((spec) => `import { ${spec.name} as ${spec.name}Spec } from '../specs/${spec.id.split('.')[1]}.js';`),
  ];
  const strings = ACTIVATIONS.flatMap((spec) => Object.keys(spec.activationStrings ?? Object.fromEntries([spec.name, ...(spec.aliases ?? [])].map((n) => [n, {}]))));
  const stringBlock = `/** Every activation string layerkit registers (\`activation: 'silu'\` in any tfjs layer). */
export type ActivationName = ${strings.map((n) => `'${n}'`).join(' | ')};

/**
 * A layerkit activation string typed for tfjs-layers' \`activation\` option, whose TypeScript
 * union only lists tfjs's own names: \`tf.layers.dense({ units: 64, activation: activation('silu') })\`.
 */
export function activation(name: ActivationName): LayerActivation {
  return name as unknown as LayerActivation;
}`;
  const content = `${header('packages/activations/src/registry.ts')}
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import type { layers } from '@tensorflow/tfjs-layers';
import { elementwiseOp, gatedOp } from '@layerkit/core';
import { GATED_LAYERS } from '../gated-layer.js';
import { activationLayer } from '../layers.js';
${imports.join('\n')}

type LayerActivation = NonNullable<Parameters<typeof layers.dense>[0]['activation']>;

${stringBlock}

${[...blocks, ...gatedBlocks].join('\n\n')}
`;
  writeGenerated(join(ROOT, 'packages/activations/src/gen/api.ts'), content);
}
