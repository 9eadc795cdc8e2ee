import { listAuditEvents } from '../../db/repositories/audit.ts';
import type { PageRequest } from '../../db/paging.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { ServiceContext } from '../shared/context.ts';

export async function listAudit(ctx: ServiceContext, filter: { action?: string; actor?: string; targetId?: string }, page: PageRequest) {
  authorize(ctx.actor, 'audit.read');
  return listAuditEvents(ctx.database.db, filter, page);
}
