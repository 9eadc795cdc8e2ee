import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { limitBasisText } from './limit-basis';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } } });
});

const revenue = { basis: '30% of revenue ¥69,258,307 + ¥500,000 × 2 Class-I IP, capped at ¥30,000,000', basisCode: 'limit.revenue_ip' as const, basisParams: { sharePercent: 30, revenueFen: 6_925_830_700, perClassIFen: 50_000_000, classI: 2, capFen: 3_000_000_000 } };

describe('credit-limit basis in words', () => {
  it('reads in Chinese from the code and parameters', () => {
    expect(limitBasisText(i18n.getFixedT('zh-CN'), 'zh-CN', revenue)).toBe('营业收入 ¥69,258,307 × 30% + ¥500,000 × 2 项I类知识产权，上限 ¥30,000,000');
    expect(limitBasisText(i18n.getFixedT('zh-CN'), 'zh-CN', { basis: 'x', basisCode: 'limit.none', basisParams: { grade: 'CC' } })).toBe('CC 级不给予信用额度');
  });

  it('reads in English with compact amounts', () => {
    expect(limitBasisText(i18n.getFixedT('en'), 'en', revenue)).toBe('30% of revenue ¥69.3m + ¥500k × 2 Class-I IP, capped at ¥30.0m');
  });

  it('falls back to the server sentence without a code', () => {
    expect(limitBasisText(i18n.getFixedT('en'), 'en', { basis: 'older sentence' })).toBe('older sentence');
  });
});
