/**
 * WiSE-FT: (1 − α)·θ_zero-shot + α·θ_fine-tuned; the zero-shot model is base_model.
 * "Robust fine-tuning of zero-shot models".
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';

export const wiseFt = defineMergeMethod({
  name: 'wise_ft',
  id: 'merge.wise-ft',
  summary: '(1 − α)·θ_zero-shot + α·θ_fine-tuned, base_model being the zero-shot model.',
  paper: 'Robust fine-tuning of zero-shot models',
  params: {
    alpha: parameter.number({ scope: 'global', default: 0.5, description: 'Mixing coefficient: 0 gives the zero-shot (base) model, 1 the fine-tuned one.' }),
  },
  base: 'required',
  models: { minimum: 1, maximum: 1 },
  merge({ base, models, global }) {
    const fineTuned = models[0]!;
    const result = new Float32Array(fineTuned.length);
    for (let index = 0; index < result.length; index++) result[index] = (1 - global.alpha) * base![index]! + global.alpha * fineTuned[index]!;
    return result;
  },
});
