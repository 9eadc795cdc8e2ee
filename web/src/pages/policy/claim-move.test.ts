// What each claim move sends: only what it needs, the version read, the account digits, the
// clawback in fen.
import { describe, expect, it } from 'vitest';
import { CLAIM_TRANSITIONS } from '../../../../shared/policy.ts';
import { ACCOUNT_NUMBER, accountDigits, claimMoveInput } from './claim-move';

const move = (from: string, to: string) => CLAIM_TRANSITIONS.find((m) => m.from === from && m.to === to)!;

describe('claimMoveInput', () => {
  it('confirms an account with its digits, and nothing else', () => {
    expect(claimMoveInput({ version: 3 }, move('published', 'confirmed'), { accountName: ' 上海科金示范 ', bank: '招商银行', accountNumber: '6225 8801 2345 6789', comment: ' ' })).toEqual({
      to: 'confirmed',
      version: 3,
      account: { name: '上海科金示范', bank: '招商银行', number: '6225880123456789' },
    });
  });

  it('objects with a comment', () => {
    expect(claimMoveInput({ version: 1 }, move('published', 'objected'), { comment: '还款利息少算了一期' })).toEqual({ to: 'objected', version: 1, comment: '还款利息少算了一期' });
  });

  it('rejects with a reason, and claws back a part in fen or everything', () => {
    expect(claimMoveInput({ version: 5 }, move('confirmed', 'rejected'), { reason: 'account_invalid', clawbackYuan: '10' })).toEqual({ to: 'rejected', version: 5, reason: 'account_invalid' });
    expect(claimMoveInput({ version: 6 }, move('paid', 'clawed_back'), { reason: 'policy_surrendered', clawbackYuan: '1,234.5' })).toEqual({ to: 'clawed_back', version: 6, reason: 'policy_surrendered', clawbackFen: 123_450 });
    expect(claimMoveInput({ version: 6 }, move('paid', 'clawed_back'), { reason: 'other', comment: '重复申报', clawbackYuan: '' })).toEqual({ to: 'clawed_back', version: 6, reason: 'other', comment: '重复申报' });
  });

  it('pays with the reference and date', () => {
    expect(claimMoveInput({ version: 2 }, move('approved', 'paid'), { reference: ' CW-2026-118 ', paidOn: '2026-12-01' })).toEqual({ to: 'paid', version: 2, payment: { reference: 'CW-2026-118', paidOn: '2026-12-01' } });
  });
});

describe('the account number rule', () => {
  it.each([
    ['12345678', true],
    ['1'.repeat(30), true],
    ['1234567', false],
    ['1'.repeat(31), false],
    ['6225-8801-2345', false],
  ])('%s → %s', (typed, fine) => expect(ACCOUNT_NUMBER.test(accountDigits(typed))).toBe(fine));
});
