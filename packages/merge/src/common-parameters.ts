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
    description: 'Fraction of task-vector entries kept per tensor.',
  });
}

export function normalizeParameter(defaultNormalize: boolean, what: string) {
  return parameter.boolean({ scope: 'global', default: defaultNormalize, description: what });
}

export function consensusParameter(defaultConsensus: 'sum' | 'count' | null) {
  return parameter.string({
    scope: 'global', default: defaultConsensus, choices: ['sum', 'count'] as const, nullable: true,
    description: "Sign election: 'sum' takes the sign of the weighted sum, 'count' the majority sign; null disables it.",
  });
}

export const seedParameter = parameter.integer({
  scope: 'global', default: null, minimum: 0, maximum: 4294967295,
  description: 'Seed of the random drop masks; null draws one per run (reported in the summary so the run can be repeated).',
});

export const rescaleParameter = parameter.boolean({
  scope: 'global', default: true, description: 'Rescale kept entries by 1/p so that the expected task vector is unchanged.',
});
