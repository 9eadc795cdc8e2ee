// Risk compensation pools: the pools you may see, one pool's console and one claim.
import { client, ok } from './client';
import type { Answer, ItemOf } from './types';

export type PoolListed = ItemOf<Answer<'/api/v1/pools', 'get'>>;
export type PoolConsole = Answer<'/api/v1/pools/{id}', 'get'>;
export type PoolClaim = PoolConsole['claims'][number];
export type PoolClaimState = PoolClaim['state'];

export const POOL_CLAIM_STATES = ['filed', 'under_review', 'awaiting_approval', 'returned', 'approved', 'paid', 'rejected', 'withdrawn'] as const satisfies readonly PoolClaimState[];

export const listPools = (signal?: AbortSignal) => ok(client.GET('/api/v1/pools', { signal }));
export const getPool = (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/pools/{id}', { params: { path: { id } }, signal }));
