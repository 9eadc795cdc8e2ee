// Early-warning signals on enterprises an institution lends to (or in a park): acknowledge, resolve.
import { api } from './client';
import type { SIGNAL_KINDS, SIGNAL_STATUSES } from '../../../shared/workflow.ts';
import type { Page } from './types';

export { SIGNAL_STATUSES } from '../../../shared/workflow.ts';
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export { SIGNAL_KINDS } from '../../../shared/workflow.ts';
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export type SignalSeverity = 'low' | 'medium' | 'high';

export interface Signal {
  id: string;
  enterprise: { id: string; creditCode: string; name: string };
  institution: { id: string; name: string };
  loanId: string | null;
  kind: SignalKind;
  severity: SignalSeverity;
  /** A summary in each language, and the figures behind it. */
  evidence: { summaryZh: string; summaryEn: string; [detail: string]: unknown };
  status: SignalStatus;
  detectedAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  note: string | null;
}

export interface SignalQuery {
  status?: SignalStatus;
  page?: number;
  pageSize?: number;
}

const signalPath = (id: string) => `/signals/${encodeURIComponent(id)}`;

export const listSignals = (query: SignalQuery = {}, signal?: AbortSignal) => api.get<Page<Signal>>('/signals', { ...query }, signal);
export const acknowledgeSignal = (id: string, note?: string) => api.post<Signal>(`${signalPath(id)}/acknowledge`, note ? { note } : {});
export const resolveSignal = (id: string, note: string) => api.post<Signal>(`${signalPath(id)}/resolve`, { note });
