import { describe, expect, it } from 'vitest';
import { formatFraction } from './decimal.ts';
import { coverageShare, validatePool, type PoolInput } from './pool.ts';
import { poolAsInput, SHANGHAI_POOL, ZHANGJIANG_POOL } from './pool-fixtures.ts';

const issuesOf = (input: unknown) => {
  const result = validatePool(input);
  return result.ok ? [] : result.issues.map((i) => ({ path: i.path, code: i.code, params: i.params }));
};

const edit = (change: (p: PoolInput) => void): PoolInput => {
  const input = poolAsInput(SHANGHAI_POOL);
  change(input);
  return input;
};

describe('validatePool', () => {
  it('accepts the issue’s pools', () => {
    for (const pool of [SHANGHAI_POOL, ZHANGJIANG_POOL]) expect(validatePool(poolAsInput(pool))).toEqual({ ok: true, pool, issues: [] });
  });

  it.each<[string, (p: PoolInput) => void, { path: string; code: string; params?: object }]>([
    ['a share of the loss of 0', (p) => (p.coverage.lossShare = '0'), { path: 'coverage.lossShare', code: 'pool.share_range', params: { value: '0' } }],
    ['a share of the loss above 1', (p) => (p.coverage.lossShare = '1.01'), { path: 'coverage.lossShare', code: 'pool.share_range', params: { value: '1.01' } }],
    ['a share written as a percentage', (p) => (p.coverage.lossShare = '55%'), { path: 'coverage.lossShare', code: 'pool.decimal_format' }],
    ['a share of 0.98 with a 5-point bonus', (p) => (p.coverage.lossShare = '0.98'), { path: 'coverage.firstLoanBonusPoints', code: 'pool.share_with_bonus_above_one', params: { share: '0.98', bonusPoints: '5' } }],
    ['negative bonus points', (p) => (p.coverage.firstLoanBonusPoints = '-5'), { path: 'coverage.firstLoanBonusPoints', code: 'pool.decimal_format' }],
    ['a contributor share of 0', (p) => (p.contributors[1]!.share = '0'), { path: 'contributors.1.share', code: 'pool.contributor_share_positive', params: { value: '0' } }],
    ['a negative contributor share', (p) => (p.contributors[2]!.share = '-3'), { path: 'contributors.2.share', code: 'pool.decimal_format' }],
    ['a contributor listed twice', (p) => (p.contributors[2]!.id = 'shanghai-municipal'), { path: 'contributors.2.id', code: 'pool.contributor_repeated', params: { id: 'shanghai-municipal' } }],
    ['an unknown contributor kind', (p) => ((p.contributors[0] as { kind: string }).kind = 'company'), { path: 'contributors.0.kind', code: 'field.invalid_enum' }],
    ['no contributors', (p) => (p.contributors = []), { path: 'contributors', code: 'field.too_few' }],
    ['no partners', (p) => (p.partnerIds = []), { path: 'partnerIds', code: 'field.too_few' }],
    ['a partner listed twice', (p) => (p.partnerIds = ['partner-bank', 'partner-bank']), { path: 'partnerIds.1', code: 'pool.partner_repeated', params: { id: 'partner-bank' } }],
    ['a cap ratio above 1', (p) => (p.partnerCapRatio = '1.5'), { path: 'partnerCapRatio', code: 'pool.ratio_range', params: { value: '1.5' } }],
    ['an NPL threshold of 0', (p) => (p.nplThreshold = '0'), { path: 'nplThreshold', code: 'pool.ratio_range', params: { value: '0' } }],
    ['a leverage target of 0', (p) => (p.leverage.target = '0'), { path: 'leverage.target', code: 'pool.leverage_target_range', params: { value: '0' } }],
    ['a leverage target above 100', (p) => (p.leverage.target = '100.5'), { path: 'leverage.target', code: 'pool.leverage_target_range' }],
    ['fractional trigger days', (p) => (p.trigger.overdueDaysMoreThan = 60.5), { path: 'trigger.overdueDaysMoreThan', code: 'field.not_integer' }],
    ['negative trigger days', (p) => (p.trigger.overdueDaysMoreThan = -1), { path: 'trigger.overdueDaysMoreThan', code: 'field.too_small' }],
    ['a review step of 0 working days', (p) => (p.review.filing.workingDays = 0), { path: 'review.filing.workingDays', code: 'field.too_small' }],
    ['an unknown document', (p) => ((p.review.review.documents as string[])[1] = 'tax_return'), { path: 'review.review.documents.1', code: 'field.invalid_enum' }],
    ['a missing review step', (p) => delete (p.review as Partial<PoolInput['review']>).approval, { path: 'review.approval', code: 'field.required' }],
    ['validFrom after validTo', (p) => ((p.validFrom = '2028-01-01'), (p.validTo = '2027-12-31')), { path: 'validFrom', code: 'pool.valid_from_after_to', params: { from: '2028-01-01', to: '2027-12-31' } }],
    ['a bad park code', (p) => (p.ownerPark = 'Zhang Jiang'), { path: 'ownerPark', code: 'rule.value_not_park_code' }],
    ['an unknown key', (p) => ((p as Record<string, unknown>).balanceFen = 1), { path: '', code: 'field.unknown_keys' }],
  ])('refuses %s, naming the field', (_, change, expected) => {
    expect(issuesOf(edit(change))).toContainEqual(expect.objectContaining(expected));
  });

  it('reports every contradiction at once', () => {
    const issues = issuesOf(edit((p) => ((p.coverage.lossShare = '2'), (p.contributors[0]!.share = '0'), (p.leverage.target = '0'), (p.nplThreshold = '3'))));
    expect(issues.map((i) => i.path)).toEqual(['contributors.0.share', 'coverage.lossShare', 'nplThreshold', 'leverage.target']);
  });

  it('refuses what is not an object', () => {
    expect(issuesOf('pool')).toEqual([expect.objectContaining({ code: 'field.invalid_type' })]);
  });
});

describe('coverageShare', () => {
  it('is 55% of the loss, 60% on an enterprise’s first loan', () => {
    expect(formatFraction(coverageShare(SHANGHAI_POOL, false))).toBe('0.55');
    expect(formatFraction(coverageShare(SHANGHAI_POOL, true))).toBe('0.6');
    expect(formatFraction(coverageShare({ ...SHANGHAI_POOL, coverage: { ...SHANGHAI_POOL.coverage, firstLoanBonusPoints: '2.5' } }, true))).toBe('0.575');
  });
});
