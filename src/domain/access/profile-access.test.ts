import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.ts';
import { profileAccess, type GrantView } from './profile-access.ts';

const as = (role: Role, organisationId: string, parkId: string | null = null): Actor => ({
  kind: 'user',
  userId: 'u',
  email: 'u@x',
  memberships: [{ role, organisationId, organisationType: 'x', parkId }],
});
const enterprise = { organisationId: 'ent', parkId: 'zj' };
const grant = (over: Partial<GrantView> = {}): GrantView => ({
  id: 'g1',
  institutionId: 'bank',
  categories: ['financials', 'ip'],
  expiresOn: '2026-12-31',
  revokedAt: null,
  ...over,
});

describe('profileAccess', () => {
  it('gives the enterprise, its park and the operator everything, unlogged', () => {
    for (const actor of [as('enterprise_user', 'ent', 'zj'), as('park_admin', 'zj-office', 'zj'), as('platform_operator', 'platform')]) {
      expect(profileAccess(actor, enterprise, [], '2026-11-21')).toMatchObject({ level: 'full', logged: false });
    }
  });

  it('gives an institution only the categories of its live grants, with the grant to log against', () => {
    const access = profileAccess(as('institution_officer', 'bank'), enterprise, [grant()], '2026-11-21');
    expect(access).toMatchObject({ level: 'granted', categories: ['financials', 'ip'], logged: true });
    expect(access.grantFor.financials).toBe('g1');
    expect(access.grantFor.people).toBeUndefined();
  });

  it.each([
    ['another institution’s grant', grant({ institutionId: 'other-bank' })],
    ['an expired grant', grant({ expiresOn: '2026-11-20' })],
    ['a revoked grant', grant({ revokedAt: new Date('2026-11-01') })],
  ])('gives the summary only under %s', (_name, g) => {
    expect(profileAccess(as('institution_officer', 'bank'), enterprise, [g], '2026-11-21').level).toBe('summary');
  });

  it('keeps another park’s administrator and another enterprise to the summary', () => {
    expect(profileAccess(as('park_admin', 'qd-office', 'qd'), enterprise, [], '2026-11-21').level).toBe('summary');
    expect(profileAccess(as('enterprise_user', 'ent-2', 'zj'), enterprise, [grant({ institutionId: 'ent-2' })], '2026-11-21').level).toBe('summary');
  });

  it('counts a grant as live through its expiry day', () => {
    expect(profileAccess(as('institution_officer', 'bank'), enterprise, [grant({ expiresOn: '2026-11-21' })], '2026-11-21').level).toBe('granted');
  });
});
