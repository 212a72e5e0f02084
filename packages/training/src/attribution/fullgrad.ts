// FullGrad, "Full-Gradient Representation for Neural Network Visualization" (Srinivas & Fleuret).
// For a network that is piecewise linear in its input (ReLU-like activations, max-pooling) with
// biases, the output decomposes exactly as f(x) = ∇_x f·x + Σ_l Σ (∂f/∂z_l ⊙ b_l), z_l the
// pre-activation output of layer l and b_l its bias broadcast over z_l's positions; batch
// normalisation in inference mode is affine, so its implicit bias β − γ·μ/√(σ² + ε) counts too.
// The saliency map sums ψ(∇_x f ⊙ x) and, for every layer with a spatial output, ψ(∂f/∂z_l ⊙ b_l)
// upsampled to the input, each summed over channels; ψ is |·| then a per-example min-max rescale
// (as the authors' code, idiap/fullgrad-saliency: rescale, then bilinear upsampling with aligned
// corners).
//
// ∂f/∂z_l comes from a zero "probe" tensor added to z_l during one forward pass: the layer's
// activation (Dense, Conv) or its call (BatchNormalization) is wrapped for the duration of the
// call, and the gradient with respect to the probe is ∂f/∂z_l. Scores must be pre-softmax (a
// softmax output is not piecewise linear): pass a model that ends in logits.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkOptionNames, describe } from '../options.js';
import { floatInput, scoreFunction, type TargetOptions } from './score.js';

export interface FullGradOptions extends TargetOptions {
  /** Min-max rescale the final map of each example to [0, 1] (the authors' code leaves the sum as is). Default false. */
  rescale?: boolean;
}

export const FULLGRAD_OPTION_NAMES = ['target', 'rescale'] as const;

export interface BiasTerm {
  /** The layer's name. */
  readonly layer: string;
  /** ∂f/∂z_l ⊙ b_l, shaped like the layer's output. */
  readonly contribution: tf.Tensor;
}

export interface FullGradDecomposition {
  /** ∇_x f ⊙ x, shaped like x. */
  readonly inputTerm: tf.Tensor;
  readonly biasTerms: BiasTerm[];
}

type Activation = { apply(x: tf.Tensor): tf.Tensor; getClassName(): string };
type Probed = tfl.layers.Layer & { activation?: Activation | null; useBias?: boolean; bias?: { read(): tf.Tensor } | null };

/** The bias each probed layer adds to its pre-activation output, broadcastable over it. */
function effectiveBias(layer: Probed): tf.Tensor | null {
  if (layer.getClassName() === 'BatchNormalization') {
    const normalization = layer as unknown as { gamma?: { read(): tf.Tensor } | null; beta?: { read(): tf.Tensor } | null; movingMean: { read(): tf.Tensor }; movingVariance: { read(): tf.Tensor }; epsilon: number; axis: number };
    const scale = tf.div(normalization.gamma?.read() ?? tf.scalar(1), tf.sqrt(tf.add(normalization.movingVariance.read(), normalization.epsilon)));
    return tf.sub(normalization.beta?.read() ?? tf.scalar(0), tf.mul(scale, normalization.movingMean.read()));
  }
  if (layer.useBias && layer.bias != null && layer.activation != null) return layer.bias.read();
  return null;
}

function probedLayers(model: tfl.LayersModel): Probed[] {
  const layers: Probed[] = [];
  const visit = (layer: tfl.layers.Layer) => {
    if (layer instanceof tfl.LayersModel) for (const inner of layer.layers) visit(inner);
    else if (layer.getClassName() === 'BatchNormalization') {
      const axis = (layer as unknown as { axis: number }).axis;
      if (axis !== -1 && axis !== (layer.outputShape as number[]).length - 1) {
        throw new Error(`fullGrad: BatchNormalization '${layer.name}' normalises axis ${axis}; only channels-last (axis -1) is supported — build the model channels-last`);
      }
      layers.push(layer as Probed);
    } else if ((layer as Probed).useBias && (layer as Probed).activation != null) layers.push(layer as Probed);
  };
  for (const layer of model.layers) visit(layer);
  return layers;
}

/**
 * Runs `fn` with every probed layer adding `probes[l]` (or recording its output shape when
 * probes is null) to its pre-activation output.
 */
