// Scores enterprises with the active model: each rating stores the frozen profile snapshot and
// the model version it used, so it can be reproduced exactly.
import { createHash } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { analyzeNamedAfterBulkWrite } from '../../db/repositories/bulk.ts';
import { allEnterpriseIds, findEnterprisesByIds, type EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { upsertMatchFacts, type MatchFactsRow } from '../../db/repositories/match-facts.ts';
import { loadProfilesRows } from '../../db/repositories/profile.ts';
import {
  activeModelVersion,
  findModelVersion,
  installModelVersion,
  insertRatings,
  insertShadowRatings,
  insertSnapshots,
  latestSnapshotDigests,
  shadowModelVersions,
  type NewRating,
  type NewShadowRating,
  type NewSnapshot,
} from '../../db/repositories/ratings.ts';
import { enterpriseFacts } from '../../domain/marketplace/facts.ts';
import { ageInYears } from '../../domain/rating/features.ts';
import type { Rating } from '../../domain/rating/score.ts';
import { matchFactsRow } from '../marketplace/facts-store.ts';
import { factsBeforeRating, raiseRatingSignals } from '../workflow/signals.ts';
import type { EnterpriseProfile } from '../../domain/profile/types.ts';
import { EXPERT_MODEL_V1 } from '../../domain/rating/expert-model.ts';
import { snapshotJson } from '../../domain/report/snapshot.ts';
import { scorerFor } from './scorer.ts';
import { businessDateOf, DEFAULT_TIMEZONE } from '../../domain/shared/business-time.ts';
import { fail } from '../../domain/shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { toDomainProfile } from '../shared/to-domain-profile.ts';

const BATCH = 500;

/** Installs the cold-start expert model as the active version when no model is active. */
export async function installExpertModel(database: Database): Promise<void> {
  if (await activeModelVersion(database.db)) return;
  if (await findModelVersion(database.db, EXPERT_MODEL_V1.version)) return;
  await installModelVersion(database.db, { id: newId(), kind: 'expert', version: EXPERT_MODEL_V1.version, parameters: EXPERT_MODEL_V1, status: 'active', activatedAt: new Date() });
}

export async function scoreEnterprises(
  database: Database,
  options: { enterpriseIds?: string[]; now: Date; timezone?: string; onProgress?: (done: number, total: number) => void },
): Promise<{ scored: number; modelVersion: string }> {
  const model = await activeModelVersion(database.db);
  if (!model) throw fail('model.none_active');
  const score = scorerFor(model);
  const challengers = (await shadowModelVersions(database.db)).map((v) => ({ id: v.id, score: scorerFor(v) }));
  const ids = options.enterpriseIds ?? (await allEnterpriseIds(database.db));
  const today = businessDateOf(options.now, options.timezone ?? DEFAULT_TIMEZONE);
  let done = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const found = await findEnterprisesByIds(database.db, batch);
    const rows = await loadProfilesRows(database.db, batch);
    const latest = await latestSnapshotDigests(database.db, batch);
    const snapshots: NewSnapshot[] = [];
    const rated: NewRating[] = [];
    const shadows: NewShadowRating[] = [];
    const facts: MatchFactsRow[] = [];
    for (const e of found) {
      const profile = toDomainProfile(e, rows.get(e.organisationId)!);
      const json = snapshotJson(profile);
      const sha256 = createHash('sha256').update(JSON.stringify(json)).digest('hex');
      // An unchanged profile keeps its snapshot: re-rating everyone must not copy every profile.
      const unchanged = latest.get(e.organisationId);
      const snapshotId = unchanged?.sha256 === sha256 ? unchanged.id : newId(options.now.getTime());
      if (snapshotId !== unchanged?.id) snapshots.push({ id: snapshotId, parkId: e.parkId, enterpriseId: e.organisationId, takenAt: options.now, profile: json, sha256 });
      const r = score(profile, today);
      const ratingId = newId(options.now.getTime());
      for (const c of challengers) {
        const s = c.score(profile, today);
        shadows.push({ id: newId(options.now.getTime()), enterpriseId: e.organisationId, modelVersionId: c.id, championRatingId: ratingId, score: s.score, grade: s.grade, pd: s.pd.toFixed(8), ratedAt: options.now });
      }
      facts.push(matchFactsRow(e.parkId, factsOfRating(e, profile, r, today), options.now));
      rated.push(ratingRow(r, { id: ratingId, parkId: e.parkId, enterpriseId: e.organisationId, modelVersionId: model.id, snapshotId, ratedAt: options.now }));
    }
    const watched = await factsBeforeRating(database.db, found.map((e) => e.organisationId));
    await database.db.transaction(async (tx) => {
      await insertSnapshots(tx, snapshots);
      await insertRatings(tx, rated);
      await insertShadowRatings(tx, shadows);
      await upsertMatchFacts(tx, facts);
      // Lenders hear what the new ratings show (downgrades, tax grade, legal events, headcount).
      if (watched.lenders.length) await raiseRatingSignals(tx, watched, new Map(facts.map((f) => [f.enterpriseId, f.numbers as Record<string, number>])), options.now);
    });
    done += found.length;
    options.onProgress?.(done, ids.length);
  }
  await analyzeNamedAfterBulkWrite(database.db, done, ['profileSnapshots', 'ratings', 'shadowRatings', 'matchFacts']);
  return { scored: done, modelVersion: model.version };
}

/** The stored row of one rating: who, by which model, on which snapshot, when, and what it found. */
export function ratingRow(r: Rating, of: Pick<NewRating, 'id' | 'parkId' | 'enterpriseId' | 'modelVersionId' | 'snapshotId' | 'ratedAt'>): NewRating {
  return {
    ...of,
    score: r.score,
    grade: r.grade,
    pd: r.pd.toFixed(8),
    dimensions: { ...r.dimensions, stage: r.stage },
    factors: [...r.raising, ...r.lowering],
    creditLimitFen: r.creditLimit.amountFen,
    limitBasis: r.creditLimit.basis,
  };
}

/** What the matching engine will read of this enterprise, as of this rating. */
function factsOfRating(e: EnterpriseWithPark, profile: EnterpriseProfile, r: Rating, today: string) {
  return enterpriseFacts({
    enterpriseId: e.organisationId,
    features: r.features,
    rating: { grade: r.grade, score: r.score, creditLimitYuan: Number(r.creditLimit.amountFen) / 100, stage: r.stage },
    ageYears: ageInYears(profile, today),
    employees: e.employees,
    parkCode: e.parkCode,
    industryCode: e.industryCode,
    regionCode: e.regionCode,
  });
}

/** Re-rates enterprises after their profile changed, when a model is active. */
export async function rescore(ctx: { database: Database; now: () => Date; timezone: string }, enterpriseIds: string[]): Promise<void> {
  if (!(await activeModelVersion(ctx.database.db))) return;
  await scoreEnterprises(ctx.database, { enterpriseIds, now: ctx.now(), timezone: ctx.timezone });
}
