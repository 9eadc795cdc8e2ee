// Keeps enterprises.completeness current after profile changes, in batches for bulk imports.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { findEnterprisesByIds } from '../../db/repositories/enterprises.ts';
import { loadProfilesRows } from '../../db/repositories/profile.ts';
import { assessCompleteness } from '../../domain/profile/completeness.ts';
import { toDomainProfile } from './to-domain.ts';

const BATCH = 500;

export async function refreshCompleteness(db: Executor, enterpriseIds: string[], today: string): Promise<void> {
  for (let i = 0; i < enterpriseIds.length; i += BATCH) {
    const ids = enterpriseIds.slice(i, i + BATCH);
    const enterprises = await findEnterprisesByIds(db, ids);
    const rows = await loadProfilesRows(db, ids);
    const scores = enterprises.map((e) => ({ id: e.organisationId, score: assessCompleteness(toDomainProfile(e, rows.get(e.organisationId)!), today).score }));
    if (!scores.length) continue;
    const values = sql.join(scores.map((s) => sql`(${s.id}::uuid, ${s.score}::smallint)`), sql`, `);
    await db.execute(sql`UPDATE enterprises e SET completeness = v.score FROM (VALUES ${values}) AS v(id, score)
      WHERE e.organisation_id = v.id AND e.completeness IS DISTINCT FROM v.score`);
  }
}
