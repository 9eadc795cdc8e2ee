import { describe, expect, it } from 'vitest';
import { packageCalendarYears, workingCalendar } from '../calendar/index.ts';
import { builtInLprFixings, demoLprFixings } from '../loans/lpr-history.ts';
import { enterpriseFacts } from '../marketplace/facts.ts';
import type { MarketProduct } from '../marketplace/products.ts';
import { GRADES, type Grade } from '../rating/expert-model.ts';
import { coverTerms, gte, loanTerms, NO_PREFERENCES } from './market-terms.ts';
import { createRandom } from './random.ts';
import { addDays, clockOf, dayOf } from './workflow-clock.ts';
import { chooseBehaviour } from './workflow-loans.ts';
import { replaySteps } from './workflow-replay.ts';
import { generateDemoWorkflow, type WorkflowFirm, type WorkflowInput, type WorkflowProduct } from './workflow.ts';
import type { Step } from './workflow-types.ts';
import { OPEN } from '../workflow/states.ts';
import { repaymentSchedule } from '../loans/schedule.ts';

const calendar = workingCalendar(packageCalendarYears());
const NOW = new Date('2026-03-20T06:00:00Z'); // a Friday
const clock = clockOf(NOW, calendar);
const lpr = [...builtInLprFixings(calendar), ...demoLprFixings('2026-03-20', calendar)];
const at = (day: string, hour = 2) => new Date(`${day}T0${hour}:00:00Z`);
const parties = { enterpriseId: 'e', institutionId: 'i', accounts: new Map([['i', { userId: 'u-officer', email: 'officer@bank.kejin.demo' }]]) };

describe('replaySteps: what the move services would have left', () => {
  const replay = (steps: Step[], turnaround = 5) => replaySteps('a', steps.map((s, i) => ({ ...s, at: s.at ?? at(s.on, 2 + i) })), turnaround, parties, clock, true);

  it.each([
    // submitted, turnaround, moves after, deadline, response days, paused days
    { name: 'decided within the turnaround', moves: [['2026-03-03', 'accepted'], ['2026-03-05', 'approved']], deadline: '2026-03-09', response: 3, paused: 0 },
    { name: 'paused while information is asked', moves: [['2026-03-03', 'info_requested'], ['2026-03-06', 'accepted'], ['2026-03-10', 'rejected']], deadline: '2026-03-12', response: 3, paused: 3 },
    { name: 'decided late', moves: [['2026-03-12', 'approved']], deadline: '2026-03-09', response: 8, paused: 0 },
  ])('$name', ({ moves, deadline, response, paused }) => {
    const steps: Step[] = [{ to: 'submitted', by: 'enterprise', on: '2026-03-02' }];
    for (const [on, to] of moves) steps.push({ to: to as Step['to'], by: to === 'accepted' && moves.some((m) => m[1] === 'info_requested') ? 'enterprise' : 'institution', on: on!, comment: '说明', reason: to === 'rejected' ? 'financials' : null });
    const { fields, events } = replay(steps);
    expect(fields).toMatchObject({ deadlineOn: deadline, responseWorkingDays: response, pausedWorkingDays: paused, version: steps.length, state: steps.at(-1)!.to });
    expect(fields.deadlineMissedAt !== null).toBe(response > 5);
    expect(events.map((e) => e.version)).toEqual(steps.map((_, i) => i + 1));
    expect(events.filter((e) => e.actorOrganisationId === 'i').every((e) => e.actorEmail === 'officer@bank.kejin.demo')).toBe(true);
  });

  it('flags an undecided application due by the next working day, and one past its deadline', () => {
    const due = replay([{ to: 'submitted', by: 'enterprise', on: '2026-03-16' }], 5); // due 2026-03-23, a Monday
    expect(due.fields.deadlineOn).toBe('2026-03-23');
    expect(due.fields.deadlineWarnedAt && dayOf(due.fields.deadlineWarnedAt)).toBe('2026-03-20');
    expect(due.fields.deadlineMissedAt).toBeNull();
    expect(due.moments.map((m) => m.kind)).toEqual(['move', 'deadline_near']);
    const missed = replay([{ to: 'submitted', by: 'enterprise', on: '2026-03-09' }], 3); // due 2026-03-12
    expect(missed.fields.deadlineMissedAt && dayOf(missed.fields.deadlineMissedAt)).toBe('2026-03-13');
    expect(missed.moments.map((m) => m.kind)).toEqual(['move', 'deadline_near', 'deadline_missed']);
  });

  it('refuses a move the state table does not allow', () => {
    expect(() => replay([{ to: 'submitted', by: 'enterprise', on: '2026-03-02' }, { to: 'disbursed', by: 'institution', on: '2026-03-03' }])).toThrow(/cannot move from submitted to disbursed/);
  });
});

