// Spreadsheet imports: templates, the upload itself, and the history.
import { API_BASE, api } from './client';
import type { ListQuery, Page } from './types';

export const IMPORT_KINDS = ['profiles', 'financials', 'ip', 'staff'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportMode = 'all_or_nothing' | 'valid_rows';
export type ImportStatus = 'imported' | 'rejected' | 'dry_run';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  importId: string | null;
  kind: ImportKind;
  fileSha256: string;
  rows: number;
  valid: number;
  imported: number;
  changed: number;
  status: ImportStatus;
  errors: ImportRowError[];
}

export interface ImportRecord {
  id: string;
  kind: ImportKind;
  fileName: string;
  fileSha256: string;
  mode: ImportMode;
  dryRun: boolean;
  status: ImportStatus;
  rows: number;
  valid: number;
  imported: number;
  actorEmail: string | null;
  at: string;
}

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
  return api.postForm<ImportResult>('/imports', form);
}

export const listImports = (query: ListQuery = {}, signal?: AbortSignal) =>
  api.get<Page<ImportRecord>>('/imports', { ...query }, signal);
