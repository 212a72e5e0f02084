// Contrastive representation losses: SupCon ("Supervised Contrastive Learning", SupContrast
// reference code), InfoNCE / CLIP / NT-Xent (GradCache, CLIP), I-Con and PatchNCE (CUT).
// Known limits: SupCon batch binding, M2-Encoder grouped aggregation and PatchNCE's patch
// sampler and MLP heads are not included (the heads are ordinary layers of the user's model).
import * as tf from '@tensorflow/tfjs-core';
import { checkFloat, checkOption, checkOptionNames, defineLoss, formatShape, l2Normalise, stopGradient, type OptionNames } from '../common.js';
import type { LossEntry } from '../entry.js';
import { dot, logSumExp, mean, normalise, type Matrix } from '../math64.js';

const MASKED = -1e9;

function labelsVector(name: string, yTrue: tf.Tensor, batch: number): tf.Tensor {
  if (yTrue.size !== batch) throw new Error(`${name}: expected one label per row of yPred (${batch}), got yTrue ${formatShape(yTrue.shape)}`);
  return tf.reshape(yTrue, [batch]);
}

function checkEmbeddings(name: string, yPred: tf.Tensor): number {
  checkFloat(name, yPred, 'yPred');
  if (yPred.rank !== 2) throw new Error(`${name}: expected embeddings yPred [batch, dim], got ${formatShape(yPred.shape)}`);
  return yPred.shape[0]!;
}

/** Row-wise log-softmax over j != i: the diagonal gets a large negative logit (not -inf, which would NaN the gradient). */
function offDiagonalLogSoftmax(logits: tf.Tensor): tf.Tensor {
  const batch = logits.shape[0]!;
  return tf.logSoftmax(tf.add(logits, tf.mul(tf.eye(batch), MASKED)));
}

export interface SupConOptions {
  readonly temperature?: number;
  /** Loss scale tau/baseTemperature (SupContrast); default baseTemperature = temperature (factor 1). */
  readonly baseTemperature?: number;
  /** Apply ReLU to the projection before normalising (Kini et al.: symmetric collapse under imbalance). */
  readonly reluHead?: boolean;
}

const SUPCON_OPTIONS: OptionNames<SupConOptions> = { temperature: true, baseTemperature: true, reluHead: true };
const LABELS_LAYOUT = 'class labels [batch] or [batch, 1], one per row of yPred';
/** What model.fit needs as y for a loss that ignores it: only its batch size is checked, by tfjs. */
const IGNORED_LAYOUT = 'ignored: any tensor with one row per sample, e.g. tf.zeros([batch, 1])';

/** yTrue: class labels [batch] or [batch, 1] (every view carries its image's label); yPred: projections [batch, dim]. */
export const supConLoss = defineLoss<SupConOptions>('supConLoss', { options: SUPCON_OPTIONS, targetLayout: LABELS_LAYOUT }, (yTrue, yPred, options) => {
  const name = 'supConLoss';
  const batch = checkEmbeddings(name, yPred);
  const temperature = options.temperature ?? 0.1;
  checkOption(name, 'temperature', temperature, (value) => value > 0, '> 0');
  const scale = temperature / (options.baseTemperature ?? temperature);
  return tf.tidy(() => {
    const labels = labelsVector(name, yTrue, batch);
    const embeddings = l2Normalise(options.reluHead ? tf.relu(yPred) : yPred);
    const logProbabilities = offDiagonalLogSoftmax(tf.div(tf.matMul(embeddings, embeddings, false, true), temperature));
    const positives = tf.mul(tf.cast(tf.equal(tf.expandDims(labels, 1), tf.expandDims(labels, 0)), 'float32'), tf.sub(1, tf.eye(batch)));
    const positiveCount = tf.sum(positives, 1);
    const hasPositive = tf.cast(tf.greater(positiveCount, 0), 'float32');
    // Anchors without a positive are skipped (the reference code would give NaN for them).
    const perAnchor = tf.div(tf.neg(tf.sum(tf.mul(positives, logProbabilities), 1)), tf.maximum(positiveCount, 1));
    return tf.mul(scale, tf.div(tf.sum(tf.mul(perAnchor, hasPositive)), tf.maximum(tf.sum(hasPositive), 1)));
  });
});

