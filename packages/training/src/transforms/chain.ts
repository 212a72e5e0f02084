// The gradient-transform chain: a tf.Optimizer that runs an ordered list of gradient transforms
// inside applyGradients and then hands the result to a base optimizer. tfjs optimizers have no
// hook between gradients and update (no clipnorm, no accumulation), and model.fit only ever calls
// optimizer.minimize → applyGradients, so wrapping the optimizer is the one place a transform can
// sit and still work inside model.fit. An empty chain calls the base with the very same tensors,
// so it reproduces the base optimizer bit for bit.
import * as tf from '@tensorflow/tfjs-core';
import { checkOptionNames, describe } from '../options.js';
import { resolveBaseOptimizer, serializeOptimizer, type BaseOptimizer } from '../optimizers/base.js';
import { getLearningRate, setLearningRate } from '../optimizers/hyper-parameters.js';
import { gradientList, registeredVariable, type NamedTensor } from '../optimizers/slots.js';
import { transformFromConfig, type GradientTransform, type NamedGradient, type SerializedTransform, type TransformContext } from './transform.js';

export interface TransformChainOptions {
  /** Applied in order; each sees the previous one's output. Default []. */
  transforms?: Array<GradientTransform | SerializedTransform>;
  /** The optimizer that applies the transformed gradients. Default 'adam' (Keras defaults). */
  base?: BaseOptimizer;
}

/** One transform's line in the chain's report. */
export interface TransformReport {
  readonly type: string;
  readonly [key: string]: number | boolean | string;
}

/** What the last applyGradients call did. */
export interface ChainReport {
  /** The chain's iteration this report belongs to (0-based). */
  readonly iteration: number;
  /** Whether the base optimizer stepped (false while gradient accumulation holds gradients back). */
  readonly applied: boolean;
  readonly transforms: readonly TransformReport[];
}

interface PendingReport {
  iteration: number;
  applied: boolean;
  entries: Array<{ type: string; values: Record<string, tf.Tensor | number | boolean> }>;
  read?: ChainReport;
}

const BASE_PREFIX = 'base/';
const transformPrefix = (index: number) => `transforms/${index}/`;

export class TransformChain extends tf.Optimizer {
  static className = 'TransformChain';

  readonly base: tf.Optimizer;
  readonly transforms: readonly GradientTransform[];
  private pending: PendingReport | null = null;

  constructor(options: TransformChainOptions = {}) {
    super();
    const where = 'TransformChain';
    checkOptionNames(where, options, ['transforms', 'base']);
    const transforms = options.transforms ?? [];
    if (!Array.isArray(transforms)) {
      throw new Error(`${where}: expected transforms to be an array, got ${describe(transforms)} — e.g. transforms: [gradientClipping({globalClipnorm: 1})]`);
    }
    this.transforms = transforms.map((transform, index) => {
      if (transform != null && typeof (transform as GradientTransform).apply === 'function') return transform as GradientTransform;
      if (transform != null && typeof (transform as SerializedTransform).className === 'string') {
        return transformFromConfig(where, transform as SerializedTransform);
      }
      throw new Error(`${where}: transforms[${index}] is ${describe(transform)}, not a gradient transform — build one with gradientClipping(), adaptiveGradientClipping(), gradientAccumulation() or gradientNoise()`);
    });
    this.base = resolveBaseOptimizer(where, options.base, 'adam');
  }

  /** The base optimizer's learning rate; schedules set it through here. */
  get learningRate(): number {
    return getLearningRate(this.base);
  }

  set learningRate(value: number) {
    setLearningRate(this.base, value);
  }

