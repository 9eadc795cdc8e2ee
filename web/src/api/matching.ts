// What the matching engine gives institutions, parks and the operator: leads, unmet needs, runs
// (docs/marketplace-api.md).
import { client, ok } from './client';
import type { Answer, ItemOf, QueryOf } from './types';

export type Lead = ItemOf<Answer<'/api/v1/products/{id}/leads', 'get'>>;
export type LeadQuery = QueryOf<'/api/v1/products/{id}/leads', 'get'>;
export type UnmetNeeds = Answer<'/api/v1/parks/{parkCode}/unmet-needs', 'get'>;
export type MatchRun = ItemOf<Answer<'/api/v1/match-runs', 'get'>>;
export type MatchRunStatus = MatchRun['status'];

export const listLeads = (productId: string, query: LeadQuery, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/products/{id}/leads', { params: { path: { id: productId }, query }, signal }));
export const getUnmetNeeds = (parkCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/parks/{parkCode}/unmet-needs', { params: { path: { parkCode } }, signal }));
export const listMatchRuns = (signal?: AbortSignal) => ok(client.GET('/api/v1/match-runs', { signal }));
export const startMatchRun = () => ok(client.POST('/api/v1/match-runs'));
