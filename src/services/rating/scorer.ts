// The active model version as a function from a profile to a rating, whatever its kind.
import type { ModelVersionRow } from '../../db/repositories/ratings.ts';
import { gbdtFromJSON } from '../../domain/model-lab/gbdt/index.ts';
import { scorecardFromJSON } from '../../domain/model-lab/scorecard/index.ts';
import type { TrainedModel } from '../../domain/model-lab/types.ts';
import type { EnterpriseProfile } from '../../domain/profile/types.ts';
import { EXPERT_MODEL_V1, type ExpertModel, type Stage } from '../../domain/rating/expert-model.ts';
import { computeFeatures } from '../../domain/rating/features.ts';
import { scoreWithModel } from '../../domain/rating/model-scorer.ts';
import { scoreFeatures, stageOf, type Rating } from '../../domain/rating/score.ts';

export type Scorer = (profile: EnterpriseProfile, today: string) => Rating;

interface TrainedParameters {
  featureNames: string[];
  model: unknown;
}

export type FeatureScorer = (features: Record<string, number | null>, stage: Stage) => Rating;

/** The version as a function of feature values (what the "what would raise" simulation varies). */
export function featureScorerFor(version: ModelVersionRow): FeatureScorer {
  if (version.kind === 'expert') {
    const model = version.parameters as ExpertModel;
    return (features, stage) => scoreFeatures(model, features, stage);
  }
  const parameters = version.parameters as TrainedParameters;
  const trained: TrainedModel = version.kind === 'gbdt' ? gbdtFromJSON(parameters.model, parameters.featureNames) : scorecardFromJSON(parameters.model);
  // Scores map to grades on the platform's scale, the one the expert model defines.
  return (features, stage) => scoreWithModel(trained, version.version, EXPERT_MODEL_V1, features, stage);
}

export function scorerFor(version: ModelVersionRow): Scorer {
  const rate = featureScorerFor(version);
  return (profile, today) => {
    const features = computeFeatures(profile, today);
    return rate(features, stageOf(profile, today, features.revenue ?? null));
  };
}
