import { describe, expect, it } from 'vitest';
import { describeLimitBasis, limitBasisOf, limitBasisSentence, type LimitBasis } from './limit-basis.ts';

const revenue: LimitBasis = { code: 'limit.revenue_ip', params: { sharePercent: 30, revenueFen: 6_925_830_700n, perClassIFen: 50_000_000n, classI: 2, capFen: 3_000_000_000n } };

describe('credit-limit basis', () => {
  it('reads a stored sentence back into its code and parameters', () => {
    expect(limitBasisSentence(revenue)).toBe('30% of revenue ¥69,258,307 + ¥500,000 × 2 Class-I IP, capped at ¥30,000,000');
    expect(limitBasisOf(limitBasisSentence(revenue))).toEqual(revenue);
    expect(limitBasisOf('No unsecured limit at grade CC')).toEqual({ code: 'limit.none', params: { grade: 'CC' } });
    expect(limitBasisOf('something else')).toBeNull();
  });

  it('reads a loss-making revenue too', () => {
    const loss: LimitBasis = { ...revenue, params: { ...revenue.params, revenueFen: -120_000_000n } };
    expect(limitBasisOf(limitBasisSentence(loss))).toEqual(loss);
  });

  it('says it in Chinese and in English', () => {
    expect(describeLimitBasis(revenue, 'zh-CN')).toBe('营业收入 ¥69,258,307 × 30% + ¥500,000 × 2 项I类知识产权，上限 ¥30,000,000');
    expect(describeLimitBasis(revenue, 'en')).toBe('30% of revenue ¥69,258,307 + ¥500,000 × 2 Class-I IP, capped at ¥30,000,000');
    expect(describeLimitBasis({ code: 'limit.none', params: { grade: 'C' } }, 'zh-CN')).toBe('C 级不给予信用额度');
    expect(describeLimitBasis({ code: 'limit.none', params: { grade: 'C' } }, 'en')).toBe('No unsecured limit at grade C');
  });
});
