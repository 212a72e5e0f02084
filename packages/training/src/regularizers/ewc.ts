// Elastic weight consolidation ("Overcoming catastrophic forgetting in neural networks",
// Kirkpatrick et al.). After task A: anchor θ*_A = the current weights and the diagonal Fisher
// F_i = mean over examples x of E_{y ~ p(y|x, θ*_A)}[(∂ log p(y|x)/∂θ_i)²]; training on task B adds
// (λ/2)·Σ_i F_i·(θ_i − θ*_A,i)², whose gradient λ·F_i·(θ_i − θ*_A,i) this transform adds to every
// gradient in the transform chain (so it works inside model.fit; `penalty()` gives the loss term
// for logging or custom loops). Several tasks keep one penalty each; online EWC keeps one,
// F ← γ_F·F + F_new with the latest anchor.
//
// The expectation over y is exact (one backward pass per class per example) when the class count
// is at most fisherSamples (or expectation: 'exact'); otherwise fisherSamples labels are drawn per
// example and, since the
// per-class gradients do not depend on how often a class was drawn, each drawn class costs one
// backward pass weighted by its count. `empirical: true` uses the given labels instead.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkChoice, checkNumber, checkOptionNames, describe } from '../options.js';
import { disposeSlots, slotsFrom, type OptimizerVariable } from '../optimizers/slots.js';
import { seededRandom } from '../multitask/pcgrad.js';
import type { GradientTransform, NamedGradient, NamedTensor, TransformContext, TransformOutput } from '../transforms/transform.js';

export interface FisherOptions {
  /** Labels drawn per example in sampled mode. Default 200. */
  fisherSamples?: number;
  /** 'auto' (default: exact when the class count is at most fisherSamples, else sampled), 'exact' or 'sampled'. */
  expectation?: 'auto' | 'exact' | 'sampled';
  /** Use the given labels y (one-hot or class indices) instead of the model's distribution. Default false. */
  empirical?: boolean;
  /** Labels for the empirical Fisher. */
  y?: tf.Tensor;
  /** The model outputs logits rather than probabilities. Default false. */
  fromLogits?: boolean;
  /** Seed of the label draws. Default 0. */
  seed?: number;
}

export const FISHER_OPTION_NAMES = ['fisherSamples', 'expectation', 'empirical', 'y', 'fromLogits', 'seed'] as const;

/** The diagonal Fisher of `model` on inputs x, one tensor per trainable weight (by position). */
export function computeFisher(model: tfl.LayersModel, x: tf.Tensor, options: FisherOptions = {}): tf.Tensor[] {
  const where = 'computeFisher';
  checkOptionNames(where, options, FISHER_OPTION_NAMES);
  if (!(model instanceof tfl.LayersModel)) throw new Error(`${where}: expected a tf.LayersModel, got ${describe(model)}`);
  if (!(x instanceof tf.Tensor) || x.rank < 1) throw new Error(`${where}: expected x, a batch of inputs, got ${describe(x)}`);
  const samples = checkNumber(where, 'fisherSamples', options.fisherSamples, 200, { min: 1, integer: true });
  const expectation = checkChoice(where, 'expectation', options.expectation, 'auto', ['auto', 'exact', 'sampled'] as const);
  const empirical = checkBoolean(where, 'empirical', options.empirical, false);
  const fromLogits = checkBoolean(where, 'fromLogits', options.fromLogits, false);
  const random = seededRandom(checkNumber(where, 'seed', options.seed, 0, { integer: true }));
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const count = x.shape[0]!;
  let labels: number[] | null = null;
  if (empirical) {
    if (!(options.y instanceof tf.Tensor) || options.y.shape[0] !== count) {
      throw new Error(`${where}: the empirical Fisher needs y, one label per example of x (${count}), got ${options.y instanceof tf.Tensor ? `shape [${options.y.shape}]` : describe(options.y)}`);
    }
    const indices = options.y.rank === 2 ? tf.argMax(options.y, 1) : options.y;
    labels = Array.from(indices.dataSync());
    if (indices !== options.y) indices.dispose();
  }
  const sums: tf.Tensor[] = variables.map((variable) => tf.zerosLike(variable));
  const accumulate = (example: tf.Tensor, label: number, weight: number) => {
    const { value, grads } = tf.variableGrads(() => {
      const output = model.apply(example, { training: false }) as tf.Tensor;
      const logProbabilities = fromLogits ? tf.logSoftmax(output) : tf.log(tf.clipByValue(output, 1e-7, 1));
      return tf.sum(tf.slice(logProbabilities, [0, label], [1, 1])) as tf.Scalar;
    }, variables);
    value.dispose();
    variables.forEach((variable, index) => {
      const gradient = grads[variable.name];
      if (gradient == null) return;
      const next = tf.tidy(() => tf.add(sums[index]!, tf.mul(tf.square(gradient), weight)));
      sums[index]!.dispose();
      sums[index] = next;
    });
    tf.dispose(Object.values(grads));
  };
  for (let row = 0; row < count; row++) {
    const example = tf.slice(x, row, 1);
    try {
      if (labels != null) {
        accumulate(example, labels[row]!, 1);
        continue;
      }
      const output = tf.tidy(() => {
        const raw = model.apply(example, { training: false }) as tf.Tensor;
        return fromLogits ? tf.softmax(raw) : raw;
      });
      const probabilities = Array.from(output.dataSync());
      output.dispose();
      const exact = expectation === 'exact' || (expectation === 'auto' && probabilities.length <= samples);
      if (exact) probabilities.forEach((probability, label) => probability > 0 && accumulate(example, label, probability));
      else {
        const counts = new Map<number, number>();
        for (let draw = 0; draw < samples; draw++) {
          let target = random();
          let label = 0;
          while (label < probabilities.length - 1 && target >= probabilities[label]!) target -= probabilities[label++]!;
          counts.set(label, (counts.get(label) ?? 0) + 1);
        }
        for (const [label, drawn] of counts) accumulate(example, label, drawn / samples);
      }
    } finally {
      example.dispose();
    }
  }
  return sums.map((sum) => {
    const mean = tf.div(sum, count);
    sum.dispose();
    return mean;
  });
}