describe('chooseBehaviour: trouble follows the default probability', () => {
  it('makes loans of riskier firms late, overdue or defaulted more often', () => {
    const schedule = repaymentSchedule({ amountFen: 100_000_000n, annualRate: { numerator: 35n, denominator: 1000n }, months: 24, method: 'equal_instalment', start: '2025-06-10' });
    const troubled = (pd: number) => {
      const rng = createRandom(7);
      let n = 0;
      for (let i = 0; i < 2000; i++) if (chooseBehaviour(rng, pd, schedule.payments, '2025-06-10', '2026-03-20').kind !== 'on_time') n++;
      return n / 2000;
    };
    const rates = [0.005, 0.03, 0.1, 0.3].map(troubled);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThan(rates[i - 1]!);
  });
});

function syntheticInput(firmCount: number): WorkflowInput {
  const rng = createRandom(3);
  const firms: WorkflowFirm[] = Array.from({ length: firmCount }, (_, i) => {
    const grade = GRADES[Math.min(8, Math.floor(rng.next() * 8))] as Grade;
    const facts = enterpriseFacts({ enterpriseId: `e${i}`, features: { tax_grade: rng.int(1, 4), legal_cases: rng.int(0, 2), headcount_trend: rng.float(-0.5, 0.2) }, rating: { grade, score: 500, creditLimitYuan: 5e6, stage: 'growth' }, ageYears: 5, employees: 80, parkCode: 'zhangjiang', industryCode: 'I6513', regionCode: '310115' });
    return { id: `e${i}`, parkId: 'p1', parkCode: 'zhangjiang', name: `企业${i}`, rating: { id: `r${i}`, snapshotId: `s${i}`, grade, pd: 0.002 + 0.02 * GRADES.indexOf(grade), creditLimitFen: 500_000_000n }, facts };
  });
  const product = (id: string, institutionId: string, p: Pick<MarketProduct, 'kind' | 'loanType' | 'terms' | 'rules'>): WorkflowProduct => ({
    product: { id, institutionId, preferences: NO_PREFERENCES, parks: ['zhangjiang'], ...p },
    name: `产品${id}`,
    version: 1,
    offeredFrom: new Map([['zhangjiang', addDays(clock.today, -500)]]),
  });
  const loan = (spreadBp: [number, number], turnaroundDays: number) => loanTerms({ amountWan: [100, 1000], months: [12, 36], spreadBp, repayment: ['equal_instalment', 'interest_only'], security: ['none'], turnaroundDays });
  return {
    firms,
    products: [
      product('credit', 'bank', { kind: 'loan', loanType: 'credit', terms: loan([10, 90], 5), rules: [gte('grade', 'BBB')] }),
      product('points', 'bank', { kind: 'loan', loanType: 'innovation_points', terms: loan([-20, 50], 3), rules: [] }),
      product('other', 'other-bank', { kind: 'loan', loanType: 'credit', terms: loan([20, 120], 10), rules: [] }),
      product('cover', 'guarantor', { kind: 'guarantee', loanType: null, terms: coverTerms({ amountWan: [100, 500], months: [12, 12], feeRate: 0.015, coverRatio: 0.8, security: ['none'], turnaroundDays: 7, eligibleLoanTypes: ['credit'] }), rules: [] }),
    ],
    needs: [],
    parkOperators: new Map([['p1', 'park-op']]),
    institutionNames: new Map([['bank', '示范银行'], ['other-bank', '其他银行'], ['guarantor', '担保公司']]),
    accounts: new Map([['bank', { userId: 'u-officer', email: 'officer@bank.kejin.demo' }], ['e0', { userId: 'u-owner', email: 'owner@enterprise.kejin.demo' }]]),
    demo: { enterpriseId: 'e0', institutionId: 'bank' },
  };
}

