// The latest rating of an enterprise, for those allowed to see it: the enterprise, its park's
// administrators, the operator, and institutions holding a live grant from it.
import { latestGrades, latestRating, latestRatingsOf } from '../../db/repositories/ratings.ts';
import { liveGrantsOfInstitution } from '../../db/repositories/sharing.ts';
import { authorize } from '../../domain/access/policy.ts';
import { computeFeatures } from '../../domain/rating/features.ts';
import { improvements } from '../../domain/rating/improvements.ts';
import { stageOf } from '../../domain/rating/score.ts';
import { profileFromSnapshot } from '../../domain/report/snapshot.ts';
import { featureScorerFor } from './scorer.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { fail } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { openProfile } from '../shared/open-profile.ts';

export async function readRating(ctx: ServiceContext, creditCode: string) {
  const opened = await openProfile(ctx, creditCode);
  if (opened.access.level === 'summary') throw fail('rating.needs_grant');
  const found = await latestRating(ctx.database.db, opened.enterprise.organisationId);
  if (!found) throw fail('rating.not_found');
  return { ...found.rating, modelVersion: found.version, improvements: improvementsOf(found, ctx.timezone) };
}

/** What would raise the grade, simulated on the model and the snapshot the rating used. */
function improvementsOf(found: NonNullable<Awaited<ReturnType<typeof latestRating>>>, timezone: string) {
  const profile = profileFromSnapshot(found.snapshot);
  const day = businessDateOf(found.rating.ratedAt, timezone);
  const features = computeFeatures(profile, day);
  const stage = stageOf(profile, day, features.revenue ?? null);
  const rate = featureScorerFor(found.model);
  return improvements((f) => rate(f, stage), features);
}

/** The coarse band everyone signed in may see: A (AAA–A), B (BBB–B) or C (CCC–C). */
export const ratingBand = (grade: string | undefined) => (grade ? grade[0]! : null);

/** Latest grades of enterprises already visible to the caller (for their rating bands). */
export const gradesOf = (ctx: ServiceContext, enterpriseIds: string[]) => latestGrades(ctx.database.db, enterpriseIds);

/** An institution's view: the latest ratings of the enterprises that granted it access. */
export async function ratingsUnderGrants(ctx: ServiceContext) {
  authorize(ctx.actor, 'grant.list');
  const institutionIds = ctx.actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId);
  const today = todayOf(ctx);
  const grants = (await Promise.all(institutionIds.map((id) => liveGrantsOfInstitution(ctx.database.db, id, today)))).flat();
  const rows = await latestRatingsOf(ctx.database.db, [...new Set(grants.map((g) => g.enterpriseId))]);
  return rows.sort((a, b) => b.score - a.score);
}