export interface ElasticWeightConsolidationOptions {
  /** λ. Default 100. */
  lambda?: number;
  /** One penalty with F ← γ_F·F + F_new and the latest anchor (online EWC). Default false. */
  online?: boolean;
  /** γ_F of online EWC. Default 1. */
  gammaF?: number;
}

export const EWC_OPTION_NAMES = ['lambda', 'online', 'gammaF'] as const;

interface TaskPenalty {
  fisher: OptimizerVariable[];
  anchor: OptimizerVariable[];
}

export class ElasticWeightConsolidation implements GradientTransform {
  static readonly className = 'ElasticWeightConsolidation';
  static fromConfig(config: tf.serialization.ConfigDict): ElasticWeightConsolidation {
    return new ElasticWeightConsolidation(config as ElasticWeightConsolidationOptions);
  }

  readonly className = ElasticWeightConsolidation.className;
  readonly lambda: number;
  readonly online: boolean;
  readonly gammaF: number;
  /** The variables the penalties belong to, by position in the model's trainable weights. */
  private variables: tf.Variable[] = [];
  private tasks: TaskPenalty[] = [];

  constructor(options: ElasticWeightConsolidationOptions = {}) {
    const where = 'elasticWeightConsolidation';
    checkOptionNames(where, options, EWC_OPTION_NAMES);
    this.lambda = checkNumber(where, 'lambda', options.lambda, 100, { min: 0 });
    this.online = checkBoolean(where, 'online', options.online, false);
    this.gammaF = checkNumber(where, 'gammaF', options.gammaF, 1, { min: 0 });
  }

  /** Penalties held (tasks consolidated; at most 1 when online). */
  get taskCount(): number {
    return this.tasks.length;
  }

  /** Ends a task: anchors the model's current weights and adds (or, online, merges) its Fisher. */
  consolidate(model: tfl.LayersModel, x: tf.Tensor, options: FisherOptions = {}): void {
    const fisher = computeFisher(model, x, options);
    this.addTask(model.trainableWeights.map((weight) => weight.read() as tf.Variable), fisher);
    tf.dispose(fisher);
  }

  /** Adds a penalty from a Fisher you computed (one tensor per variable) anchored at the variables' current values. */
  addTask(variables: tf.Variable[], fisher: tf.Tensor[]): void {
    if (fisher.length !== variables.length || fisher.some((tensor, index) => tensor.shape.join() !== variables[index]!.shape.join())) {
      throw new Error(`elasticWeightConsolidation: expected one Fisher tensor shaped like each of the ${variables.length} variables, got ${fisher.length} with shapes ${fisher.map((tensor) => `[${tensor.shape}]`).join(', ')}`);
    }
    if (this.variables.length > 0 && (this.variables.length !== variables.length || this.variables.some((variable, index) => variable.shape.join() !== variables[index]!.shape.join()))) {
      throw new Error('elasticWeightConsolidation: the variables differ from those of the earlier tasks — consolidate the same model every time');
    }
    this.variables = variables;
    const anchor = slotsFrom(variables.map((variable, index) => ({ name: `anchor/${index}`, tensor: tf.clone(variable) })));
    if (this.online && this.tasks.length === 1) {
      const [previous] = this.tasks;
      const merged = slotsFrom(fisher.map((tensor, index) => ({ name: `fisher/${index}`, tensor: tf.tidy(() => tf.add(tf.mul(previous!.fisher[index]!.variable, this.gammaF), tensor)) })));
      disposeSlots(previous!.fisher, previous!.anchor);
      this.tasks = [{ fisher: merged, anchor }];
      return;
    }
    this.tasks.push({ fisher: slotsFrom(fisher.map((tensor, index) => ({ name: `fisher/${index}`, tensor: tf.clone(tensor) }))), anchor });
  }

