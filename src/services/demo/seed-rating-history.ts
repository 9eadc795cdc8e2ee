// The demo enterprise's rating history: a rating at each of the last eleven month-ends, scored by the
// active model on the profile as it stood that day (profileAsOf), so its home shows a real trend.
import { createHash } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { findEnterprisesByIds } from '../../db/repositories/enterprises.ts';
import { loadProfilesRows } from '../../db/repositories/profile.ts';
import { activeModelVersion, insertRatings, insertSnapshots, type NewRating, type NewSnapshot } from '../../db/repositories/ratings.ts';
import { profileAsOf } from '../../domain/profile/as-of.ts';
import { snapshotJson } from '../../domain/report/snapshot.ts';
import { addDays, businessDateOf, instantAt } from '../../domain/shared/business-time.ts';
import { ratingRow } from '../rating/score-enterprises.ts';
import { scorerFor } from '../rating/scorer.ts';
import { newId } from '../shared/ids.ts';
import { toDomainProfile } from '../shared/to-domain-profile.ts';

export const HISTORY_MONTHS = 11;
/** Month-end ratings are made by the evening run, at 20:00 business time. */
const RATED_AT_HOUR = 20;

/** The last day of each of the `months` months before today's, oldest first (YYYY-MM-DD). */
export function previousMonthEnds(today: string, months: number): string[] {
  const ends: string[] = [];
  let firstOfMonth = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < months; i++) {
    const end = addDays(firstOfMonth, -1);
    ends.unshift(end);
    firstOfMonth = `${end.slice(0, 7)}-01`;
  }
  return ends;
}

export async function seedDemoRatingHistory(database: Database, input: { enterpriseId: string; now: Date; timezone: string }): Promise<number> {
  const days = previousMonthEnds(businessDateOf(input.now, input.timezone), HISTORY_MONTHS);
  return seedRatingsAsOf(database, days.map((day) => ({ enterpriseId: input.enterpriseId, day })), input.timezone);
}

/**
 * Ratings made in the past: each enterprise scored by the active model on its profile as it stood
 * on the day (profileAsOf), rated that evening. The subsidy demo rates borrowers as of a day before
 * their loans, so the grade in force on the loan date is one the enterprise really had.
 */
export async function seedRatingsAsOf(database: Database, entries: readonly { enterpriseId: string; day: string }[], timezone: string): Promise<number> {
  const model = await activeModelVersion(database.db);
  if (!model || !entries.length) return 0;
  const score = scorerFor(model);
  const ids = [...new Set(entries.map((e) => e.enterpriseId))];
  const found = new Map((await findEnterprisesByIds(database.db, ids)).map((e) => [e.organisationId, e]));
  const rows = await loadProfilesRows(database.db, ids);
  const snapshots: NewSnapshot[] = [];
  const rated: NewRating[] = [];
  for (const { enterpriseId, day } of entries) {
    const enterprise = found.get(enterpriseId);
    if (!enterprise) continue;
    const profile = toDomainProfile(enterprise, rows.get(enterpriseId)!);
    const at = instantAt(day, RATED_AT_HOUR, 0, timezone);
    const then = profileAsOf(profile, day);
    const json = snapshotJson(then);
    const snapshotId = newId(at.getTime());
    snapshots.push({ id: snapshotId, parkId: enterprise.parkId, enterpriseId, takenAt: at, profile: json, sha256: createHash('sha256').update(JSON.stringify(json)).digest('hex') });
    rated.push(ratingRow(score(then, day), { id: newId(at.getTime()), parkId: enterprise.parkId, enterpriseId, modelVersionId: model.id, snapshotId, ratedAt: at }));
  }
  await database.db.transaction(async (tx) => {
    await insertSnapshots(tx, snapshots);
    await insertRatings(tx, rated);
  });
  return rated.length;
}
