// Writes a benchmark run as JSON, a markdown table and hand-written SVG charts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { backwardCopyMs } from './cases.mjs';
import { COPY_METHODS } from './copy.mjs';

const ms = (result) => (!result ? '—' : result.error ? 'error' : result.median < 0.1 ? result.median.toFixed(4) : result.median.toFixed(3));
const times = (value) => (value == null ? '—' : `${value.toFixed(2)}×`);
const bytes = (value) => (value == null ? '—' : value >= 1 << 20 ? `${(value / (1 << 20)).toFixed(1)} MiB` : value >= 1024 ? `${(value / 1024).toFixed(0)} KiB` : `${value} B`);
// The backward tables divide by the lower of a row's two copy medians (backwardCopyMs).
const copyOf = (row) => (backwardCopyMs(row) == null ? null : { median: backwardCopyMs(row) });
const sizeLabel = (size) => `2^${Math.round(Math.log2(size))}`;

export function markdown(run, title) {
  const lines = [`# ${title}`, ''];
  lines.push(`Measured ${run.meta.date} on ${run.meta.platform} (${run.meta.cpus} cores, ${run.meta.runtime}), tfjs ${run.meta.tfjs}.`
    + ` Command: \`${run.meta.command}\`. Medians of ${run.meta.samples} samples after warm-up, each sample ≥ ${run.meta.minSampleMs} ms`
    + ' of back-to-back runs, synced by reading one element of the last output.', '');
  lines.push(`Machines here are shared and noisy${run.meta.loadAverage ? ` (load average at the end of this run: ${run.meta.loadAverage.join(', ')} on ${run.meta.cpus} cores)` : ''}:`
    + ' compare the ratios within one run, not absolute times across runs.', '');
  lines.push('Columns: **layerkit** — the fused kernel (or what the op falls back to; the support column says which);'
    + ' **composite** — the same math written from tfjs ops, as a user would;'
    + ' **tfjs** — tfjs\'s own implementation under that name (a native kernel, or tfjs-layers\' activation / LayerNormalization layer);'
    + ' **copy** — copying the same bytes on the same backend (the bandwidth floor). `× copy` is a time over the copy\'s;'
    + ' `speedup` is the composite\'s (or tfjs\'s) time over layerkit\'s. Peak bytes: tensor bytes allocated during one run above the live inputs.', '');
  lines.push('Copy method per backend:', '');
  for (const backend of run.meta.backends) lines.push(`- ${backend}: ${COPY_METHODS[backend] ?? 'tf.clone'}`);
  lines.push('');
  for (const backend of run.meta.backends) {
    const rows = run.rows.filter((row) => row.backend === backend);
    if (!rows.length) continue;
    const largest = Math.max(...rows.map((row) => row.size));
    lines.push(`## ${backend}`, '');
    lines.push(`### Summary at ${sizeLabel(largest)} elements`, '');
    lines.push('| op | support | layerkit ms | composite ms | tfjs ms | copy ms | layerkit × copy | composite × copy | tfjs × copy | speedup vs composite | speedup vs tfjs | peak bytes layerkit / composite |');
    lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows.filter((r) => r.size === largest)) {
      lines.push(`| ${row.op} | ${row.support} | ${ms(row.results.layerkit)} | ${ms(row.results.composite)} | ${ms(row.results.tfjs)} | ${ms(row.results.copy)}`
        + ` | ${times(row.ratios.layerkitOverCopy)} | ${times(row.ratios.compositeOverCopy)} | ${times(row.ratios.tfjsOverCopy)}`
        + ` | ${times(row.ratios.speedupVsComposite)} | ${times(row.ratios.speedupVsTfjs)}`
        + ` | ${bytes(row.results.layerkit?.peakBytes)} / ${bytes(row.results.composite?.peakBytes)} |`);
    }
    lines.push('');
    lines.push(`![${backend}: time over copy at ${sizeLabel(largest)}](${backend}-over-copy.svg)`, '');
    lines.push(`![${backend}: speedup over the composite by size](${backend}-speedup.svg)`, '');
    const backwardRows = rows.filter((row) => row.backward);
    if (backwardRows.length) {
      lines.push(`### Backward at ${sizeLabel(largest)} elements`, '');
      lines.push('tf.grads of sum(op(x)·dy) with respect to x and the op\'s weights, one fixed dy: the forward and the backward,'
        + ' as a training step runs them, timed in rounds of their own beside a copy of x.'
        + ' **copy ms** is the lower of the row\'s two copy medians (forward rounds, backward rounds): the floor, least disturbed.'
        + ' **gradient only ≈** is layerkit\'s tf.grads time less its forward time, over the copy (a difference of two medians: an estimate).'
        + ' A backward reads x (or y) and dy and writes dx, so 1.5× copy is its floor, 2.5× with the forward.', '');
      lines.push('| op | gradient | layerkit ms | composite ms | tfjs ms | copy ms | layerkit × copy | gradient only ≈ × copy | composite × copy | tfjs × copy | speedup vs composite | speedup vs tfjs | peak bytes layerkit / composite |');
      lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const row of backwardRows.filter((r) => r.size === largest)) {
        lines.push(`| ${row.op} | ${row.backwardSupport} | ${ms(row.backward.layerkit)} | ${ms(row.backward.composite)} | ${ms(row.backward.tfjs)} | ${ms(copyOf(row))}`
          + ` | ${times(row.ratios.layerkitBackwardOverCopy)} | ${times(row.ratios.layerkitGradientOnlyOverCopy)} | ${times(row.ratios.compositeBackwardOverCopy)} | ${times(row.ratios.tfjsBackwardOverCopy)}`
          + ` | ${times(row.ratios.backwardSpeedupVsComposite)} | ${times(row.ratios.backwardSpeedupVsTfjs)}`
          + ` | ${bytes(row.backward.layerkit?.peakBytes)} / ${bytes(row.backward.composite?.peakBytes)} |`);
      }
      lines.push('');
      lines.push(`![${backend}: backward time over copy at ${sizeLabel(largest)}](${backend}-backward-over-copy.svg)`, '');
    }
    lines.push('### Every size', '');
    lines.push('| op | size | shape | layerkit ms | composite ms | tfjs ms | copy ms | layerkit × copy | speedup vs composite | speedup vs tfjs |');
    lines.push('|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      lines.push(`| ${row.op} | ${sizeLabel(row.size)} | [${row.shape.join(', ')}] | ${ms(row.results.layerkit)} | ${ms(row.results.composite)} | ${ms(row.results.tfjs)}`
        + ` | ${ms(row.results.copy)} | ${times(row.ratios.layerkitOverCopy)} | ${times(row.ratios.speedupVsComposite)} | ${times(row.ratios.speedupVsTfjs)} |`);
    }
    lines.push('');
    if (backwardRows.length) {
      lines.push('### Backward, every size', '');
      lines.push('| op | size | shape | layerkit ms | composite ms | tfjs ms | copy ms | layerkit × copy | speedup vs composite | speedup vs tfjs |');
      lines.push('|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
      for (const row of backwardRows) {
        lines.push(`| ${row.op} | ${sizeLabel(row.size)} | [${row.shape.join(', ')}] | ${ms(row.backward.layerkit)} | ${ms(row.backward.composite)} | ${ms(row.backward.tfjs)}`
          + ` | ${ms(copyOf(row))} | ${times(row.ratios.layerkitBackwardOverCopy)} | ${times(row.ratios.backwardSpeedupVsComposite)} | ${times(row.ratios.backwardSpeedupVsTfjs)} |`);
      }
      lines.push('');
    }
    const errors = rows.flatMap((row) => [
      ...Object.entries(row.results).filter(([, r]) => r.error).map(([name, r]) => `${row.op} ${sizeLabel(row.size)} ${name}: ${r.error}`),
      ...Object.entries(row.backward ?? {}).filter(([, r]) => r.error).map(([name, r]) => `${row.op} ${sizeLabel(row.size)} ${name} backward: ${r.error}`),
    ]);
    if (errors.length) {
      lines.push('Errors (a variant that could not run here):', '');
      for (const error of [...new Set(errors)]) lines.push(`- ${error}`);
      lines.push('');
    }
    const training = run.training.filter((t) => t.backend === backend);
    if (training.length) {
      lines.push('### Training step', '');
      lines.push('One `trainOnBatch` (forward, backward, Adam update), median ms; ratio = flavour / stock (below 1 is faster).', '');
      lines.push('| model | flavour | layers | ms/step | ratio | peak bytes | params |');
      lines.push('|---|---|---|---:|---:|---:|---:|');
      for (const t of training) {
        for (const [flavour, r] of Object.entries(t.results)) {
          lines.push(`| ${t.model} | ${flavour} | ${t.description[flavour]} | ${r.error ? `error: ${r.error}` : r.median.toFixed(1)}`
            + ` | ${flavour === 'stock' ? '1.00×' : times(t.ratios[flavour])} | ${bytes(r.peakBytes)} | ${r.params ?? '—'} |`);
        }
      }
      lines.push('');
    }
  }
  lines.push('Labels of what ran (composite formulas and tfjs implementations):', '');
  const labels = new Map();
  for (const row of run.rows) {
    for (const [name, r] of Object.entries(row.results)) labels.set(`${row.op} ${name}`, r.label);
    for (const [name, r] of Object.entries(row.backward ?? {})) if (name !== 'copy') labels.set(`${row.op} ${name} backward`, r.label);
  }
  for (const [key, label] of labels) lines.push(`- ${key}: ${label}`);
  lines.push('');
  return lines.join('\n');
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const COLOURS = { layerkit: '#1f77b4', composite: '#ff7f0e', tfjs: '#2ca02c', copy: '#7f7f7f' };

