import { describe, expect, it } from 'vitest';
import { CLAIM_TRANSITIONS, checkClaimMove, claimMovesFrom, SUBSIDY_CLAIM_STATES } from './claim-states.ts';
import { VOID_CLAIM_STATES } from '../../../shared/policy.ts';

describe('the subsidy claim move table', () => {
  it('reaches every state from computed, and nothing leaves a void state', () => {
    const reached = new Set<string>(['computed']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of CLAIM_TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...SUBSIDY_CLAIM_STATES].sort());
    for (const s of VOID_CLAIM_STATES) expect(claimMovesFrom(s)).toEqual([]);
  });

  it('allows a move only to its mover and with what it needs', () => {
    expect(checkClaimMove({ from: 'published', to: 'confirmed', by: 'enterprise', has: { account: true } })).toMatchObject({ ok: true, transition: { needs: ['account'] } });
    const missing = checkClaimMove({ from: 'published', to: 'confirmed', by: 'enterprise', has: {} });
    expect(missing).toMatchObject({ ok: false, refusal: { kind: 'missing', field: 'account', error: { code: 'claim.move_needs', params: { to: 'confirmed', field: 'account' } } } });
    const wrong = checkClaimMove({ from: 'confirmed', to: 'approved', by: 'enterprise', has: {} });
    expect(wrong).toMatchObject({ ok: false, refusal: { kind: 'wrong_mover', error: { code: 'claim.wrong_mover', params: { by: 'park' } } } });
    const illegal = checkClaimMove({ from: 'computed', to: 'paid', by: 'park', has: { payment: true } });
    expect(illegal).toMatchObject({ ok: false, refusal: { kind: 'illegal', allowed: ['published'], error: { code: 'claim.illegal_move' } } });
    expect(checkClaimMove({ from: 'forfeited', to: 'published', by: 'park', has: {} })).toMatchObject({ ok: false, refusal: { error: { code: 'claim.final_state' } } });
  });

  it('lets only the platform forfeit, and only a published claim', () => {
    const forfeits = CLAIM_TRANSITIONS.filter((t) => t.to === 'forfeited');
    expect(forfeits).toEqual([{ from: 'published', to: 'forfeited', by: 'platform', needs: [] }]);
  });
});
