import { client, ok } from './client';
import type { paths } from './schema.gen';
import type { AuditEvent, ListQuery, Page } from './types';

type ServerAuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

export interface AuditQuery extends ListQuery {
  family?: string;
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  /** Business dates, both inclusive. */
  from?: string;
  to?: string;
  lang?: string;
}

export const listAudit = (query: AuditQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/audit', { params: { query: query as ServerAuditQuery }, signal })) as Promise<Page<AuditEvent>>;
