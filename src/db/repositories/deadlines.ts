// Decision deadlines for the workflow sweep: undecided applications due by a date, and the claim
// that flags one (a conditional UPDATE, so of two sweeps at once exactly one sends its notice).
import { and, eq, inArray, isNull, lt, lte } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { applications, enterprises, organisations } from '../schema/index.ts';

export type DeadlineFlag = 'near' | 'missed';

export interface DeadlineCandidate {
  id: string;
  parkId: string;
  institutionId: string;
  deadlineOn: string;
  enterpriseName: string;
  institutionName: string;
}

const UNDECIDED = ['submitted', 'accepted'];
const flagColumn = (flag: DeadlineFlag) => (flag === 'near' ? applications.deadlineWarnedAt : applications.deadlineMissedAt);
const dueWithin = (flag: DeadlineFlag, on: string) => (flag === 'near' ? lte(applications.deadlineOn, on) : lt(applications.deadlineOn, on));

/** Undecided applications not yet flagged whose deadline is on or before `on` (near) or before it (missed). */
export async function deadlineCandidates(db: Executor, flag: DeadlineFlag, on: string): Promise<DeadlineCandidate[]> {
  const rows = await db
    .select({ id: applications.id, parkId: applications.parkId, institutionId: applications.institutionId, deadlineOn: applications.deadlineOn, enterpriseName: enterprises.name, institutionName: organisations.name })
    .from(applications)
    .innerJoin(enterprises, eq(enterprises.organisationId, applications.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, applications.institutionId))
    .where(and(inArray(applications.state, UNDECIDED), isNull(flagColumn(flag)), dueWithin(flag, on)));
  return rows.map((r) => ({ ...r, deadlineOn: r.deadlineOn! }));
}

/**
 * Flags one application, if it still needs it: true for the one caller that flagged it. A second
 * sweep waits for the first one's row lock and then finds the flag set.
 */
export async function claimDeadlineFlag(tx: Executor, id: string, flag: DeadlineFlag, on: string, at: Date): Promise<boolean> {
  const column = flagColumn(flag);
  const rows = await tx
    .update(applications)
    .set(flag === 'near' ? { deadlineWarnedAt: at } : { deadlineMissedAt: at })
    .where(and(eq(applications.id, id), inArray(applications.state, UNDECIDED), isNull(column), dueWithin(flag, on)))
    .returning({ id: applications.id });
  return rows.length === 1;
}
