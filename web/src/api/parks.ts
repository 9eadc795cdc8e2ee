import { client, ok } from './client';
import type { Body, ListQuery } from './types';

export type ParkInput = Body<'/api/v1/parks', 'post'>;
export type ParkPatch = Body<'/api/v1/parks/{id}', 'patch'>;

/** Every park the caller sees, on one page (the server does not page parks). */
export const listParks = (_query: ListQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/parks', { signal }));
export const createPark = (input: ParkInput) => ok(client.POST('/api/v1/parks', { body: input }));
export const updatePark = (id: string, input: ParkPatch) => ok(client.PATCH('/api/v1/parks/{id}', { params: { path: { id } }, body: input }));
export const deactivatePark = (id: string) => ok(client.POST('/api/v1/parks/{id}/deactivate', { params: { path: { id } } }));
