import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { mayVisit } from './roles';

const me = (roles: Me['roles']): Me => ({ user: { id: 'u', email: 'e@example.cn', displayName: 'E', locale: 'zh-CN' }, roles, organisation: null, parkScope: { all: false, parks: [] }, businessTime: { timezone: 'Asia/Shanghai', today: '2026-12-07' } });

describe('mayVisit', () => {
  it("lets a sign-in return to the user's role areas only", () => {
    expect(mayVisit(me(['enterprise_user']), '/enterprise/needs')).toBe(true);
    expect(mayVisit(me(['enterprise_user']), '/enterprise')).toBe(true);
    expect(mayVisit(me(['enterprise_user']), '/institution/inbox')).toBe(false);
    expect(mayVisit(me(['enterprise_user']), '/enterprisexyz')).toBe(false);
  });

  it('lets every user return to their settings and to links from e-mails', () => {
    expect(mayVisit(me(['institution_officer']), '/settings/notifications')).toBe(true);
    expect(mayVisit(me([]), '/open/needs/0191')).toBe(true);
    expect(mayVisit(me([]), '/openly')).toBe(false);
  });

  it('lets every user return to one application or loan, whose pages all roles share', () => {
    expect(mayVisit(me(['institution_officer']), '/applications/0191')).toBe(true);
    expect(mayVisit(me(['enterprise_user']), '/loans/0192')).toBe(true);
    expect(mayVisit(me(['enterprise_user']), '/loansharks')).toBe(false);
  });
});