export interface NtXentOptions {
  /** SimCLR's default 0.5. */
  readonly temperature?: number;
}

/**
 * NT-Xent (SimCLR): yPred [2N, dim] holds two views, rows i and i + N of the same image; each
 * view's only positive is its partner and all 2N - 2 others are negatives. yTrue is ignored.
 */
export const ntXentLoss = defineLoss<NtXentOptions>('ntXentLoss', { options: { temperature: true }, targetLayout: IGNORED_LAYOUT }, (_yTrue, yPred, options) => {
  const name = 'ntXentLoss';
  const batch = checkEmbeddings(name, yPred);
  if (batch % 2 !== 0) throw new Error(`${name}: expected an even number of rows (two views per image), got ${batch}`);
  const pairIds = tf.tensor1d(Array.from({ length: batch }, (_, index) => index % (batch / 2)));
  try {
    return supConLoss(pairIds, yPred, { temperature: options.temperature ?? 0.5 });
  } finally {
    pairIds.dispose();
  }
});

export interface InfoNceOptions {
  readonly temperature?: number;
  /** 'cosine' L2-normalises q and k (eps 1e-12); 'dot' uses raw inner products (GradCache, DPR). */
  readonly similarity?: 'cosine' | 'dot';
  /** CLIP's 0.5*(rows + columns); needs as many keys as queries. */
  readonly symmetric?: boolean;
  /** Hard negatives per query laid out after each positive key: pos(i) = i*(n + 1). */
  readonly hardNegatives?: number;
  /**
   * A trainable log-scale t (CLIP): logits are multiplied by min(exp(t), 100) instead of
   * 1/temperature. Create it with `tf.variable(tf.scalar(initialLogitScale()))` and train it
   * in a custom loop (model.fit only updates the model's own weights).
   */
  readonly logitScale?: tf.Tensor;
}

const INFO_NCE_OPTIONS: OptionNames<InfoNceOptions> = { temperature: true, similarity: true, symmetric: true, hardNegatives: true, logitScale: true };

/** ln(1/0.07), CLIP's initial log logit scale. */
export function initialLogitScale(temperature = 0.07): number {
  return Math.log(1 / temperature);
}

/** InfoNCE with in-batch negatives for queries [B, d] and keys [B', d], B' = B*(hardNegatives + 1). */
export function infoNcePairs(queries: tf.Tensor, keys: tf.Tensor, options: InfoNceOptions = {}): tf.Tensor {
  const name = 'infoNce';
  checkOptionNames('infoNcePairs', options, INFO_NCE_OPTIONS);
  checkFloat(name, queries, 'queries');
  checkFloat(name, keys, 'keys');
  const hardNegatives = options.hardNegatives ?? 0;
  const temperature = options.temperature ?? 0.07;
  checkOption(name, 'temperature', temperature, (value) => value > 0, '> 0');
  const similarity = options.similarity ?? 'cosine';
  if (similarity !== 'cosine' && similarity !== 'dot') throw new Error(`${name}: expected similarity 'cosine' or 'dot', got '${String(similarity)}'`);
  const batch = queries.shape[0]!;
  if (queries.rank !== 2 || keys.rank !== 2 || queries.shape[1] !== keys.shape[1] || keys.shape[0] !== batch * (hardNegatives + 1)) {
    throw new Error(`${name}: expected queries [B, d] and keys [B*(hardNegatives + 1), d], got queries ${formatShape(queries.shape)} and keys ${formatShape(keys.shape)} with hardNegatives ${hardNegatives}`);
  }
  if (options.symmetric && hardNegatives > 0) throw new Error(`${name}: the symmetric (CLIP) form needs one key per query; got hardNegatives ${hardNegatives}`);
  return tf.tidy(() => {
    const q = similarity === 'cosine' ? l2Normalise(queries) : queries;
    const k = similarity === 'cosine' ? l2Normalise(keys) : keys;
    const scale = options.logitScale ? tf.minimum(tf.exp(options.logitScale), 100) : tf.scalar(1 / temperature);
    const logits = tf.mul(tf.matMul(q, k, false, true), scale);
    const positiveIndex = tf.tensor1d(Array.from({ length: batch }, (_, index) => index * (hardNegatives + 1)), 'int32');
    const positiveMask = tf.oneHot(positiveIndex, keys.shape[0]!);
    const rows = tf.mean(tf.neg(tf.sum(tf.mul(positiveMask, tf.logSoftmax(logits)), -1)));
    if (!options.symmetric) return rows;
    const columns = tf.mean(tf.neg(tf.sum(tf.mul(positiveMask, tf.logSoftmax(tf.transpose(logits))), -1)));
    return tf.mul(0.5, tf.add(rows, columns));
  });
}

