import { join } from 'node:path';
import type { ElementwiseSpec, GatedSpec } from '@layerkit/core';
import { ACTIVATIONS, GATED } from '../../packages/activations/src/registry.js';
import { opNames } from '../../packages/activations/src/exports.js';
import { activationStringsOf } from '../../packages/activations/src/names.js';
import { header, ROOT, writeGenerated } from './write.js';

const importName = (spec: ElementwiseSpec) => `${spec.name}Spec`;
const fileOf = (spec: ElementwiseSpec) => spec.id.split('.')[1];
const learns = (spec: ElementwiseSpec) => spec.params.some((p) => p.trainable);
const variants = (spec: GatedSpec) => Object.keys(spec.variants).map((v) => `'${v}'`).join(' | ');
// Every top-level factory call is pure: a bundler drops the ops and layers an app does not import
// (the factories register what they make, so nothing else has to run for a kept one).
const PURE = '/* @__PURE__ */ ';

function optionsType(spec: ElementwiseSpec): string {
  const fields = [
    // A trainable param may also be a tensor that broadcasts against x (prelu's alpha per channel).
    ...spec.params.map((p) => `  /** ${p.doc} Default ${Number.isFinite(p.default) ? p.default : 'unset'}.${p.trainable ? ' A tensor broadcasting against x gives one value per element and gets a gradient.' : ''} */\n  readonly ${p.name}?: number${p.trainable ? ' | Tensor' : ''}${p.optional ? ' | null' : ''};`),
    ...(spec.variants ?? []).map((v) => `  /** ${v.doc} Default '${v.default}'. */\n  readonly ${v.name}?: ${v.choices.map((c) => `'${c}'`).join(' | ')};`),
  ];
  return `export interface ${spec.className}Options {\n${fields.join('\n')}\n}`;
}

/** Named op functions, option types and layer classes, one block per spec of the registry. */
export function generateActivationsApi(): void {
  const blocks = ACTIVATIONS.map((spec) => {
    const doc = `/**\n * ${spec.docs.summary}\n *\n * ${spec.docs.formula}\n *\n * Catalog id \`${spec.id}\`. Example: \`${spec.docs.example}\`\n */`;
    const names = opNames(spec);
    // The layer an op adds to a functional model keeps the op's defaults where the layer's differ.
    const pinned = Object.keys(spec.layerDefaults ?? {}).map((name) => `${name}: ${spec.params.find((p) => p.name === name)?.default}`);
    const layerOptions = [...pinned, '...options', ...(learns(spec) ? ["learn: 'none'"] : [])];
    const layerArgument = layerOptions.length === 1 ? 'options' : `{ ${layerOptions.join(', ')} }`;
    return [
      optionsType(spec),
      ...names.map((name) => `${doc}\nexport const ${name}: ActivationOp<${spec.className}Options> = ${PURE}withLayerForm('${name}', ${PURE}elementwiseOp<${spec.className}Options>(${importName(spec)}), (options) => new ${spec.className}(${layerArgument}));`),
      `/** The ${spec.name} layer (${spec.docs.papers[0] ?? spec.docs.summary}). */\nexport const ${spec.className}: ActivationLayerClass<${spec.className}Options${learns(spec) ? ' & LearnOption' : ''}> = ${PURE}activationLayer({ spec: ${importName(spec)}, learn: ${JSON.stringify(spec.layerLearns ?? 'none')} });\nexport type ${spec.className} = ActivationLayer;`,
    ].join('\n\n');
  });
  const gatedBlocks = GATED.flatMap((spec) => [
    ...Object.keys(spec.variants).map((variant) => `/**\n * ${variant}: ${spec.docs.summary}\n *\n * ${spec.docs.formula}\n *\n * Catalog id \`${spec.id}\`.\n */\nexport const ${variant}: ActivationOp<GatedOpOptions> = ${PURE}withLayerForm('${variant}', ${PURE}gatedOp(${spec.name}Spec, '${variant}'), (options) => new ${spec.className}({ variant: '${variant}', axis: options.axis }));`),
    `/** The ${spec.name} family as a layer (option \`variant\`). */\nexport const ${spec.className}: GatedLayerClass<${variants(spec)}> = ${PURE}gatedLayer<${variants(spec)}>(${spec.name}Spec);\nexport type ${spec.className} = GatedActivationLayer;`,
  ]);
  const imports = [
    ...ACTIVATIONS.map((spec) => `import { ${spec.name} as ${importName(spec)} } from '../specs/${fileOf(spec)}.js';`),
    ...GATED.map((spec) => `import { ${spec.name} as ${spec.name}Spec } from '../specs/${spec.id.split('.')[1]}.js';`),
  ];
  const strings = ACTIVATIONS.flatMap((spec) => Object.keys(activationStringsOf(spec)));
  const stringBlock = `/** Every activation string layerkit registers (\`activation: 'silu'\` in any tfjs layer). */
export type ActivationName = ${strings.map((n) => `'${n}'`).join(' | ')};

/**
 * A layerkit activation string typed for tfjs-layers' \`activation\` option:
 * \`tf.layers.dense({ units: 64, activation: activation('silu') })\`. tfjs-layers types that
 * option as a closed union of its own names (a type alias, which no module augmentation can
 * widen), so a bare \`'silu'\` fails to type-check although it runs; tfjs's own names
 * ('gelu', 'swish', 'mish' …) type-check as they are. A string is registered with its op or
 * layer (in a browser bundle, only those the app imports) or by '@layerkit/activations/register';
 * an unregistered one throws here, not as tfjs's "Unknown activation" later.
 */
export function activation(name: ActivationName): LayerActivation {
  requireActivationString('activation', name);
  return name as unknown as LayerActivation;
}`;
  const content = `${header('packages/activations/src/registry.ts')}
import type { Tensor } from '@tensorflow/tfjs-core';
import type { layers } from '@tensorflow/tfjs-layers';
import { elementwiseOp, gatedOp } from '@layerkit/core';
import { gatedLayer, type GatedActivationLayer, type GatedLayerClass } from '../gated-layer.js';
import { withLayerForm, type ActivationOp } from '../layer-form.js';
import { activationLayer, type ActivationLayer, type ActivationLayerClass, type LearnOption } from '../layers.js';
import { requireActivationString } from '../names.js';
${imports.join('\n')}

type LayerActivation = NonNullable<Parameters<typeof layers.dense>[0]['activation']>;

/** Options of the gated ops (the variant is in the op's name). */
export interface GatedOpOptions {
  /** Axis cut into halves; default -1. */
  readonly axis?: number;
}

${stringBlock}

${[...blocks, ...gatedBlocks].join('\n\n')}
`;
  writeGenerated(join(ROOT, 'packages/activations/src/gen/api.ts'), content);
}
