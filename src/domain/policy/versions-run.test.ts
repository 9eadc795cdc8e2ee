import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { enterpriseReasons } from './advice.ts';
import { ZHANGJIANG_RATED } from './fixtures.ts';
import type { Programme } from './programme.ts';
import { runProgrammeVersions } from './versions-run.ts';

const calendar = workingCalendar([]);
const lprFixings = [{ month: '2025-01', date: '2025-01-20', oneYear: '0.0300', fiveYear: '0.0350' }];
const v1: Programme = { ...ZHANGJIANG_RATED, budgetRule: 'first_come' };
const v2: Programme = { ...v1, version: 2, validFrom: '2025-07-01', formula: { share: '0.3', rateCap: null } };
const firm = (id: string) => ({ enterpriseId: id, gradeAtLoanDate: 'A' as const, hasValidReportOnLoanDate: true, industryCode: 'I6513', parkCode: 'zhangjiang', dishonest: false });
const loan = (id: string, disbursedOn: string) => ({ id, amountFen: 100_000_000n, annualRate: '0.0350', disbursedOn, termMonths: 12, loanType: 'credit' as const, institutionId: 'bank' });
const period = { from: '2025-01-01', to: '2025-12-31' };

describe('a run over a programme with several versions', () => {
  const base = { versions: [v1, v2], period, lprFixings, calendar, budgetLeftFen: 10_000_000n };

  it('decides each loan by the version in force on its disbursement date', () => {
    const run = runProgrammeVersions({
      ...base,
      loans: [
        { enterprise: firm('e1'), loan: loan('l1', '2025-02-01'), repayments: [{ date: '2025-03-01', interestFen: 100_000n }] },
        { enterprise: firm('e2'), loan: loan('l2', '2025-08-01'), repayments: [{ date: '2025-09-01', interestFen: 100_000n }] },
      ],
    });
    expect(run.claims.map((c) => [c.loanId, c.programmeVersion, c.subsidyFen])).toEqual([
      ['l1', 1, 50_000n],
      ['l2', 2, 30_000n],
    ]);
    expect(run.programmeVersion).toBe(2);
    expect(run.totalFen).toBe(80_000n);
  });

  it('refuses a loan whose interest another programme holds exclusively, saying which', () => {
    const run = runProgrammeVersions({ ...base, loans: [{ enterprise: firm('e1'), loan: loan('l1', '2025-02-01'), repayments: [{ date: '2025-03-01', interestFen: 100_000n }], conflict: { other: 'city-wide', from: '2025-01-01', to: '2025-12-31' } }] });
    expect(run.claims[0]).toMatchObject({ eligible: false, subsidyFen: 0n, reasons: [{ code: 'subsidy.already_subsidised', params: { other: 'city-wide' } }] });
    expect(run.totalFen).toBe(0n);
  });

  it('counts what the enterprise already received against its yearly cap', () => {
    const run = runProgrammeVersions({ ...base, receivedByEnterpriseFen: new Map([['e1', 29_990_000n]]), loans: [{ enterprise: firm('e1'), loan: loan('l1', '2025-02-01'), repayments: [{ date: '2025-03-01', interestFen: 100_000n }] }] });
    expect(run.claims[0]!.subsidyFen).toBe(10_000n);
  });
});

describe('what an enterprise lacks for a programme', () => {
  it('names only the enterprise rules it fails', () => {
    expect(enterpriseReasons(v1, firm('e1'), '2025-06-01')).toEqual([]);
    const weak = enterpriseReasons(v1, { ...firm('e1'), gradeAtLoanDate: 'BB', hasValidReportOnLoanDate: false, dishonest: true }, '2030-01-01');
    expect(weak.map((r) => r.code)).toEqual(['subsidy.grade_below', 'subsidy.no_valid_report', 'subsidy.dishonest']);
  });
});
