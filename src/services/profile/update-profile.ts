// An enterprise (or its park administrator) replaces one section of its profile: rows not sent
// are removed, changed rows updated, identical rows left as they were (their provenance too).
import type { Executor, Tx } from '../../db/client.ts';
import { findEnterpriseByCreditCode } from '../../db/repositories/enterprises.ts';
import { ipOwnedElsewhere } from '../../db/repositories/profile.ts';
import { replaceSectionRows, sectionKeyProps } from '../../db/repositories/profile-sections.ts';
import { hasRole } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { Section } from '../../../shared/profile.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import { refreshCompleteness } from './completeness.ts';
import { rescore } from '../rating/score-enterprises.ts';

type Row = Record<string, unknown>;

export async function replaceSection(ctx: ServiceContext, creditCode: string, section: Section, items: Row[]) {
  const enterprise = await findEnterpriseByCreditCode(ctx.database.db, creditCode);
  if (!enterprise) throw fail('enterprise.not_found');
  authorize(ctx.actor, 'profile.update', enterprise);
  const keyProps = sectionKeyProps(section);
  checkNoDuplicates(items, keyProps);
  checkDates(items, todayOf(ctx));
  const source = hasRole(ctx.actor, 'enterprise_user') ? ('enterprise' as const) : ('park_admin' as const);
  const rows = items.map((item) => ({
    ...item,
    parkId: enterprise.parkId,
    enterpriseId: enterprise.organisationId,
    source,
    sourceDate: todayOf(ctx),
    updatedBy: ctx.actor.userId,
    updatedAt: ctx.now(),
  }));
  if (section === 'ip') await checkIpOwnership(ctx.database.db, enterprise.organisationId, items);
  const result = await mutate(ctx, async (tx: Tx) => {
    const { removed, changed } = await replaceSectionRows(tx, section, enterprise.organisationId, items.map((i) => keyProps.map((k) => i[k])), rows);
    if (section === 'ip') await checkIpOwnership(tx, enterprise.organisationId, items); // another enterprise's, claimed meanwhile
    await refreshCompleteness(tx, [enterprise.organisationId], todayOf(ctx));
    return {
      result: { removed, changed, total: items.length },
      audit: { action: 'profile.update', targetType: 'enterprise', targetId: creditCode, parkId: enterprise.parkId, details: { section, removed, changed } },
    };
  });
  if (result.removed || result.changed) await rescore(ctx, [enterprise.organisationId]);
  return result;
}

function checkNoDuplicates(items: Row[], keyProps: string[]) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = JSON.stringify(keyProps.map((k) => item[k]));
    const first = seen.get(key);
    if (first !== undefined) {
      throw invalidFields([problem(`items.${index}`, 'profile.duplicate_items', { first: first + 1, second: index + 1, keys: keyProps })]);
    }
    seen.set(key, index);
  });
}

const DATE_FIELDS = ['appliedOn', 'grantedOn', 'validFrom', 'occurredOn', 'resolvedOn', 'closedOn', 'startedOn'];

function checkDates(items: Row[], today: string) {
  items.forEach((item, index) => {
    for (const field of DATE_FIELDS) {
      const value = item[field];
      if (typeof value === 'string' && value > today) throw invalidFields([problem(`items.${index}.${field}`, 'field.in_future')]);
    }
    if (typeof item.appliedOn === 'string' && typeof item.grantedOn === 'string' && item.grantedOn < item.appliedOn) {
      throw invalidFields([problem(`items.${index}.grantedOn`, 'profile.granted_before_applied')]);
    }
    if (typeof item.validFrom === 'string' && typeof item.validTo === 'string' && item.validTo < item.validFrom) {
      throw invalidFields([problem(`items.${index}.validTo`, 'profile.valid_to_before_from')]);
    }
  });
}

async function checkIpOwnership(db: Executor, enterpriseId: string, items: Row[]) {
  const byKind = new Map<string, string[]>();
  for (const i of items) byKind.set(String(i.kind), [...(byKind.get(String(i.kind)) ?? []), String(i.number)]);
  for (const [kind, numbers] of byKind) {
    const taken = await ipOwnedElsewhere(db, enterpriseId, kind, numbers);
    if (taken.length) throw fail('profile.ip_taken', { kind, number: taken[0]!.number }, { fields: [problem('items', 'profile.ip_taken', { kind, number: taken[0]!.number })] });
  }
}
