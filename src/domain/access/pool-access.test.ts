import { describe, expect, it } from 'vitest';
import { systemActor, type Actor, type Membership, type Role } from './actor.ts';
import { managesPool, partnerOf, poolClaimMover, seesPool, seesPoolClaim } from './pool-access.ts';
import { decide, mayAttempt } from './policy.ts';

const actor = (...memberships: Partial<Membership & { role: Role }>[]): Actor => ({
  kind: 'user',
  userId: 'u1',
  email: 'u1@example.com',
  memberships: memberships.map((m) => ({ organisationId: 'org', organisationType: 'x', parkId: null, role: 'enterprise_user', ...m })),
});

const operator = actor({ role: 'platform_operator', organisationId: 'platform' });
const zjAdmin = actor({ role: 'park_admin', organisationId: 'zj-office', parkId: 'zj' });
const qdAdmin = actor({ role: 'park_admin', organisationId: 'qd-office', parkId: 'qd' });
const partner = actor({ role: 'institution_officer', organisationId: 'bank-east' });
const contributor = actor({ role: 'institution_officer', organisationId: 'guarantor' });
const stranger = actor({ role: 'institution_officer', organisationId: 'bank-far' });
const owner = actor({ role: 'enterprise_user', organisationId: 'bank-east', parkId: 'zj' });
const pool = { parkId: 'zj', partnerIds: ['bank-east', 'bank-river'], contributorIds: ['bank-east', 'guarantor'] };
const cityWide = { ...pool, parkId: null };

describe('who acts on a risk compensation pool', () => {
  it('lets the owner park’s administrators and the operator manage it; a city-wide pool only the operator', () => {
    expect([operator, zjAdmin, qdAdmin, partner].map((a) => managesPool(a, 'zj'))).toEqual([true, true, false, false]);
    expect([operator, systemActor(), zjAdmin].map((a) => managesPool(a, null))).toEqual([true, true, false]);
  });

  it('shows it to its park, its partners and contributing institutions, never to another park or a stranger bank', () => {
    expect([operator, zjAdmin, qdAdmin, partner, contributor, stranger, owner].map((a) => seesPool(a, pool))).toEqual([true, true, false, true, true, false, false]);
    expect([zjAdmin, partner].map((a) => seesPool(a, cityWide))).toEqual([false, true]);
  });

  it('tells the side a claim is moved from, and who reads it', () => {
    const claim = { parkId: 'zj', partnerId: 'bank-east' };
    expect([operator, zjAdmin, qdAdmin, partner, contributor, owner].map((a) => poolClaimMover(a, claim))).toEqual(['administrator', 'administrator', null, 'partner', null, null]);
    expect([contributor, partner].map((a) => seesPoolClaim(a, claim))).toEqual([false, true]);
    expect([partner, contributor, zjAdmin].map((a) => partnerOf(a, pool))).toEqual(['bank-east', null, null]);
  });

  it('gives the roles their pool actions: parks manage, institutions claim, enterprises nothing', () => {
    expect(['pool.read', 'pool.manage', 'pool.claim', 'pool.move'].map((a) => mayAttempt(zjAdmin, a as 'pool.read').allowed)).toEqual([true, true, false, true]);
    expect(['pool.read', 'pool.manage', 'pool.claim', 'pool.move'].map((a) => mayAttempt(partner, a as 'pool.read').allowed)).toEqual([true, false, true, true]);
    expect(['pool.read', 'pool.manage', 'pool.claim', 'pool.move'].map((a) => mayAttempt(owner, a as 'pool.read').allowed)).toEqual([false, false, false, false]);
    expect(decide(partner, 'pool.claim', { parties: ['bank-river'] }).allowed).toBe(false);
    expect(decide(partner, 'pool.claim', { parties: ['bank-east'] }).allowed).toBe(true);
    expect(decide(qdAdmin, 'pool.manage', { parkId: 'zj' }).allowed).toBe(false);
  });
});
