// Hand-written tests for behaviour the generated suite does not cover: model.compile / fit /
// save / load, reductions, identities between losses, state updates and catalog claims.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { erfc64 } from '@layerkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attachLoss, binaryCrossentropy, binaryFocalCrossentropy, categoricalCrossentropy, CenterLoss, companionWeight, decodeHistogram, deepSupervisionLoss,
  deserializeLoss, fgsmAdversarialLoss, focalLoss, hlGaussLoss, hlGaussTarget, infoNcePairs, knowledgeDistillation, lossFactory, lossFromModel, lossNames,
  MinimumHypersphericalEnergy, NormLoss, ntXentLoss, patchNceLoss, serializeLoss, sparseCategoricalCrossentropy, sparsemaxLoss, sparsemaxProjection,
  supConLoss, infoNce, twoHotTarget, EarlyLearningRegularization, flooding, pinballLoss,
} from '@layerkit/losses';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function saveToMemory(model: tfl.LayersModel, includeOptimizer = false): Promise<tf.io.ModelArtifacts> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }), { includeOptimizer });
  return saved!;
}

const scalar = (tensor: tf.Tensor) => { const value = tensor.dataSync()[0]!; tensor.dispose(); return value; };

describe('model.compile, fit, save and load', () => {
  it('trains with focalLoss({gamma, alpha}), saves the loss in metadata and reloads it with identical values', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [4], activation: 'sigmoid', kernelInitializer: 'glorotNormal' })] });
    const loss = focalLoss({ gamma: 3, alpha: 0.3 });
    model.compile({ loss, optimizer: tf.train.sgd(0.5) });
    const x = tf.randomNormal([32, 4], 0, 1, 'float32', 1);
    const y = tf.cast(tf.greater(tf.randomUniform([32, 3], 0, 1, 'float32', 2), 0.7), 'float32');
    const history = await model.fit(x, y, { epochs: 5, batchSize: 8, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses[4]!).toBeLessThan(losses[0]!);
    attachLoss(model, loss);
    const artifacts = await saveToMemory(model);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts));
    const restored = lossFromModel(loaded);
    expect(typeof restored).toBe('function');
    expect(serializeLoss(restored as tfl.LayersModel['loss'] as never)).toEqual({ name: 'focalLoss', options: { gamma: 3, alpha: 0.3 } });
    loaded.compile({ loss: restored, optimizer: 'sgd' });
    const original = scalar(model.evaluate(x, y) as tf.Scalar);
    const reloaded = scalar(loaded.evaluate(x, y) as tf.Scalar);
    expect(reloaded).toBe(original);
    tf.dispose([x, y]);
  });

  it('documents tfjs behaviour: includeOptimizer writes trainingConfig.loss = {} for a function loss', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [3], activation: 'softmax' })] });
    model.compile({ loss: categoricalCrossentropy({ labelSmoothing: 0.1 }), optimizer: 'adam' });
    const artifacts = await saveToMemory(model, true);
    expect((artifacts.trainingConfig as { loss: unknown }).loss).toEqual({});
  });

  it('resolves Keras 3 aliases and rejects unknown names', () => {
    expect(deserializeLoss('mse')).toBe('meanSquaredError');
    expect((deserializeLoss('bce') as { lossName: string }).lossName).toBe('binaryCrossentropy');
    expect(() => deserializeLoss('focal')).toThrow(/deserializeLoss: unknown loss 'focal' — expected one of/);
    expect(() => serializeLoss((a: tf.Tensor) => a)).toThrow(/serializeLoss: expected a configured layerkit loss/);
  });

  it('regularizers work inside a Dense layer and survive save and load', async () => {
    const model = tfl.sequential({
      layers: [tfl.layers.dense({ units: 4, inputShape: [3], kernelRegularizer: new MinimumHypersphericalEnergy({ s: 1, weight: 0.1 }) }),
        tfl.layers.dense({ units: 2, kernelRegularizer: new NormLoss({ lambda: 0.01 }) })],
    });
    model.compile({ loss: 'meanSquaredError', optimizer: 'sgd' });
    await model.fit(tf.ones([4, 3]), tf.zeros([4, 2]), { epochs: 1, verbose: 0 });
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model)));
    const config = loaded.layers[0]!.getConfig().kernelRegularizer as { className: string; config: Record<string, unknown> };
    expect(config.className).toBe('MinimumHypersphericalEnergy');
    expect(config.config).toEqual({ s: 1, weight: 0.1, halfSpace: false });
  });
});

