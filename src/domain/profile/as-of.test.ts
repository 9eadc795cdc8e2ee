import { describe, expect, it } from 'vitest';
import { latestFiledYear, profileAsOf } from './as-of.ts';
import type { EnterpriseProfile, FinancialStatement } from './types.ts';

const statement = (year: number): FinancialStatement => ({ year, revenueFen: BigInt(year) * 100n } as FinancialStatement);

const profile: EnterpriseProfile = {
  registration: {
    creditCode: '91310115MA1K000000', name: '示例科技', legalRepresentative: '张三', foundedOn: '2018-03-01', registeredCapitalFen: 100_000_000n,
    regionCode: '310115', industryCode: 'I6510', address: '上海', parkCode: 'zhangjiang', admittedOn: '2019-01-01', employees: 80, status: 'active',
  },
  financials: [statement(2023), statement(2024), statement(2025)],
  people: [
    { month: '2026-01', employees: 60, stStaff: 30, rdStaff: 20, postgradStaff: 5, socialInsuranceHeadcount: 60 },
    { month: '2026-06', employees: 70, stStaff: 35, rdStaff: 22, postgradStaff: 6, socialInsuranceHeadcount: 70 },
    { month: '2026-11', employees: 80, stStaff: 40, rdStaff: 25, postgradStaff: 7, socialInsuranceHeadcount: 80 },
  ],
  ip: [
    { kind: 'invention_patent', number: 'ZL1', title: 'a', status: 'granted', appliedOn: '2024-01-01', grantedOn: '2026-03-01' },
    { kind: 'invention_patent', number: 'ZL2', title: 'b', status: 'pending', appliedOn: '2026-08-01', grantedOn: null },
  ],
  qualifications: [{ kind: 'hnte', certificateNo: 'GR1', validFrom: '2026-04-01', validTo: '2029-03-31' }],
  taxGrades: [{ year: 2024, grade: 'A' }, { year: 2025, grade: 'B' }],
  complianceEvents: [{ kind: 'legal_case', reference: '(2026)沪01', occurredOn: '2026-02-01', resolvedOn: '2026-07-01', amountFen: null, description: '' }],
  equityRounds: [{ closedOn: '2026-05-10', round: 'A', amountFen: 1n, investors: [] }],
  loans: [{ lender: '银行', amountFen: 1n, startedOn: '2025-06-01', maturesOn: '2026-06-01', status: 'repaid' }],
};

describe('profileAsOf', () => {
  it('keeps the statements filed by then: last year from June, the year before until May', () => {
    expect(latestFiledYear('2026-05-31')).toBe(2024);
    expect(latestFiledYear('2026-06-01')).toBe(2025);
    expect(profileAsOf(profile, '2026-02-28').financials.map((s) => s.year)).toEqual([2023, 2024]);
    expect(profileAsOf(profile, '2026-10-31').taxGrades.map((t) => t.year)).toEqual([2024, 2025]);
  });

  it('sees IP pending until granted and not yet applied for at all', () => {
    const feb = profileAsOf(profile, '2026-02-28');
    expect(feb.ip).toEqual([{ ...profile.ip[0], status: 'pending', grantedOn: null }]);
    expect(profileAsOf(profile, '2026-09-30').ip).toEqual(profile.ip);
  });

  it('takes headcounts, qualifications, rounds, events and loans as they stood', () => {
    const mar = profileAsOf(profile, '2026-03-31');
    expect(mar.people.map((p) => p.month)).toEqual(['2026-01']);
    expect(mar.registration.employees).toBe(60);
    expect(mar.qualifications).toEqual([]);
    expect(mar.equityRounds).toEqual([]);
    expect(mar.complianceEvents).toEqual([{ ...profile.complianceEvents[0], resolvedOn: null }]);
    expect(mar.loans).toEqual([{ ...profile.loans[0], status: 'current' }]);
    const dec = profileAsOf(profile, '2026-12-06');
    expect(dec.complianceEvents).toEqual(profile.complianceEvents);
    expect(dec.loans).toEqual(profile.loans);
    expect(dec.registration.employees).toBe(80);
  });
});