/** Compile form: yPred = concat([queries, keys], -1) of shape [B, 2d]; yTrue is ignored. */
export const infoNce = defineLoss<InfoNceOptions>('infoNce', { options: INFO_NCE_OPTIONS, targetLayout: IGNORED_LAYOUT }, (_yTrue, yPred, options) => {
  const name = 'infoNce';
  checkFloat(name, yPred, 'yPred');
  const width = yPred.shape[yPred.rank - 1]!;
  if (yPred.rank !== 2 || width % 2 !== 0) throw new Error(`${name}: expected yPred = concat([queries, keys], -1) of shape [B, 2d], got ${formatShape(yPred.shape)}`);
  const [queries, keys] = tf.split(yPred, 2, -1) as [tf.Tensor, tf.Tensor];
  try {
    return infoNcePairs(queries, keys, options);
  } finally {
    tf.dispose([queries, keys]);
  }
});

export interface IConOptions {
  /** tau = 2*sigma^2 of the learned Gaussian (cosine) neighbourhood; default 0.5 (SimCLR recipe). */
  readonly temperature?: number;
  /** Debiasing: p~ = (1 - alpha)*p + alpha/(B - 1) on rows that have supervision. */
  readonly debiasAlpha?: number;
}

/**
 * I-Con: (1/B)*sum_i sum_{j != i} p~(j|i)*(-log q(j|i)), q = softmax over j != i of cos/tau,
 * p uniform over the other rows sharing yTrue's id (augmentation pairs or class labels). Rows
 * with no partner have p = 0 and add nothing; the mean still runs over all B rows.
 */
export const iConLoss = defineLoss<IConOptions>('iConLoss', {
  options: { temperature: true, debiasAlpha: true },
  targetLayout: 'pair or class ids [batch] or [batch, 1], one per row of yPred',
}, (yTrue, yPred, options) => {
  const name = 'iConLoss';
  const batch = checkEmbeddings(name, yPred);
  const temperature = options.temperature ?? 0.5;
  const debiasAlpha = options.debiasAlpha ?? 0;
  checkOption(name, 'temperature', temperature, (value) => value > 0, '> 0');
  checkOption(name, 'debiasAlpha', debiasAlpha, (value) => value >= 0 && value <= 1, 'in [0, 1]');
  return tf.tidy(() => {
    const ids = labelsVector(name, yTrue, batch);
    const embeddings = l2Normalise(yPred);
    const logQ = offDiagonalLogSoftmax(tf.div(tf.matMul(embeddings, embeddings, false, true), temperature));
    const offDiagonal = tf.sub(1, tf.eye(batch));
    const partners = tf.mul(tf.cast(tf.equal(tf.expandDims(ids, 1), tf.expandDims(ids, 0)), 'float32'), offDiagonal);
    const count = tf.sum(partners, 1, true);
    const supervised = tf.cast(tf.greater(count, 0), 'float32');
    const p = tf.div(partners, tf.maximum(count, 1));
    const debiased = tf.add(tf.mul(p, 1 - debiasAlpha), tf.mul(tf.mul(offDiagonal, supervised), debiasAlpha / (batch - 1)));
    return tf.div(tf.neg(tf.sum(tf.mul(debiased, logQ))), batch);
  });
});