/**
 * Grouped bars, log scale: each variant's time over the copy, per op, at the largest size; with
 * `backward`, the times of tf.grads (rows measured with the backward only).
 */
export function overCopyChart(run, backend, { backward = false } = {}) {
  const rows = run.rows.filter((row) => row.backend === backend && (!backward || row.backward));
  const largest = Math.max(...rows.map((row) => row.size));
  const data = rows.filter((row) => row.size === largest).map((row) => ({
    op: row.op,
    values: backward
      ? { layerkit: row.ratios.layerkitBackwardOverCopy, composite: row.ratios.compositeBackwardOverCopy, tfjs: row.ratios.tfjsBackwardOverCopy }
      : { layerkit: row.ratios.layerkitOverCopy, composite: row.ratios.compositeOverCopy, tfjs: row.ratios.tfjsOverCopy },
  }));
  const series = ['layerkit', 'composite', 'tfjs'];
  const all = data.flatMap((d) => series.map((s) => d.values[s]).filter((v) => v != null));
  const top = Math.max(2, ...all);
  const logTop = Math.ceil(Math.log10(top) * 2) / 2;
  // At least wide enough for the title and the legend, however few ops ran.
  const width = Math.max(640, 80 + data.length * 64);
  const height = 320;
  const plot = { left: 60, right: width - 20, top: 40, bottom: height - 70 };
  const yOf = (value) => plot.bottom - (Math.log10(Math.max(value, 1e-3)) + 0.5) / (logTop + 0.5) * (plot.bottom - plot.top);
  const parts = [];
  const title = backward
    ? `${backend}: tf.grads (forward + backward) over a copy, ${sizeLabel(largest)} elements (log scale, lower is better)`
    : `${backend}: time over a copy of the same bytes, ${sizeLabel(largest)} elements (log scale, lower is better)`;
  parts.push(`<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">${escape(title)}</text>`);
  for (let power = -0.5; power <= logTop + 1e-9; power += 0.5) {
    const y = yOf(10 ** power);
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    parts.push(`<text x="${plot.left - 6}" y="${y + 4}" text-anchor="end" font-size="10">${Number((10 ** power).toPrecision(2))}×</text>`);
  }
  const copyY = yOf(1);
  parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${copyY}" y2="${copyY}" stroke="${COLOURS.copy}" stroke-dasharray="4 3"/>`);
  data.forEach((d, index) => {
    const x0 = plot.left + 10 + index * 64;
    series.forEach((s, k) => {
      const value = d.values[s];
      if (value == null) return;
      const y = yOf(value);
      const base = yOf(10 ** -0.5);
      parts.push(`<rect x="${x0 + k * 16}" y="${Math.min(y, base)}" width="14" height="${Math.abs(base - y)}" fill="${COLOURS[s]}"><title>${escape(`${d.op} ${s}: ${value.toFixed(2)}× copy`)}</title></rect>`);
    });
    parts.push(`<text x="${x0 + 24}" y="${plot.bottom + 14}" text-anchor="end" font-size="11" transform="rotate(-35 ${x0 + 24} ${plot.bottom + 14})">${escape(d.op)}</text>`);
  });
  series.forEach((s, k) => {
    parts.push(`<rect x="${plot.left + k * 110}" y="${height - 18}" width="12" height="12" fill="${COLOURS[s]}"/><text x="${plot.left + k * 110 + 16}" y="${height - 8}" font-size="11">${s}</text>`);
  });
  parts.push(`<line x1="${plot.left + 330}" x2="${plot.left + 350}" y1="${height - 12}" y2="${height - 12}" stroke="${COLOURS.copy}" stroke-dasharray="4 3"/><text x="${plot.left + 354}" y="${height - 8}" font-size="11">copy (1×)</text>`);
  return svg(width, height, parts);
}

