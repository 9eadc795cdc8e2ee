// Early-warning signals on enterprises an institution lends to (or in a park): acknowledge, resolve.
import { client, ok } from './client';
import type { Answer, ItemOf, QueryOf } from './types';

export { SIGNAL_KINDS, SIGNAL_STATUSES } from '../../../shared/workflow.ts';
export type { SignalKind, SignalStatus } from '../../../shared/workflow.ts';

export type Signal = ItemOf<Answer<'/api/v1/signals', 'get'>>;
export type SignalSeverity = Signal['severity'];
export type SignalQuery = QueryOf<'/api/v1/signals', 'get'>;

export const listSignals = (query: SignalQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/signals', { params: { query }, signal }));
export const acknowledgeSignal = (id: string, note?: string) =>
  ok(client.POST('/api/v1/signals/{id}/acknowledge', { params: { path: { id } }, body: note ? { note } : {} }));
export const resolveSignal = (id: string, note: string) => ok(client.POST('/api/v1/signals/{id}/resolve', { params: { path: { id } }, body: { note } }));