export interface PatchNceOptions {
  readonly temperature?: number;
  /** Negatives from every image of the batch (single-image mode), not only the same image. */
  readonly negativesFromBatch?: boolean;
}

/**
 * PatchNCE for one layer: queries (from G(x)) and keys (from x) [B, S, C] at the same S sampled
 * positions, already through the layer's MLP head. Keys are detached; features are normalised as
 * v/(||v|| + 1e-7). Returns the mean over the B*S queries (multiply by lambda/L and sum layers).
 */
export function patchNceLoss(queries: tf.Tensor, keys: tf.Tensor, options: PatchNceOptions = {}): tf.Tensor {
  const name = 'patchNceLoss';
  checkOptionNames(name, options, { temperature: true, negativesFromBatch: true } satisfies OptionNames<PatchNceOptions>);
  checkFloat(name, queries, 'queries');
  checkFloat(name, keys, 'keys');
  if (queries.rank !== 3 || !tf.util.arraysEqual(queries.shape, keys.shape)) {
    throw new Error(`${name}: expected queries and keys of the same shape [batch, patches, channels], got ${formatShape(queries.shape)} and ${formatShape(keys.shape)}`);
  }
  const temperature = options.temperature ?? 0.07;
  checkOption(name, 'temperature', temperature, (value) => value > 0, '> 0');
  return tf.tidy(() => {
    const normaliseFeatures = (tensor: tf.Tensor) => tf.div(tensor, tf.add(tf.sqrt(tf.sum(tf.square(tensor), -1, true)), 1e-7));
    const [batch, patches, channels] = queries.shape as [number, number, number];
    let q = normaliseFeatures(queries);
    let k = stopGradient(normaliseFeatures(keys));
    if (options.negativesFromBatch) {
      q = tf.reshape(q, [1, batch * patches, channels]);
      k = tf.reshape(k, [1, batch * patches, channels]);
    }
    const logits = tf.div(tf.matMul(q, k, false, true), temperature);
    const count = logits.shape[1]!;
    const positive = tf.sum(tf.mul(logits, tf.eye(count)), -1);
    return tf.mean(tf.sub(tf.logSumExp(logits, -1), positive));
  });
}

// ---- float64 references ----

export function supConReference(yTrue: Matrix, yPred: Matrix, temperature: number): number {
  const z = yPred.map((row) => normalise(row));
  const labels = yTrue.map((row) => row[0]!);
  const losses: number[] = [];
  z.forEach((anchor, i) => {
    const others = z.map((row, a) => (a === i ? null : dot(anchor, row) / temperature)).filter((value): value is number => value !== null);
    const normaliser = logSumExp(others);
    const positives = z.map((row, p) => (p !== i && labels[p] === labels[i] ? dot(anchor, row) / temperature - normaliser : null))
      .filter((value): value is number => value !== null);
    if (positives.length > 0) losses.push(-mean(positives));
  });
  return mean(losses);
}

function infoNceReference(yPred: Matrix, temperature: number, symmetric: boolean): number {
  const width = yPred[0]!.length / 2;
  const q = yPred.map((row) => normalise(row.slice(0, width)));
  const k = yPred.map((row) => normalise(row.slice(width)));
  const logits = q.map((query) => k.map((key) => dot(query, key) / temperature));
  const rows = mean(logits.map((row, i) => logSumExp(row) - row[i]!));
  if (!symmetric) return rows;
  const columns = mean(logits.map((_, j) => logSumExp(logits.map((row) => row[j]!)) - logits[j]![j]!));
  return 0.5 * (rows + columns);
}

