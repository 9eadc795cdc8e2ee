import { client, ok } from './client';
import type { Body, QueryOf } from './types';

export type InstitutionQuery = QueryOf<'/api/v1/institutions', 'get'>;
export type InstitutionInput = Body<'/api/v1/institutions', 'post'>;
export type InstitutionPatch = Body<'/api/v1/institutions/{id}', 'patch'>;

export const listInstitutions = (query: InstitutionQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/institutions', { params: { query }, signal }));
export const createInstitution = (input: InstitutionInput) => ok(client.POST('/api/v1/institutions', { body: input }));
export const updateInstitution = (id: string, input: InstitutionPatch) =>
  ok(client.PATCH('/api/v1/institutions/{id}', { params: { path: { id } }, body: input }));
export const deactivateInstitution = (id: string) => ok(client.POST('/api/v1/institutions/{id}/deactivate', { params: { path: { id } } }));
