// model.fit / evaluate / trainOnBatch for losses whose targets are not shaped like the model's
// output (labels, packed teacher logits, sample ids). tfjs-layers 4.22 checks y against the
// output shape before any loss runs (LayersModel.standardizeUserDataXY → standardizeInputData
// in engine/training.js: same rank, same non-batch dimensions) and exempts only its own
// sparseCategoricalCrossentropy, by identity. It has no hook for other losses, so the check is
// relaxed here for exactly the outputs whose loss declares a `targetLayout`: their expected
// shape is passed as null, which standardizeInputData skips, and the loss checks y itself on
// the first batch with its own error message. Every other output, and every model without such
// a loss, goes through tfjs's check unchanged; the batch-size check (checkArrayLengths) still
// runs for all.
import * as tfl from '@tensorflow/tfjs-layers';

type Shape = readonly (number | null)[];

interface FeedingModel {
  feedOutputShapes?: (Shape | null)[];
  feedLossFns?: readonly unknown[];
  standardizeUserDataXY(...args: unknown[]): unknown;
}

// Symbol.for: two copies of this package in one bundle wrap the method once.
const WRAPPED = Symbol.for('layerkit.losses.ownTargetLayouts');

function hasOwnTargetLayout(loss: unknown): boolean {
  return typeof loss === 'function' && typeof (loss as { targetLayout?: unknown }).targetLayout === 'string';
}

/** Installs the relaxed target check on tfjs-layers' LayersModel (idempotent). */
export function acceptOwnTargetLayouts(): void {
  const prototype = tfl.LayersModel.prototype as unknown as FeedingModel & { [WRAPPED]?: true };
  if (prototype[WRAPPED] || typeof prototype.standardizeUserDataXY !== 'function') return;
  const original = prototype.standardizeUserDataXY;
  prototype.standardizeUserDataXY = function standardizeUserDataXY(this: FeedingModel, ...args: unknown[]): unknown {
    const shapes = this.feedOutputShapes;
    const losses = this.feedLossFns;
    if (shapes === undefined || losses === undefined || !losses.some(hasOwnTargetLayout)) return original.apply(this, args);
    this.feedOutputShapes = shapes.map((shape, index) => (hasOwnTargetLayout(losses[index]) ? null : shape));
    try {
      return original.apply(this, args);
    } finally {
      this.feedOutputShapes = shapes;
    }
  };
  Object.defineProperty(prototype, WRAPPED, { value: true });
}
