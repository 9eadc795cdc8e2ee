// Loans with the profile snapshot frozen when the enterprise applied: the model lab's training rows.
import { eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { applications, loans, profileSnapshots } from '../schema/index.ts';

export interface LoanWithSnapshot {
  loan: { id: string; status: string; maxDaysOverdue: number; disbursedOn: string };
  profile: (typeof profileSnapshots.$inferSelect)['profile'];
  takenAt: Date;
}

/** Every loan whose application froze a profile snapshot, with that snapshot. */
export async function listLoansWithSnapshots(db: Executor): Promise<LoanWithSnapshot[]> {
  return db
    .select({ loan: { id: loans.id, status: loans.status, maxDaysOverdue: loans.maxDaysOverdue, disbursedOn: loans.disbursedOn }, profile: profileSnapshots.profile, takenAt: profileSnapshots.takenAt })
    .from(loans)
    .innerJoin(applications, eq(applications.id, loans.applicationId))
    .innerJoin(profileSnapshots, eq(profileSnapshots.id, applications.snapshotId))
    .where(isNotNull(applications.snapshotId));
}
