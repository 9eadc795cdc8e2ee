import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES } from '../workflow/states.ts';
import { actionLabel, AUDIT_ACTION_CODES, AUDIT_TARGET_TYPES, familyLabel, familyOf, isAuditFamily, targetLabel } from './actions.ts';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sources(file);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [file] : [];
  });
}
const root = path.resolve(import.meta.dirname, '../..');
const text = sources(root).map((f) => fs.readFileSync(f, 'utf8')).join('\n');

describe('audit action catalogue', () => {
  it('names every literal action and target type the platform writes, in both languages', () => {
    const actions = [...text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!);
    expect(actions.length).toBeGreaterThan(20);
    for (const action of new Set(actions)) expect(AUDIT_ACTION_CODES, action).toContain(action);
    const targets = [...text.matchAll(/targetType: '([a-z_]+)'/g)].map((m) => m[1]!);
    for (const target of new Set(targets)) expect(AUDIT_TARGET_TYPES, target).toContain(target);
  });

  it('names every application move, and each code has a family', () => {
    for (const state of APPLICATION_STATES) {
      expect(actionLabel(`application.${state}`, 'en')).not.toMatch(/other action/);
      expect(actionLabel(`application.${state}`, 'zh-CN')).not.toMatch(/其他/);
    }
    for (const code of AUDIT_ACTION_CODES) {
      expect(isAuditFamily(familyOf(code)), code).toBe(true);
      expect(actionLabel(code, 'zh-CN')).not.toBe(actionLabel(code, 'en'));
    }
  });

  it('reads an unknown code as its family, never as the raw code', () => {
    expect(actionLabel('loan.something_new', 'en')).toBe('Loans: other action');
    expect(actionLabel('loan.something_new', 'zh-CN')).toBe('贷款：其他操作');
    expect(familyLabel('nonsense', 'en')).toBe('Other');
    expect(actionLabel('auth.login', 'zh-CN')).toBe('登录');
    expect(targetLabel('application', 'en')).toBe('Application');
    expect(targetLabel('mystery', 'zh-CN')).toBe('记录');
  });
});
