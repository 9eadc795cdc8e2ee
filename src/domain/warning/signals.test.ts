import { describe, expect, it } from 'vitest';
import { GRADES } from '../rating/expert-model.ts';
import { overdueSignal, ratingSignals, type WatchedFacts } from './signals.ts';

const step = (g: string) => GRADES.length - 1 - GRADES.indexOf(g as never);
const facts = (f: Partial<WatchedFacts> = {}): WatchedFacts => ({ gradeStep: step('A'), taxGrade: 4, legalCases: 0, penalties: 0, headcountTrend: 0.05, ...f });

describe('early-warning signals', () => {
  it('nothing changed, nothing to say; an upgrade is not a warning', () => {
    expect(ratingSignals(facts(), facts())).toEqual([]);
    expect(ratingSignals(facts({ gradeStep: step('BBB') }), facts({ gradeStep: step('A') }))).toEqual([]);
  });

  it('a downgrade is graded by how far and where it lands', () => {
    const one = ratingSignals(facts(), facts({ gradeStep: step('BBB') }));
    expect(one).toEqual([expect.objectContaining({ kind: 'rating_downgrade', severity: 'low', dedupeKey: 'rating_downgrade:A>BBB' })]);
    expect(one[0]!.evidence).toMatchObject({ from: 'A', to: 'BBB', summaryEn: 'Credit grade down from A to BBB' });
    expect(ratingSignals(facts({ gradeStep: step('BBB') }), facts({ gradeStep: step('BB') }))[0]!.severity).toBe('medium');
    expect(ratingSignals(facts(), facts({ gradeStep: step('BB') }))[0]!.severity).toBe('high');
  });

  it('tax grade falls, new cases and penalties, a shrinking insured headcount', () => {
    const found = ratingSignals(facts(), facts({ taxGrade: 0, legalCases: 1, penalties: 1, headcountTrend: -0.25 }));
    expect(found.map((s) => [s.kind, s.severity])).toEqual([
      ['tax_grade_change', 'high'],
      ['legal_event', 'medium'],
      ['headcount_drop', 'medium'],
    ]);
    // Already signalled at this level: not again; worse: again, higher.
    expect(ratingSignals(facts({ headcountTrend: -0.25 }), facts({ headcountTrend: -0.3 }))).toEqual([]);
    expect(ratingSignals(facts({ headcountTrend: -0.25 }), facts({ headcountTrend: -0.45 }))[0]).toMatchObject({ severity: 'high', dedupeKey: 'headcount_drop:alarm' });
  });

  it('unknown facts raise nothing', () => {
    expect(ratingSignals(facts({ gradeStep: null, taxGrade: null }), facts({ gradeStep: step('C'), taxGrade: 0 }))).toEqual([]);
  });

  it('overdue severity follows the days', () => {
    expect(overdueSignal('L1', 12, 150_000n)).toMatchObject({ severity: 'low', dedupeKey: 'overdue_repayment:L1', evidence: { summaryEn: 'Loan 12 days overdue, ¥1,500 past due' } });
    expect(overdueSignal('L1', 45, 1n).severity).toBe('medium');
    expect(overdueSignal('L1', 91, 1n).severity).toBe('high');
  });
});