/** Lines: layerkit's speedup over the composite, per op, across sizes (log₂ size on x). */
export function speedupChart(run, backend) {
  const rows = run.rows.filter((row) => row.backend === backend && row.ratios.speedupVsComposite != null);
  const ops = [...new Set(rows.map((row) => row.op))];
  const sizes = [...new Set(rows.map((row) => row.size))].sort((a, b) => a - b);
  const width = 640;
  const height = 360;
  const plot = { left: 60, right: width - 150, top: 40, bottom: height - 40 };
  const values = rows.map((row) => row.ratios.speedupVsComposite);
  const top = Math.max(2, ...values);
  const bottom = Math.min(0.5, ...values);
  const xOf = (size) => plot.left + (sizes.length === 1 ? 0.5 : sizes.indexOf(size) / (sizes.length - 1)) * (plot.right - plot.left);
  const yOf = (value) => plot.bottom - (Math.log2(value) - Math.log2(bottom)) / (Math.log2(top) - Math.log2(bottom)) * (plot.bottom - plot.top);
  const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31'];
  const parts = [`<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">${escape(`${backend}: layerkit speedup over the tfjs composite (log scale, above 1 = faster)`)}</text>`];
  for (let power = Math.floor(Math.log2(bottom)); power <= Math.ceil(Math.log2(top)); power++) {
    const y = yOf(2 ** power);
    if (y < plot.top - 1 || y > plot.bottom + 1) continue;
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${y}" y2="${y}" stroke="${power === 0 ? '#999' : '#ddd'}"/>`);
    parts.push(`<text x="${plot.left - 6}" y="${y + 4}" text-anchor="end" font-size="10">${2 ** power}×</text>`);
  }
  for (const size of sizes) parts.push(`<text x="${xOf(size)}" y="${plot.bottom + 16}" text-anchor="middle" font-size="10">${sizeLabel(size)}</text>`);
  ops.forEach((op, index) => {
    const colour = palette[index % palette.length];
    const points = rows.filter((row) => row.op === op).map((row) => `${xOf(row.size).toFixed(1)},${yOf(row.ratios.speedupVsComposite).toFixed(1)}`);
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"><title>${escape(op)}</title></polyline>`);
    parts.push(`<rect x="${plot.right + 14}" y="${plot.top + index * 18}" width="12" height="3" fill="${colour}"/><text x="${plot.right + 30}" y="${plot.top + index * 18 + 5}" font-size="11">${escape(op)}</text>`);
  });
  return svg(width, height, parts);
}

function svg(width, height, parts) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n`
    + `<rect width="100%" height="100%" fill="white"/>\n${parts.join('\n')}\n</svg>\n`;
}

/** Writes <name>.json, <name>.md and per-backend SVGs into `directory`. */
export function writeResults(directory, name, run, title) {
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, `${name}.json`), `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(path.join(directory, `${name}.md`), markdown(run, title));
  const written = [`${name}.json`, `${name}.md`];
  for (const backend of run.meta.backends) {
    if (!run.rows.some((row) => row.backend === backend)) continue;
    writeFileSync(path.join(directory, `${backend}-over-copy.svg`), overCopyChart(run, backend));
    writeFileSync(path.join(directory, `${backend}-speedup.svg`), speedupChart(run, backend));
    written.push(`${backend}-over-copy.svg`, `${backend}-speedup.svg`);
    if (run.rows.some((row) => row.backend === backend && row.backward)) {
      writeFileSync(path.join(directory, `${backend}-backward-over-copy.svg`), overCopyChart(run, backend, { backward: true }));
      written.push(`${backend}-backward-over-copy.svg`);
    }
  }
  return written;
}
