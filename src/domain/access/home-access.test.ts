import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.ts';
import { auditScope, seesPerson } from './audit-access.ts';
import { HOME_KINDS, mayReadHome } from './home-access.ts';

const actor = (role: Role, organisationId = 'org-1', parkId: string | null = 'park-1'): Actor => ({ kind: 'user', userId: 'u', email: 'u@x', memberships: [{ role, organisationId, organisationType: 'x', parkId }] });

describe('homes', () => {
  it.each([
    ['platform_operator', ['operator', 'park', 'institution']],
    ['park_admin', ['park']],
    ['institution_officer', ['institution']],
    ['enterprise_user', ['enterprise']],
  ] as const)('%s reads %j', (role, kinds) => {
    const a = actor(role);
    expect(HOME_KINDS.filter((k) => mayReadHome(a, k).allowed)).toEqual(kinds);
  });

  it('a park administrator of no park has no park home', () => {
    expect(mayReadHome(actor('park_admin', 'org', null), 'park').allowed).toBe(false);
  });
});

describe('audit scope', () => {
  it('the operator reads everything with people named; a park administrator their parks, their own people named', () => {
    expect(auditScope(actor('platform_operator'))).toEqual({ parks: 'all', namedOrganisations: null, clientAddresses: true });
    const park = auditScope(actor('park_admin', 'committee', 'zj'));
    expect(park).toEqual({ parks: ['zj'], namedOrganisations: ['committee'], clientAddresses: false });
    expect(seesPerson(park, ['committee'])).toBe(true);
    expect(seesPerson(park, ['bank'])).toBe(false);
    expect(seesPerson(park, [])).toBe(false);
  });
});
