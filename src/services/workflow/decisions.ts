// The institutions' observed decisions, by grade band: what the matching engine's approval
// component learns from (an institution that declines most B-band firms ranks lower for them).
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { applications, ratings } from '../../db/schema/index.ts';
import { gradeStep, NUMERIC_FACTS } from '../../domain/marketplace/facts.ts';
import { bandOfStep, type DecisionCounts } from '../../domain/marketplace/ranking.ts';

export async function decisionCounts(db: Executor): Promise<DecisionCounts[]> {
  const rows = await db
    .select({ institutionId: applications.institutionId, grade: ratings.grade, decided: count(), approved: sql<number>`count(*) filter (where ${applications.rejectionReason} is null)`.mapWith(Number) })
    .from(applications)
    .innerJoin(ratings, eq(ratings.id, applications.ratingId))
    .where(and(isNotNull(applications.decidedAt)))
    .groupBy(applications.institutionId, ratings.grade);
  return rows.map((r) => ({ institutionId: r.institutionId, band: bandOfStep(gradeStep(NUMERIC_FACTS[0]!, r.grade)), decided: r.decided, approved: r.approved }));
}