  override applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    const input = gradientList(variableGradients);
    const inputIds = new Set(input.flatMap(({ tensor }) => (tensor == null ? [] : [tensor.id])));
    const context: TransformContext = { iteration: this.iterations, variable: (name) => registeredVariable('TransformChain', name) };
    const report: PendingReport = { iteration: this.iterations, applied: false, entries: [] };
    // Tensors that must outlive the tidy: the final gradients and the report values.
    const made: tf.Tensor[] = [];
    const keep = (tensor: tf.Tensor) => {
      if (!inputIds.has(tensor.id)) made.push(tf.keep(tensor));
    };
    let output: NamedGradient[] | null = input;
    tf.tidy(() => {
      for (const transform of this.transforms) {
        const result = transform.apply(output!, context);
        const values = { ...(result.report ?? {}) };
        for (const value of Object.values(values)) if (value instanceof tf.Tensor) keep(value);
        report.entries.push({ type: transform.className, values });
        output = result.gradients;
        if (output == null) return;
      }
      for (const { tensor } of output as NamedGradient[]) if (tensor != null) keep(tensor);
    });
    try {
      const gradients = output as NamedGradient[] | null;
      if (gradients != null) {
        this.base.applyGradients(gradients.map(({ name, tensor }) => ({ name, tensor: tensor as tf.Tensor })));
        report.applied = true;
        const names = gradients.map(({ name }) => name);
        tf.tidy(() => {
          for (const transform of this.transforms) transform.afterUpdate?.(names, context);
        });
      }
    } finally {
      this.disposeReport();
      this.pending = report;
      // Report values live until the next step (read lazily); the chain's own gradients go now.
      const reportIds = new Set(report.entries.flatMap(({ values }) => Object.values(values).flatMap((value) => (value instanceof tf.Tensor ? [value.id] : []))));
      for (const tensor of made) if (!reportIds.has(tensor.id)) tensor.dispose();
    }
    this.incrementIterations();
  }

  /** What the last step did, read from the device on first access. Null before the first step. */
  get lastReport(): ChainReport | null {
    const pending = this.pending;
    if (pending == null) return null;
    if (pending.read == null) {
      pending.read = {
        iteration: pending.iteration,
        applied: pending.applied,
        transforms: pending.entries.map(({ type, values }) => {
          const entry: Record<string, number | boolean | string> = { type };
          for (const [key, value] of Object.entries(values)) entry[key] = value instanceof tf.Tensor ? value.dataSync()[0]! : value;
          return entry as TransformReport;
        }),
      };
    }
    return pending.read;
  }

  private disposeReport(): void {
    if (this.pending == null) return;
    for (const { values } of this.pending.entries) for (const value of Object.values(values)) if (value instanceof tf.Tensor) value.dispose();
    this.pending = null;
  }

  override dispose(): void {
    this.disposeReport();
    for (const transform of this.transforms) transform.dispose?.();
    this.base.dispose();
  }

  override async getWeights(): Promise<NamedTensor[]> {
    const baseWeights = await this.base.getWeights();
    return [
      await this.saveIterations(),
      ...baseWeights.map(({ name, tensor }) => ({ name: BASE_PREFIX + name, tensor })),
      ...this.transforms.flatMap((transform, index) => (transform.getWeights?.() ?? []).map(({ name, tensor }) => ({ name: transformPrefix(index) + name, tensor }))),
    ];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const rest = await this.extractIterations(weightValues);
    const strip = (prefix: string) => rest.filter(({ name }) => name.startsWith(prefix)).map(({ name, tensor }) => ({ name: name.slice(prefix.length), tensor }));
    const unknown = rest.filter(({ name }) => !name.startsWith(BASE_PREFIX) && !this.transforms.some((_, index) => name.startsWith(transformPrefix(index))));
    if (unknown.length > 0) {
      throw new Error(`TransformChain.setWeights: got weights that belong to no part of this chain (${unknown.slice(0, 3).map(({ name }) => `'${name}'`).join(', ')}) — were they saved by a chain with more transforms?`);
    }
    await this.base.setWeights(strip(BASE_PREFIX));
    this.transforms.forEach((transform, index) => {
      const weights = strip(transformPrefix(index));
      if (weights.length > 0) transform.setWeights?.(weights);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      base: serializeOptimizer(this.base) as unknown as tf.serialization.ConfigDictValue,
      transforms: this.transforms.map((transform) => ({ className: transform.className, config: transform.getConfig() })) as unknown as tf.serialization.ConfigDictValue,
    };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}

/** A TransformChain: `transformChain({transforms: [gradientClipping({globalClipnorm: 1})], base: 'adam'})`. */
export function transformChain(options: TransformChainOptions = {}): TransformChain {
  return new TransformChain(options);
}
