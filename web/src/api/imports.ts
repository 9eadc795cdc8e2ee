// Spreadsheet imports: templates, the upload itself, and the history.
import { API_BASE, client, multipart, ok } from './client';
import type { Answer, ItemOf, QueryOf } from './types';

export type ImportRecord = ItemOf<Answer<'/api/v1/imports', 'get'>>;
export type ImportKind = ImportRecord['kind'];
export type ImportMode = ImportRecord['mode'];
export type ImportStatus = ImportRecord['status'];
export { IMPORT_KINDS } from '../../../shared/profile.ts';
export type ImportResult = Answer<'/api/v1/imports', 'post'>;
export type ImportRowError = ImportResult['errors'][number];
export type ImportQuery = QueryOf<'/api/v1/imports', 'get'>;

export interface ImportRequest {
  kind: ImportKind;
  mode: ImportMode;
  dryRun: boolean;
  parkCode?: string;
  file: File;
}

/** The largest file the browser will send; the server has its own limits. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export const templateUrl = (kind: ImportKind, format: 'xlsx' | 'csv') =>
  `${API_BASE}/imports/templates/${kind}.${format}`;

export function runImport(input: ImportRequest): Promise<ImportResult> {
  const form = new FormData();
  // Fields before the file, so the server knows what it is reading when the file arrives.
  form.append('kind', input.kind);
  form.append('mode', input.mode);
  form.append('dryRun', input.dryRun ? 'true' : 'false');
  if (input.parkCode) form.append('parkCode', input.parkCode);
  form.append('file', input.file, input.file.name);
  return ok(client.POST('/api/v1/imports', multipart(form)));
}

export const listImports = (query: ImportQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/imports', { params: { query }, signal }));
