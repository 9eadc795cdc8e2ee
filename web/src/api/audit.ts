import { api } from './client';
import type { AuditEvent, ListQuery, Page } from './types';

export interface AuditQuery extends ListQuery {
  action?: string;
  actor?: string;
}

export const listAudit = (query: AuditQuery = {}, signal?: AbortSignal) =>
  api.get<Page<AuditEvent>>('/audit', { ...query }, signal);