describe('reductions and sample weights (3-sample batch by hand)', () => {
  // Per-sample binary cross-entropies: -ln 0.9, -ln 0.8, -ln 0.4.
  const yTrue = () => tf.tensor2d([[1], [0], [1]]);
  const yPred = () => tf.tensor2d([[0.9], [0.2], [0.4]]);
  const perSample = [-Math.log(0.9), -Math.log(0.8), -Math.log(0.4)];
  it.each([
    ['mean', perSample.reduce((a, b) => a + b) / 3],
    ['sumOverBatchSize', perSample.reduce((a, b) => a + b) / 3],
    ['sum', perSample.reduce((a, b) => a + b)],
  ] as const)('%s', (reduction, expected) => {
    expect(scalar(binaryCrossentropy(yTrue(), yPred(), { reduction }))).toBeCloseTo(expected, 5);
  });
  it('none returns per-sample values', () => {
    const values = Array.from(binaryCrossentropy(yTrue(), yPred(), { reduction: 'none' }).dataSync());
    values.forEach((value, index) => expect(value).toBeCloseTo(perSample[index]!, 5));
  });
  it('sample weights: mean divides by the batch, meanWithSampleWeight by the weights', () => {
    const weights = [2, 0, 2];
    const weighted = perSample.reduce((total, value, index) => total + value * weights[index]!, 0);
    expect(scalar(binaryCrossentropy(yTrue(), yPred(), { sampleWeight: weights }))).toBeCloseTo(weighted / 3, 5);
    expect(scalar(binaryCrossentropy(yTrue(), yPred(), { sampleWeight: weights, reduction: 'meanWithSampleWeight' }))).toBeCloseTo(weighted / 4, 5);
    expect(() => binaryCrossentropy(yTrue(), yPred(), { sampleWeight: [1, 2] })).toThrow(/binaryCrossentropy: expected sampleWeight of shape \[3\] \(one per sample\), got shape \[2\]/);
  });
});

describe('cross-entropy identities', () => {
  it('fromLogits equals the probability path on softmax(logits) within 1e-6 for logits in [-10, 10]', () => {
    const logits = tf.randomUniform([64, 5], -10, 10, 'float32', 3);
    const labels = tf.cast(tf.oneHot(tf.randomUniform([64], 0, 5, 'int32', 4), 5), 'float32');
    // Probabilities are clipped at 1e-7 on the probability path, so compare where no class is that small.
    const a = scalar(categoricalCrossentropy(labels, tf.mul(logits, 0.3), { fromLogits: true }));
    const b = scalar(categoricalCrossentropy(labels, tf.softmax(tf.mul(logits, 0.3))));
    expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, a) * 10);
  });
  it('uniform logits over K classes give ln K; ls = 0 matches tfjs categoricalCrossentropy', () => {
    expect(scalar(categoricalCrossentropy(tf.tensor2d([[0, 0, 1, 0, 0, 0, 0]]), tf.zeros([1, 7]), { fromLogits: true }))).toBeCloseTo(Math.log(7), 6);
    const labels = tf.tensor2d([[0, 1, 0], [1, 0, 0]]);
    const probabilities = tf.tensor2d([[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]]);
    expect(scalar(categoricalCrossentropy(labels, probabilities))).toBeCloseTo(scalar(tf.mean(tfl.metrics.categoricalCrossentropy(labels, probabilities))), 6);
  });
  it('ignoreClass: a batch [valid, ignored] equals the valid sample alone, not half of it', () => {
    const logits = tf.tensor2d([[2, 1, 0, -1], [0.5, 0.5, 0.5, 0.5]]);
    const both = scalar(sparseCategoricalCrossentropy(tf.tensor1d([0, 255]), logits, { fromLogits: true, ignoreClass: 255 }));
    expect(both).toBeCloseTo(0.4401897, 6);
  });
});