  /** (λ/2)·Σ_tasks Σ_i F_i·(θ_i − θ*_i)² at the current weights. */
  penalty(): tf.Scalar {
    return tf.tidy(() => {
      const terms = this.tasks.flatMap((task) => this.variables.map((variable, index) => tf.sum(tf.mul(task.fisher[index]!.variable, tf.square(tf.sub(variable, task.anchor[index]!.variable))))));
      return tf.mul(this.lambda / 2, terms.length === 0 ? tf.scalar(0) : tf.addN(terms)) as tf.Scalar;
    });
  }

  apply(gradients: NamedGradient[], context: TransformContext): TransformOutput {
    if (this.tasks.length === 0 || this.lambda === 0) return { gradients };
    // Restored from a save: the chain's gradients arrive in the model's trainable-weight order.
    if (this.variables.length === 0) this.bind(gradients.map(({ name }) => context.variable(name)));
    const positions = new Map(this.variables.map((variable, index) => [variable.name, index]));
    return {
      gradients: gradients.map(({ name, tensor }) => {
        const index = positions.get(name);
        if (index == null || tensor == null) return { name, tensor };
        const variable = this.variables[index]!;
        const pull = tf.addN(this.tasks.map((task) => tf.mul(task.fisher[index]!.variable, tf.sub(variable, task.anchor[index]!.variable))));
        return { name, tensor: tf.add(tensor, tf.mul(pull, this.lambda)) };
      }),
    };
  }

  getConfig(): tf.serialization.ConfigDict {
    return { lambda: this.lambda, online: this.online, gammaF: this.gammaF };
  }

  getWeights(): NamedTensor[] {
    return this.tasks.flatMap((task, taskIndex) => [
      ...task.fisher.map((entry) => ({ name: `task${taskIndex}/${entry.originalName}`, tensor: entry.variable })),
      ...task.anchor.map((entry) => ({ name: `task${taskIndex}/${entry.originalName}`, tensor: entry.variable })),
    ]);
  }

  /** Restores saved penalties; they apply to the variables of the next `bind` (or consolidate). */
  setWeights(weights: NamedTensor[]): void {
    this.dispose();
    const byTask = new Map<number, NamedTensor[]>();
    for (const weight of weights) {
      const match = /^task(\d+)\/(.*)$/.exec(weight.name);
      if (match == null) throw new Error(`elasticWeightConsolidation: unexpected saved weight '${weight.name}'`);
      const list = byTask.get(Number(match[1])) ?? [];
      list.push({ name: match[2]!, tensor: weight.tensor });
      byTask.set(Number(match[1]), list);
    }
    this.tasks = [...byTask.keys()].sort((a, b) => a - b).map((task) => {
      const list = byTask.get(task)!;
      return { fisher: slotsFrom(list.filter(({ name }) => name.startsWith('fisher/'))), anchor: slotsFrom(list.filter(({ name }) => name.startsWith('anchor/'))) };
    });
  }

  /** Points restored penalties at a model's variables (by position). */
  bind(variables: tf.Variable[]): void {
    const expected = this.tasks[0]?.anchor.map((entry) => entry.variable.shape.join()) ?? [];
    if (expected.length !== variables.length || expected.some((shape, index) => shape !== variables[index]!.shape.join())) {
      throw new Error(`elasticWeightConsolidation.bind: expected ${expected.length} variables shaped like the saved anchors, got ${variables.length}`);
    }
    this.variables = variables;
  }

  dispose(): void {
    for (const task of this.tasks) disposeSlots(task.fisher, task.anchor);
    this.tasks = [];
    this.variables = [];
  }
}

/** EWC for `transformChain({transforms: [ewc]})`; call `ewc.consolidate(model, xA)` after task A. */
export function elasticWeightConsolidation(options: ElasticWeightConsolidationOptions = {}): ElasticWeightConsolidation {
  return new ElasticWeightConsolidation(options);
}
