import { describe, expect, it } from 'vitest';
import { systemActor, type Actor, type Membership, type Role } from './actor.ts';
import { actingInstitution, maySeeProduct, productVisibility, visibleParks, type ParkRequest } from './product-access.ts';

const actor = (...memberships: Partial<Membership & { role: Role }>[]): Actor => ({
  kind: 'user',
  userId: 'u1',
  email: 'u1@example.com',
  memberships: memberships.map((m) => ({ organisationId: 'org', organisationType: 'x', parkId: null, role: 'enterprise_user', ...m })),
});

const operator = actor({ role: 'platform_operator', organisationId: 'platform' });
const zjAdmin = actor({ role: 'park_admin', organisationId: 'zj-office', parkId: 'zj' });
const bankOfficer = actor({ role: 'institution_officer', organisationId: 'bank' });
const fundOfficer = actor({ role: 'institution_officer', organisationId: 'fund' });
const zjOwner = actor({ role: 'enterprise_user', organisationId: 'ent-1', parkId: 'zj' });
const qdOwner = actor({ role: 'enterprise_user', organisationId: 'ent-2', parkId: 'qd' });
const nobody = actor();

const requests = (...r: [string, string][]): ParkRequest[] => r.map(([parkId, status]) => ({ parkId, status }));

describe('productVisibility', () => {
  it.each([
    ['the operator', operator, false, 'all'],
    ['the system', systemActor(), false, 'all'],
    ['an officer', bankOfficer, false, { institutionIds: ['bank'], publishedIn: 'any', requestedIn: [] }],
    ['an officer, own products only', bankOfficer, true, { institutionIds: ['bank'], publishedIn: [], requestedIn: [] }],
    ['the operator, own products only', operator, true, { institutionIds: [], publishedIn: [], requestedIn: [] }],
    ['a park administrator', zjAdmin, false, { institutionIds: [], publishedIn: [], requestedIn: ['zj'] }],
    ['an enterprise user', zjOwner, false, { institutionIds: [], publishedIn: ['zj'], requestedIn: [] }],
    ['someone with no membership', nobody, false, { institutionIds: [], publishedIn: [], requestedIn: [] }],
  ] as const)('%s', (_who, who, mine, expected) => {
    expect(productVisibility(who, mine)).toEqual(expected);
  });
});

describe('maySeeProduct', () => {
  const draft = { institutionId: 'bank', status: 'draft' };
  const published = { institutionId: 'bank', status: 'published' };
  it.each([
    // who, product, its park requests, sees it
    ['the operator, a draft nobody was asked about', operator, draft, requests(), true],
    ['its institution, a draft', bankOfficer, draft, requests(), true],
    ['another institution, a draft', fundOfficer, draft, requests(['zj', 'pending']), false],
    ['another institution, published and approved somewhere', fundOfficer, published, requests(['qd', 'approved']), true],
    ['another institution, published but approved nowhere', fundOfficer, published, requests(['qd', 'pending']), false],
    ['the administrator of a park asked, a draft', zjAdmin, draft, requests(['zj', 'pending']), true],
    ['the administrator of a park asked, rejected there', zjAdmin, published, requests(['zj', 'rejected']), true],
    ['the administrator of another park, published and approved there', zjAdmin, published, requests(['qd', 'approved']), false],
    ['an enterprise, published and approved in its park', zjOwner, published, requests(['zj', 'approved']), true],
    ['an enterprise, published and approved in another park', qdOwner, published, requests(['zj', 'approved']), false],
    ['an enterprise, approved in its park but no longer published', zjOwner, { institutionId: 'bank', status: 'withdrawn' }, requests(['zj', 'approved']), false],
    ['an enterprise, published but only pending in its park', zjOwner, published, requests(['zj', 'pending']), false],
    ['someone with no membership, published and approved', nobody, published, requests(['zj', 'approved']), false],
  ] as const)('%s', (_case, who, product, parks, expected) => {
    expect(maySeeProduct(who, product, parks)).toBe(expected);
  });
});

describe('visibleParks', () => {
  const parks = requests(['zj', 'pending'], ['qd', 'approved'], ['hz', 'rejected']);
  it.each([
    ['the operator sees every request', operator, ['zj', 'qd', 'hz']],
    ['the institution sees every request', bankOfficer, ['zj', 'qd', 'hz']],
    ['another institution sees approvals', fundOfficer, ['qd']],
    ['a park administrator sees approvals and their own park', zjAdmin, ['zj', 'qd']],
    ['an enterprise sees approvals', zjOwner, ['qd']],
  ] as const)('%s', (_case, who, expected) => {
    expect(visibleParks(who, { institutionId: 'bank' }, parks).map((p) => p.parkId)).toEqual(expected);
  });

  it('keeps the requests as given (their other fields too)', () => {
    const full = [{ parkId: 'zj', status: 'pending', note: 'asked' }, { parkId: 'qd', status: 'approved', note: 'ok' }];
    expect(visibleParks(zjOwner, { institutionId: 'bank' }, full)).toEqual([{ parkId: 'qd', status: 'approved', note: 'ok' }]);
  });
});

describe('actingInstitution', () => {
  it.each([
    ['an officer acts for their institution', bankOfficer, undefined, 'bank'],
    ['a named institution is taken as asked (policy checks it)', bankOfficer, 'fund', 'fund'],
    ['the operator names none: none', operator, undefined, null],
    ['an enterprise user acts for no institution', zjOwner, undefined, null],
  ] as const)('%s', (_case, who, requested, expected) => {
    expect(actingInstitution(who, requested)).toBe(expected);
  });
});
