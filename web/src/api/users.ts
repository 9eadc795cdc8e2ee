import { client, ok } from './client';
import type { Body, QueryOf } from './types';

export type UserQuery = QueryOf<'/api/v1/users', 'get'>;
export type UserInput = Body<'/api/v1/users', 'post'>;
export type UserPatch = Body<'/api/v1/users/{id}', 'patch'>;

export const listUsers = (query: UserQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/users', { params: { query }, signal }));
export const createUser = (input: UserInput) => ok(client.POST('/api/v1/users', { body: input }));
export const updateUser = (id: string, input: UserPatch) => ok(client.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: input }));
export const deactivateUser = (id: string) => ok(client.POST('/api/v1/users/{id}/deactivate', { params: { path: { id } } }));
