import { describe, expect, it } from 'vitest';
import type { RuleCheck } from '../../api/profile';
import { formatMeasure, formatRequired, unitOf } from './criteria-format';

const rule = (patch: Partial<RuleCheck>): RuleCheck => ({ id: 'x', nameZh: '', nameEn: '', passed: true, actual: null, required: null, message: '', ...patch });

describe('criteria values', () => {
  it.each([
    [rule({ id: 'st_staff', required: 0.3 }), 'fraction'],
    [rule({ id: 'rd_ratio_3y', required: 0 }), 'fraction'],
    [rule({ id: 'revenue_max', required: 200_000_000 }), 'yuan'],
    [rule({ id: 'no_abnormal_operation', required: 0 }), undefined],
    [rule({ id: 'direct_hnte', role: 'shortcut', op: '==', required: 1 }), 'flag'],
    [rule({ id: 'anything', unit: 'count', required: 0.5 }), 'count'],
  ])('%j reads as %s', (r, unit) => expect(unitOf(r)).toBe(unit));

  it('formats each unit', () => {
    expect(formatMeasure(0.6812, 'fraction', 'en')).toBe('68.1%');
    expect(formatMeasure(200_000_000, 'yuan', 'zh-CN')).toBe('20,000 万元');
    expect(formatMeasure(19_542_597, 'yuan', 'en')).toBe('¥19,542,597');
    expect(formatMeasure(['I64', 'I65'], undefined, 'en')).toBe('Internet and related services, Software and information technology services');
    expect(formatMeasure(['I64', 'I65'], undefined, 'zh-CN')).toBe('互联网和相关服务、软件和信息技术服务业');
    expect(formatMeasure(null, undefined, 'en')).toBe('—');
  });

  it('puts the comparison before the threshold', () => {
    expect(formatRequired(rule({ op: '>=', required: 0.1, id: 'st_staff_share' }), 'en')).toBe('≥ 10%');
    expect(formatRequired(rule({ op: '==', required: 1, role: 'shortcut' }), 'en', ['yes', 'no'])).toBe('yes');
  });
});