describe('ignoreClass with the reductions (Keras 3 mask semantics)', () => {
  // Per-sample CE of the kept entries 0 and 2: 0.4076060 and 1.0986123; entries 1 and 3 are ignored.
  const labels = () => tf.tensor1d([0, 2, 1, 2], 'int32');
  const logits = () => tf.tensor2d([[2, 1, 0], [0, 3, 1], [1, 1, 1], [0, 0, 4]]);
  const options = { fromLogits: true, ignoreClass: 2 } as const;
  it('meanWithSampleWeight without weights is the mean over the kept entries, like mean', () => {
    expect(scalar(sparseCategoricalCrossentropy(labels(), logits(), { ...options, reduction: 'meanWithSampleWeight' }))).toBeCloseTo(0.7531091, 6);
    expect(scalar(sparseCategoricalCrossentropy(labels(), logits(), options))).toBeCloseTo(0.7531091, 6);
  });
  it('meanWithSampleWeight divides by the kept entries\' weights only: 2.6048305/3', () => {
    expect(scalar(sparseCategoricalCrossentropy(labels(), logits(), { ...options, reduction: 'meanWithSampleWeight', sampleWeight: [1, 5, 2, 7] }))).toBeCloseTo(0.8682768, 6);
  });
  it('sum and none zero the ignored entries', () => {
    expect(scalar(sparseCategoricalCrossentropy(labels(), logits(), { ...options, reduction: 'sum', sampleWeight: [1, 5, 2, 7] }))).toBeCloseTo(2.6048305, 5);
    const none = Array.from(sparseCategoricalCrossentropy(labels(), logits(), { ...options, reduction: 'none' }).dataSync());
    [0.4076060, 0, 1.0986123, 0].forEach((value, index) => expect(none[index]!).toBeCloseTo(value, 6));
  });
  it('every entry ignored gives 0, not 0/0', () => {
    for (const reduction of ['mean', 'meanWithSampleWeight'] as const) {
      expect(scalar(sparseCategoricalCrossentropy(tf.tensor1d([2, 2], 'int32'), tf.ones([2, 3]), { ...options, reduction }))).toBe(0);
    }
  });
});

describe('HL-Gauss far outside the support', () => {
  const support = { vMin: -1, vMax: 1, numBins: 4 };
  it('y = 5: the loss is the float64 1.2425355, not NaN', () => {
    expect(scalar(hlGaussLoss(tf.tensor([[5]]), tf.tensor([[0.1, 0.2, 0.3, 0.4]]), support))).toBeCloseTo(1.2425355, 5);
  });
  it('targets beyond float32 range of the CDF put all mass on the edge bin', () => {
    const target = hlGaussTarget(tf.tensor1d([5, 40, 1e6, 1e30, Infinity, -3, -1e30, -Infinity]), support).arraySync() as number[][];
    const right = [0, 0, 0, 1];
    const left = [1, 0, 0, 0];
    [right, right, right, right, right, left, left, left].forEach((expected, row) => {
      expected.forEach((value, bin) => expect(Math.abs(target[row]![bin]! - value), `row ${row} bin ${bin}`).toBeLessThan(row === 5 ? 1e-2 : 3e-7));
    });
  });
  it('matches the float64 target to 1e-6 across the support and 12 sigma beyond', () => {
    const values = Array.from({ length: 41 }, (_, index) => -5.5 + index * 0.275);
    const target = hlGaussTarget(tf.tensor1d(values), support).arraySync() as number[][];
    values.forEach((value, row) => {
      const sigma = 0.75 * 0.5;
      const logCdf = [-1, -0.5, 0, 0.5, 1].map((edge) => (edge - value) / sigma);
      // Upper-tail differences in float64 stay exact this far out (erfc64 from core).
      const tail = (z: number) => 0.5 * erfc64(z / Math.SQRT2);
      const mass = logCdf.slice(0, 4).map((low, bin) => (low >= 0 ? tail(low) - tail(logCdf[bin + 1]!) : tail(-logCdf[bin + 1]!) - tail(-low)));
      const total = mass.reduce((a, b) => a + b, 0);
      mass.forEach((value64, bin) => expect(Math.abs(target[row]![bin]! - value64 / total), `y ${value} bin ${bin}`).toBeLessThan(1e-6));
    });
  });
});

