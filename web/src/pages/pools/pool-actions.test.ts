import { describe, expect, it } from 'vitest';
import { POOL_CLAIM_TRANSITIONS } from '../../../../shared/pools.ts';
import { base64Of, hasClaimActions, isDangerMove, moverOf, movesFor, poolMoveInput } from './pool-actions';

const admin = { role: 'administrator' as const, partnerId: null };
const bank = { role: 'partner' as const, partnerId: 'bank-1' };
const claim = (state: (typeof POOL_CLAIM_TRANSITIONS)[number]['from'], partner = 'bank-1') => ({ state, partner: { id: partner, name: '' }, version: 3 });
const move = (from: string, to: string) => POOL_CLAIM_TRANSITIONS.find((m) => m.from === from && m.to === to)!;

describe('pool claim moves offered', () => {
  it('offers each side exactly its moves of the shared table', () => {
    expect(movesFor(admin, claim('filed')).map((m) => m.to)).toEqual(['under_review', 'returned', 'rejected']);
    expect(movesFor(bank, claim('filed')).map((m) => m.to)).toEqual(['withdrawn']);
    expect(movesFor(bank, claim('returned')).map((m) => m.to)).toEqual(['filed', 'withdrawn']);
    expect(movesFor(admin, claim('approved')).map((m) => m.to)).toEqual(['paid']);
    expect(movesFor(admin, claim('paid'))).toEqual([]);
    // Another bank's claim, or a contributor: nothing.
    expect(movesFor(bank, claim('returned', 'bank-2'))).toEqual([]);
    expect(moverOf({ role: 'contributor', partnerId: null }, claim('filed'))).toBeNull();
    expect([hasClaimActions(admin, claim('paid')), hasClaimActions(bank, claim('paid')), hasClaimActions(bank, claim('rejected')), hasClaimActions(bank, claim('under_review'))]).toEqual([false, true, false, true]);
    for (const m of POOL_CLAIM_TRANSITIONS) expect(movesFor(m.by === 'administrator' ? admin : bank, claim(m.from))).toContainEqual(m);
    expect([...new Set(POOL_CLAIM_TRANSITIONS.filter(isDangerMove).map((m) => m.to))]).toEqual(['rejected', 'withdrawn']);
  });

  it('sends what the move needs and nothing else', () => {
    expect(poolMoveInput(claim('filed'), move('filed', 'rejected'), { reason: ' 材料不实 ', comment: ' 材料不实 ' })).toEqual({ to: 'rejected', version: 3, reason: '材料不实', comment: '材料不实' });
    expect(poolMoveInput(claim('filed'), move('filed', 'returned'), { comment: '请补充', reason: '请补充' })).toEqual({ to: 'returned', version: 3, comment: '请补充' });
    expect(poolMoveInput(claim('approved'), move('approved', 'paid'), { amountYuan: '1,234.56', reference: ' PAY-1 ' })).toEqual({ to: 'paid', version: 3, payment: { amountFen: 123_456, reference: 'PAY-1' } });
    expect(poolMoveInput(claim('approved'), move('approved', 'paid'), {})).toEqual({ to: 'paid', version: 3, payment: {} });
  });

  it('reads a file as base64', () => {
    expect(base64Of(new TextEncoder().encode('%PDF-1.4'))).toBe('JVBERi0xLjQ=');
    expect(base64Of(new Uint8Array(100_000).fill(255)).length).toBe(133_336);
  });
});
