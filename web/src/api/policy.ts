// Policy instruments: subsidy programmes (versions, drafts, publishing), runs computing the claims
// (免申即享), the claims with their calculation trail and moves, payment batches, and each
// enterprise's "subsidies you qualify for".
import { client, ok } from './client';
import type { Answer, Body, ItemOf, QueryOf } from './types';

export { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB } from '../../../shared/documents.ts';
export { PROOF_KINDS, PROOF_PROVIDERS } from '../../../shared/policy.ts';
export type { ProofKind, ProofProvider, RequiredProof } from '../../../shared/policy.ts';
export { CLAIM_DECISION_REASONS, CLAIM_TRANSITIONS, claimMovesFrom, PARK_QUEUE_STATES, PROGRAMME_STATUSES, SUBSIDY_CLAIM_STATES } from '../../../shared/policy.ts';
export type { ClaimDecisionReason, ClaimMover, ClaimNeed, ClaimTransition, ProgrammeStatus, SubsidyClaimState } from '../../../shared/policy.ts';

export type Programme = ItemOf<Answer<'/api/v1/programmes', 'get'>>;
export type ProgrammeDetail = Answer<'/api/v1/programmes/{id}', 'get'>;
export type ProgrammeKind = Programme['kind'];
export type ProgrammeInput = Body<'/api/v1/programmes', 'post'>;
export type RunResult = Answer<'/api/v1/programmes/{id}/runs', 'post'>;
export type RunJob = Answer<'/api/v1/programmes/{id}/runs/{jobId}', 'get'>;
export type RunClaim = RunResult['claims'][number];
export type RunInput = Body<'/api/v1/programmes/{id}/runs', 'post'>;
export type SimulationInput = Body<'/api/v1/programmes/simulate', 'post'>;
export type Simulation = Answer<'/api/v1/programmes/simulate', 'post'>;
export type PaymentBatch = ItemOf<Answer<'/api/v1/programmes/{id}/batches', 'get'>>;
export type PayInput = Body<'/api/v1/payment-batches/{id}/pay', 'post'>;
export type Claim = ItemOf<Answer<'/api/v1/claims', 'get'>>;
export type ClaimDetail = Answer<'/api/v1/claims/{id}', 'get'>;
export type ClaimEvent = ClaimDetail['events'][number];
export type ClaimDocument = ClaimDetail['documents'][number];
export type ClaimProof = ClaimDetail['proofs'][number];
export type ClaimDocumentInput = Body<'/api/v1/claims/{id}/documents', 'post'>;
export type ClaimMoveInput = Body<'/api/v1/claims/{id}/moves', 'post'>;
export type ClaimQuery = QueryOf<'/api/v1/claims', 'get'>;
export type EnterpriseSubsidies = Answer<'/api/v1/enterprises/{creditCode}/subsidies', 'get'>;
export type ProgrammeOutlook = EnterpriseSubsidies['programmes'][number];
/** A reason a loan or an enterprise does not qualify: a catalogue code with its parameters. */
export type SubsidyReason = ProgrammeOutlook['enterpriseReasons'][number];
/** One step of a calculation trail as the server sends it (fen as integers). */
export type TrailStepJson = ClaimDetail['trail'][number];

export const listProgrammes = (signal?: AbortSignal) => ok(client.GET('/api/v1/programmes', { signal }));
export const getProgramme = (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/programmes/{id}', { params: { path: { id } }, signal }));
export const saveProgramme = (input: ProgrammeInput) => ok(client.POST('/api/v1/programmes', { body: input }));
export const publishProgramme = (id: string) => ok(client.POST('/api/v1/programmes/{id}/publish', { params: { path: { id } } }));
export const simulateProgramme = (input: SimulationInput) => ok(client.POST('/api/v1/programmes/simulate', { body: input }));
export const runProgramme = (id: string, input: RunInput) => ok(client.POST('/api/v1/programmes/{id}/runs', { params: { path: { id } }, body: { ...input, background: false } })) as Promise<RunResult>;
/** Queues the written run as a job; its progress is read with getProgrammeRun. */
export const queueProgrammeRun = (id: string, input: Omit<RunInput, 'dryRun' | 'background'>) => ok(client.POST('/api/v1/programmes/{id}/runs', { params: { path: { id } }, body: { ...input, dryRun: false, background: true } })) as unknown as Promise<RunJob>;
export const getProgrammeRun = (id: string, jobId: string) => ok(client.GET('/api/v1/programmes/{id}/runs/{jobId}', { params: { path: { id, jobId } } }));
export const publishComputedClaims = (id: string) => ok(client.POST('/api/v1/programmes/{id}/publish-claims', { params: { path: { id } }, body: {} }));
export const listBatches = (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/programmes/{id}/batches', { params: { path: { id } }, signal }));
export const createBatch = (id: string) => ok(client.POST('/api/v1/programmes/{id}/batches', { params: { path: { id } } }));
export const payBatch = (id: string, input: PayInput) => ok(client.POST('/api/v1/payment-batches/{id}/pay', { params: { path: { id } }, body: input }));
/** The export's path below /api/v1, for the export button. */
export const batchExportPath = (id: string) => `/payment-batches/${encodeURIComponent(id)}/export.xlsx`;

export const listClaims = (query: ClaimQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/claims', { params: { query }, signal }));
export const getClaim = (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/claims/{id}', { params: { path: { id } }, signal }));
export const moveClaim = (id: string, input: ClaimMoveInput) => ok(client.POST('/api/v1/claims/{id}/moves', { params: { path: { id } }, body: input }));
export const getEnterpriseSubsidies = (creditCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/subsidies', { params: { path: { creditCode } }, signal }));
export const uploadClaimDocument = (id: string, input: ClaimDocumentInput) => ok(client.POST('/api/v1/claims/{id}/documents', { params: { path: { id } }, body: input }));
/** Where a proof downloads from (a plain link: the session cookie goes with it). */
export const claimDocumentUrl = (claimId: string, documentId: string) => `/api/v1/claims/${encodeURIComponent(claimId)}/documents/${encodeURIComponent(documentId)}`;