describe('focal loss claims', () => {
  it('alpha without applyClassBalancing leaves the loss unweighted, as Keras 3 does', () => {
    expect(scalar(binaryFocalCrossentropy(tf.tensor2d([[1]]), tf.tensor2d([[0.9]]), { alpha: 0.25 }))).toBeCloseTo(0.0010536052, 8);
    expect(scalar(binaryFocalCrossentropy(tf.tensor2d([[1]]), tf.tensor2d([[0.9]]), { alpha: 0.25, applyClassBalancing: true }))).toBeCloseTo(0.00026340129, 8);
  });
  it('applyClassBalancing from logits is torchvision sigmoid_focal_loss (alpha 0.25, gamma 2, mean)', () => {
    const logits = [[1.5, -0.3, 2.2], [-1.1, 0.4, -2.5]];
    const targets = [[1, 0, 1], [0, 1, 1]];
    // torchvision/ops/focal_loss.py written out in float64.
    const values = logits.flatMap((row, i) => row.map((x, j) => {
      const t = targets[i]![j]!;
      const p = 1 / (1 + Math.exp(-x));
      const ce = Math.max(x, 0) - x * t + Math.log1p(Math.exp(-Math.abs(x)));
      const pT = p * t + (1 - p) * (1 - t);
      return (0.25 * t + 0.75 * (1 - t)) * ce * (1 - pT) ** 2;
    }));
    const torchvision = values.reduce((a, b) => a + b, 0) / values.length;
    expect(scalar(focalLoss(tf.tensor2d(targets), tf.tensor2d(logits), { fromLogits: true, applyClassBalancing: true }))).toBeCloseTo(torchvision, 6);
  });
  it('gamma = 0 without balancing equals binary cross-entropy; FL <= BCE pointwise', () => {
    const y = tf.tensor2d([[1, 0, 1, 0, 1]]);
    const p = tf.tensor2d([[0.9, 0.2, 0.35, 0.7, 0.05]]);
    expect(scalar(focalLoss(y, p, { gamma: 0 }))).toBeCloseTo(scalar(binaryCrossentropy(y, p)), 6);
    const focal = focalLoss(y, p, { reduction: 'none', gamma: 2 }).dataSync();
    const plain = binaryCrossentropy(y, p, { reduction: 'none' }).dataSync();
    focal.forEach((value, index) => expect(value).toBeLessThanOrEqual(plain[index]! + 1e-7));
  });
  it('fromLogits z = 2.1972246 matches p = 0.9 within 1e-6', () => {
    expect(Math.abs(scalar(focalLoss(tf.tensor2d([[1]]), tf.tensor2d([[2.1972246]]), { fromLogits: true })) - scalar(focalLoss(tf.tensor2d([[1]]), tf.tensor2d([[0.9]]))))).toBeLessThan(1e-6);
  });
});

describe('distillation', () => {
  it('soft-term gradient wrt student logits is alpha*T*(p_s - p_t)/B', () => {
    const teacher = [[1.5, -0.5, 0.2], [0.1, 0.9, -1]];
    const student = tf.tensor2d([[0.3, 0.1, -0.2], [0.5, -0.4, 0.6]]);
    const yTrue = tf.tensor2d(teacher.map((row) => [0, 0, 0, ...row]));
    const temperature = 3;
    const gradient = tf.grad((z: tf.Tensor) => knowledgeDistillation(yTrue, z, { temperature, alpha: 1 }))(student).arraySync() as number[][];
    const pt = tf.softmax(tf.div(tf.tensor2d(teacher), temperature)).arraySync() as number[][];
    const ps = tf.softmax(tf.div(student, temperature)).arraySync() as number[][];
    gradient.forEach((row, i) => row.forEach((value, k) => expect(value).toBeCloseTo(temperature * (ps[i]![k]! - pt[i]![k]!) / 2, 5)));
  });
  it('the soft term is 0 when student equals teacher; alpha = 0 is plain CE', () => {
    const z = [[0.4, -1, 2]];
    // Float32 rounding times T^2 = 16 leaves about 2e-6.
    expect(scalar(knowledgeDistillation(tf.tensor2d([[0, 0, 0, ...z[0]!]]), tf.tensor2d(z), { alpha: 1 }))).toBeCloseTo(0, 5);
    const labels = [1, 0, 0];
    expect(scalar(knowledgeDistillation(tf.tensor2d([[...labels, 5, 5, 5]]), tf.tensor2d(z), { alpha: 0 })))
      .toBeCloseTo(scalar(categoricalCrossentropy(tf.tensor2d([labels]), tf.tensor2d(z), { fromLogits: true })), 6);
  });
});