describe('generateDemoWorkflow', () => {
  const input = syntheticInput(300);
  const run = (seed: number) => {
    let n = 0;
    return generateDemoWorkflow(input, { seed, now: NOW, calendar, lpr, newId: (ms) => `${ms}-${n++}` });
  };

  it('gives deep-equal rows for the same input and seed, and another story for another seed', () => {
    const once = run(1);
    expect(run(1)).toEqual(once);
    expect(run(2).applications.map((a) => a.enterpriseId)).not.toEqual(once.applications.map((a) => a.enterpriseId));
  });

  it('keeps schedules whole, histories ending in the state, and the demo bank’s queue full', () => {
    const w = run(1);
    const byLoan = new Map<string, bigint>();
    for (const i of w.instalments) byLoan.set(i.loanId, (byLoan.get(i.loanId) ?? 0n) + i.principalFen);
    for (const l of w.loans) expect(byLoan.get(l.id)).toBe(l.amountFen);
    const last = new Map<string, string>();
    for (const e of w.events) last.set(e.applicationId, e.toState);
    for (const a of w.applications) expect(last.get(a.id)).toBe(a.state);
    const queue = w.applications.filter((a) => a.institutionId === 'bank' && ['submitted', 'accepted', 'info_requested'].includes(a.state));
    expect(queue.length).toBeGreaterThanOrEqual(8);
    expect(w.events.every((e, i) => i === 0 || e.at.getTime() >= w.events[i - 1]!.at.getTime())).toBe(true);
    expect(w.events.at(-1)!.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
  });

  it('gives every approved loan its terms, and each loan the approved amount, spread and term', () => {
    const w = run(1);
    const byApplication = new Map(w.applications.map((a) => [a.id, a]));
    expect(w.loans.length).toBeGreaterThan(0);
    for (const l of w.loans) {
      const a = byApplication.get(l.applicationId)!;
      expect(a.approvedAmountFen).not.toBeNull();
      expect(l.amountFen).toBeLessThanOrEqual(a.approvedAmountFen!);
      expect(a.approvedAmountFen!).toBeLessThanOrEqual(a.amountFen);
      expect([l.spreadBp, l.termMonths, l.lprTenor]).toEqual([a.approvedSpreadBp, a.approvedTermMonths, a.approvedLprTenor]);
    }
    const approvedStates = ['approved', 'contract_signed', 'disbursed', 'repaying', 'overdue', 'closed', 'defaulted', 'written_off'];
    for (const a of w.applications) {
      const approved = w.events.some((e) => e.applicationId === a.id && e.toState === 'approved');
      expect(a.approvedAmountFen !== null, `${a.id} ${a.state}`).toBe(approved && a.productKind === 'loan');
      if (a.productKind === 'loan' && approvedStates.includes(a.state)) expect(a.approvedTermMonths).toBeGreaterThan(0);
    }
  });

  it('gives no enterprise two open applications to one product (the database refuses them)', () => {
    for (const seed of [1, 2, 3, 42]) {
      const open = run(seed).applications.filter((a) => (OPEN as readonly string[]).includes(a.state)).map((a) => `${a.enterpriseId} ${a.productId}`);
      expect(open.length).toBeGreaterThan(0);
      expect(new Set(open).size).toBe(open.length);
    }
  });

  it('copes with a data set too small for the demo accounts’ story', () => {
    const tiny = syntheticInput(1);
    expect(() => generateDemoWorkflow({ ...tiny, products: [] }, { seed: 1, now: NOW, calendar, lpr, newId: String })).not.toThrow();
    let n = 0;
    const one = generateDemoWorkflow(tiny, { seed: 1, now: NOW, calendar, lpr, newId: (ms) => `${ms}-${n++}` });
    expect(one.applications.every((a) => a.enterpriseId === 'e0')).toBe(true);
  });
});
