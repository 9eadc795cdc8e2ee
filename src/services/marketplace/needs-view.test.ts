import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/actor.ts';
import { maskedName, seesEnterprise } from './needs-view.ts';
import { industryDivision } from './unmet-needs.ts';

const actor = (memberships: Actor['memberships']): Actor => ({ kind: 'user', userId: 'u', email: 'u@example.com', memberships });
const need = { enterpriseId: 'e1', parkId: 'p1' };

describe('masked needs', () => {
  it('names the industry division in place of the enterprise, or the section, or the code', () => {
    expect(maskedName('I6510')).toBe('某科技企业（软件和信息技术服务业）');
    expect(maskedName('I')).toBe('某科技企业（信息传输、软件和信息技术服务业）');
    expect(maskedName('Z99')).toBe('某科技企业（Z99）');
  });

  it('shows the enterprise to itself, its park administrators and the operator, not to an institution', () => {
    expect(seesEnterprise(actor([{ role: 'enterprise_user', organisationId: 'e1', organisationType: 'enterprise', parkId: 'p1' }]), need)).toBe(true);
    expect(seesEnterprise(actor([{ role: 'enterprise_user', organisationId: 'e2', organisationType: 'enterprise', parkId: 'p1' }]), need)).toBe(false);
    expect(seesEnterprise(actor([{ role: 'park_admin', organisationId: 'op', organisationType: 'park_operator', parkId: 'p1' }]), need)).toBe(true);
    expect(seesEnterprise(actor([{ role: 'park_admin', organisationId: 'op2', organisationType: 'park_operator', parkId: 'p2' }]), need)).toBe(false);
    expect(seesEnterprise(actor([{ role: 'platform_operator', organisationId: 'platform', organisationType: 'platform', parkId: null }]), need)).toBe(true);
    expect(seesEnterprise(actor([{ role: 'institution_officer', organisationId: 'bank', organisationType: 'bank', parkId: null }]), need)).toBe(false);
  });

  it('groups unmet needs by section letter and division', () => {
    expect(industryDivision('I6510')).toBe('I65');
    expect(industryDivision('C39')).toBe('C39');
  });
});
