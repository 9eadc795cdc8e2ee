// Financing applications: apply (idempotent by key), the lists, one application with its timeline and
// the moves the viewer may make, and making a move (409 when illegal or stale).
import { request, api } from './client';
import type { RepaymentMethod, LprTenor } from './marketplace';
import type { Page } from './types';
import type { components } from './schema.gen';
import type { REJECTION_REASONS } from '../../../shared/workflow.ts';

export { APPLICATION_STATES, REJECTION_REASONS } from '../../../shared/workflow.ts';
export type ApplicationState = components['schemas']['ApplicationState'];
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export type { DeadlineStatus } from '../../../shared/workflow.ts';
import type { DeadlineStatus } from '../../../shared/workflow.ts';

export interface Deadline {
  on: string | null;
  status: DeadlineStatus;
  /** Working days left (negative: days late); null when decided or without a deadline. */
  workingDaysLeft: number | null;
}

export interface Application {
  id: string;
  state: ApplicationState;
  version: number;
  enterprise: { id: string; creditCode: string; name: string };
  institution: { id: string; name: string };
  product: { id: string; name: string; kind: string; version: number };
  parkCode: string;
  needId: string | null;
  grantId: string | null;
  ratingId: string | null;
  amountFen: number;
  termMonths: number | null;
  purpose: string;
  submittedAt: string | null;
  deadline: Deadline;
  decidedAt: string | null;
  responseWorkingDays: number | null;
  /** A loan's approved terms (null before approval, and for loans approved without them). */
  approval: ApprovalTerms | null;
  /** The reason's label and advice come in the language asked for. */
  rejection: { reason: string; label: string; text: string | null; advice: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

/** What a move needs besides the version. */
export type { MoveNeed } from '../../../shared/workflow.ts';
import type { MoveNeed } from '../../../shared/workflow.ts';

export interface Move {
  to: ApplicationState;
  needs: MoveNeed[];
}

export interface TimelineEvent {
  from: ApplicationState | null;
  to: ApplicationState;
  version: number;
  at: string;
  /** A person for their own side, otherwise the organisation that acted. */
  actorEmail: string | null;
  reason: string | null;
  comment: string | null;
}

export interface ApplicationAdvice {
  rule: string;
  actual: number | string | null;
  required: string;
  advice: string;
}

export interface ApplicationDetail extends Application {
  rating: { grade: string; score: number; ratedAt: string } | null;
  loan: { id: string; status: string } | null;
  moves: Move[];
  timeline: TimelineEvent[];
  advice: ApplicationAdvice[];
}

export interface ApplicationInput {
  productId: string;
  needId?: string;
  amountFen: number;
  termMonths?: number;
  purpose: string;
  grantId?: string;
  draft?: boolean;
}

export interface LoanTerms {
  amountFen: number;
  spreadBp: number;
  lprTenor?: LprTenor;
  termMonths: number;
  method: RepaymentMethod;
  disbursedOn: string;
}

/** A loan's approval: the amount, rate (LPR tenor + spread) and term its disbursement honours. */
export interface ApprovalTerms {
  amountFen: number;
  spreadBp: number;
  lprTenor: LprTenor;
  termMonths: number;
}

export interface MoveInput {
  to: ApplicationState;
  version: number;
  reason?: string;
  comment?: string;
  approval?: ApprovalTerms;
  loan?: LoanTerms;
}

export interface ApplicationQuery {
  state?: ApplicationState;
  page?: number;
  pageSize?: number;
  lang?: string;
}

const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;

/** The same key sent again (a double click, a retry) gives back the one application. */
export const createApplication = (input: ApplicationInput, idempotencyKey: string) =>
  request<Application>('POST', '/applications', { body: input, headers: { 'Idempotency-Key': idempotencyKey } });
export const listApplications = (query: ApplicationQuery = {}, signal?: AbortSignal) =>
  api.get<Page<Application>>('/applications', { ...query }, signal);
export const listReviewQueue = (query: ApplicationQuery = {}, signal?: AbortSignal) =>
  api.get<Page<Application>>('/applications/review-queue', { ...query }, signal);
export const getApplication = (id: string, lang: string, signal?: AbortSignal) =>
  api.get<ApplicationDetail>(applicationPath(id), { lang }, signal);
export const moveApplication = (id: string, input: MoveInput) => api.post<Application>(`${applicationPath(id)}/transitions`, input);
