// Consent: an enterprise's grants of data categories to institutions, and the reads made under them.
import { client, ok } from './client';
import type { Answer, Body, ItemOf, QueryOf } from './types';

export type Grant = ItemOf<Answer<'/api/v1/enterprises/{creditCode}/grants', 'get'>>;
export type GrantStatus = Grant['status'];
export type GrantInput = Body<'/api/v1/enterprises/{creditCode}/grants', 'post'>;
export type AccessLogEntry = ItemOf<Answer<'/api/v1/enterprises/{creditCode}/access-log', 'get'>>;
export type AccessLogQuery = QueryOf<'/api/v1/enterprises/{creditCode}/access-log', 'get'>;

export const listGrants = (creditCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/grants', { params: { path: { creditCode } }, signal }));
export const createGrant = (creditCode: string, input: GrantInput) =>
  ok(client.POST('/api/v1/enterprises/{creditCode}/grants', { params: { path: { creditCode } }, body: input }));
export const revokeGrant = (id: string) => ok(client.DELETE('/api/v1/grants/{id}', { params: { path: { id } } }));
export const listAccessLog = (creditCode: string, query: AccessLogQuery, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/access-log', { params: { path: { creditCode }, query }, signal }));
