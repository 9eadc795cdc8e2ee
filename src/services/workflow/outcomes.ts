// The platform's own loan outcomes as training data for the model lab: each loan whose outcome is
// known, with the features of the profile snapshot frozen when the enterprise applied (what the
// lender saw), labelled bad when it went 90+ days overdue or defaulted. Loans still young and
// clean are left out: their outcome is not known yet.
import type { Executor } from '../../db/client.ts';
import { listLoansWithSnapshots } from '../../db/repositories/loan-outcomes.ts';
import { authorize } from '../../domain/access/policy.ts';
import { computeFeatures, FEATURES } from '../../domain/rating/features.ts';
import { profileFromSnapshot } from '../../domain/report/snapshot.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';

/** 90 days past due is the regulatory line to non-performing (substandard). */
const BAD_DAYS = 90;
/** A clean loan is counted good after a year of repayments, or when it closed. */
const SEASONED_DAYS = 365;
export const OUTCOME_LABEL = 'defaulted';

export interface Outcome {
  loanId: string;
  bad: boolean;
  features: Record<string, number | null>;
}

export function outcomeOf(l: { status: string; maxDaysOverdue: number; disbursedOn: string }, today: string): boolean | null {
  if (l.maxDaysOverdue > BAD_DAYS || l.status === 'defaulted' || l.status === 'written_off') return true;
  if (l.status === 'closed') return false;
  return (Date.parse(today) - Date.parse(l.disbursedOn)) / 86_400_000 >= SEASONED_DAYS ? false : null;
}

export async function loanOutcomes(db: Executor, today: string, timezone: string): Promise<Outcome[]> {
  const rows = await listLoansWithSnapshots(db);
  const out: Outcome[] = [];
  for (const r of rows) {
    const bad = outcomeOf(r.loan, today);
    if (bad === null) continue;
    out.push({ loanId: r.loan.id, bad, features: computeFeatures(profileFromSnapshot(r.profile), businessDateOf(r.takenAt, timezone)) });
  }
  return out;
}

/** The outcomes as a CSV the model lab reads: one column per catalogue feature, then the label. */
export function outcomesCsv(outcomes: Outcome[]): string {
  const keys = FEATURES.map((f) => f.key);
  const cell = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '' : String(v));
  const lines = [[...keys, OUTCOME_LABEL].join(',')];
  for (const o of outcomes) lines.push([...keys.map((k) => cell(o.features[k])), o.bad ? '1' : '0'].join(','));
  return `${lines.join('\n')}\n`;
}

export async function exportOutcomes(ctx: ServiceContext): Promise<{ csv: string; rows: number; bad: number }> {
  authorize(ctx.actor, 'model.manage');
  const outcomes = await loanOutcomes(ctx.database.db, todayOf(ctx), ctx.timezone);
  return { csv: outcomesCsv(outcomes), rows: outcomes.length, bad: outcomes.filter((o) => o.bad).length };
}
