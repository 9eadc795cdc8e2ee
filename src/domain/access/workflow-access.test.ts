import { describe, expect, it } from 'vitest';
import { systemActor, type Actor, type Membership, type Role } from './actor.ts';
import { applicationMover, ownEnterprise, partyScope, signalScope } from './workflow-access.ts';

const m = (role: Role, organisationId: string, parkId: string | null = null): Membership => ({ role, organisationId, organisationType: role, parkId });
const user = (...memberships: Membership[]): Actor => ({ kind: 'user', userId: 'u', email: 'u@x', memberships });

const operator = user(m('platform_operator', 'platform'));
const officer = user(m('institution_officer', 'bank'));
const enterprise = user(m('enterprise_user', 'firm', 'p1'));
const parkAdmin = user(m('park_admin', 'op1', 'p1'), m('park_admin', 'op2', 'p2'));
const adminAndOfficer = user(m('park_admin', 'op1', 'p1'), m('institution_officer', 'bank'));
const nobody = user();

describe('who moves an application', () => {
  const parties = { enterpriseId: 'firm', institutionId: 'bank' };
  it.each([
    ['the institution’s officer', officer, 'institution'],
    ['the enterprise’s user', enterprise, 'enterprise'],
    ['another institution’s officer', user(m('institution_officer', 'other')), null],
    ['a member of the bank without the officer role', user(m('enterprise_user', 'bank')), null],
    ['the park administrator', parkAdmin, null],
    ['the operator', operator, null],
    ['the system', systemActor(), null],
  ] as const)('%s → %s', (_, actor, mover) => {
    expect(applicationMover(actor, parties)).toBe(mover);
  });
});

describe('the enterprise one applies as', () => {
  it.each([
    ['an enterprise user', enterprise, 'firm'],
    ['an officer', officer, null],
    ['the operator', operator, null],
    ['nobody', nobody, null],
  ] as const)('%s → %s', (_, actor, id) => {
    expect(ownEnterprise(actor)).toBe(id);
  });
});

describe('what a list shows', () => {
  it.each([
    ['operator', operator, { kind: 'all' }, { kind: 'all' }],
    ['system', systemActor(), { kind: 'all' }, { kind: 'all' }],
    ['officer', officer, { kind: 'institution', ids: ['bank'] }, { kind: 'institution', ids: ['bank'] }],
    ['enterprise', enterprise, { kind: 'enterprise', ids: ['firm'] }, { kind: 'none' }],
    ['park administrator', parkAdmin, { kind: 'park', ids: ['p1', 'p2'] }, { kind: 'park', ids: ['p1', 'p2'] }],
    ['administrator and officer', adminAndOfficer, { kind: 'institution', ids: ['bank'] }, { kind: 'institution_or_park', institutionIds: ['bank'], parkIds: ['p1'] }],
    ['nobody', nobody, { kind: 'none' }, { kind: 'none' }],
  ] as const)('%s: applications and loans %j, signals %j', (_, actor, parties, signals) => {
    expect(partyScope(actor)).toEqual(parties);
    expect(signalScope(actor)).toEqual(signals);
  });
});
