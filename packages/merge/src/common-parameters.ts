/** Parameter definitions that several methods share, so their wording and bounds agree. */
import { parameter } from './parameters.js';

export const weightParameter = parameter.number({
  scope: 'model', default: 1, description: 'Weight of this model in the weighted sum.',
});

export const lambdaParameter = parameter.number({
  scope: 'global', default: 1, description: 'Scale applied to the merged task vector before adding it to the base.',
});

export function densityParameter(defaultDensity: number) {
  return parameter.number({
    scope: 'model', default: defaultDensity, minimum: 0, maximum: 1,
    description: 'Fraction of task-vector entries kept per tensor (1: all, as mergekit\'s default).',
  });
}

export function normalizeParameter(defaultNormalize: boolean, what: string) {
  return parameter.boolean({ scope: 'global', default: defaultNormalize, description: what });
}

export function consensusParameter(defaultConsensus: 'sum' | 'count' | null) {
  return parameter.string({
    scope: 'global', default: defaultConsensus, choices: ['sum', 'count'] as const, nullable: true,
    description: "Sign election: 'sum' takes the sign of the weighted sum, 'count' the majority sign; null disables it. A tie elects + ('mergekit') or nothing ('paper').",
  });
}

export const seedParameter = parameter.integer({
  scope: 'global', default: null, minimum: 0, maximum: 4294967295,
  description: 'Seed of the random drop masks; null draws one per run (reported in the summary so the run can be repeated).',
});

export function rescaleParameter(defaultRescale: boolean) {
  return parameter.boolean({
    scope: 'global', default: defaultRescale,
    description: "Rescale the kept entries: to the task vector's L1 norm before dropping ('mergekit'), or by 1/p, the keep probability ('paper').",
  });
}

export const conventionParameter = parameter.string({
  scope: 'global', default: 'mergekit', choices: ['mergekit', 'paper'] as const,
  description: "Where mergekit and the paper differ (docs/merge: mergekit compatibility): 'mergekit' gives a ported mergekit config mergekit's numbers; 'paper' follows the paper's formulas.",
});

export const int8MaskParameter = parameter.boolean({
  scope: 'global', default: false, aliases: ['int8_mask'],
  description: "Accepted so that mergekit configs run unchanged (mergekit stores sign masks as int8 to save memory); no effect: masks here are per tensor.",
});
