// Gradient accumulation: sum the gradients of `steps` micro-batches and pass their mean on once,
// holding the base optimizer back in between, so model.fit with batch b and steps k updates like
// batch k·b with a mean-reduced loss (Keras 3's `gradient_accumulation_steps` rule). Weights do
// not move between micro-steps, so every micro-batch gradient is taken at the same point.
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames } from '../options.js';
import { disposeSlots, slot, slotsFrom, type OptimizerVariable } from '../optimizers/slots.js';
import type { GradientTransform, NamedGradient, NamedTensor, TransformContext, TransformOutput } from './transform.js';

export interface GradientAccumulationOptions {
  /** Micro-batches per update. Default 4. */
  steps?: number;
}

export class GradientAccumulation implements GradientTransform {
  static readonly className = 'GradientAccumulation';
  static fromConfig(config: tf.serialization.ConfigDict): GradientAccumulation {
    return new GradientAccumulation(config as GradientAccumulationOptions);
  }

  readonly className = GradientAccumulation.className;
  readonly steps: number;
  private sums: OptimizerVariable[] = [];
  /** Micro-batches summed since the last update. */
  private count = 0;

  constructor(options: GradientAccumulationOptions = {}) {
    const where = 'gradientAccumulation';
    checkOptionNames(where, options, ['steps']);
    this.steps = checkNumber(where, 'steps', options.steps, 4, { min: 1, integer: true });
  }

  /** Micro-batches held since the last update. */
  get pending(): number {
    return this.count;
  }

  apply(gradients: NamedGradient[], context: TransformContext): TransformOutput {
    this.count += 1;
    const release = this.count >= this.steps;
    const result = gradients.map(({ name, tensor }, index) => {
      const sum = slot(this.sums, index, `${name}/accumulated`, context.variable(name));
      if (tensor == null) return { name, tensor: release ? tf.div(sum, this.steps) : null };
      if (!release) {
        sum.assign(tf.add(sum, tensor));
        return { name, tensor: null };
      }
      const mean = tf.div(tf.add(sum, tensor), this.steps);
      sum.assign(tf.zerosLike(sum));
      return { name, tensor: mean };
    });
    if (release) this.count = 0;
    return { gradients: release ? result : null, report: { microStep: release ? this.steps : this.count, released: release } };
  }

  getConfig(): tf.serialization.ConfigDict {
    return { steps: this.steps };
  }

  getWeights(): NamedTensor[] {
    return [
      { name: 'count', tensor: tf.scalar(this.count, 'int32') },
      ...this.sums.map((entry) => ({ name: entry.originalName, tensor: entry.variable })),
    ];
  }

  setWeights(weights: NamedTensor[]): void {
    const [count, ...sums] = weights;
    this.count = count == null ? 0 : count.tensor.dataSync()[0]!;
    disposeSlots(this.sums);
    this.sums = slotsFrom(sums);
  }

  dispose(): void {
    disposeSlots(this.sums);
    this.sums = [];
  }
}

/** Gradient accumulation over `steps` micro-batches for `transformChain({transforms: [...]})`. */
export function gradientAccumulation(options: GradientAccumulationOptions = {}): GradientAccumulation {
  return new GradientAccumulation(options);
}