describe('contrastive claims', () => {
  it('SupCon is invariant to batch permutation and equals InfoNCE with one positive per anchor', () => {
    const embeddings = tf.randomNormal([6, 4], 0, 1, 'float32', 8);
    const labels = tf.tensor1d([0, 1, 2, 0, 1, 2]);
    const order = tf.tensor1d([3, 0, 5, 1, 4, 2], 'int32');
    const base = scalar(supConLoss(labels, embeddings, { temperature: 0.5 }));
    expect(scalar(supConLoss(tf.gather(labels, order), tf.gather(embeddings, order), { temperature: 0.5 }))).toBeCloseTo(base, 5);
    expect(scalar(ntXentLoss(tf.zeros([6, 1]), embeddings, { temperature: 0.5 }))).toBeCloseTo(base, 5);
  });
  it('all-equal similarities give ln B for InfoNCE', () => {
    expect(scalar(infoNce(tf.zeros([3, 1]), tf.ones([3, 4]), { temperature: 1 }))).toBeCloseTo(Math.log(3), 6);
  });
});

describe('sparsemax', () => {
  it('gradient equals sparsemax(z) - e_y and the loss is >= 0', () => {
    const z = tf.tensor2d([[1.2, 0.9, -0.5, 0.1]]);
    const y = tf.tensor2d([[0, 1, 0, 0]]);
    const gradient = tf.grad((logits: tf.Tensor) => sparsemaxLoss(y, logits))(z).dataSync();
    const projection = sparsemaxProjection(z).probabilities.dataSync();
    Array.from(gradient).forEach((value, k) => expect(value).toBeCloseTo(projection[k]! - (k === 1 ? 1 : 0), 6));
    expect(scalar(sparsemaxLoss(y, z))).toBeGreaterThan(0);
  });
});

describe('HL-Gauss and two-hot', () => {
  const support = { vMin: -2, vMax: 3, numBins: 25 };
  it('targets sum to 1; two-hot decodes exactly and HL-Gauss within 1e-3 bin widths away from the edges', () => {
    const values = tf.tensor1d([-0.73, 0.5, 1.234]);
    for (const target of [hlGaussTarget(values, support), twoHotTarget(values, support)]) {
      Array.from(tf.sum(target, -1).dataSync()).forEach((total) => expect(total).toBeCloseTo(1, 5));
      // Decoding sums target * centre, i.e. the histogram's mean.
      const decoded = decodeHistogram(tf.log(tf.add(target, 1e-30)), support).dataSync();
      [-0.73, 0.5, 1.234].forEach((value, index) => expect(Math.abs(decoded[index]! - value)).toBeLessThan(1e-3 * 0.2 + 1e-5));
    }
  });
});

describe('stateful losses', () => {
  it('center update: centerLr 0.5 moves c_0 to [0.6666667, 0]; centres round-trip through JSON', () => {
    const loss = new CenterLoss({ numClasses: 2, featureSize: 2, lambda: 1, centerLr: 0.5 });
    loss.update(tf.tensor1d([0, 0]), tf.tensor2d([[1, 0], [3, 0]]));
    expect(loss.getCenters()[0]).toBeCloseTo(0.6666667, 6);
    expect(loss.getCenters()[2]).toBe(0);
    const restored = CenterLoss.fromJSON(JSON.parse(JSON.stringify(loss.toJSON())));
    expect(Array.from(restored.getCenters())).toEqual(Array.from(loss.getCenters()));
  });
  it('ELR changes a buffer row only when its id is in the batch', () => {
    const elr = new EarlyLearningRegularization({ numExamples: 3, numClasses: 2 });
    elr.call(tf.tensor2d([[1, 0, 1]]), tf.tensor2d([[0.3, -0.2]])).dispose();
    const targets = elr.getTargets();
    expect(targets[0]).toBe(0);
    expect(targets[2]! + targets[3]!).toBeCloseTo(0.3, 6);
    expect(targets[4]).toBe(0);
  });
});

