import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdamW, LearningRateScheduler, PlateauTracker, learningRateScheduler, oneCycle, reduceLROnPlateau, transformChain, warmupLinearDecay, gradientClipping,
} from '@layerkit/training';
import { randomValues } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function model(optimizer: tf.Optimizer) {
  const built = tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [2], kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) })] });
  built.compile({ loss: 'meanSquaredError', optimizer });
  return built;
}

/** Reads hyper-parameters at every batch start, after the scheduler (callbacks run in order). */
class Probe extends tfl.Callback {
  readonly seen: Array<{ learningRate: number; momentum?: number; scalar?: number }> = [];
  override async onBatchBegin(): Promise<void> {
    const optimizer = this.model.optimizer as unknown as Record<string, unknown>;
    const inner = (optimizer['base'] ?? optimizer) as Record<string, unknown>;
    this.seen.push({
      learningRate: inner['learningRate'] as number,
      momentum: (inner['momentum'] ?? inner['beta1']) as number | undefined,
      // tf.train.sgd/momentum multiply by a cached −lr scalar: it must follow the number.
      scalar: inner['c'] instanceof tf.Tensor ? -(inner['c'] as tf.Tensor).dataSync()[0]! : undefined,
    });
  }
}

const x = () => tf.tensor(randomValues(40, 3), [20, 2]);
const y = () => tf.tensor(randomValues(20, 4), [20, 1]);

describe('LearningRateScheduler', () => {
  it('sets the learning rate (and SGD momentum) of every batch from the schedule, across epochs', async () => {
    const schedule = oneCycle({ maxLr: 0.1, totalSteps: 15 });
    const built = model(tf.train.momentum(0.01, 0.9));
    const probe = new Probe();
    const scheduler = learningRateScheduler(schedule);
    const history = await built.fit(x(), y(), { epochs: 3, batchSize: 4, verbose: 0, callbacks: [scheduler, probe] });
    expect(probe.seen).toHaveLength(15);
    probe.seen.forEach(({ learningRate, momentum, scalar }, step) => {
      expect(learningRate).toBe(schedule(step));
      expect(scalar).toBeCloseTo(schedule(step), 7);
      expect(momentum).toBe(schedule.momentum!(step));
    });
    expect(scheduler.step).toBe(15);
    expect(history.history['learning_rate']).toEqual([schedule(4), schedule(9), schedule(14)]);
    built.dispose();
  });

  it('drives Adam-family beta1 and a transform chain\'s base optimizer', async () => {
    const schedule = oneCycle({ maxLr: 0.01, totalSteps: 5 });
    const built = model(transformChain({ transforms: [gradientClipping({ globalClipnorm: 1 })], base: new AdamW() }));
    const probe = new Probe();
    await built.fit(x(), y(), { epochs: 1, batchSize: 4, verbose: 0, callbacks: [new LearningRateScheduler(schedule), probe] });
    expect(probe.seen.map(({ learningRate }) => learningRate)).toEqual([0, 1, 2, 3, 4].map(schedule));
    expect(probe.seen.map(({ momentum }) => momentum)).toEqual([0, 1, 2, 3, 4].map(schedule.momentum!));
    built.dispose();
  });

  it('resumes from initialStep and explains optimizers it cannot drive', async () => {
    const schedule = warmupLinearDecay({ peakLr: 1, warmupSteps: 10, totalSteps: 20 });
    const built = model(tf.train.sgd(0.5));
    const probe = new Probe();
    await built.fit(x(), y(), { epochs: 1, batchSize: 10, verbose: 0, callbacks: [learningRateScheduler(schedule, { initialStep: 12 }), probe] });
    expect(probe.seen.map(({ learningRate }) => learningRate)).toEqual([schedule(12), schedule(13)]);
    const adagrad = model(tf.train.adagrad(0.1));
    await expect(adagrad.fit(x(), y(), { epochs: 1, verbose: 0, callbacks: [learningRateScheduler(oneCycle({ maxLr: 1, totalSteps: 10 }))] }))
      .rejects.toThrow(/OneCycle drives momentum, but Adagrad has neither momentum nor beta1/);
    expect(() => learningRateScheduler(0.1 as never)).toThrow(/expected a schedule function/);
    built.dispose();
    adagrad.dispose();
  });
});

describe('ReduceLROnPlateau', () => {
  it('reduces exactly at the expected epochs of a scripted sequence and never below minLr (Keras semantics)', () => {
    const tracker = new PlateauTracker('test', 'val_loss', { patience: 2, factor: 0.5, cooldown: 1, minLr: 0.1, minDelta: 0 });
    const sequence = [10, 9, 9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8];
    let learningRate = 1;
    const reductions: Array<[number, number]> = [];
    sequence.forEach((value, epoch) => {
      const reduced = tracker.update(value, learningRate);
      if (reduced !== null) {
        learningRate = reduced;
        reductions.push([epoch, reduced]);
      }
    });
    // By hand from Keras's on_epoch_end: 9 at epoch 1 is the best; epochs 2-3 wait → cut (cooldown 1);
    // epoch 4 ends the cooldown and waits, 5 waits again → cut; 8 improves at 6; cuts at 8 and 10 (floored
    // at minLr); from then on lr = minLr and Keras's `old_lr > min_lr` test stops further cuts.
    expect(reductions).toEqual([[3, 0.5], [5, 0.25], [8, 0.125], [10, 0.1]]);
    expect(learningRate).toBe(0.1);
  });

  it('counts an improvement only beyond minDelta, in the direction the metric name implies', () => {
    const loss = new PlateauTracker('test', 'val_loss', { patience: 1, minDelta: 0.5 });
    expect(loss.update(1, 1)).toBeNull();
    expect(loss.update(0.6, 1)).toBeCloseTo(0.1, 12);
    const accuracy = new PlateauTracker('test', 'val_acc', { patience: 1, minDelta: 0 });
    expect(accuracy.direction).toBe('max');
    expect(accuracy.update(0.5, 1)).toBeNull();
    expect(accuracy.update(0.6, 1)).toBeNull();
    expect(accuracy.update(0.6, 1)).toBeCloseTo(0.1, 12);
    expect(() => new PlateauTracker('ReduceLROnPlateau', 'val_widgets', {})).toThrow(/cannot tell whether 'val_widgets' should fall or rise — pass mode/);
    expect(() => reduceLROnPlateau({ factor: 1 })).toThrow(/factor >= 0 < 1, got 1/);
    expect(() => reduceLROnPlateau({ patients: 3 } as never)).toThrow(/unknown option 'patients' \(did you mean 'patience'\?\)/);
  });

  it('lowers the optimizer\'s learning rate inside model.fit', async () => {
    const built = model(tf.train.sgd(0.4));
    // minDelta larger than any change: every epoch after the first is a plateau.
    const callback = reduceLROnPlateau({ monitor: 'loss', patience: 2, factor: 0.5, minDelta: 1e9 });
    const history = await built.fit(x(), y(), { epochs: 6, batchSize: 5, verbose: 0, callbacks: [callback] });
    expect(history.history['learning_rate']).toEqual([0.4, 0.4, 0.4, 0.2, 0.2, 0.1]);
    // Logged before each epoch's decision: reductions after epochs 3 and 5 (patience 2, no cooldown).
    expect((built.optimizer as unknown as { learningRate: number }).learningRate).toBe(0.1);
    built.dispose();
  });
});
