import { describe, expect, it } from 'vitest';
import { leverageHeadroomFen, leverageOf, partnerStanding, registerLoan, type PoolLoanCandidate, type RegisteredLoan } from './pool-coverage.ts';
import { ZHANGJIANG_POOL as POOL, ZHANGJIANG_POOL_BALANCE_FEN as BALANCE } from './pool-fixtures.ts';

const registered = (loanId: string, outstandingPrincipalFen: bigint, partnerId = 'bank-east', nonPerforming = false): RegisteredLoan => ({
  loanId,
  enterpriseId: `ent-${loanId}`,
  partnerId,
  outstandingPrincipalFen,
  nonPerforming,
  share: '0.55',
});

const candidate = (change: Partial<PoolLoanCandidate> = {}): PoolLoanCandidate => ({
  loanId: 'new',
  enterpriseId: 'ent-new',
  partnerId: 'bank-river',
  principalFen: 2_500_000_000n, // ¥25m
  disbursedOn: '2025-06-10',
  firstLoan: false,
  keyIndustry: true,
  policyGuaranteed: false,
  ...change,
});

/** ¥600m registered against the ¥62.5m pool: ¥25m of room left at 10×. */
const SIX_HUNDRED_MILLION = [registered('a', 40_000_000_000n), registered('b', 20_000_000_000n, 'bank-river')];
const codes = (r: ReturnType<typeof registerLoan>) => (r.ok ? [] : r.reasons.map((x) => x.code));

describe('registering a loan against the leverage target', () => {
  it('lets the ¥62.5m pool back exactly ¥625m: leverage 10 on a target of 10', () => {
    const result = registerLoan({ pool: POOL, loan: candidate(), balanceFen: BALANCE, registered: SIX_HUNDRED_MILLION });
    expect(result).toEqual({ ok: true, registration: { loanId: 'new', partnerId: 'bank-river', share: '0.55', coveredFen: 2_500_000_000n, coveredAfterFen: 62_500_000_000n, leverageAfter: '10', aboveTarget: false } });
  });

  it('refuses one fen more, with the leverage it would reach', () => {
    const result = registerLoan({ pool: POOL, loan: candidate({ principalFen: 2_500_000_001n }), balanceFen: BALANCE, registered: SIX_HUNDRED_MILLION });
    expect(result).toEqual({
      ok: false,
      reasons: [
        {
          code: 'pool.leverage_above_target',
          params: { coveredFen: '62500000001', balanceFen: '6250000000', leverage: '10.00000000016', target: '10' },
          message: 'registering the loan would cover 62500000001 fen on a balance of 6250000000 fen, a leverage of 10.00000000016 times, above the target of 10 times',
        },
      ],
    });
  });

  it('lets it through, flagged, when the pool allows passing the target', () => {
    const pool = { ...POOL, leverage: { target: '10', allowAboveTarget: true } };
    const result = registerLoan({ pool, loan: candidate({ principalFen: 2_500_000_001n }), balanceFen: BALANCE, registered: SIX_HUNDRED_MILLION });
    expect(result).toMatchObject({ ok: true, registration: { aboveTarget: true, leverageAfter: '10.00000000016' } });
  });

  it('refuses any loan on an empty pool, even one allowed past its target', () => {
    const pool = { ...POOL, leverage: { target: '10', allowAboveTarget: true } };
    expect(codes(registerLoan({ pool, loan: candidate(), balanceFen: 0n, registered: [] }))).toEqual(['pool.balance_empty']);
  });

  it('fixes the share at registration: 60% on the enterprise’s first loan', () => {
    const result = registerLoan({ pool: POOL, loan: candidate({ firstLoan: true }), balanceFen: BALANCE, registered: [] });
    expect(result).toMatchObject({ ok: true, registration: { share: '0.6', coveredAfterFen: 2_500_000_000n, leverageAfter: '0.4' } });
  });
});

