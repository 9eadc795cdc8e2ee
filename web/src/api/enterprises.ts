import { client, ok } from './client';
import type { Body, QueryOf } from './types';

export type EnterpriseQuery = QueryOf<'/api/v1/enterprises', 'get'>;
export type EnterpriseInput = Body<'/api/v1/enterprises', 'post'>;
export type EnterprisePatch = Body<'/api/v1/enterprises/{creditCode}', 'patch'>;

export const listEnterprises = (query: EnterpriseQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises', { params: { query }, signal }));
export const createEnterprise = (input: EnterpriseInput) => ok(client.POST('/api/v1/enterprises', { body: input }));
export const updateEnterprise = (creditCode: string, input: EnterprisePatch) =>
  ok(client.PATCH('/api/v1/enterprises/{creditCode}', { params: { path: { creditCode } }, body: input }));