function withProbes<T>(layers: Probed[], probes: tf.Tensor[] | null, shapes: number[][], fn: () => T): T {
  const restore: Array<() => void> = [];
  try {
    layers.forEach((layer, index) => {
      const add = (z: tf.Tensor) => {
        if (probes == null) {
          shapes[index] = z.shape;
          return z;
        }
        return tf.add(z, probes[index]!);
      };
      if (layer.getClassName() === 'BatchNormalization') {
        const own = Object.getOwnPropertyDescriptor(layer, 'call');
        const call = layer.call;
        layer.call = function probedCall(this: Probed, inputs, kwargs) {
          return add(call.call(this, inputs, kwargs) as tf.Tensor);
        };
        restore.push(() => {
          if (own) Object.defineProperty(layer, 'call', own);
          else delete (layer as Partial<Probed>).call;
        });
      } else {
        const activation = layer.activation!;
        // A class name no fused kernel knows sends Dense/Conv down the unfused path: matmul or
        // convolution, bias add, then this activation.
        layer.activation = { getClassName: () => 'FullGradProbe', apply: (z: tf.Tensor) => activation.apply(add(z)) };
        restore.push(() => {
          layer.activation = activation;
        });
      }
    });
    return fn();
  } finally {
    for (const undo of restore) undo();
  }
}

function requireModel(where: string, model: unknown): tfl.LayersModel {
  if (!(model instanceof tfl.LayersModel)) {
    throw new Error(`${where}: expected a tf.LayersModel (its biased layers are probed), got ${describe(model)}`);
  }
  return model;
}

/** The full-gradient decomposition of f(x) = inputTerm.sum() + Σ biasTerms[l].contribution.sum() per example. */
export function fullGradDecompose(model: tfl.LayersModel, x: tf.Tensor | tf.TensorLike, options: TargetOptions = {}): FullGradDecomposition {
  const where = 'fullGradDecompose';
  checkOptionNames(where, options, ['target']);
  requireModel(where, model);
  const layers = probedLayers(model);
  const score = scoreFunction(where, model, options.target);
  const shapes: number[][] = [];
  return tf.tidy(() => {
    const input = floatInput(where, x);
    withProbes(layers, null, shapes, () => score(input));
    const probes = shapes.map((shape) => tf.zeros(shape));
    const gradients = tf.grads((...args: tf.Tensor[]) => withProbes(layers, args.slice(1), shapes, () => tf.sum(score(args[0]!))))([input, ...probes]);
    const inputTerm = tf.mul(gradients[0]!, input);
    const biasTerms = layers.map((layer, index) => ({ layer: layer.name, contribution: tf.mul(gradients[index + 1]!, effectiveBias(layer)!) }));
    return { inputTerm, biasTerms } as never;
  }) as FullGradDecomposition;
}

/** |t| rescaled to [0, 1] per example (min-max, ε 1e-6 as the authors' code). */
function postProcess(term: tf.Tensor): tf.Tensor {
  const absolute = tf.abs(term);
  const perExample = [term.shape[0]!, ...new Array(term.rank - 1).fill(1)];
  const flat = tf.reshape(absolute, [term.shape[0]!, -1]);
  const shifted = tf.sub(absolute, tf.reshape(tf.min(flat, 1), perExample));
  const top = tf.reshape(tf.max(tf.reshape(shifted, [term.shape[0]!, -1]), 1), perExample);
  return tf.div(shifted, tf.add(top, 1e-6));
}

/**
 * The FullGrad saliency map: [n, h, w, 1] for image inputs [n, h, w, c] (bias terms of every
 * layer with a spatial output, upsampled), else ψ(∇_x f ⊙ x) shaped like x.
 */
export function fullGrad(model: tfl.LayersModel, x: tf.Tensor | tf.TensorLike, options: FullGradOptions = {}): tf.Tensor {
  const where = 'fullGrad';
  checkOptionNames(where, options, FULLGRAD_OPTION_NAMES);
  const rescale = checkBoolean(where, 'rescale', options.rescale, false);
  const decomposition = fullGradDecompose(model, x, options.target === undefined ? {} : { target: options.target });
  try {
    return tf.tidy(() => {
      const input = decomposition.inputTerm;
      let map: tf.Tensor;
      if (input.rank !== 4) map = postProcess(input);
      else {
        const [height, width] = [input.shape[1]!, input.shape[2]!];
        map = tf.sum(postProcess(input), -1, true);
        for (const { contribution } of decomposition.biasTerms) {
          if (contribution.rank !== 4) continue;
          const resized = tf.image.resizeBilinear(postProcess(contribution) as tf.Tensor4D, [height, width], true);
          map = tf.add(map, tf.sum(resized, -1, true));
        }
      }
      return rescale ? postProcess(map) : map;
    });
  } finally {
    tf.dispose([decomposition.inputTerm, ...decomposition.biasTerms.map((term) => term.contribution)]);
  }
}
