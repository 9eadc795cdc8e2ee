// The audit trail and its catalogue of actions (the families a filter offers, in words).
import { client, ok } from './client';
import { langOf, withLang, type Answer, type QueryOf, type WithLang } from './types';

export type AuditQuery = WithLang<QueryOf<'/api/v1/audit', 'get'>>;
export type AuditFamily = NonNullable<AuditQuery['family']>;
export type AuditCatalogue = Answer<'/api/v1/audit/actions', 'get'>;

export const listAudit = (query: AuditQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/audit', { params: { query: withLang(query) }, signal }));
export const getAuditCatalogue = (lang: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/audit/actions', { params: { query: { lang: langOf(lang) } }, signal }));
