// The programme editor: its values make the body the server validates (yuan typed, fen sent, the
// parts that do not apply to a kind left out), a saved programme reads back into the same values,
// and each server field path lands on its form field.
import { describe, expect, it } from 'vitest';
import { fenToYuanInput, programmeBody, programmeFieldOf, programmeValues, PROGRAMME_DEFAULTS, PROGRAMME_FIELDS, type ProgrammeFormValues } from './programme-form';

const VALUES: ProgrammeFormValues = {
  ...PROGRAMME_DEFAULTS,
  id: 'zj-2027',
  name: '张江贴息',
  nameEn: 'Zhangjiang interest subsidy',
  ownerPark: 'zhangjiang',
  validFrom: '2027-01-01',
  validTo: '2027-12-31',
  industryPrefixes: [' i65', 'C'],
  minAmountYuan: '100000',
  maxAmountYuan: '',
  rateCapTimes: '1.4',
  rateCapPlusBp: null,
  perEnterprisePerYearYuan: '300000',
  perLoanYuan: '12,345.67',
  budgetYuan: '5000000.5',
};

describe('programmeBody', () => {
  it('sends money in fen, decimals as typed, industry prefixes in capitals, and the status asked', () => {
    const body = programmeBody(VALUES, 'draft');
    expect(body).toEqual({
      id: 'zj-2027',
      name: '张江贴息',
      nameEn: 'Zhangjiang interest subsidy',
      status: 'draft',
      kind: 'interest_subsidy',
      ownerPark: 'zhangjiang',
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
      eligibility: { minGrade: 'BBB', requiresValidReport: true, industryPrefixes: ['I65', 'C'], parkCodes: [], excludeDishonest: true },
      loanRules: { loanTypes: [], institutionIds: [], minAmountFen: 10_000_000, maxAmountFen: null, maxTermMonths: null, maxRate: null },
      formula: { share: '0.5', rateCap: { base: 'lpr1y', times: '1.4' } },
      caps: { perEnterprisePerYearFen: 30_000_000, perLoanFen: 1_234_567, budgetFen: 500_000_050 },
      budgetRule: 'first_come',
      stacking: 'exclusive',
      objectionDays: 7,
      confirmDays: 10,
    });
  });

  it('leaves the LPR cap out of a fee programme and sends its fee-rate limits', () => {
    const body = programmeBody({ ...VALUES, kind: 'guarantee_fee_subsidy', maxFeeRate: '0.015', maxSubsidyRateOfAmount: ' 0.004 ', maxRateOn: true, maxRateTimes: '1.5' }, 'published');
    expect(body.formula).toEqual({ share: '0.5', rateCap: null, maxSubsidyRateOfAmount: '0.004' });
    expect(body.loanRules).toMatchObject({ maxRate: null, maxFeeRate: '0.015' });
    expect(body.status).toBe('published');
  });

  it('sends an unreadable amount as typed, so the server names its field', () => {
    expect(programmeBody({ ...VALUES, perLoanYuan: '12.345' }, 'draft').caps).toMatchObject({ perLoanFen: '12.345' });
  });

  it('sends a rate cap with basis points only when they are given', () => {
    expect(programmeBody({ ...VALUES, rateCapTimes: '', rateCapPlusBp: 40 }, 'draft').formula).toEqual({ share: '0.5', rateCap: { base: 'lpr1y', plusBp: 40 } });
    expect(programmeBody({ ...VALUES, rateCapOn: false }, 'draft').formula).toEqual({ share: '0.5', rateCap: null });
  });
});

describe('programmeValues', () => {
  it('reads a saved programme back into the values that made it', () => {
    const body = programmeBody(VALUES, 'draft');
    const values = programmeValues({ id: 'zj-2027', name: '张江贴息', nameEn: 'Zhangjiang interest subsidy', kind: 'interest_subsidy', programme: body as Record<string, unknown> });
    expect(programmeBody(values, 'draft')).toEqual(body);
    expect(values).toMatchObject({ perLoanYuan: '12345.67', budgetYuan: '5000000.5', minAmountYuan: '100000', maxAmountYuan: undefined, rateCapOn: true, maxRateOn: false });
  });
});

describe('fenToYuanInput', () => {
  it.each([
    [12_345, '123.45'],
    [12_340, '123.4'],
    [12_305, '123.05'],
    [500_000, '5000'],
    [0, '0'],
  ])('%i fen → %s', (fen, text) => expect(fenToYuanInput(fen)).toBe(text));
  it('gives nothing for what is not integer fen', () => {
    expect(fenToYuanInput(null)).toBeUndefined();
    expect(fenToYuanInput(1.5)).toBeUndefined();
    expect(fenToYuanInput(-1)).toBeUndefined();
  });
});

describe('programmeFieldOf', () => {
  it('lands money paths on the yuan fields and list items on their list', () => {
    expect(programmeFieldOf('caps.perLoanFen')).toBe('perLoanYuan');
    expect(programmeFieldOf('formula.rateCap.times')).toBe('rateCapTimes');
    expect(programmeFieldOf('formula.rateCap')).toBe('rateCapTimes');
    expect(programmeFieldOf('eligibility.industryPrefixes.1')).toBe('industryPrefixes');
    expect(programmeFieldOf('validFrom')).toBe('validFrom');
  });
  it('maps only to fields the form has', () => {
    // Every field the editor reads a saved programme into.
    const fields = new Set(Object.keys(programmeValues({ id: 'x', name: 'x', nameEn: 'x', kind: 'interest_subsidy', programme: programmeBody(VALUES, 'draft') as Record<string, unknown> })));
    expect(Object.values(PROGRAMME_FIELDS).filter((f) => !fields.has(f))).toEqual([]);
  });
});

describe('required proofs in the editor', () => {
  it('sends the proofs listed, none when the list is empty, and reads stored ones back', () => {
    const base = { ...PROGRAMME_DEFAULTS, id: 'zj-x', name: '测试', nameEn: 'Test', ownerPark: 'zhangjiang', validFrom: '2026-01-01', validTo: '2026-12-31', budgetYuan: '1000' };
    expect(programmeBody(base, 'draft')).not.toHaveProperty('proofs');
    expect(programmeBody({ ...base, proofs: [] }, 'draft')).not.toHaveProperty('proofs');
    const proofs = [{ kind: 'loan_contract', by: 'institution' }, { kind: 'application_form', by: 'enterprise' }] as const;
    const body = programmeBody({ ...base, proofs: [...proofs] }, 'draft');
    expect(body.proofs).toEqual(proofs);
    const back = programmeValues({ id: 'zj-x', name: '测试', nameEn: 'Test', kind: 'interest_subsidy', programme: { ...body, proofs: [...proofs, { kind: 'tax_return', by: 'enterprise' }] } as never });
    expect(back.proofs).toEqual(proofs);
  });
});