function iConReference(yTrue: Matrix, yPred: Matrix, temperature: number, debiasAlpha: number): number {
  const z = yPred.map((row) => normalise(row));
  const ids = yTrue.map((row) => row[0]!);
  const batch = z.length;
  let total = 0;
  z.forEach((anchor, i) => {
    const candidates = z.map((row, j) => ({ j, logit: dot(anchor, row) / temperature })).filter(({ j }) => j !== i);
    const normaliser = logSumExp(candidates.map(({ logit }) => logit));
    const partners = candidates.filter(({ j }) => ids[j] === ids[i]).length;
    if (partners === 0) return;
    for (const { j, logit } of candidates) {
      const p = (ids[j] === ids[i] ? 1 / partners : 0) * (1 - debiasAlpha) + debiasAlpha / (batch - 1);
      total += p * -(logit - normaliser);
    }
  });
  return total / batch;
}

function patchNceReference(keys: Matrix, queries: Matrix, temperature: number): number {
  const unit = (row: number[]) => { const length = Math.sqrt(dot(row, row)) + 1e-7; return row.map((value) => value / length); };
  const q = queries.map(unit);
  const k = keys.map(unit);
  return mean(q.map((query, s) => {
    const logits = k.map((key) => dot(query, key) / temperature);
    return logSumExp(logits) - logits[s]!;
  }));
}

const VIEWS: Matrix = [[0.9, 0.1, -0.2], [0.7, 0.3, 0.1], [-0.1, 0.8, 0.4], [0.2, 0.9, 0.3], [0.5, -0.6, 0.7], [-0.3, 0.2, 0.9]];

export const supConEntry: LossEntry = {
  id: 'losses.supcon',
  kind: 'loss',
  names: ['supConLoss'],
  summary: 'Supervised contrastive loss (L_out form), anchors without positives skipped, optional ReLU head.',
  cases: [
    { label: 'oracle: labels [0, 0, 1], z = [e1, e1, e2], tau = 1', yTrue: [[0], [0], [1]], yPred: [[1, 0], [1, 0], [0, 1]], expected: 0.3132617, loss: supConLoss({ temperature: 1 }), reference: (t, p) => supConReference(t, p, 1) },
    { label: 'six views, three classes, tau = 0.1', yTrue: [[0], [0], [1], [1], [2], [2]], yPred: VIEWS, loss: supConLoss(), reference: (t, p) => supConReference(t, p, 0.1) },
  ],
  badInputs: [
    { label: 'labels do not match the batch', run: () => supConLoss(tf.ones([2, 1]), tf.ones([3, 4])), message: /supConLoss: expected one label per row of yPred \(3\), got yTrue \[2, 1\]/ },
  ],
};

export const infoNceEntry: LossEntry = {
  id: 'losses.info-nce',
  kind: 'loss',
  names: ['infoNce', 'infoNcePairs', 'ntXentLoss', 'initialLogitScale'],
  summary: 'InfoNCE with in-batch (and hard) negatives, symmetric CLIP form, NT-Xent; cosine or dot similarity.',
  cases: [
    { label: 'oracle: q = k = [e1, e2], tau = 1', yTrue: [[0], [0]], yPred: [[1, 0, 1, 0], [0, 1, 0, 1]], expected: 0.3132617, loss: infoNce({ temperature: 1 }), reference: (_t, p) => infoNceReference(p, 1, false) },
    { label: 'symmetric CLIP form, tau = 0.07', yTrue: [[0], [0], [0]], yPred: VIEWS.slice(0, 3).map((row, i) => [...row, ...VIEWS[i + 3]!]), loss: infoNce({ symmetric: true }), reference: (_t, p) => infoNceReference(p, 0.07, true) },
    { label: 'NT-Xent equals SupCon with pair labels', yTrue: [[0], [0], [0], [0], [0], [0]], yPred: VIEWS, loss: ntXentLoss(), reference: (_t, p) => supConReference([[0], [1], [2], [0], [1], [2]], p, 0.5) },
  ],
  badInputs: [
    { label: 'odd yPred width', run: () => infoNce(tf.ones([2, 1]), tf.ones([2, 3])), message: /infoNce: expected yPred = concat\(\[queries, keys\], -1\) of shape \[B, 2d\], got \[2, 3\]/ },
    { label: 'keys not matching the hard-negative layout', run: () => infoNcePairs(tf.ones([2, 3]), tf.ones([3, 3]), { hardNegatives: 1 }), message: /infoNce: expected queries \[B, d\] and keys \[B\*\(hardNegatives \+ 1\), d\]/ },
  ],
};

