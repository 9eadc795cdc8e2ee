import { describe, expect, it } from 'vitest';
import { systemActor, type Actor, type Membership, type Role } from './actor.ts';
import { ACTIONS, authorize, decide, mayAttempt } from './policy.ts';

const actor = (...memberships: Partial<Membership & { role: Role }>[]): Actor => ({
  kind: 'user',
  userId: 'u1',
  email: 'u1@example.com',
  memberships: memberships.map((m) => ({ organisationId: 'org', organisationType: 'x', parkId: null, role: 'enterprise_user', ...m })),
});

const operator = actor({ role: 'platform_operator', organisationId: 'platform' });
const zjAdmin = actor({ role: 'park_admin', organisationId: 'zj-office', parkId: 'zj' });
const officer = actor({ role: 'institution_officer', organisationId: 'bank' });
const owner = actor({ role: 'enterprise_user', organisationId: 'ent-1', parkId: 'zj' });
const nobody = actor();

describe('mayAttempt', () => {
  it('lets the operator and the system attempt every action but consent, which is the enterprise’s', () => {
    expect(mayAttempt(operator, 'grant.manage').allowed).toBe(false);
    for (const action of ACTIONS.filter((a) => a !== 'grant.manage')) {
      expect(mayAttempt(operator, action).allowed).toBe(true);
      expect(mayAttempt(systemActor(), action).allowed).toBe(true);
    }
  });

  it('lets an actor with no membership attempt nothing', () => {
    for (const action of ACTIONS) expect(mayAttempt(nobody, action).allowed).toBe(false);
  });

  it.each([
    ['audit.read', [true, false, false]],
    ['user.create', [false, false, false]],
    ['park.create', [false, false, false]],
    ['enterprise.list', [true, false, false]],
    ['enterprise.create', [true, false, false]],
    ['enterprise.update', [true, false, true]],
    ['enterprise.read', [true, true, true]],
    ['institution.list', [true, true, true]],
  ] as const)('%s for park admin, officer, enterprise user', (action, expected) => {
    expect([zjAdmin, officer, owner].map((a) => mayAttempt(a, action).allowed)).toEqual(expected);
  });
});

describe('decide, with the resource', () => {
  it('keeps a park administrator inside their parks', () => {
    expect(decide(zjAdmin, 'enterprise.create', { parkId: 'zj' }).allowed).toBe(true);
    expect(decide(zjAdmin, 'enterprise.create', { parkId: 'qd' }).allowed).toBe(false);
    expect(decide(zjAdmin, 'enterprise.update', { parkId: 'qd', organisationId: 'ent-9' }).allowed).toBe(false);
    expect(decide(operator, 'enterprise.create', { parkId: 'qd' }).allowed).toBe(true);
  });

  it('lets an enterprise user change only its own enterprise', () => {
    expect(decide(owner, 'enterprise.update', { parkId: 'zj', organisationId: 'ent-1' }).allowed).toBe(true);
    expect(decide(owner, 'enterprise.update', { parkId: 'zj', organisationId: 'ent-2' }).allowed).toBe(false);
  });

  it('throws a forbidden DomainError with the reason', () => {
    expect(() => authorize(officer, 'audit.read')).toThrow(/may not audit read/);
  });

});