describe('what the pool does not cover', () => {
  it('names every reason at once: not a partner, under a policy guarantee, not a key-industry enterprise, outside the period', () => {
    const result = registerLoan({ pool: POOL, loan: candidate({ partnerId: 'bank-far', policyGuaranteed: true, keyIndustry: false, disbursedOn: '2027-01-04' }), balanceFen: BALANCE, registered: [] });
    expect(result).toEqual({
      ok: false,
      reasons: [
        expect.objectContaining({ code: 'pool.partner_not_listed', params: { partner: 'bank-far' } }),
        expect.objectContaining({ code: 'pool.loan_outside_period', params: { date: '2027-01-04', from: '2025-01-01', to: '2026-12-31' } }),
        expect.objectContaining({ code: 'pool.loan_policy_guaranteed', params: { loan: 'new' } }),
        expect.objectContaining({ code: 'pool.enterprise_not_key_industry', params: {} }),
      ],
    });
  });

  it('covers guaranteed loans and any industry when the pool says so', () => {
    const pool = { ...POOL, coverage: { ...POOL.coverage, excludePolicyGuaranteed: false, requiresKeyIndustry: false } };
    expect(registerLoan({ pool, loan: candidate({ policyGuaranteed: true, keyIndustry: false }), balanceFen: BALANCE, registered: [] }).ok).toBe(true);
  });

  it('registers a loan once', () => {
    expect(codes(registerLoan({ pool: POOL, loan: candidate({ loanId: 'a' }), balanceFen: BALANCE, registered: [registered('a', 1n)] }))).toEqual(['pool.loan_already_registered']);
  });
});

describe('partner suspension by the non-performing ratio', () => {
  const loans = [registered('e1', 1_000_000_000n, 'bank-east', true), registered('e2', 9_000_000_000n), registered('e3', 10_000_000_000n), registered('r1', 5_000_000_000n, 'bank-river', true)];

  it('a ratio at the threshold is not past it: 1bn of 20bn is 0.05 on a threshold of 0.05', () => {
    expect(partnerStanding(POOL, 'bank-east', loans)).toEqual({ partnerId: 'bank-east', loans: 3, outstandingFen: 20_000_000_000n, nplFen: 1_000_000_000n, nplRatio: '0.05', threshold: '0.05', suspended: false });
  });

  it('past it, the partner is suspended and registers nothing new, with the ratio and threshold said', () => {
    const worse = [...loans.slice(1), registered('e1', 1_100_000_000n, 'bank-east', true)];
    const standing = partnerStanding(POOL, 'bank-east', worse);
    expect(standing).toMatchObject({ outstandingFen: 20_100_000_000n, nplFen: 1_100_000_000n, nplRatio: '0.0547263681…', suspended: true });
    const result = registerLoan({ pool: POOL, loan: candidate({ partnerId: 'bank-east', principalFen: 1n }), balanceFen: BALANCE, registered: worse });
    expect(result).toEqual({ ok: false, reasons: [expect.objectContaining({ code: 'pool.partner_suspended', params: { partner: 'bank-east', ratio: '0.0547263681…', threshold: '0.05' } })] });
  });

  it('judges each partner on its own loans: bank-river, all of whose loans are non-performing, is suspended, bank-east not', () => {
    expect(partnerStanding(POOL, 'bank-river', loans)).toMatchObject({ nplRatio: '1', suspended: true });
    expect(registerLoan({ pool: POOL, loan: candidate({ partnerId: 'bank-east', principalFen: 1n }), balanceFen: BALANCE, registered: loans }).ok).toBe(true);
  });

  it('a partner with nothing outstanding has a ratio of 0', () => {
    expect(partnerStanding(POOL, 'bank-river', [registered('x', 0n, 'bank-river', true)])).toMatchObject({ outstandingFen: 0n, nplRatio: '0', suspended: false });
  });
});

describe('leverage figures', () => {
  it('gives covered ÷ balance exactly, and the principal that still fits under the target', () => {
    expect(leverageOf(62_500_000_000n, BALANCE)).toBe('10');
    expect(leverageOf(1n, 3n)).toBe('0.3333333333…');
    expect(leverageOf(5n, 0n)).toBeNull();
    expect(leverageHeadroomFen(POOL, 60_000_000_000n, BALANCE)).toBe(2_500_000_000n);
    expect(leverageHeadroomFen(POOL, 70_000_000_000n, BALANCE)).toBe(0n);
    expect(leverageHeadroomFen({ ...POOL, leverage: { target: '2.5', allowAboveTarget: false } }, 0n, 3n)).toBe(7n); // 7.5 rounded down
  });
});
