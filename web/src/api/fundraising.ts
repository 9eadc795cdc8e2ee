// An enterprise's fundraising: its profile, pitch deck and data room, who downloaded them, and the
// open fundraisings investors browse.
import { API_BASE, client, multipart, ok } from './client';
import type { Answer, Body, ItemOf } from './types';

export { AMOUNT_BANDS, FUNDRAISING_ROUNDS, FUNDRAISING_STATUSES, MAX_FUNDRAISING_DOCUMENT_BYTES, MAX_FUNDRAISING_DOCUMENT_MB, type FundraisingDocumentKind } from '../../../shared/fundraising.ts';

export type FundraisingView = Answer<'/api/v1/enterprises/{creditCode}/fundraising', 'get'>;
export type FundraisingProfile = NonNullable<FundraisingView['profile']>;
export type FundraisingDocument = FundraisingView['documents'][number];
export type FundraisingInput = Body<'/api/v1/enterprises/{creditCode}/fundraising', 'put'>;
export type FundraisingDownload = ItemOf<Answer<'/api/v1/enterprises/{creditCode}/fundraising/downloads', 'get'>>;
export type ListedFundraising = ItemOf<Answer<'/api/v1/fundraisings', 'get'>>;

const path = (creditCode: string) => ({ params: { path: { creditCode } } });

export const readFundraising = (creditCode: string, signal?: AbortSignal) => ok(client.GET('/api/v1/enterprises/{creditCode}/fundraising', { ...path(creditCode), signal }));
export const saveFundraising = (creditCode: string, body: FundraisingInput) => ok(client.PUT('/api/v1/enterprises/{creditCode}/fundraising', { ...path(creditCode), body }));

export function uploadFundraisingDocument(creditCode: string, kind: 'pitch_deck' | 'data_room', file: File) {
  const form = new FormData();
  form.append('kind', kind); // before the file, so the server knows what it is reading
  form.append('file', file, file.name);
  return ok(client.POST('/api/v1/enterprises/{creditCode}/fundraising/documents', { ...path(creditCode), ...multipart(form) }));
}

export const deleteFundraisingDocument = (creditCode: string, documentId: string) =>
  ok(client.DELETE('/api/v1/enterprises/{creditCode}/fundraising/documents/{documentId}', { params: { path: { creditCode, documentId } } }));

export const fundraisingDocumentUrl = (creditCode: string, documentId: string) => `${API_BASE}/enterprises/${encodeURIComponent(creditCode)}/fundraising/documents/${documentId}`;

export const listFundraisingDownloads = (creditCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/fundraising/downloads', { params: { path: { creditCode }, query: { pageSize: 50 } }, signal }));

export const listFundraisings = (page: number, signal?: AbortSignal) => ok(client.GET('/api/v1/fundraisings', { params: { query: { page, pageSize: 20 } }, signal }));
