import { describe, expect, it } from 'vitest';
import { systemActor, type Actor, type Membership, type Role } from './actor.ts';
import { actsForInvestor, authorizeInvestorEdit, readsInvestors, seesInvestorPrivateFields } from './investor-access.ts';
import { mayAttempt } from './policy.ts';

const actor = (userId: string, ...memberships: Partial<Membership & { role: Role }>[]): Actor => ({
  kind: 'user',
  userId,
  email: `${userId}@example.com`,
  memberships: memberships.map((m) => ({ organisationId: 'org', organisationType: 'x', parkId: null, role: 'enterprise_user', ...m })),
});

const operator = actor('op', { role: 'platform_operator', organisationId: 'platform' });
const parkAdmin = actor('pa', { role: 'park_admin', organisationId: 'zj-office', parkId: 'zj' });
const fundOfficer = actor('fo', { role: 'institution_officer', organisationId: 'fund-1' });
const otherOfficer = actor('oo', { role: 'institution_officer', organisationId: 'fund-2' });
const bankOfficer = actor('bo', { role: 'institution_officer', organisationId: 'bank' });
const enterpriseUser = actor('eu', { role: 'enterprise_user', organisationId: 'fund-1', parkId: 'zj' });
const angel = actor('angel-1');
const stranger = actor('nobody');
const fund = { organisationId: 'fund-1', ownerUserId: null };
const angelProfile = { organisationId: null, ownerUserId: 'angel-1' };

const WHO = [operator, parkAdmin, fundOfficer, otherOfficer, bankOfficer, enterpriseUser, angel, stranger] as const;
const edits = (investor: typeof fund | typeof angelProfile) =>
  WHO.map((a) => {
    try {
      authorizeInvestorEdit(a, investor);
      return true;
    } catch {
      return false;
    }
  });

describe('who reads and keeps an investor profile', () => {
  it('lets every member read the directory; a user with no membership only with a profile of their own', () => {
    expect(WHO.map((a) => readsInvestors(a, false).allowed)).toEqual([true, true, true, true, true, true, false, false]);
    expect(readsInvestors(angel, true).allowed).toBe(true);
    expect(readsInvestors(systemActor(), false).allowed).toBe(true);
  });

  it('lets the fund’s own officers and the operator edit a fund’s profile, nobody else (not an enterprise user of an organisation with the same id)', () => {
    expect(edits(fund)).toEqual([true, false, true, false, false, false, false, false]);
  });

  it('lets the angel and the operator edit an angel’s profile', () => {
    expect(edits(angelProfile)).toEqual([true, false, false, false, false, false, true, false]);
  });

  it('shows amounts and contacts to the investor’s people, park administrators and the operator', () => {
    expect(WHO.map((a) => seesInvestorPrivateFields(a, fund))).toEqual([true, true, true, false, false, false, false, false]);
    expect(WHO.map((a) => seesInvestorPrivateFields(a, angelProfile))).toEqual([true, true, false, false, false, false, true, false]);
    expect(actsForInvestor(systemActor(), angelProfile)).toBe(false);
  });

  it('gives the roles their investor actions', () => {
    expect(['investor.list', 'investor.read', 'investor.update'].map((a) => mayAttempt(enterpriseUser, a as 'investor.list').allowed)).toEqual([true, true, false]);
    expect(['investor.list', 'investor.read', 'investor.update'].map((a) => mayAttempt(parkAdmin, a as 'investor.list').allowed)).toEqual([true, true, false]);
    expect(['investor.list', 'investor.read', 'investor.update'].map((a) => mayAttempt(fundOfficer, a as 'investor.list').allowed)).toEqual([true, true, true]);
  });
});
