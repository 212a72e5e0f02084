// Train only the normalisation layers' affine parameters ("Training BatchNorm and Only BatchNorm",
// Frankle et al.; MobileTL's shifts-only variant): every layer is frozen except normalisation
// layers (class names containing 'Norm': BatchNormalization, LayerNormalization and layerkit's
// norms), whose γ and β stay trainable (β only with shiftsOnly), and optionally the output layer.
// Batch-norm moving statistics are not trainable weights and still update during fit. tfjs
// compiles the list of trainable weights into the model; when the model is already compiled that
// list is refreshed here, so recompiling is not needed. With shiftsOnly, γ is pinned frozen (setting
// the layer's `trainable` later does not bring it back), and, as for any frozen weight in tfjs, it
// moves behind β in the layer's `weights` (and getWeights) order; saved models match by name.
import type * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkOptionNames, describe } from '../options.js';

export interface TrainOnlyNormParamsOptions {
  /** Keep the last layer trainable too. Default false. */
  includeOutput?: boolean;
  /** Train β only (γ frozen). Default false. */
  shiftsOnly?: boolean;
}

const NORM = /Norm/;
const SCALE = /^(gamma|scale)(_\d+)?$/;
/** The weight's own name, without the layer scope ('dense_Dense1/kernel' → 'kernel'). */
const ownName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

function flatten(layers: tfl.layers.Layer[]): tfl.layers.Layer[] {
  return layers.flatMap((layer) => {
    const inner = (layer as unknown as { layers?: tfl.layers.Layer[] }).layers;
    return Array.isArray(inner) ? flatten(inner) : [layer];
  });
}

/**
 * Freezes one weight of a trainable layer for good: tfjs resets every weight's flag whenever a
 * layer's or model's `trainable` is set (Sequential does so when it builds its inner model), so a
 * plain `weight.trainable = false` would not survive compile.
 */
function pinFrozen(weight: tfl.LayerVariable): void {
  Object.defineProperty(weight, 'trainable', { configurable: true, get: () => false, set: () => undefined });
  (weight.read() as unknown as { trainable: boolean }).trainable = false;
}

/** Freezes everything but normalisation parameters; returns the names of the weights left trainable. */
export function trainOnlyNormParams(model: tfl.LayersModel, options: TrainOnlyNormParamsOptions = {}): string[] {
  const where = 'trainOnlyNormParams';
  checkOptionNames(where, options, ['includeOutput', 'shiftsOnly']);
  if (model == null || !Array.isArray((model as { layers?: unknown }).layers)) throw new Error(`${where}: expected a tf.LayersModel, got ${describe(model)}`);
  const includeOutput = checkBoolean(where, 'includeOutput', options.includeOutput, false);
  const shiftsOnly = checkBoolean(where, 'shiftsOnly', options.shiftsOnly, false);
  const layers = flatten(model.layers);
  const output = layers[layers.length - 1];
  const norms = layers.filter((layer) => NORM.test(layer.getClassName()));
  if (norms.length === 0) throw new Error(`${where}: the model has no normalisation layer (class names with 'Norm') — there would be nothing left to train`);
  for (const layer of model.layers) layer.trainable = true;
  for (const layer of layers) {
    const isNorm = NORM.test(layer.getClassName());
    const keep = isNorm || (includeOutput && layer === output);
    layer.trainable = keep;
    for (const weight of layer.weights) {
      if (!keep) continue;
      if (isNorm && shiftsOnly && SCALE.test(ownName(weight.originalName))) pinFrozen(weight);
      else if (isNorm && !/moving/.test(ownName(weight.originalName))) weight.trainable = true;
    }
  }
  // A compiled model keeps its own list of weights to train; refresh it.
  const compiled = model as unknown as { collectedTrainableWeights?: unknown; trainableWeights: unknown };
  if (compiled.collectedTrainableWeights != null) compiled.collectedTrainableWeights = model.trainableWeights;
  return model.trainableWeights.map((weight) => weight.name);
}