export const iConEntry: LossEntry = {
  id: 'losses.i-con',
  kind: 'loss',
  names: ['iConLoss'],
  summary: 'I-Con integrated KL: cross-entropy of a supervisory neighbourhood p(j|i) against the learned softmax neighbourhood q(j|i).',
  cases: [
    { label: 'oracle: pair (0, 1), f = [e1, e1, e2], tau = 1', yTrue: [[0], [0], [1]], yPred: [[1, 0], [1, 0], [0, 1]], expected: 2 * 0.3132617 / 3, loss: iConLoss({ temperature: 1 }), reference: (t, p) => iConReference(t, p, 1, 0) },
    { label: 'six views with debiasing 0.2', yTrue: [[0], [0], [1], [1], [2], [3]], yPred: VIEWS, loss: iConLoss({ debiasAlpha: 0.2 }), reference: (t, p) => iConReference(t, p, 0.5, 0.2) },
  ],
  badInputs: [
    { label: 'debiasAlpha above 1', run: () => iConLoss(tf.ones([2, 1]), tf.ones([2, 2]), { debiasAlpha: 2 }), message: /iConLoss: expected debiasAlpha in \[0, 1\], got 2/ },
  ],
};

const PATCH_KEYS: Matrix = [[0.9, 0.1, 0.3], [0.1, 0.8, -0.2], [0.4, 0.4, 0.7], [-0.5, 0.2, 0.1]];

export const patchNceEntry: LossEntry = {
  id: 'losses.patch-nce',
  kind: 'loss',
  names: ['patchNceLoss'],
  summary: 'PatchNCE: per-position InfoNCE between output and input patch features, negatives from the same image, keys detached.',
  cases: [
    {
      // The conformance harness differentiates yPred only: here yPred holds the queries and yTrue
      // the (detached) keys of one image with four sampled patches.
      label: 'four patches of one image, tau = 0.5',
      yTrue: PATCH_KEYS, yPred: [[0.8, 0.2, 0.2], [0.2, 0.7, 0.1], [0.3, 0.5, 0.6], [-0.4, 0.1, 0.3]],
      loss: (yTrue, yPred) => tf.tidy(() => patchNceLoss(tf.expandDims(yPred, 0), tf.expandDims(yTrue, 0), { temperature: 0.5 })),
      reference: (yTrue, yPred) => patchNceReference(yTrue, yPred, 0.5),
    },
    {
      label: 'oracle: two orthonormal patches, tau = 1',
      yTrue: [[1, 0], [0, 1]], yPred: [[1, 0], [0, 1]], expected: Math.log1p(Math.exp(-1)),
      loss: (yTrue, yPred) => tf.tidy(() => patchNceLoss(tf.expandDims(yPred, 0), tf.expandDims(yTrue, 0), { temperature: 1 })),
      reference: (yTrue, yPred) => patchNceReference(yTrue, yPred, 1),
    },
  ],
  badInputs: [
    { label: 'rank-2 features', run: () => patchNceLoss(tf.ones([4, 3]), tf.ones([4, 3])), message: /patchNceLoss: expected queries and keys of the same shape \[batch, patches, channels\]/ },
  ],
};

