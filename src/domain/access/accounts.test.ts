import { describe, expect, it } from 'vitest';
import { INVITATION_MOVES, invitableRoles, nextInvitationStatus, nextRegistrationStatus, REGISTRATION_MOVES, regionOfCreditCode, tokenState } from './accounts.ts';

describe('account rules', () => {
  const now = new Date('2026-12-01T08:00:00Z');
  it.each([
    [null, 'unknown'],
    [{ expiresAt: new Date(now.getTime() + 1), usedAt: null }, 'usable'],
    [{ expiresAt: now, usedAt: null }, 'expired'],
    [{ expiresAt: new Date(now.getTime() + 60_000), usedAt: now }, 'used'],
  ] as const)('a token %j is %s', (token, state) => {
    expect(tokenState(token, now)).toBe(state);
  });

  it('moves a registration only from pending', () => {
    expect(nextRegistrationStatus('pending', 'admit')).toBe('admitted');
    expect(nextRegistrationStatus('pending', 'reject')).toBe('rejected');
    expect(() => nextRegistrationStatus('admitted', 'reject')).toThrow(/already admitted/);
    expect(Object.values(REGISTRATION_MOVES.rejected)).toEqual([]);
  });

  it('moves an invitation only while open', () => {
    expect(nextInvitationStatus('open', 'accept')).toBe('accepted');
    expect(() => nextInvitationStatus('revoked', 'accept')).toThrow(/already revoked/);
    expect(Object.keys(INVITATION_MOVES.open).sort()).toEqual(['accept', 'revoke']);
  });

  it('invites into an organisation with its own role', () => {
    expect(invitableRoles('enterprise')).toEqual(['enterprise_user']);
    expect(invitableRoles('bank')).toEqual(['institution_officer']);
    expect(invitableRoles('park_operator')).toEqual(['park_admin']);
    expect(invitableRoles('unknown')).toEqual([]);
  });

  it('reads the region from a credit code', () => {
    expect(regionOfCreditCode('91310115MA1K3YJ12X')).toBe('310115');
  });
});
