// What a surrendered insurance policy (or a guarantee released early) claws back of the subsidy
// granted on it, by the programme's rule `clawback.onSurrender`:
//   none               — nothing (also when the programme says nothing);
//   full               — everything granted on the contract;
//   pro_rata_unexpired — granted × unexpired days / coverage days, rounded down.
// The surrender date is the last day covered: the unexpired days are those after it to the end of
// the coverage (actual days, both ends of the coverage counted, as for the amount-rate limit). A
// surrender before the coverage starts leaves every day unexpired; one on the last day leaves none,
// so it claws back nothing under any rule; one after the coverage ended is refused.
// From a claim, the grant on the contract is each of its payments' part of what the claim computed,
// applied to what the claim was granted after its caps and budget (rounded down), then the rule
// applies to each payment over its own coverage. Rounding down throughout: a clawback never asks
// back a fraction of a fen more than the rule gives.
import { dayNumberOf } from '../calendar/days.ts';
import { fail } from '../shared/errors.ts';
import type { PaymentSubsidy, SubsidyClaim } from './claim.ts';
import { roundFen } from './decimal.ts';
import { coverageDays, DAY_COUNT } from './fee-subsidy.ts';
import { basisOf, type ClawbackRule, type Programme } from './programme.ts';
import type { TrailStep } from './trail.ts';

export interface ClawbackInput {
  programme: Programme;
  /** The guarantee's or policy's number. */
  contractNo: string;
  /** The claim that granted the subsidy (after its budget step), or the amount granted on this contract and its coverage. */
  granted: { claim: SubsidyClaim } | { amountFen: bigint; coverage: { from: string; to: string } };
  /** Business date of the surrender or release: the last day covered. */
  surrenderedOn: string;
}

export interface Clawback {
  programmeId: string;
  contractNo: string;
  rule: ClawbackRule;
  /** What was granted on the contract. */
  grantedFen: bigint;
  clawbackFen: bigint;
  /** grantedFen − clawbackFen: what the enterprise keeps. */
  keptFen: bigint;
  trail: TrailStep[];
}

/** The clawback of one surrendered guarantee or policy, with its trail. */
export function computeClawback(input: ClawbackInput): Clawback {
  const { programme: p, contractNo, surrenderedOn } = input;
  if (basisOf(p.kind) === 'interest') throw fail('programme.not_fee_subsidy', { id: p.id, kind: p.kind });
  const surrenderDay = dayNumberOf(surrenderedOn);
  if (surrenderDay === null) throw fail('subsidy.clawback_date_invalid', { contractNo, date: String(surrenderedOn) });
  const rule = p.clawback?.onSurrender ?? 'none';
  const trail: TrailStep[] = [];
  const parts = grantedParts(input, trail);
  let grantedFen = 0n;
  let clawbackFen = 0n;
  for (const part of parts) {
    const coveredDays = coverageDays(part.coverage);
    if (coveredDays === null) throw fail('subsidy.coverage_invalid', { contractNo, from: String(part.coverage.from), to: String(part.coverage.to) });
    const endDay = dayNumberOf(part.coverage.to)!;
    if (surrenderDay > endDay) throw fail('subsidy.clawback_after_coverage', { contractNo, surrenderedOn, to: part.coverage.to });
    const unexpiredDays = Math.min(coveredDays, endDay - surrenderDay);
    const fen = unexpiredDays === 0 || rule === 'none' ? 0n : rule === 'full' ? part.grantedFen : roundFen(part.grantedFen * BigInt(unexpiredDays), BigInt(coveredDays));
    trail.push({
      step: 'clawback',
      rule,
      contractNo,
      coverageFrom: part.coverage.from,
      coverageTo: part.coverage.to,
      surrenderedOn,
      coveredDays,
      unexpiredDays,
      dayCount: DAY_COUNT,
      grantedFen: part.grantedFen,
      clawbackFen: fen,
      rounding: 'down',
    });
    grantedFen += part.grantedFen;
    clawbackFen += fen;
  }
  return { programmeId: p.id, contractNo, rule, grantedFen, clawbackFen, keptFen: grantedFen - clawbackFen, trail };
}

/** The grant on the contract, one part per payment (a claim may hold several payments of one contract). */
function grantedParts({ contractNo, granted }: ClawbackInput, trail: TrailStep[]): { coverage: { from: string; to: string }; grantedFen: bigint }[] {
  if ('amountFen' in granted) {
    if (typeof granted.amountFen !== 'bigint' || granted.amountFen < 0n) throw fail('subsidy.clawback_granted_invalid', { value: String(granted.amountFen) });
    return [{ coverage: granted.coverage, grantedFen: granted.amountFen }];
  }
  const { claim } = granted;
  const payments = (claim.payments ?? []).filter((s) => s.contractNo === contractNo);
  if (payments.length === 0) throw fail('subsidy.clawback_contract_unknown', { contractNo });
  return payments.map((s) => ({ coverage: s.coverage, grantedFen: attributed(claim, s, trail) }));
}

/** The payment's part of the claim's grant: its subsidy × granted / computed, rounded down (its subsidy itself when nothing was cut). */
function attributed(claim: SubsidyClaim, s: PaymentSubsidy, trail: TrailStep[]): bigint {
  const grantedFen = claim.computedFen === 0n ? 0n : roundFen(s.subsidyFen * claim.subsidyFen, claim.computedFen);
  trail.push({ step: 'clawback_attribution', contractNo: s.contractNo, date: s.date, paymentSubsidyFen: s.subsidyFen, claimComputedFen: claim.computedFen, claimGrantedFen: claim.subsidyFen, grantedFen, rounding: 'down' });
  return grantedFen;
}
