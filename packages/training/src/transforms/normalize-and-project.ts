// Normalize-and-Project, NaP ("Normalization and effective learning rates in reinforcement
// learning", Lyle et al.): with a normalisation layer after every Dense/Conv pre-activation (the
// model's architecture: build it so, or let `insertNormalization` rewrite a layer list), the kernels' norms only change the effective learning
// rate, so after every optimizer step each kernel is projected back to its initial Frobenius norm,
// W ← W·ρ_W/‖W‖_F, ρ_W taken at the first step. Normalisation parameters: projectNorm 'none'
// (default, left free, as public reimplementations do), 'fixed' (γ = 1, β = 0, not trained) or
// 'joint' (each norm layer's concatenated [γ, β] projected to its initial norm).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkChoice, checkOptionNames, describe } from '../options.js';
import { patternsToConfig, toRegExps, type VariablePattern } from '../variable-patterns.js';
import type { GradientTransform, NamedGradient, NamedTensor, TransformContext, TransformOutput } from './transform.js';

export interface NormalizeAndProjectOptions {
  /** What to do with normalisation γ and β. Default 'none'. */
  projectNorm?: 'none' | 'fixed' | 'joint';
  /** Kernels to project (substrings or RegExps of variable names). Default ['kernel']. */
  include?: VariablePattern | VariablePattern[];
}

export const NORMALIZE_AND_PROJECT_OPTION_NAMES = ['projectNorm', 'include'] as const;

const ownName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
const scope = (name: string) => name.slice(0, name.lastIndexOf('/'));
const isScale = (name: string) => /^gamma(_\d+)?$/.test(ownName(name));
const isOffset = (name: string) => /^beta(_\d+)?$/.test(ownName(name));

export class NormalizeAndProject implements GradientTransform {
  static readonly className = 'NormalizeAndProject';
  static fromConfig(config: tf.serialization.ConfigDict): NormalizeAndProject {
    return new NormalizeAndProject(config as NormalizeAndProjectOptions);
  }

  readonly className = NormalizeAndProject.className;
  readonly projectNorm: 'none' | 'fixed' | 'joint';
  readonly include: RegExp[];
  /** Initial norms, by position among the projected groups (variable names change between sessions). */
  private norms: number[] | null = null;

  constructor(options: NormalizeAndProjectOptions = {}) {
    const where = 'normalizeAndProject';
    checkOptionNames(where, options, NORMALIZE_AND_PROJECT_OPTION_NAMES);
    this.projectNorm = checkChoice(where, 'projectNorm', options.projectNorm, 'none', ['none', 'fixed', 'joint'] as const);
    this.include = toRegExps(where, 'include', options.include, ['kernel']);
  }

  /** The projected groups: each kernel alone, and with 'joint' each norm layer's [γ, β]. */
  private groups(names: readonly string[]): string[][] {
    const groups: string[][] = names.filter((name) => this.include.some((pattern) => pattern.test(name))).map((name) => [name]);
    if (this.projectNorm === 'joint') {
      const byLayer = new Map<string, string[]>();
      for (const name of names) if (isScale(name) || isOffset(name)) byLayer.set(scope(name), [...(byLayer.get(scope(name)) ?? []), name]);
      groups.push(...byLayer.values());
    }
    return groups;
  }

  apply(gradients: NamedGradient[], context: TransformContext): TransformOutput {
    const names = gradients.map(({ name }) => name);
    if (this.norms == null) {
      this.norms = this.groups(names).map((group) => this.groupNorm(group, context));
      if (this.projectNorm === 'fixed') {
        for (const name of names) {
          if (isScale(name)) context.variable(name).assign(tf.onesLike(context.variable(name)));
          else if (isOffset(name)) context.variable(name).assign(tf.zerosLike(context.variable(name)));
        }
      }
    }
    if (this.projectNorm !== 'fixed') return { gradients };
    // Fixed γ = 1, β = 0: their gradients never reach the optimizer.
    return { gradients: gradients.map(({ name, tensor }) => ({ name, tensor: tensor != null && (isScale(name) || isOffset(name)) ? tf.zerosLike(tensor) : tensor })) };
  }

  private groupNorm(group: readonly string[], context: TransformContext): number {
    const value = tf.tidy(() => tf.sqrt(tf.addN(group.map((name) => tf.sum(tf.square(context.variable(name)))))));
    const norm = value.dataSync()[0]!;
    value.dispose();
    return norm;
  }

  afterUpdate(names: readonly string[], context: TransformContext): void {
    const groups = this.groups(names);
    if (this.norms == null || this.norms.length !== groups.length) {
      throw new Error(`normalizeAndProject: expected ${this.norms?.length ?? 0} projected weights, got ${groups.length} — the model's trainable weights changed since the first step (or the saved norms belong to another model)`);
    }
    groups.forEach((group, index) => {
      const target = this.norms![index]!;
      const variables = group.map((name) => context.variable(name));
      const norm = tf.sqrt(tf.addN(variables.map((variable) => tf.sum(tf.square(variable)))));
      // A group that started at zero norm is left alone (there is no direction to keep).
      if (target === 0) return;
      const scale = tf.div(target, tf.maximum(norm, 1e-30));
      for (const variable of variables) variable.assign(tf.mul(variable, scale));
    });
  }

  getConfig(): tf.serialization.ConfigDict {
    return { projectNorm: this.projectNorm, include: patternsToConfig(this.include) };
  }

  getWeights(): NamedTensor[] {
    return this.norms == null ? [] : [{ name: 'norms', tensor: tf.tensor1d(this.norms, 'float32') }];
  }

  setWeights(weights: NamedTensor[]): void {
    const saved = weights.find(({ name }) => name === 'norms');
    if (saved == null) throw new Error(`normalizeAndProject: expected a saved 'norms' weight, got ${describe(weights.map(({ name }) => name))}`);
    this.norms = Array.from(saved.tensor.dataSync());
  }
}

/** `transformChain({transforms: [normalizeAndProject()], base})` for a model with a norm layer after each kernel. */
export function normalizeAndProject(options: NormalizeAndProjectOptions = {}): NormalizeAndProject {
  return new NormalizeAndProject(options);
}

/**
 * NaP's architecture step for a list of (unbuilt) layers: every Dense/Conv layer with a hidden
 * nonlinearity (any activation but linear and softmax) becomes the same layer without activation,
 * a LayerNormalization, and the activation — so each kernel feeds a norm and the projection keeps
 * the function. Other layers are kept as they are; layers are rebuilt from their configs (fresh
 * weights), so call it before training.
 */
export function insertNormalization(layers: tfl.layers.Layer[]): tfl.layers.Layer[] {
  const where = 'insertNormalization';
  if (!Array.isArray(layers) || layers.some((layer) => !(layer instanceof tfl.layers.Layer))) {
    throw new Error(`${where}: expected an array of tfjs layers, got ${describe(layers)}`);
  }
  return layers.flatMap((layer) => {
    const config = layer.getConfig() as Record<string, unknown>;
    const activation = config['activation'];
    const hasKernel = 'kernelInitializer' in config;
    if (!hasKernel || typeof activation !== 'string' || activation === 'linear' || activation === 'softmax') return [layer];
    const { name: _name, ...rest } = config;
    const linear = new (layer.constructor as new (config: object) => tfl.layers.Layer)({ ...rest, activation: 'linear' });
    return [linear, tfl.layers.layerNormalization(), tfl.layers.activation({ activation: activation as never })];
  });
}