describe('option names', () => {
  it.each(lossNames().map((name) => [name] as const))('%s rejects an unknown option and suggests the closest name', (name) => {
    const factory = lossFactory(name)!;
    expect(() => factory({ notAnOption: 1 } as never)).toThrow(new RegExp(`^${name}: unknown option 'notAnOption' — expected one of ${factory.optionNames.join(', ')}$`));
    const first = factory.optionNames[0]!;
    const misspelt = first.slice(0, -1);
    expect(() => factory({ [misspelt]: 1 } as never)).toThrow(`${name}: unknown option '${misspelt}' (did you mean '${first}'?)`);
    expect(() => deserializeLoss({ name, options: { [misspelt]: 1 } })).toThrow(`${name}: unknown option '${misspelt}' (did you mean '${first}'?)`);
  });
  it('the direct form checks too: focalLoss(yTrue, yPred, {gama: 2})', () => {
    expect(() => focalLoss(tf.ones([1, 1]), tf.fill([1, 1], 0.5), { gama: 2 } as never)).toThrow("focalLoss: unknown option 'gama' (did you mean 'gamma'?)");
  });
  it.each([
    ['CenterLoss', () => new CenterLoss({ numClasses: 2, featureSize: 2, lamda: 1 } as never), /CenterLoss: unknown option 'lamda' \(did you mean 'lambda'\?\)/],
    ['EarlyLearningRegularization', () => new EarlyLearningRegularization({ numExamples: 2, numClasses: 2, betta: 0.5 } as never), /EarlyLearningRegularization: unknown option 'betta' \(did you mean 'beta'\?\)/],
    ['MinimumHypersphericalEnergy', () => new MinimumHypersphericalEnergy({ wieght: 1 } as never), /MinimumHypersphericalEnergy: unknown option 'wieght' \(did you mean 'weight'\?\)/],
    ['NormLoss', () => new NormLoss({ lamba: 1 } as never), /NormLoss: unknown option 'lamba' \(did you mean 'lambda'\?\)/],
    ['flooding', () => flooding(binaryCrossentropy(), { floodLevl: 0.1 } as never), /flooding: unknown option 'floodLevl' \(did you mean 'floodLevel'\?\)/],
    ['infoNcePairs', () => infoNcePairs(tf.ones([2, 2]), tf.ones([2, 2]), { temprature: 1 } as never), /infoNcePairs: unknown option 'temprature' \(did you mean 'temperature'\?\)/],
    ['patchNceLoss', () => patchNceLoss(tf.ones([1, 2, 2]), tf.ones([1, 2, 2]), { temperatur: 1 } as never), /patchNceLoss: unknown option 'temperatur' \(did you mean 'temperature'\?\)/],
    ['fgsmAdversarialLoss', () => fgsmAdversarialLoss((x) => x, binaryCrossentropy(), tf.ones([1, 1]), tf.ones([1, 1]), { epsilom: 0.1 } as never), /fgsmAdversarialLoss: unknown option 'epsilom' \(did you mean 'epsilon'\?\)/],
    ['deepSupervisionLoss', () => deepSupervisionLoss(tf.scalar(1), [], { treshold: 0.1 } as never), /deepSupervisionLoss: unknown option 'treshold' \(did you mean 'threshold'\?\)/],
    ['companionWeight', () => companionWeight(1, { decy: 'linear' } as never), /companionWeight: unknown option 'decy' \(did you mean 'decay'\?\)/],
  ] as const)('%s checks its options', (_name, run, message) => {
    expect(run).toThrow(message);
  });
  it('a regularizer saved in a model still loads (tfjs adds customObjects to the config it passes)', () => {
    const config = new NormLoss({ lambda: 0.5 }).getConfig();
    const restored = NormLoss.fromConfig(NormLoss, { ...config, customObjects: {} });
    expect(restored.getConfig()).toEqual(config);
  });
});

describe('wrappers', () => {
  it('flooding flips the gradient sign below the flood level', () => {
    const y = tf.tensor2d([[1]]);
    const p = tf.tensor2d([[0.95]]);
    const plain = tf.grad((q: tf.Tensor) => binaryCrossentropy(y, q))(p).dataSync()[0]!;
    const flooded = tf.grad((q: tf.Tensor) => flooding(binaryCrossentropy(), { floodLevel: 0.5 })(y, q))(p).dataSync()[0]!;
    expect(flooded).toBeCloseTo(-plain, 5);
  });
  it('pinball: the constant minimising the mean loss is the tau-quantile', () => {
    const sample = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const yTrue = tf.tensor2d(sample.map((value) => [value]));
    const lossAt = (q: number) => scalar(pinballLoss(yTrue, tf.fill([sample.length, 1], q), { tau: 0.8 }));
    const candidates = [...new Set(sample)].sort((a, b) => a - b);
    const best = candidates.reduce((a, b) => (lossAt(b) < lossAt(a) ? b : a));
    expect(best).toBe(5);
  });
});
