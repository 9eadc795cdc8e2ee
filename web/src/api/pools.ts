// Risk compensation pools: the pools you may see, one pool's console and one claim, and the moves:
// contributions, registrations (by hand, or confirming what the platform proposed), claims, their
// moves, documents and recoveries.
import { client, ok } from './client';
import type { Answer, Body, ItemOf } from './types';

export type PoolListed = ItemOf<Answer<'/api/v1/pools', 'get'>>;
export type PoolConsole = Answer<'/api/v1/pools/{id}', 'get'>;
export type PoolClaim = PoolConsole['claims'][number];
export type PoolClaimState = PoolClaim['state'];
export type PoolProposal = PoolConsole['proposals'][number];
export type ContributionInput = Body<'/api/v1/pools/{id}/contributions', 'post'>;
export type PoolClaimMoveInput = Body<'/api/v1/pool-claims/{id}/moves', 'post'>;
export type PoolDocumentInput = Body<'/api/v1/pool-claims/{id}/documents', 'post'>;
export type PoolRecoveryInput = Body<'/api/v1/pool-claims/{id}/recoveries', 'post'>;

export { CLAIM_DOCUMENTS, POOL_CLAIM_STATES, POOL_CLAIM_TRANSITIONS, poolClaimMovesFrom, type PoolClaimMover, type PoolClaimTransition } from '../../../shared/pools.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const listPools = (signal?: AbortSignal) => ok(client.GET('/api/v1/pools', { signal }));
export const getPool = (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/pools/{id}', { ...path(id), signal }));
export const recordContribution = (id: string, input: ContributionInput) => ok(client.POST('/api/v1/pools/{id}/contributions', { ...path(id), body: input }));
export const registerPoolLoan = (id: string, loanId: string) => ok(client.POST('/api/v1/pools/{id}/loans', { ...path(id), body: { loanId } }));
export const confirmProposal = (id: string) => ok(client.POST('/api/v1/pool-loans/{id}/confirm', path(id)));
export const declineProposal = (id: string) => ok(client.POST('/api/v1/pool-loans/{id}/decline', path(id)));
export const filePoolClaim = (id: string, loanId: string, lawsuitAcceptedOn: string | null) => ok(client.POST('/api/v1/pools/{id}/claims', { ...path(id), body: { loanId, lawsuitAcceptedOn } }));
export const movePoolClaim = (id: string, input: PoolClaimMoveInput) => ok(client.POST('/api/v1/pool-claims/{id}/moves', { ...path(id), body: input }));
export const addPoolDocument = (id: string, input: PoolDocumentInput) => ok(client.POST('/api/v1/pool-claims/{id}/documents', { ...path(id), body: input }));
/** Where a pool claim's document downloads from (a plain link: the browser saves it). */
export const poolDocumentUrl = (claimId: string, documentId: string) => `/api/v1/pool-claims/${encodeURIComponent(claimId)}/documents/${encodeURIComponent(documentId)}`;
export const recordPoolRecovery = (id: string, input: PoolRecoveryInput) => ok(client.POST('/api/v1/pool-claims/{id}/recoveries', { ...path(id), body: input }));
