import { describe, expect, it } from 'vitest';
import type { Actor, Membership } from './actor.ts';
import { browsesFundraisings, fundraisingAccess } from './fundraising-access.ts';
import { decide, mayAttempt } from './policy.ts';
import type { GrantView } from './profile-access.ts';

const actor = (...memberships: Membership[]): Actor => ({ kind: 'user', userId: 'u', email: 'u@example.com', memberships });
const m = (role: Membership['role'], organisationId: string, organisationType: string, parkId: string | null = null): Membership => ({ role, organisationId, organisationType, parkId });

const enterprise = { organisationId: 'ent', parkId: 'zj' };
const today = '2026-12-08';
const grant = (institutionId: string, categories: string[], change: Partial<GrantView> = {}): GrantView => ({ id: `g-${institutionId}-${categories.join('+')}`, institutionId, categories, expiresOn: '2027-01-01', revokedAt: null, ...change });

const WHO = {
  owner: actor(m('enterprise_user', 'ent', 'enterprise', 'zj')),
  otherEnterprise: actor(m('enterprise_user', 'ent-2', 'enterprise', 'zj')),
  parkAdmin: actor(m('park_admin', 'zj-office', 'park_operator', 'zj')),
  otherParkAdmin: actor(m('park_admin', 'qd-office', 'park_operator', 'qd')),
  operator: actor(m('platform_operator', 'platform', 'platform')),
  vc: actor(m('institution_officer', 'vc', 'vc_fund')),
  angel: actor(m('institution_officer', 'angel', 'angel_fund')),
  guidance: actor(m('institution_officer', 'gf', 'guidance_fund')),
  bank: actor(m('institution_officer', 'bank', 'bank')),
} as const;
type Who = keyof typeof WHO;

const GRANTS = [grant('vc', ['data_room']), grant('angel', ['financials']), grant('gf', ['data_room'], { revokedAt: new Date() }), grant('bank', ['data_room'], { expiresOn: '2026-12-07' })];

describe('fundraisingAccess: the matrix', () => {
  it.each<[Who, 'full' | 'masked' | 'none', boolean, boolean, string | null]>([
    // who, view, manages, reads documents, grant logged against
    ['owner', 'full', true, true, null],
    ['otherEnterprise', 'none', false, false, null],
    ['parkAdmin', 'full', false, false, null],
    ['otherParkAdmin', 'none', false, false, null],
    ['operator', 'full', false, false, null],
    ['vc', 'full', false, true, 'g-vc-data_room'], // a live data_room grant
    ['angel', 'masked', false, false, null], // a grant of another category is not the data room
    ['guidance', 'masked', false, false, null], // a revoked grant
    ['bank', 'none', false, false, null], // an expired grant, and a bank is no investor
  ])('%s', (who, view, manages, readsDocuments, grantId) => {
    const access = fundraisingAccess(WHO[who], enterprise, GRANTS, today);
    expect({ view: access.view, manages: access.manages, readsDocuments: access.readsDocuments, grantId: access.grantId }).toEqual({ view, manages, readsDocuments, grantId });
  });

  it('a grant is live through its expiry day', () => {
    expect(fundraisingAccess(WHO.bank, enterprise, [grant('bank', ['data_room'], { expiresOn: today })], today).readsDocuments).toBe(true);
  });

  it('downloads are watermarked with the organisation the grant was made to', () => {
    expect(fundraisingAccess(WHO.vc, enterprise, GRANTS, today).viewerOrganisationId).toBe('vc');
    expect(fundraisingAccess(WHO.owner, enterprise, GRANTS, today).viewerOrganisationId).toBe('ent');
  });
});

describe('who browses and manages', () => {
  it.each<[Who, boolean]>([['vc', true], ['angel', true], ['guidance', true], ['operator', true], ['bank', false], ['owner', false], ['parkAdmin', false]])('%s browses: %s', (who, expected) => {
    expect(browsesFundraisings(WHO[who])).toBe(expected);
  });

  it.each<[Who, boolean]>([['owner', true], ['otherEnterprise', false], ['parkAdmin', false], ['vc', false]])('%s manages the profile (policy): %s', (who, expected) => {
    expect(decide(WHO[who], 'fundraising.manage', { organisationId: 'ent', parkId: 'zj' }).allowed).toBe(expected);
  });

  it('only institution officers attempt browsing among the non-operators', () => {
    expect([WHO.vc, WHO.bank, WHO.owner, WHO.parkAdmin].map((a) => mayAttempt(a, 'fundraising.browse').allowed)).toEqual([true, true, false, false]);
  });
});
