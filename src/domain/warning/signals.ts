// Post-loan early warning: what changed about an enterprise with a live loan that its lender and
// park should look at. Each signal has a severity and the evidence (before → after), and a key
// that makes the same change detected twice one signal.
import { GRADES } from '../rating/expert-model.ts';

export { SIGNAL_KINDS, type SignalKind } from '../../../shared/workflow.ts';
import type { SignalKind } from '../../../shared/workflow.ts';
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface SignalDraft {
  kind: SignalKind;
  severity: Severity;
  evidence: { summaryZh: string; summaryEn: string } & Record<string, unknown>;
  dedupeKey: string;
}

/** The facts watched, as the rating's feature values (null: unknown). */
export interface WatchedFacts {
  gradeStep: number | null; // steps above the worst grade: C → 0 … AAA → 8 (as the matching facts store it)
  taxGrade: number | null; // A=4 … D=0
  legalCases: number | null;
  penalties: number | null;
  headcountTrend: number | null; // change of insured headcount over six months
}

const TAX = ['D', 'C', 'M', 'B', 'A'];
const gradeAt = (step: number) => GRADES[GRADES.length - 1 - step] ?? String(step);
const BBB_STEP = GRADES.length - 1 - GRADES.indexOf('BBB');
const known = (v: number | null): v is number => v !== null && Number.isFinite(v);
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** A headcount falling by a fifth in six months is worth a call; by two fifths, a visit. */
const HEADCOUNT_WATCH = -0.2;
const HEADCOUNT_ALARM = -0.4;

function downgrade(before: WatchedFacts, after: WatchedFacts): SignalDraft | null {
  if (!known(before.gradeStep) || !known(after.gradeStep) || after.gradeStep >= before.gradeStep) return null;
  const from = gradeAt(before.gradeStep);
  const to = gradeAt(after.gradeStep);
  const steps = before.gradeStep - after.gradeStep;
  const belowInvestment = after.gradeStep < BBB_STEP;
  const severity: Severity = steps >= 3 || (belowInvestment && steps >= 2) ? 'high' : steps === 2 || belowInvestment ? 'medium' : 'low';
  return { kind: 'rating_downgrade', severity, dedupeKey: `rating_downgrade:${from}>${to}`, evidence: { from, to, steps, summaryZh: `信用评级由 ${from} 下调至 ${to}`, summaryEn: `Credit grade down from ${from} to ${to}` } };
}

function taxChange(before: WatchedFacts, after: WatchedFacts): SignalDraft | null {
  if (!known(before.taxGrade) || !known(after.taxGrade) || after.taxGrade >= before.taxGrade) return null;
  const from = TAX[before.taxGrade] ?? String(before.taxGrade);
  const to = TAX[after.taxGrade] ?? String(after.taxGrade);
  const severity: Severity = after.taxGrade === 0 ? 'high' : after.taxGrade === 1 ? 'medium' : 'low';
  return { kind: 'tax_grade_change', severity, dedupeKey: `tax_grade_change:${from}>${to}`, evidence: { from, to, summaryZh: `纳税信用等级由 ${from} 降为 ${to}`, summaryEn: `Tax credit grade down from ${from} to ${to}` } };
}

function legal(before: WatchedFacts, after: WatchedFacts): SignalDraft | null {
  const newCases = known(after.legalCases) ? after.legalCases - (before.legalCases ?? 0) : 0;
  const newPenalties = known(after.penalties) ? after.penalties - (before.penalties ?? 0) : 0;
  if (newCases <= 0 && newPenalties <= 0) return null;
  const severity: Severity = newPenalties >= 2 || newCases >= 3 ? 'high' : newPenalties >= 1 || newCases >= 2 ? 'medium' : 'low';
  const cases = Math.max(0, newCases);
  const penalties = Math.max(0, newPenalties);
  return {
    kind: 'legal_event',
    severity,
    dedupeKey: `legal_event:${after.legalCases ?? 0}/${after.penalties ?? 0}`,
    evidence: { newCases: cases, newPenalties: penalties, summaryZh: `新增涉诉 ${cases} 起、行政处罚 ${penalties} 起`, summaryEn: `${cases} new legal case(s), ${penalties} new penalty(ies)` },
  };
}

function headcount(before: WatchedFacts, after: WatchedFacts): SignalDraft | null {
  const trend = after.headcountTrend;
  if (!known(trend) || trend > HEADCOUNT_WATCH) return null;
  const band = trend <= HEADCOUNT_ALARM ? 'alarm' : 'watch';
  const previousBand = known(before.headcountTrend) && before.headcountTrend <= HEADCOUNT_WATCH ? (before.headcountTrend <= HEADCOUNT_ALARM ? 'alarm' : 'watch') : null;
  if (previousBand === band || previousBand === 'alarm') return null; // already signalled at this level
  return { kind: 'headcount_drop', severity: band === 'alarm' ? 'high' : 'medium', dedupeKey: `headcount_drop:${band}`, evidence: { trend, summaryZh: `近六个月社保缴纳人数下降 ${pct(-trend)}`, summaryEn: `Insured headcount down ${pct(-trend)} in six months` } };
}

/** What a new rating shows that the previous one did not. */
export function ratingSignals(before: WatchedFacts, after: WatchedFacts): SignalDraft[] {
  return [downgrade(before, after), taxChange(before, after), legal(before, after), headcount(before, after)].filter((s): s is SignalDraft => s !== null);
}

/** A repayment overdue: the severity follows the loan's classification. */
export function overdueSignal(loanId: string, daysOverdue: number, overdueFen: bigint): SignalDraft {
  const severity: Severity = daysOverdue > 90 ? 'high' : daysOverdue > 30 ? 'medium' : 'low';
  const yuan = (Number(overdueFen) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return {
    kind: 'overdue_repayment',
    severity,
    dedupeKey: `overdue_repayment:${loanId}`,
    evidence: { loanId, daysOverdue, overdueFen: String(overdueFen), summaryZh: `贷款逾期 ${daysOverdue} 天，逾期金额 ¥${yuan}`, summaryEn: `Loan ${daysOverdue} days overdue, ¥${yuan} past due` },
  };
}
