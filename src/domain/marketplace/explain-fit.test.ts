import { describe, expect, it } from 'vitest';
import { explainFit } from './explain-fit.ts';
import { parkNames } from './code-names.ts';
import { enterpriseFacts } from './facts.ts';

const facts = enterpriseFacts({
  enterpriseId: 'e1',
  features: { invention_patents: 1, hnte: 0, debt_to_assets: 0.55, tax_grade: 4 },
  rating: { grade: 'BBB', score: 640, creditLimitYuan: 3_000_000, stage: 'growth' },
  ageYears: 5,
  employees: 60,
  parkCode: 'zhangjiang',
  industryCode: 'I6513',
  regionCode: '310115',
});

describe('one product against one enterprise', () => {
  it('lists every rule met or unmet, unmet first with advice, values in words', () => {
    const fit = explainFit(
      [
        { fact: 'grade', op: 'gte', value: 'BB' },
        { fact: 'hnte', op: 'gte', value: 1 },
        { fact: 'invention_patents', op: 'gte', value: 3 },
        { fact: 'stage', op: 'in', values: ['growth', 'mature'] },
      ],
      facts,
    );
    expect(fit.eligible).toBe(false);
    expect(fit.rules.map((r) => [r.fact, r.met])).toEqual([['hnte', false], ['invention_patents', false], ['grade', true], ['stage', true]]);
    expect(fit.rules[0]).toMatchObject({ name: { zh: '高新技术企业' }, actual: { zh: '否', en: 'no' }, required: { zh: '是' }, advice: { zh: '取得高新技术企业认定' } });
    expect(fit.rules[1]!.advice!.zh).toBe('再增加2项有效I类知识产权（目前1）');
    expect(fit.rules[2]).toMatchObject({ actual: { zh: 'BBB' }, required: { zh: '≥ BB' }, advice: null });
    expect(fit.rules[3]!.actual).toEqual({ zh: '成长期', en: 'growth' });
  });

  it('is eligible when every rule is met, and a product without rules fits everyone', () => {
    expect(explainFit([{ fact: 'debt_to_assets', op: 'lte', value: 0.6 }], facts)).toMatchObject({ eligible: true, rules: [{ met: true, actual: { zh: '55%' } }] });
    expect(explainFit([], facts)).toEqual({ eligible: true, rules: [] });
  });

  it('says a value is unknown rather than inventing one', () => {
    const fit = explainFit([{ fact: 'net_margin', op: 'gte', value: 0.05 }], facts);
    expect(fit.rules[0]).toMatchObject({ met: false, actual: null, advice: { zh: '补充净利润率数据（要求 ≥ 5%）' } });
  });
});

describe('codes in rule texts', () => {
  it('names parks, industries and regions instead of showing their codes', () => {
    const names = parkNames([{ code: 'zhangjiang', name: '张江科学城', nameEn: 'Zhangjiang Science City' }]);
    const fit = explainFit(
      [
        { fact: 'park', op: 'in', values: ['zhangjiang'] },
        { fact: 'industry', op: 'in', values: ['C39'] },
        { fact: 'region', op: 'not_in', values: ['310115'] },
      ],
      facts,
      names,
    );
    const byFact = new Map(fit.rules.map((r) => [r.fact, r]));
    expect(byFact.get('park')).toMatchObject({ actual: { zh: '张江科学城', en: 'Zhangjiang Science City' }, required: { zh: '为张江科学城', en: 'Zhangjiang Science City' } });
    expect(byFact.get('industry')!.required.zh).not.toMatch(/C39/);
    expect(byFact.get('industry')!.actual!.en).not.toMatch(/I6513/);
    expect(byFact.get('industry')!.advice!.zh).toContain('计算机、通信和其他电子设备制造业');
    expect(byFact.get('region')!.required).toEqual({ zh: '不为浦东新区', en: 'not Pudong New Area' });
  });
});
