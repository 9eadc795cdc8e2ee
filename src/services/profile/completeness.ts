// Keeps enterprises.completeness current after profile changes, in batches for bulk imports.
import type { Executor } from '../../db/client.ts';
import { findEnterprisesByIds, setCompleteness } from '../../db/repositories/enterprises.ts';
import { loadProfilesRows } from '../../db/repositories/profile.ts';
import { assessCompleteness } from '../../domain/profile/completeness.ts';
import { toDomainProfile } from '../shared/to-domain-profile.ts';

const BATCH = 500;

export async function refreshCompleteness(db: Executor, enterpriseIds: string[], today: string): Promise<void> {
  for (let i = 0; i < enterpriseIds.length; i += BATCH) {
    const ids = enterpriseIds.slice(i, i + BATCH);
    const enterprises = await findEnterprisesByIds(db, ids);
    const rows = await loadProfilesRows(db, ids);
    const scores = enterprises.map((e) => ({ id: e.organisationId, score: assessCompleteness(toDomainProfile(e, rows.get(e.organisationId)!), today).score }));
    await setCompleteness(db, scores);
  }
}
