// The audit trail as people read it: who acted (by name; people outside a park administrator's
// organisation as the organisation they acted for), the action and its target in words, filtered by
// family, action, actor, target and business dates.
import { invalidFields, problem } from '../../domain/shared/errors.ts';
import { listAuditEvents, type AuditEventListed, type AuditFilter } from '../../db/repositories/audit.ts';
import type { PageRequest } from '../../db/paging.ts';
import { auditScope, seesPerson, type AuditScope } from '../../domain/access/audit-access.ts';
import { authorize } from '../../domain/access/policy.ts';
import { actionLabel, familyLabel, familyOf, targetLabel, type Lang } from '../../domain/audit/actions.ts';
import { addDays, startOfBusinessDay } from '../../domain/shared/business-time.ts';
import type { ServiceContext } from '../shared/context.ts';

export interface AuditQuery {
  family?: string;
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  /** Business dates (KEJIN_TIMEZONE), both inclusive. */
  from?: string;
  to?: string;
}

export function auditFilterOf(ctx: ServiceContext, query: AuditQuery): AuditFilter {
  authorize(ctx.actor, 'audit.read');
  if (query.from && query.to && query.from > query.to) throw invalidFields([problem('from', 'field.date_order', { other: 'to' })]);
  const { from, to, ...rest } = query;
  return {
    ...rest,
    parks: auditScope(ctx.actor).parks,
    from: from ? startOfBusinessDay(from, ctx.timezone) : undefined,
    to: to ? startOfBusinessDay(addDays(to, 1), ctx.timezone) : undefined,
  };
}

const SYSTEM: Record<Lang, string> = { 'zh-CN': '系统', en: 'System' };
const VISITOR: Record<Lang, string> = { 'zh-CN': '未登录访客', en: 'Signed-out visitor' };

/** One event in words for this reader. */
export function presentAuditEvent(e: AuditEventListed, scope: AuditScope, lang: Lang) {
  const named = seesPerson(scope, e.actorOrganisationId ? [e.actorOrganisationId] : []);
  const actorName = e.actorUserId
    ? named
      ? (e.actorName ?? e.actorEmail ?? '')
      : (e.actorOrganisationName ?? '')
    : e.actorEmail === 'system'
      ? SYSTEM[lang]
      : VISITOR[lang];
  return {
    id: e.id.toString(),
    at: e.at,
    actor: {
      kind: e.actorUserId ? ('user' as const) : e.actorEmail === 'system' ? ('system' as const) : ('visitor' as const),
      name: actorName,
      email: e.actorUserId && named ? e.actorEmail : null,
      organisation: e.actorOrganisationName,
    },
    action: e.action,
    actionLabel: actionLabel(e.action, lang),
    family: familyOf(e.action),
    familyLabel: familyLabel(familyOf(e.action), lang),
    targetType: e.targetType,
    targetLabel: targetLabel(e.targetType, lang),
    targetId: e.targetId,
    parkId: e.parkId,
    clientAddress: scope.clientAddresses ? e.clientAddress : null,
    details: scope.clientAddresses ? e.details : withoutPeople(e.details),
  };
}

// Details may name people (an attempted e-mail, a created user's address): only the operator reads them.
function withoutPeople(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([k]) => !/email|phone/i.test(k)));
}

export async function listAudit(ctx: ServiceContext, query: AuditQuery, page: PageRequest, lang: Lang) {
  const filter = auditFilterOf(ctx, query);
  const scope = auditScope(ctx.actor);
  const result = await listAuditEvents(ctx.database.db, filter, page);
  return { ...result, items: result.items.map((e) => presentAuditEvent(e, scope, lang)) };
}
