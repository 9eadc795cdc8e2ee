// A spreadsheet import: validate every row first (streaming), then write the valid rows in one
// transaction together with the import record and its audit event. Nothing partial is written.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { findEnterprisesByCreditCodes, type EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { findPark, findParkByCode } from '../../db/repositories/parks.ts';
import { analyzeImportedTables, insertImport } from '../../db/repositories/imports.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { parseRow, rowKey, type ImportKind } from '../../domain/profile/import-kinds.ts';
import { fail, renderMessage, type ErrorCode, type ParamValues } from '../../domain/shared/errors.ts';
import { rowErrorCode } from '../../domain/profile/import-error-codes.ts';
import { recordAudit, todayOf, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { refreshCompleteness } from '../profile/completeness.ts';
import { dataRows, type MatchedHeader } from './read-rows.ts';
import { writeBatch, type TypedRow } from './write-rows.ts';

/** A row's problem: the row as the sheet shows it, the column by its header in the file, a catalogue code with its parameters. */
export interface ImportError {
  row: number;
  column: string;
  code: ErrorCode;
  params: ParamValues;
  message: string;
}

export interface ImportOptions {
  kind: ImportKind;
  filePath: string;
  fileName: string;
  parkCode?: string;
  mode: 'all_or_nothing' | 'valid_rows';
  dryRun: boolean;
  onProgress?: (phase: 'validating' | 'writing', rows: number) => void;
}

export interface ImportResult {
  importId: string | null;
  kind: ImportKind;
  fileSha256: string;
  rows: number;
  valid: number;
  imported: number;
  changed: number;
  status: 'imported' | 'rejected' | 'dry_run';
  errors: ImportError[];
}

const BATCH = 1000;
const today = todayOf;

export async function runImport(ctx: ServiceContext, options: ImportOptions): Promise<ImportResult> {
  const park = options.parkCode ? await findParkByCode(ctx.database.db, options.parkCode) : await soleAdministeredPark(ctx);
  if (options.parkCode && !park) throw fail('park.code_not_found', { code: options.parkCode });
  authorize(ctx.actor, 'import.run', { parkId: park?.id });
  const fileSha256 = await sha256(options.filePath);
  const checked = await validateFile(ctx, options, park?.id ?? null);
  const base = { kind: options.kind, fileSha256, rows: checked.rows, valid: checked.validRows.size, errors: checked.errors };
  const rejected = options.mode === 'all_or_nothing' && checked.errors.length > 0;
  const status = options.dryRun ? 'dry_run' : rejected ? 'rejected' : 'imported';
  return ctx.database.db.transaction(async (tx) => {
    let imported = 0;
    let changed = 0;
    if (status === 'imported') {
      const touched = new Set<string>();
      for await (const batch of validBatches(options, checked.validRows, today(ctx))) {
        const byCode = await lookup(tx, batch.map((r) => r.creditCode));
        const result = await writeBatch(options.kind, batch, { tx, byCode, newEnterprisePark: park?.id ?? null, userId: ctx.actor.userId, today: today(ctx), now: ctx.now() });
        result.touched.forEach((id) => touched.add(id));
        imported += batch.length;
        changed += result.changed;
        options.onProgress?.('writing', imported);
      }
      await analyzeImportedTables(tx, changed);
      await refreshCompleteness(tx, [...touched], today(ctx));
    }
    const importId = newId();
    await insertImport(tx, {
      id: importId,
      parkId: park?.id ?? null,
      kind: options.kind,
      fileName: options.fileName.slice(0, 255),
      fileSha256,
      mode: options.mode,
      dryRun: options.dryRun,
      status,
      rows: checked.rows,
      valid: checked.validRows.size,
      imported,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actor.email,
      at: ctx.now(),
      errors: checked.errors.slice(0, 1000),
    });
    await recordAudit(tx, ctx, {
      action: 'import.run',
      targetType: 'import',
      targetId: importId,
      parkId: park?.id ?? null,
      details: { kind: options.kind, file: options.fileName, sha256: fileSha256, status, rows: checked.rows, valid: checked.validRows.size, imported, changed },
    });
    return { ...base, importId, imported, changed, status };
  });
}

/** A park administrator of exactly one park imports into it without naming it. */
async function soleAdministeredPark(ctx: ServiceContext) {
  const parks = administeredParks(ctx.actor);
  return parks !== 'all' && parks.length === 1 ? findPark(ctx.database.db, parks[0]!) : undefined;
}

interface Checked {
  rows: number;
  validRows: Set<number>;
  errors: ImportError[];
}

/** Pass one: every row checked on its own, against the other rows, and against the database. */
async function validateFile(ctx: ServiceContext, options: ImportOptions, parkId: string | null): Promise<Checked> {
  const errors: ImportError[] = [];
  const validRows = new Set<number>();
  const seen = new Map<string, number>();
  let header: MatchedHeader | undefined;
  let rows = 0;
  let pending: { rowNumber: number; value: TypedRow }[] = [];
  const refuse = (row: number, key: string, code: ErrorCode, extra: Record<string, string | number | readonly string[]> = {}) => {
    const column = header!.columnName(key);
    const params = { ...extra, row, column };
    errors.push({ row, column, code, params, message: renderMessage(code, params) });
  };
  const flush = async () => {
    await checkAgainstDatabase(ctx, options.kind, pending, parkId, validRows, (row, code) => refuse(row, 'creditCode', code));
    pending = [];
  };
  for await (const row of dataRows(options.kind, options.filePath, (matched) => (header = matched))) {
    rows++;
    const parsed = parseRow(options.kind, row.cells, header!.columnIndex, today(ctx));
    if (!parsed.ok) {
      for (const e of parsed.errors) refuse(row.rowNumber, e.column, rowErrorCode(e), namedColumns(e.params ?? {}, header!));
      continue;
    }
    const key = rowKey(options.kind, parsed.value);
    const first = seen.get(key);
    if (first !== undefined) {
      refuse(row.rowNumber, 'creditCode', 'import.row.duplicate', { first });
      continue;
    }
    seen.set(key, row.rowNumber);
    pending.push({ rowNumber: row.rowNumber, value: parsed.value as TypedRow });
    if (pending.length >= BATCH) await flush();
    if (rows % BATCH === 0) options.onProgress?.('validating', rows);
  }
  await flush();
  errors.sort((a, b) => a.row - b.row);
  return { rows, validRows, errors };
}

async function checkAgainstDatabase(
  ctx: ServiceContext,
  kind: ImportKind,
  pending: { rowNumber: number; value: TypedRow }[],
  parkId: string | null,
  validRows: Set<number>,
  refuse: (row: number, code: ErrorCode) => void,
) {
  const byCode = await lookup(ctx.database.db, pending.map((p) => p.value.creditCode));
  const parks = administeredParks(ctx.actor);
  for (const { rowNumber, value } of pending) {
    const existing = byCode.get(value.creditCode);
    const problem = !existing
      ? kind !== 'profiles'
        ? 'import.row.unknown_enterprise'
        : !parkId
          ? 'import.row.park_needed'
          : null
      : parks !== 'all' && !parks.includes(existing.parkId)
        ? 'import.row.not_your_park'
        : null;
    if (problem) refuse(rowNumber, problem);
    else validRows.add(rowNumber);
  }
}

/** Parameters that name a column by key (`…Column`) name it by its header in the file instead. */
function namedColumns(params: Record<string, string | number | readonly string[]>, header: MatchedHeader) {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, k.endsWith('Column') && typeof v === 'string' ? header.columnName(v) : v]));
}

/** Pass two: the valid rows again, parsed from the file, in batches. */
async function* validBatches(options: ImportOptions, validRows: Set<number>, day: string): AsyncGenerator<TypedRow[]> {
  let columnIndex: Record<string, number> = {};
  let batch: TypedRow[] = [];
  for await (const row of dataRows(options.kind, options.filePath, (header) => (columnIndex = header.columnIndex))) {
    if (!validRows.has(row.rowNumber)) continue;
    const parsed = parseRow(options.kind, row.cells, columnIndex, day);
    if (!parsed.ok) throw fail('import.file_changed');
    batch.push(parsed.value as TypedRow);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function lookup(db: ServiceContext['database']['db'], codes: string[]): Promise<Map<string, EnterpriseWithPark>> {
  const found = await findEnterprisesByCreditCodes(db, [...new Set(codes)]);
  return new Map(found.map((e) => [e.creditCode, e]));
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
