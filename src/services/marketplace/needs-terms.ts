// A posted need: its statuses and validation, as the matching engine reads it, and its facts: the enterprise's match facts, or
// for an enterprise not rated yet its registration alone (so rules on unknown facts fail).
import type { Executor } from '../../db/client.ts';
import type { NeedRow, NeedWithEnterprise } from '../../db/repositories/needs.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { CATEGORY_FACTS, NUMERIC_FACTS, type EnterpriseFacts } from '../../domain/marketplace/facts.ts';
import { PRODUCT_KINDS, SECURITY_KINDS, type NeedTerms, type ProductKind, type SecurityKind } from '../../domain/marketplace/products.ts';
import { problem, type FieldProblem } from '../../domain/shared/errors.ts';
import { NEED_STATUSES, type NeedStatus } from '../../../shared/marketplace.ts';
import { loadFacts } from './facts-store.ts';

/** Working days after `from` up to and including `to`, by the platform's calendar; 0 when `to` is not later. */
export const workingDaysUntil = (calendar: WorkingCalendar, from: string, to: string): number => Math.max(0, calendar.workingDaysBetween(from, to));

/**
 * A need as the engine reads it. Its time left counts working days on the same State Council
 * calendar as the products' turnaround promises (and the workflow's deadlines).
 */
export function needTermsOf(need: Pick<NeedRow, 'kind' | 'amountFen' | 'termMonths' | 'offers' | 'neededBy'>, today: string, calendar: WorkingCalendar): NeedTerms {
  return {
    kind: need.kind as ProductKind,
    amountFen: need.amountFen,
    termMonths: need.termMonths,
    offers: need.offers as SecurityKind[],
    workingDaysUntilNeeded: need.neededBy ? workingDaysUntil(calendar, today, need.neededBy) : null,
  };
}

/** Facts from registration alone, for an enterprise without a rating: every number unknown. */
export function registrationFacts(e: { enterpriseId: string; parkCode: string; industryCode: string; regionCode: string }): EnterpriseFacts {
  const categories = CATEGORY_FACTS.map((f) => ({ park: e.parkCode, industry: e.industryCode, region: e.regionCode })[f.key as 'park'] ?? '');
  return { enterpriseId: e.enterpriseId, numbers: new Float64Array(NUMERIC_FACTS.length).fill(NaN), categories };
}

/** The facts of each need's enterprise (rated: its match facts; not yet: its registration). */
export async function factsOfNeeds(db: Executor, needs: readonly NeedWithEnterprise[]): Promise<Map<string, EnterpriseFacts>> {
  const facts = await loadFacts(db, [...new Set(needs.map((n) => n.enterpriseId))]);
  for (const n of needs) if (!facts.has(n.enterpriseId)) facts.set(n.enterpriseId, registrationFacts(n));
  return facts;
}

export { NEED_STATUSES, type NeedStatus };
/** Needs still looking for money: open, or taken up by some institution but not yet closed. */
export const ACTIVE_STATUSES: NeedStatus[] = ['open', 'taken_up'];

export const TERM_MONTHS_MAX = 600;
export const PURPOSE_MAX = 500;

export interface NeedFields {
  kind: string;
  amountFen: bigint;
  termMonths: number | null;
  purpose: string;
  neededBy: string | null;
  offers: string[];
}

/** Problems with a need's fields (field paths as in the request body); empty when it can be saved. */
export function validateNeed(n: NeedFields, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
    if (!(PRODUCT_KINDS as readonly string[]).includes(n.kind)) problems.push(problem('kind', 'field.invalid_enum', { values: PRODUCT_KINDS }));
  if (n.amountFen <= 0n) problems.push(problem('amountFen', 'field.not_positive'));
  if (n.termMonths !== null && (!Number.isInteger(n.termMonths) || n.termMonths < 1 || n.termMonths > TERM_MONTHS_MAX)) problems.push(problem('termMonths', 'need.term_range', { max: TERM_MONTHS_MAX }));
  if (!n.purpose.trim()) problems.push(problem('purpose', 'need.purpose_required'));
  else if (n.purpose.length > PURPOSE_MAX) problems.push(problem('purpose', 'field.too_long', { max: PURPOSE_MAX }));
  if (n.neededBy !== null) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(n.neededBy) || Number.isNaN(Date.parse(n.neededBy))) problems.push(problem('neededBy', 'field.invalid_date'));
    else if (n.neededBy < today) problems.push(problem('neededBy', 'need.needed_by_past', { today }));
  }
  n.offers.forEach((o, i) => {
    if (!(SECURITY_KINDS as readonly string[]).includes(o)) problems.push(problem(`offers.${i}`, 'field.invalid_enum', { values: SECURITY_KINDS }));
  });
  return problems;
}
