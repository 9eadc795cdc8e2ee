// Model versions as data: the operator lists them, reads their metrics, and activates one.
import { activateModelVersion, findModelVersionById, gradeDistribution, listModelVersions, scoresAsOf, setModelStatus, shadowPairs } from '../../db/repositories/ratings.ts';
import { psi } from '../../domain/model-lab/metrics.ts';
import { compareRatings } from '../../domain/rating/compare.ts';
import { authorize } from '../../domain/access/policy.ts';
import { FEATURES } from '../../domain/rating/features.ts';
import { addDays, startOfBusinessDay } from '../../domain/shared/business-time.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';

export async function listModels(ctx: ServiceContext) {
  authorize(ctx.actor, 'model.manage');
  return { items: await listModelVersions(ctx.database.db), grades: await gradeDistribution(ctx.database.db) };
}

export async function getModel(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'model.manage');
  const model = await findModelVersionById(ctx.database.db, id);
  if (!model) throw fail('model.not_found');
  return model;
}

/** A model can score platform enterprises only if it reads the platform's feature catalogue. */
export function checkFeatureSet(featureNames: readonly string[]): void {
  const known = new Set(FEATURES.map((f) => f.key));
  const unknown = featureNames.filter((f) => !known.has(f));
  if (unknown.length) {
    throw invalidFields([problem('features', 'model.unknown_features', { features: unknown.slice(0, 10) })]);
  }
}

export async function activateModel(ctx: ServiceContext, id: string) {
  const model = await getModel(ctx, id);
  if (model.status === 'active') throw fail('model.already_active');
  if (model.kind !== 'expert') {
    const names = ((model.parameters as { featureNames?: string[] }).featureNames ?? []) as string[];
    checkFeatureSet(names);
  }
  await mutate(ctx, async (tx) => {
    if (!(await activateModelVersion(tx, id, ctx.now(), ctx.actor.userId))) throw fail('model.already_active');
    return { result: null, audit: { action: 'model.activate', targetType: 'model_version', targetId: id, details: { version: model.version } } };
  });
  return getModel(ctx, id);
}

/** Puts a version in shadow: it rates beside the active model at every run, unseen by users. */
export async function shadowModel(ctx: ServiceContext, id: string) {
  const model = await getModel(ctx, id);
  if (model.status === 'active' || model.status === 'shadow') throw fail('model.already_in_status', { status: model.status });
  if (model.kind !== 'expert') checkFeatureSet(((model.parameters as { featureNames?: string[] }).featureNames ?? []) as string[]);
  await mutate(ctx, async (tx) => {
    await setModelStatus(tx, id, 'shadow');
    return { result: null, audit: { action: 'model.shadow', targetType: 'model_version', targetId: id, details: { version: model.version } } };
  });
  return getModel(ctx, id);
}

/** Champion against challenger on the same snapshots: agreement, grade migration and PSI. */
export async function compareWithChampion(ctx: ServiceContext, id: string) {
  const model = await getModel(ctx, id);
  const pairs = await shadowPairs(ctx.database.db, id);
  return { version: model.version, ...compareRatings(pairs) };
}

/** Population stability of the rated population's scores between two dates. */
export async function scoreStability(ctx: ServiceContext, from: string, to: string) {
  authorize(ctx.actor, 'model.manage');
  if (from >= to) throw invalidFields([problem('from', 'model.from_after_to')]);
  const endOf = (day: string) => startOfBusinessDay(addDays(day, 1), ctx.timezone);
  const [before, after] = [await scoresAsOf(ctx.database.db, endOf(from)), await scoresAsOf(ctx.database.db, endOf(to))];
  if (before.length < 2 || after.length < 2) return { from, to, enterprisesFrom: before.length, enterprisesTo: after.length, psi: null, bins: [] };
  const { psi: value, bins } = psi(before, after);
  return { from, to, enterprisesFrom: before.length, enterprisesTo: after.length, psi: value, bins };
}
