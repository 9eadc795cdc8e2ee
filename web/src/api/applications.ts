// Financing applications: apply (idempotent by key), the lists, one application with its timeline and
// the moves the viewer may make, and making a move (409 when illegal or stale).
import { client, ok } from './client';
import { flagged, langOf, withLang, type Answer, type Body, type Flags, type ItemOf, type QueryOf, type WithLang } from './types';

export { APPLICATION_STATES, REJECTION_REASONS } from '../../../shared/workflow.ts';
export type { ApplicationState, DeadlineStatus, MoveNeed, RejectionReason } from '../../../shared/workflow.ts';

export type Application = ItemOf<Answer<'/api/v1/applications', 'get'>>;
export type Deadline = Application['deadline'];
/** A loan's approval: the amount, rate (LPR tenor + spread) and term its disbursement honours. */
export type ApprovalTerms = NonNullable<Application['approval']>;
export type ApplicationDetail = Answer<'/api/v1/applications/{id}', 'get'>;
export type Move = ApplicationDetail['moves'][number];
export type TimelineEvent = ApplicationDetail['timeline'][number];
export type ApplicationAdvice = ApplicationDetail['advice'][number];
export type ApplicationInput = Body<'/api/v1/applications', 'post'>;
export type MoveInput = Body<'/api/v1/applications/{id}/transitions', 'post'>;
export type LoanTerms = NonNullable<MoveInput['loan']>;
type ServerApplicationQuery = QueryOf<'/api/v1/applications', 'get'>;
export type ApplicationQuery = WithLang<Flags<ServerApplicationQuery>>;

/** The same key sent again (a double click, a retry) gives back the one application. */
export const createApplication = (input: ApplicationInput, idempotencyKey: string) =>
  ok(client.POST('/api/v1/applications', { body: input, headers: { 'Idempotency-Key': idempotencyKey } }));
export const listApplications = (query: ApplicationQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/applications', { params: { query: flagged<ServerApplicationQuery>(withLang(query)) }, signal }));
export const listReviewQueue = (query: ApplicationQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/applications/review-queue', { params: { query: flagged<ServerApplicationQuery>(withLang(query)) }, signal }));
export const getApplication = (id: string, lang: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/applications/{id}', { params: { path: { id }, query: { lang: langOf(lang) } }, signal }));
export const moveApplication = (id: string, input: MoveInput) =>
  ok(client.POST('/api/v1/applications/{id}/transitions', { params: { path: { id } }, body: input }));
