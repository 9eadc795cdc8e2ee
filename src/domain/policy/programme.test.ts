import { describe, expect, it } from 'vitest';
import { asInput, BEIJING_IP_PLEDGE, QINGDAO_PREMIUM, SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, ZHANGJIANG_RATED, ZIZHU_GUARANTEE_FEE } from './fixtures.ts';
import { overlapIssues, overlaps } from './overlap.ts';
import { asIfInForce, programmesInForce, validateProgramme, versionInForce, type Programme, type ProgrammeInput } from './programme.ts';

const issuesOf = (input: unknown) => {
  const result = validateProgramme(input);
  return result.ok ? [] : result.issues.map((i) => ({ path: i.path, code: i.code, params: i.params }));
};

const edit = (change: (p: ProgrammeInput) => void): ProgrammeInput => {
  const input = structuredClone(asInput(ZHANGJIANG_RATED));
  change(input);
  return input;
};

describe('validateProgramme', () => {
  it('accepts the issue’s programmes, fen as JSON numbers becoming bigint', () => {
    for (const p of [BEIJING_IP_PLEDGE, ZHANGJIANG_RATED, SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, ZIZHU_GUARANTEE_FEE, QINGDAO_PREMIUM]) {
      const result = validateProgramme(asInput(p));
      expect(result).toEqual({ ok: true, programme: p, issues: [] });
    }
  });

  it('accepts fen as bigint too (a programme read back from the database)', () => {
    expect(validateProgramme(ZHANGJIANG_RATED)).toEqual({ ok: true, programme: ZHANGJIANG_RATED, issues: [] });
    expect(issuesOf({ ...ZHANGJIANG_RATED, caps: { ...ZHANGJIANG_RATED.caps, budgetFen: 10n ** 16n } })).toEqual([expect.objectContaining({ path: 'caps.budgetFen' })]);
  });

  it.each<[string, (p: ProgrammeInput) => void, { path: string; code: string; params?: object }]>([
    ['validFrom after validTo', (p) => ((p.validFrom = '2026-01-01'), (p.validTo = '2025-12-31')), { path: 'validFrom', code: 'programme.valid_from_after_to', params: { from: '2026-01-01', to: '2025-12-31' } }],
    ['min amount above max', (p) => ((p.loanRules.minAmountFen = 500), (p.loanRules.maxAmountFen = 100)), { path: 'loanRules.minAmountFen', code: 'programme.amount_min_above_max', params: { min: '500', max: '100' } }],
    ['per-enterprise cap above budget', (p) => (p.caps.perEnterprisePerYearFen = 3_000_000_000), { path: 'caps.perEnterprisePerYearFen', code: 'programme.cap_above_budget', params: { cap: '3000000000', budget: '2000000000' } }],
    ['per-loan cap above budget', (p) => (p.caps.perLoanFen = 2_000_000_001), { path: 'caps.perLoanFen', code: 'programme.cap_above_budget' }],
    ['a share of 0', (p) => (p.formula.share = '0'), { path: 'formula.share', code: 'programme.share_range', params: { value: '0' } }],
    ['a share above 1', (p) => (p.formula.share = '1.01'), { path: 'formula.share', code: 'programme.share_range' }],
    ['a share that is not a decimal', (p) => (p.formula.share = '50%'), { path: 'formula.share', code: 'programme.decimal_format' }],
    ['an unknown grade', (p) => ((p.eligibility as { minGrade: string }).minGrade = 'BBB+'), { path: 'eligibility.minGrade', code: 'field.invalid_enum' }],
    ['a rate cap saying neither times nor bp', (p) => (p.formula.rateCap = { base: 'lpr1y' }), { path: 'formula.rateCap', code: 'programme.rate_bound_empty' }],
    ['a rate cap of 0 × LPR', (p) => (p.formula.rateCap = { base: 'lpr1y', times: '0' }), { path: 'formula.rateCap.times', code: 'programme.times_range' }],
    ['an unknown LPR base', (p) => ((p.formula.rateCap as { base: string }).base = 'lpr3y'), { path: 'formula.rateCap.base', code: 'field.invalid_enum' }],
    ['a max rate saying neither', (p) => (p.loanRules.maxRate = { base: 'lpr5y' }), { path: 'loanRules.maxRate', code: 'programme.rate_bound_empty' }],
    ['a fractional fen', (p) => (p.caps.budgetFen = 10.5), { path: 'caps.budgetFen', code: 'field.not_integer' }],
    ['a bad industry prefix', (p) => (p.eligibility.industryPrefixes = ['I65', 'x1']), { path: 'eligibility.industryPrefixes.1', code: 'rule.value_not_industry_prefix' }],
    ['a bad park code', (p) => (p.ownerPark = 'Zhang Jiang'), { path: 'ownerPark', code: 'rule.value_not_park_code' }],
    ['an unknown key', (p) => ((p as Record<string, unknown>).budget = 1), { path: '', code: 'field.unknown_keys' }],
    ['a bad date', (p) => (p.validTo = '2025-13-01'), { path: 'validTo', code: 'field.invalid_date' }],
    ['a proof listed twice', (p) => (p.proofs = [{ kind: 'loan_contract', by: 'institution' }, { kind: 'application_form', by: 'enterprise' }, { kind: 'loan_contract', by: 'enterprise' }]), { path: 'proofs.2.kind', code: 'programme.proof_duplicate', params: { proof: 'loan_contract' } }],
    ['an unknown proof kind', (p) => (p.proofs = [{ kind: 'tax_return' as never, by: 'enterprise' }]), { path: 'proofs.0.kind', code: 'field.invalid_enum' }],
    ['an unknown proof provider', (p) => (p.proofs = [{ kind: 'other', by: 'park' as never }]), { path: 'proofs.0.by', code: 'field.invalid_enum' }],
  ])('refuses %s, naming the field', (_, change, expected) => {
    const issues = issuesOf(edit(change));
    expect(issues).toContainEqual(expect.objectContaining(expected));
  });

  it('reports every contradiction at once', () => {
    const issues = issuesOf(edit((p) => ((p.validFrom = '2026-01-01'), (p.formula.share = '2'), (p.caps.perLoanFen = 1e12))));
    expect(issues.map((i) => i.path)).toEqual(['validFrom', 'formula.share', 'caps.perLoanFen']);
  });

  const editFee = (base: Programme, change: (p: ProgrammeInput) => void): ProgrammeInput => {
    const input = structuredClone(asInput(base));
    change(input);
    return input;
  };

  it.each<[string, Programme, (p: ProgrammeInput) => void, { path: string; code: string; params?: object }]>([
    ['an LPR rate cap on a premium programme', QINGDAO_PREMIUM, (p) => (p.formula.rateCap = { base: 'lpr1y', times: '1.4' }), { path: 'formula.rateCap', code: 'programme.field_not_for_kind', params: { field: 'formula.rateCap', kind: 'premium_subsidy' } }],
    ['a guarantor fee cap on an interest programme', ZHANGJIANG_RATED, (p) => (p.loanRules.maxFeeRate = '0.008'), { path: 'loanRules.maxFeeRate', code: 'programme.field_not_for_kind', params: { field: 'loanRules.maxFeeRate', kind: 'interest_subsidy' } }],
    ['an amount-rate limit on an interest programme', ZHANGJIANG_RATED, (p) => (p.formula.maxSubsidyRateOfAmount = '0.01'), { path: 'formula.maxSubsidyRateOfAmount', code: 'programme.field_not_for_kind' }],
    ['a clawback on an interest programme', ZHANGJIANG_RATED, (p) => (p.clawback = { onSurrender: 'full' }), { path: 'clawback', code: 'programme.field_not_for_kind' }],
    ['a fee cap of 0', ZIZHU_GUARANTEE_FEE, (p) => (p.loanRules.maxFeeRate = '0'), { path: 'loanRules.maxFeeRate', code: 'programme.annual_rate_range', params: { value: '0' } }],
    ['an amount-rate limit above 100%', ZIZHU_GUARANTEE_FEE, (p) => (p.formula.maxSubsidyRateOfAmount = '1.5'), { path: 'formula.maxSubsidyRateOfAmount', code: 'programme.annual_rate_range', params: { value: '1.5' } }],
    ['a fee cap as a percentage', ZIZHU_GUARANTEE_FEE, (p) => (p.loanRules.maxFeeRate = '0.8%'), { path: 'loanRules.maxFeeRate', code: 'programme.decimal_format' }],
    ['an unknown clawback rule', ZIZHU_GUARANTEE_FEE, (p) => ((p.clawback as { onSurrender: string }).onSurrender = 'half'), { path: 'clawback.onSurrender', code: 'field.invalid_enum' }],
    ['an unknown intake', QINGDAO_PREMIUM, (p) => ((p as { intake: string }).intake = 'automatic'), { path: 'intake', code: 'field.invalid_enum' }],
  ])('refuses %s, naming the field', (_, base, change, expected) => {
    expect(issuesOf(editFee(base, change))).toContainEqual(expect.objectContaining(expected));
    expect(validateProgramme(asInput(base)).ok).toBe(true);
  });

  it('accepts a fee programme with none of the new fields (no amount-rate limit, no fee cap, no clawback)', () => {
    const input = editFee(ZIZHU_GUARANTEE_FEE, (p) => {
      delete p.loanRules.maxFeeRate;
      delete p.formula.maxSubsidyRateOfAmount;
      delete p.clawback;
    });
    const result = validateProgramme(input);
    expect(result.ok && result.programme.clawback).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('refuses what is not an object', () => {
    expect(issuesOf(null)).toEqual([expect.objectContaining({ code: 'field.invalid_type' })]);
  });
});

const variant = (base: Programme, change: Partial<Programme> & { id?: string }): Programme => ({ ...base, ...change });

describe('overlaps', () => {
  const beijingAgain = variant(BEIJING_IP_PLEDGE, { id: 'beijing-other', validFrom: '2025-07-01', validTo: '2026-06-30' });

  it('finds two exclusive programmes that could subsidise the same interest, with the dates both run', () => {
    expect(overlaps(BEIJING_IP_PLEDGE, beijingAgain)).toEqual({ other: 'beijing-other', from: '2025-07-01', to: '2025-12-31' });
    // city-wide Beijing reaches Zhangjiang's enterprises; Zhangjiang takes any loan type, so IP-pledge loans too
    expect(overlaps(ZHANGJIANG_RATED, BEIJING_IP_PLEDGE)).toEqual({ other: 'beijing-ip-pledge', from: '2025-01-01', to: '2025-12-31' });
  });

  it('an exclusive programme overlaps a stackable one; two stackable ones do not', () => {
    expect(overlaps(BEIJING_IP_PLEDGE, variant(beijingAgain, { stacking: 'stackable' }))).not.toBeNull();
    expect(overlaps(variant(BEIJING_IP_PLEDGE, { stacking: 'stackable' }), variant(beijingAgain, { stacking: 'stackable' }))).toBeNull();
  });

  it.each<[string, Partial<Programme>]>([
    ['periods that do not meet', { validFrom: '2026-01-01', validTo: '2026-12-31' }],
    ['another kind', { kind: 'premium_subsidy' }],
    ['another park', { ownerPark: 'zizhu' }],
    ['another industry', { eligibility: { ...ZHANGJIANG_RATED.eligibility, industryPrefixes: ['C39'] } }],
    ['other loan types', { loanRules: { ...ZHANGJIANG_RATED.loanRules, loanTypes: ['credit'] } }],
    ['amount ranges that do not meet', { loanRules: { ...ZHANGJIANG_RATED.loanRules, minAmountFen: 100_000_000n } }],
  ])('no overlap with %s', (_, change) => {
    const a = variant(ZHANGJIANG_RATED, { eligibility: { ...ZHANGJIANG_RATED.eligibility, industryPrefixes: ['I65'] }, loanRules: { ...ZHANGJIANG_RATED.loanRules, loanTypes: ['ip_pledge'], maxAmountFen: 50_000_000n } });
    const b = variant({ ...ZHANGJIANG_RATED, ...change }, { id: 'zhangjiang-b' });
    expect(overlaps(a, b)).toBeNull();
    expect(overlaps(a, variant(ZHANGJIANG_RATED, { id: 'zhangjiang-b' }))).not.toBeNull();
  });

  it('meets where one industry prefix starts the other', () => {
    const a = variant(ZHANGJIANG_RATED, { eligibility: { ...ZHANGJIANG_RATED.eligibility, industryPrefixes: ['I'] } });
    const b = variant(ZHANGJIANG_RATED, { id: 'b', eligibility: { ...ZHANGJIANG_RATED.eligibility, industryPrefixes: ['C39', 'I6513'] } });
    expect(overlaps(a, b)).not.toBeNull();
  });

  it('versions of one programme never overlap each other', () => {
    expect(overlaps(ZHANGJIANG_RATED, { ...ZHANGJIANG_RATED, version: 2 })).toBeNull();
  });

  it('is symmetric on random pairs', () => {
    let seed = 7;
    const pick = <T>(xs: readonly T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length]!;
    for (let i = 0; i < 300; i++) {
      const make = (id: string): Programme =>
        variant(ZHANGJIANG_RATED, {
          id,
          ownerPark: pick(['zhangjiang', 'zizhu', null]),
          validFrom: pick(['2025-01-01', '2025-06-01']),
          validTo: pick(['2025-05-31', '2025-12-31']),
          stacking: pick(['exclusive', 'stackable'] as const),
          eligibility: { ...ZHANGJIANG_RATED.eligibility, industryPrefixes: pick([[], ['I'], ['C39'], ['I65', 'C']]) },
          loanRules: { ...ZHANGJIANG_RATED.loanRules, loanTypes: pick([[], ['credit'], ['ip_pledge', 'credit']] as const).slice() },
        });
      const [a, b] = [make('a'), make('b')];
      expect(overlaps(a, b) === null).toBe(overlaps(b, a) === null);
    }
  });

  it('gives the overlaps as issues on stacking', () => {
    expect(overlapIssues(BEIJING_IP_PLEDGE, [beijingAgain, ZHANGJIANG_RATED, BEIJING_IP_PLEDGE])).toEqual([
      expect.objectContaining({ path: 'stacking', code: 'programme.overlap', params: { other: 'beijing-other', from: '2025-07-01', to: '2025-12-31' } }),
      expect.objectContaining({ path: 'stacking', code: 'programme.overlap', params: { other: 'zhangjiang-rated-subsidy', from: '2025-01-01', to: '2025-12-31' } }),
    ]);
  });
});

describe('versionInForce', () => {
  const v1 = ZHANGJIANG_RATED;
  const v2: Programme = { ...ZHANGJIANG_RATED, version: 2, validFrom: '2025-07-01', validTo: '2026-06-30', formula: { ...ZHANGJIANG_RATED.formula, share: '0.4' } };

  it.each([
    ['2025-03-10', 1],
    ['2025-07-01', 2], // both hold the date: the later version
    ['2026-03-01', 2],
    ['2024-12-31', null],
    ['2026-07-01', null],
  ])('a loan of %s is decided by version %s', (date, version) => {
    expect(versionInForce([v2, v1], date)?.version ?? null).toBe(version);
  });
});

describe('programmesInForce', () => {
  const v = (id: string, validFrom: string, validTo: string): Programme => ({ ...ZHANGJIANG_RATED, id, validFrom, validTo });
  it('names each programme with a version whose period meets the range, once, in order', () => {
    const versions = [v('b', '2026-01-01', '2026-12-31'), v('a', '2025-01-01', '2025-12-31'), v('a', '2026-06-01', '2027-05-31'), v('c', '2027-01-01', '2027-12-31'), v('d', '2024-01-01', '2025-12-31')];
    expect(programmesInForce(versions, '2026-01-01', '2026-12-06')).toEqual(['a', 'b']);
    expect(programmesInForce(versions, '2025-12-31', '2025-12-31')).toEqual(['a', 'd']);
    expect(programmesInForce(versions, '2028-01-01', '2028-02-01')).toEqual([]);
  });
});

describe('asIfInForce', () => {
  const at = (validFrom: string, validTo: string): Programme => ({ ...ZHANGJIANG_RATED, validFrom, validTo });
  it('stretches a draft over the simulated period and back to when the version it replaces began', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    expect(asIfInForce(at('2026-12-08', '2027-12-31'), period, null)).toMatchObject({ validFrom: '2025-01-01', validTo: '2027-12-31' });
    expect(asIfInForce(at('2026-12-08', '2027-12-31'), period, at('2024-01-01', '2027-12-31'))).toMatchObject({ validFrom: '2024-01-01', validTo: '2027-12-31' });
    expect(asIfInForce(at('2024-06-01', '2025-06-30'), period, null)).toMatchObject({ validFrom: '2024-06-01', validTo: '2025-12-31' });
  });
});
