#!/usr/bin/env node
// Generates the docs that come from the registries and the benchmark results:
//   docs/activations.md      one section per activation spec (ACTIVATIONS)
//   docs/gallery/<name>.svg  plots of f and f′ from the float64 reference and the spec's derivative
//   docs/norms.md            the norms registry (NORMS)
//   docs/layers.md           the layers registry (LAYERS)
//   docs/benchmarks.md       tables and charts from benchmarks/results/{node,browser}.json
//   docs/README.md           the index
// Usage: node scripts/docs.mjs [--check]   (--check fails when a generated file would change)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureSource, importLayerkit, ROOT } from './demo/source.mjs';

ensureSource(import.meta.url);

const DOCS = path.join(ROOT, 'docs');
const HEADER = (source) => `<!-- Generated from ${source} by scripts/docs.mjs (node scripts/docs.mjs) — do not edit. -->\n\n`;
const check = process.argv.includes('--check');
const changed = [];

function write(relative, content) {
  const file = path.join(DOCS, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (before === content) return;
  changed.push(relative);
  if (!check) writeFileSync(file, content);
}

const { loaded, skipped } = await importLayerkit();
const core = loaded.get('core');
const activations = loaded.get('activations');
const norms = loaded.get('norms');
const layersPackage = loaded.get('layers');
const catalog = new Map(core.catalog().map((entry) => [entry.id, entry]));

// ---------------------------------------------------------------------------------------------
// Float64 evaluation of a spec expression (the derivative), for the gallery.
const UNARY = {
  neg: (v) => -v, abs: Math.abs, exp: Math.exp, expm1: Math.expm1, log: Math.log, log1p: Math.log1p, sqrt: Math.sqrt,
  rsqrt: (v) => 1 / Math.sqrt(v), tanh: Math.tanh, sigmoid: (v) => 1 / (1 + Math.exp(-v)), erf: (v) => core.erf64(v),
  sin: Math.sin, cos: Math.cos, floor: Math.floor, recip: (v) => 1 / v,
};
const BINARY = {
  add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, div: (a, b) => a / b, max: Math.max, min: Math.min,
  lt: (a, b) => +(a < b), le: (a, b) => +(a <= b), gt: (a, b) => +(a > b), ge: (a, b) => +(a >= b),
};
function evaluate(expression, inputs, params) {
  const go = (node) => {
    switch (node.kind) {
      case 'const': return node.value;
      case 'input': return inputs[node.name];
      case 'param': return params[node.name];
      case 'unary': return UNARY[node.op](go(node.arg));
      case 'binary': return BINARY[node.op](go(node.left), go(node.right));
      case 'select': return go(node.condition) ? go(node.then) : go(node.otherwise);
      default: throw new Error(`docs: expected an expression node, got kind '${node.kind}' — teach scripts/docs.mjs the new primitive`);
    }
  };
  return go(expression);
}

// ---------------------------------------------------------------------------------------------
// Gallery: f (solid) and f′ (dashed) over [-5, 5] (or the spec's domain, if narrower).
function gallery(spec) {
  const params = core.resolveParams(spec);
  const variants = core.resolveVariants(spec);
  const math = spec.math(variants, new Set());
  const low = Math.max(-5, spec.domain.min);
  const high = Math.min(5, spec.domain.max);
  const points = 241;
  const xs = Array.from({ length: points }, (_, i) => low + (high - low) * (i / (points - 1)));
  const f = xs.map((v) => spec.reference(v, params, variants));
  const fPrime = xs.map((v, i) => evaluate(math.derivative, { x: v, y: f[i] }, params));
  const all = [...f, ...fPrime].filter(Number.isFinite);
  const yLow = Math.min(-1, Math.floor(Math.min(...all)));
  const yHigh = Math.max(1, Math.ceil(Math.max(...all)));
  const width = 360;
  const height = 240;
  const plot = { left: 36, right: width - 12, top: 28, bottom: height - 24 };
  const X = (v) => plot.left + (v - low) / (high - low) * (plot.right - plot.left);
  const Y = (v) => plot.bottom - (v - yLow) / (yHigh - yLow) * (plot.bottom - plot.top);
  const line = (values) => values.map((v, i) => `${X(xs[i]).toFixed(1)},${Y(v).toFixed(1)}`).join(' ');
  const parts = [];
  for (let t = Math.ceil(low); t <= high; t++) parts.push(`<text x="${X(t).toFixed(1)}" y="${plot.bottom + 14}" text-anchor="middle" font-size="10">${t}</text>`);
  const step = Math.max(1, Math.ceil((yHigh - yLow) / 6));
  for (let t = yLow; t <= yHigh; t += step) {
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${Y(t).toFixed(1)}" y2="${Y(t).toFixed(1)}" stroke="${t === 0 ? '#999' : '#eee'}"/>`);
    parts.push(`<text x="${plot.left - 4}" y="${(Y(t) + 3).toFixed(1)}" text-anchor="end" font-size="10">${t}</text>`);
  }
  parts.push(`<line x1="${X(0).toFixed(1)}" x2="${X(0).toFixed(1)}" y1="${plot.top}" y2="${plot.bottom}" stroke="#999"/>`);
  parts.push(`<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="${line(f)}"/>`);
  parts.push(`<polyline fill="none" stroke="#d62728" stroke-width="1.5" stroke-dasharray="5 3" points="${line(fPrime)}"/>`);
  // Optional params left unset (relu's maxValue) are not part of the default form.
  const shown = Object.entries(params).filter(([k]) => !spec.params.find((p) => p.name === k)?.optional);
  const title = `${spec.name}${shown.length ? ` (${shown.map(([k, v]) => `${k} = ${v}`).join(', ')})` : ''}`;
  parts.push(`<text x="${plot.left}" y="16" font-size="12" font-weight="bold">${title}</text>`);
  parts.push(`<text x="${plot.right}" y="16" text-anchor="end" font-size="11"><tspan fill="#1f77b4">— f</tspan>  <tspan fill="#d62728">- - f′</tspan></text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n`
    + `<rect width="100%" height="100%" fill="white"/>\n${parts.join('\n')}\n</svg>\n`;
}

const support = (id) => {
  const entry = catalog.get(id);
  if (!entry) return 'not in the catalog';
  return `${Object.entries(entry.backends).map(([backend, how]) => `${backend} ${how}`).join(', ')}; gradient ${entry.gradient}`;
};
const file = (spec) => spec.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// ---------------------------------------------------------------------------------------------
// docs/activations.md
if (activations) {
  const specs = activations.ACTIVATIONS;
  const lines = [HEADER('packages/activations/src/registry.ts'), '# Activations', ''];
  lines.push('Every activation below is an op function, a layer class and activation strings usable in any tfjs layer (`activation: \'mish\'`), with fused kernels and gradients, registered when the app imports the op or layer (`import \'@layerkit/activations/register\'` registers all of them up front, as the Node main entry does). Everything on this page is generated from the specs in `packages/activations/src/specs/`.', '');
  lines.push('## Gallery', '', 'f (solid) and f′ (dashed), computed in float64 from each spec\'s reference and derivative, at default options.', '');
  lines.push(specs.map((spec) => `[![${spec.name}](gallery/${file(spec)}.svg)](#${spec.name.toLowerCase()})`).join('\n'), '');
  lines.push('## Index', '', '| name | summary | catalog id | layer |', '|---|---|---|---|');
  for (const spec of specs) lines.push(`| [\`${spec.name}\`](#${spec.name.toLowerCase()}) | ${spec.docs.summary} | \`${spec.id}\` | \`${spec.className}\` |`);
  lines.push('');
  for (const spec of specs) {
    write(`gallery/${file(spec)}.svg`, gallery(spec));
    lines.push(`## ${spec.name}`, '');
    lines.push(spec.docs.summary, '');
    lines.push('```', spec.docs.formula, '```', '');
    lines.push(`![${spec.name}: f and f′](gallery/${file(spec)}.svg)`, '');
    lines.push(`- **Catalog id**: \`${spec.id}\` (${catalog.get(spec.id)?.kind ?? spec.catalogKind ?? 'op'})`);
    lines.push(`- **Op**: \`${spec.name}(x${spec.params.length || spec.variants?.length ? ', options' : ''})\`${spec.aliases?.length ? `; aliases ${spec.aliases.map((a) => `\`${a}\``).join(', ')}` : ''}`);
    lines.push(`- **Layer**: \`new ${spec.className}(options)\`${spec.params.some((p) => p.trainable) ? ` — learns ${spec.params.filter((p) => p.trainable).map((p) => `\`${p.name}\``).join(', ')} with \`learn: 'scalar' | 'channel' | 'element'\` (default '${spec.layerLearns ?? 'none'}'; 'element' takes \`sharedAxes\`)` : ''}`);
    const strings = activations.activationStringsOf(spec);
    const savedAs = (name) => activations.savedNameOf(spec, name);
    lines.push(`- **Activation strings**: ${Object.keys(strings).length ? Object.entries(strings).map(([name, options]) => `\`'${name}'\`${Object.keys(options).length ? ` (${Object.entries(options).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : ''}${savedAs(name) !== name ? ` (saves as \`'${savedAs(name)}'\`)` : ''}`).join(', ') : 'none of its own (see tfjs below)'}${spec.replacesTfjs?.length ? `; takes over tfjs's ${spec.replacesTfjs.map((n) => `\`'${n}'\``).join(', ')} (same math)` : ''}`);
    lines.push(`- **Backends**: ${support(spec.id)}`);
    lines.push(`- **Input domain tested**: [${spec.domain.min}, ${spec.domain.max}]${spec.domain.kinks?.length ? `, kinks at ${spec.domain.kinks.join(', ')}` : ''}; tolerance relative ${spec.tolerance.relative}, absolute ${spec.tolerance.absolute}`);
    lines.push(`- **Gradient** reads the saved ${core.specPrograms(spec, core.resolveVariants(spec), 'uniform').gradientFromOutput ? 'output y' : 'input x'}`);
    lines.push('');
    if (spec.params.length) {
      lines.push('| param | default | domain | trainable | meaning |', '|---|---:|---|---|---|');
      for (const p of spec.params) {
        const domain = p.domain ? [p.domain.min !== undefined ? `${p.domain.exclusiveMin ? '>' : '≥'} ${p.domain.min}` : '', p.domain.max !== undefined ? `≤ ${p.domain.max}` : ''].filter(Boolean).join(', ') : 'any';
        lines.push(`| \`${p.name}\` | ${Number.isFinite(p.default) ? p.default : 'unset'}${p.optional ? ' (optional)' : ''} | ${domain} | ${p.trainable ? 'yes' : 'no'} | ${p.doc} |`);
      }
      lines.push('');
    }
    for (const variant of spec.variants ?? []) {
      lines.push(`Variant \`${variant.name}\`: ${variant.choices.map((c) => `\`'${c}'\`${c === variant.default ? ' (default)' : ''}`).join(', ')} — ${variant.doc}`, '');
    }
    lines.push('Example:', '', '```js', `import * as tf from '@tensorflow/tfjs';`, `import { ${spec.name}, ${spec.className} } from '@layerkit/activations';`, '', spec.docs.example, '```', '');
    if (spec.docs.tfjs) lines.push(`**tfjs**: ${spec.docs.tfjs}`, '');
    if (spec.docs.differences) lines.push(`**Differences from Keras / PyTorch**: ${spec.docs.differences}`, '');
    lines.push(`**Paper${spec.docs.papers.length > 1 ? 's' : ''}**: ${spec.docs.papers.map((p) => `*${p}*`).join('; ')}`, '');
  }
  write('activations.md', lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// docs/norms.md
if (norms) {
  const lines = [HEADER('packages/norms/src/registry.ts'), '# Norms', ''];
  lines.push('Every norm below has fused kernels and a gradient, registered on its first call (`import \'@layerkit/norms/register\'` registers all of them, and every layer class, up front). Each norm is one reduction spec (statistics over groups of x, then an elementwise output): the kernels, forward and backward, are generated from it, and its gradient is derived from the math. Statistics are computed in float32 with a stable two-pass algorithm (a statistic may also reduce an expression of earlier ones: L1Norm\'s mean absolute deviation). Layers behave the same in training and inference except those with running statistics (BatchNorm, EvoNormB0). Everything on this page is generated from the specs in `packages/norms/src/specs/` and the registries.', '');
  lines.push('| op | layer | catalog id | summary |', '|---|---|---|---|');
  for (const entry of norms.NORMS) {
    lines.push(`| [\`${entry.spec.name}\`](#${entry.spec.name.toLowerCase()}) | ${entry.layer ? `\`${entry.layer.className}\`` : '—'} | \`${entry.spec.id}\` | ${entry.spec.docs.summary} |`);
  }
  lines.push('');
  const views = {
    rows: 'rows: statistics per row over the normalized `axis` (one or several); weights cover those axes',
    'channel-groups': 'channel groups: statistics per example and group of channels over all spatial positions; weights per channel',
    spatial: 'spatial: statistics per example and channel over the spatial positions; weights per channel',
    batch: 'batch: statistics per channel over the batch and spatial positions; weights per channel',
  };
  for (const entry of norms.NORMS) {
    const { spec } = entry;
    lines.push(`## ${spec.name}`, '');
    lines.push(spec.docs.summary, '');
    lines.push('```', spec.docs.formula, '```', '');
    lines.push(`- **Catalog id**: \`${spec.id}\``);
    lines.push(`- **Exports**: ${entry.exports.map((name) => `\`${name}\``).join(', ')}`);
    if (entry.layer) {
      const aliases = entry.layer.aliases.map((alias) => `\`${alias.className}\``);
      lines.push(`- **Layer**: \`new ${entry.layer.className}(options)\`${aliases.length ? `; also loads as ${aliases.join(', ')}` : ''}`);
      const layer = new entry.layer();
      lines.push(`- **Layer options** (defaults): ${Object.entries(layer.options).map(([name, value]) => `\`${name}\` = ${JSON.stringify(value)}`).join(', ')}`);
    }
    lines.push(`- **View**: ${views[spec.view]}`);
    lines.push(`- **Backends**: ${support(spec.id)}`);
    lines.push(`- **Tolerance** against the float64 reference: relative ${spec.tolerance.relative}, absolute ${spec.tolerance.absolute}`);
    lines.push('');
    lines.push('| weight | op default | meaning |', '|---|---:|---|');
    for (const weight of spec.weights) lines.push(`| \`${weight.name}\` | ${weight.fill} | ${weight.doc} |`);
    lines.push('');
    if (spec.params.length) {
      lines.push('| param | default | meaning |', '|---|---:|---|');
      for (const p of spec.params) lines.push(`| \`${p.name}\` | ${p.default} | ${p.doc} |`);
      lines.push('');
    }
    for (const variant of spec.variants ?? []) {
      lines.push(`Switch \`${variant.name}\`: ${variant.choices.map((c) => `\`'${c}'\`${c === variant.default ? ' (default)' : ''}`).join(', ')} — ${variant.doc}`, '');
    }
    lines.push('Example:', '', '```js', `import { ${entry.exports.slice(0, 2).join(', ')} } from '@layerkit/norms';`, '', spec.docs.example, '```', '');
    if (spec.docs.tfjs) lines.push(`**tfjs**: ${spec.docs.tfjs}`, '');
    lines.push(`**Paper${spec.docs.papers.length > 1 ? 's' : ''}**: ${spec.docs.papers.map((p) => `*${p}*`).join('; ')}`, '');
  }
  lines.push('## Norm + activation in one kernel (`norms.norm-act`)', '');
  lines.push('`batchNorm`, `batchNormTraining`, `batchNormInference`, `groupNorm`, `layerNorm` and `rmsNorm` take `activation` (an activation op name or string of an imported package, e.g. `\'silu\'`): the activation is folded into the norm\'s spec, so the fused forward and the derived backward are one kernel each. Layers: `BatchNormAct`, `GroupNormAct`, `LayerNormAct`, `RMSNormAct` (option `activation`, default `\'relu\'`). On wasm the kernels are compiled ahead of time for these pairs; any other pair runs there as the norm\'s kernel then the activation\'s:', '');
  lines.push(norms.NORM_ACT_PRESETS.map(([spec, name]) => `\`${spec.name}\` + \`${name}\``).join(', '), '');
  if (norms.WRAPPERS) {
    lines.push('## Wrappers, composite layers and model utilities', '');
    lines.push('These are compositions of tfjs ops (and of the fused norm ops above): they run on every backend and differentiate through tfjs\'s gradients.', '');
    lines.push('| catalog id | kind | exports | layer |', '|---|---|---|---|');
    for (const entry of norms.WRAPPERS) {
      lines.push(`| \`${entry.id}\` | ${entry.kind} | ${entry.exports.map((name) => `\`${name}\``).join(', ')} | ${entry.layer ? `\`${entry.layer.className}\`` : '—'} |`);
    }
    lines.push('');
  }
  lines.push('Defaults, sources and deliberate differences from Keras, TF-Addons, timm and the authors\' code: [packages/norms/README.md](../packages/norms/README.md). Speed against `tf.moments` composites and tfjs-layers\' `LayerNormalization`: see [benchmarks](benchmarks.md); the image norms in a small CNN on digits (accuracy and step time at batch sizes 64 and 2): [norms-cnn.md](norms-cnn.md).', '');
  write('norms.md', lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// docs/layers.md
if (layersPackage) {
  const lines = [HEADER('packages/layers/src/registry.ts'), '# Layers', ''];
  lines.push('`import \'@layerkit/layers\'` registers the layer classes below with `tf.serialization` (so models that use them save and load) and each item with the layerkit catalog. Every class is a `tf.layers.Layer` subclass built from tfjs ops and layerkit\'s fused kernels (softmax, gated activations, RMSNorm, LayerNorm), so it runs on every backend. Options, weights and deliberate differences from Keras and TF-Addons: [packages/layers/README.md](../packages/layers/README.md).', '');
  lines.push('| catalog id | layer | exports | summary |', '|---|---|---|---|');
  for (const entry of layersPackage.LAYERS) lines.push(`| [\`${entry.id}\`](#${entry.id.replace(/\./g, '')}) | \`${entry.layers[0].className}\` | ${entry.exports.map((name) => `\`${name}\``).join(', ')} | ${entry.summary} |`);
  lines.push('');
  const base = new Set(['name', 'trainable', 'dtype', 'batchInputShape']);
  for (const entry of layersPackage.LAYERS) {
    lines.push(`## ${entry.id}`, '', entry.summary, '');
    lines.push(`- **Exports**: ${entry.exports.map((name) => `\`${name}\``).join(', ')}`);
    lines.push(`- **Backends**: ${support(entry.id)}`);
    entry.layers.forEach((layer, index) => {
      const given = entry.docsOptions?.[index] ?? {};
      const instance = new layer(given);
      const options = Object.entries(instance.getConfig()).filter(([name]) => !base.has(name));
      const shown = options.map(([name, value]) => `\`${name}\` = ${JSON.stringify(value)}${name in given ? ' (set here)' : ''}`);
      lines.push(`- **\`new ${layer.className}(options)\`**: ${shown.join(', ') || 'no options'}`);
    });
    lines.push('');
  }
  write('layers.md', lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// docs/benchmarks.md
{
  const results = path.join(ROOT, 'benchmarks', 'results');
  const lines = [HEADER('benchmarks/results/*.json'), '# Benchmarks', ''];
  lines.push('`pnpm bench` (cpu and wasm under Node) and `pnpm bench:browser` (webgl and webgpu in headless Chromium) time, for every op in the registries and sizes 2^10 … 2^22 elements, in one run: layerkit\'s fused kernel, the composite a user would write from tfjs ops, tfjs\'s own implementation where one exists, and a copy of the same bytes (the bandwidth floor). They also time one training step of a small MLP and a small transformer-ish block, stock tfjs layers against layerkit layers. Flags: `--quick`, `--sizes 10,16,22`, `--ops mish,rmsNorm`, `--backends wasm`, `--no-training`.', '');
  lines.push('The machines these numbers come from are shared and noisy, and the browser backends run on a software GPU (SwiftShader), so their times are CPU times: read the **ratios within one run**, never absolute times across runs.', '');
  for (const [name, title] of [['node', 'Node: cpu and wasm'], ['browser', 'Browser: webgl and webgpu']]) {
    const json = path.join(results, `${name}.json`);
    lines.push(`## ${title}`, '');
    if (!existsSync(json)) {
      lines.push(`No results yet — run \`pnpm ${name === 'node' ? 'bench' : 'bench:browser'}\`.`, '');
      continue;
    }
    const run = JSON.parse(readFileSync(json, 'utf8'));
    lines.push(`Measured ${run.meta.date} (${run.meta.runtime}, ${run.meta.cpus} cores${run.meta.loadAverage ? `, load average ${run.meta.loadAverage[0]}` : ''}${run.meta.quick ? ', quick mode' : ''}). Full tables: [benchmarks/results/${name}.md](../benchmarks/results/${name}.md).`, '');
    for (const backend of run.meta.backends) {
      const rows = run.rows.filter((row) => row.backend === backend);
      if (!rows.length) continue;
      const largest = Math.max(...rows.map((row) => row.size));
      const times = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);
      lines.push(`### ${backend}`, '');
      lines.push(`At 2^${Math.log2(largest)} elements (norms: rows of ${rows.find((r) => r.kind === 'norm')?.shape[1] ?? 1024}):`, '');
      lines.push('| op | layerkit | layerkit × copy | composite × copy | tfjs × copy | speedup vs composite | speedup vs tfjs |', '|---|---|---:|---:|---:|---:|---:|');
      for (const row of rows.filter((r) => r.size === largest)) {
        lines.push(`| ${row.op} | ${row.support} | ${times(row.ratios.layerkitOverCopy)} | ${times(row.ratios.compositeOverCopy)} | ${times(row.ratios.tfjsOverCopy)} | ${times(row.ratios.speedupVsComposite)} | ${times(row.ratios.speedupVsTfjs)} |`);
      }
      lines.push('');
      for (const chart of [`${backend}-over-copy.svg`, `${backend}-speedup.svg`]) {
        if (existsSync(path.join(results, chart))) lines.push(`![${chart}](../benchmarks/results/${chart})`, '');
      }
      const training = run.training.filter((t) => t.backend === backend);
      if (training.length) {
        lines.push('Training step (median ms; ratio to stock, below 1 is faster):', '', '| model | stock | layerkit (same math) | layerkit with RMSNorm |', '|---|---:|---:|---:|');
        for (const t of training) {
          const cell = (flavour) => {
            const r = t.results[flavour];
            if (!r) return '—';
            if (r.error) return `error: ${r.error}`;
            return flavour === 'stock' ? `${r.median.toFixed(1)} ms` : `${r.median.toFixed(1)} ms (${times(t.ratios[flavour])})`;
          };
          lines.push(`| ${t.model} | ${cell('stock')} | ${cell('layerkit')} | ${cell('layerkit-rms')} |`);
        }
        lines.push('');
      }
    }
  }
  write('benchmarks.md', lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// docs/README.md: the index, listing hand-written pages of other packages when they exist.
{
  const lines = [HEADER('scripts/docs.mjs'), '# layerkit docs', ''];
  lines.push('layerkit is a family of TensorFlow.js plugin packages with fused kernels on cpu, wasm, webgl and webgpu and registered gradients: import a package, and its ops, layers and activation strings work in any tfjs model that trains, saves and loads as usual.', '');
  const pages = [
    ['activations.md', 'Activations', 'every activation: formula, options, gallery of f and f′, backends'],
    ['norms.md', 'Norms', 'every norm: formula, weights, options, Keras names, backends'],
    ['norms-cnn.md', 'Norms in a CNN', 'the image norms in a small CNN on digits: test accuracy and step time at batch sizes 64 and 2 (benchmarks/cnn-norms)'],
    ['layers.md', 'Layers', 'every layer: catalog id, exports, options with defaults, backends'],
    ['benchmarks.md', 'Benchmarks', 'fused kernels vs tfjs composites vs a memory copy; training steps'],
  ];
  for (const [page, title, what] of pages) if (existsSync(path.join(DOCS, page)) || changed.includes(page)) lines.push(`- [${title}](${page}) — ${what}`);
  const others = readdirSync(DOCS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['gallery'].includes(entry.name))
    .map((entry) => entry.name).sort();
  for (const other of others) {
    const readme = ['README.md', 'index.md'].find((name) => existsSync(path.join(DOCS, other, name)));
    if (readme) lines.push(`- [${other}](${other}/${readme})`);
  }
  lines.push('', 'Catalog of everything registered, per backend: `pnpm catalog` (or `pnpm catalog --json`). A demo that trains on real MNIST digits with stock and layerkit layers: `pnpm demo`.', '');
  lines.push('Regenerate these pages with `node scripts/docs.mjs` (after `pnpm bench` / `pnpm bench:browser` for fresh numbers).', '');
  write('README.md', lines.join('\n'));
}

for (const { name, reason } of skipped) console.error(`docs: skipped ${name} (${reason})`);
if (check) {
  if (changed.length) {
    console.error(`docs: expected generated docs to be up to date, got changes in ${changed.join(', ')} — run node scripts/docs.mjs`);
    process.exit(1);
  }
  console.log('docs: up to date');
} else {
  console.log(changed.length ? `docs: wrote ${changed.join(', ')}` : 'docs: nothing changed');
}
