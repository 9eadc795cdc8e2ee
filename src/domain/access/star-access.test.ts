import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.ts';
import { profileAccess, type GrantView } from './profile-access.ts';
import { starReadinessAccess } from './star-access.ts';

const as = (role: Role, organisationId: string, organisationType: string, parkId: string | null = null): Actor => ({
  kind: 'user',
  userId: 'u',
  email: 'u@x',
  memberships: [{ role, organisationId, organisationType, parkId }],
});
const enterprise = { organisationId: 'ent', parkId: 'zj' };
const grant = (institutionId: string, categories: string[]): GrantView => ({ id: 'g1', institutionId, categories, expiresOn: '2026-12-31', revokedAt: null });
const ALL = ['financials', 'people', 'ip', 'financing'];
const today = '2026-11-21';

const decide = (actor: Actor, grants: GrantView[] = []) => {
  try {
    return starReadinessAccess(actor, profileAccess(actor, enterprise, grants, today));
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('STAR readiness access', () => {
  it.each([
    ['the enterprise itself', as('enterprise_user', 'ent', 'enterprise', 'zj'), [], { logged: [] }],
    ['its park’s administrator', as('park_admin', 'zj-office', 'park_operator', 'zj'), [], { logged: [] }],
    ['the platform operator', as('platform_operator', 'platform', 'platform'), [], { logged: [] }],
    ['a VC fund granted every category it reads, logged', as('institution_officer', 'vc', 'vc_fund'), [grant('vc', ALL)], { logged: ALL }],
    ['a guidance fund granted every category', as('institution_officer', 'gf', 'guidance_fund'), [grant('gf', ALL)], { logged: ALL }],
    ['a VC fund granted financials only', as('institution_officer', 'vc', 'vc_fund'), [grant('vc', ['financials'])], 'star.needs_grant'],
    ['a VC fund without a grant', as('institution_officer', 'vc', 'vc_fund'), [], 'star.needs_grant'],
    ['a bank granted every category (not an investor)', as('institution_officer', 'bank', 'bank'), [grant('bank', ALL)], 'star.needs_grant'],
    ['another park’s administrator', as('park_admin', 'qd-office', 'park_operator', 'qd'), [], 'star.needs_grant'],
    ['another enterprise', as('enterprise_user', 'ent-2', 'enterprise', 'zj'), [], 'star.needs_grant'],
  ] as const)('%s', (_name, actor, grants, expected) => {
    expect(decide(actor, [...grants])).toEqual(expected);
  });

  it('refuses an investor whose grant has expired', () => {
    const expired = { ...grant('vc', ALL), expiresOn: '2026-11-20' };
    expect(decide(as('institution_officer', 'vc', 'vc_fund'), [expired])).toBe('star.needs_grant');
  });
});
