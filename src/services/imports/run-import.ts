// A spreadsheet import: validate every row first (streaming), then write the valid rows in one
// transaction together with the import record and its audit event. Nothing partial is written.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { findEnterprisesByCreditCodes, type EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { findPark, findParkByCode } from '../../db/repositories/parks.ts';
import { PROFILE_TABLES } from '../../db/repositories/profile.ts';
import { enterprises, imports } from '../../db/schema/index.ts';
import { analyzeAfterBulkWrite } from '../../db/statistics.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { matchHeaders, parseRow, rowKey, type ImportKind } from '../../domain/profile/import-kinds.ts';
import { DomainError, invalidInput, notFound } from '../../domain/shared/errors.ts';
import { readSpreadsheet, SpreadsheetError } from '../../lib/spreadsheet/index.ts';
import { recordAudit, todayOf, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { refreshCompleteness } from '../profile/completeness.ts';
import { writeBatch, type TypedRow } from './write-rows.ts';

export interface ImportError {
  row: number;
  column: string;
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
  if (options.parkCode && !park) throw notFound(`Park ${options.parkCode}`);
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
      await analyzeAfterBulkWrite(tx, changed, [enterprises, ...PROFILE_TABLES]);
      await refreshCompleteness(tx, [...touched], today(ctx));
    }
    const importId = newId();
    await tx.insert(imports).values({
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
  let columnIndex: Record<string, number> | undefined;
  let rows = 0;
  let pending: { rowNumber: number; value: TypedRow }[] = [];
  const flush = async () => {
    await checkAgainstDatabase(ctx, options.kind, pending, parkId, errors, validRows);
    pending = [];
  };
  try {
    for await (const row of readSpreadsheet(options.filePath)) {
      if (!columnIndex) {
        const headers = matchHeaders(options.kind, row.cells.map((c) => (c === null ? '' : String(c))));
        if (!headers.ok) throw invalidInput(`The header row does not match the ${options.kind} template`, headers.errors.map((e) => ({ field: e.column ?? 'header', message: e.message })));
        columnIndex = headers.columnIndex;
        continue;
      }
      if (row.cells.every((c) => c === null || c === '')) continue;
      rows++;
      const parsed = parseRow(options.kind, row.cells, columnIndex, today(ctx));
      if (!parsed.ok) {
        for (const e of parsed.errors) errors.push({ row: row.rowNumber, column: e.column, message: e.message });
        continue;
      }
      const key = rowKey(options.kind, parsed.value);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ row: row.rowNumber, column: 'creditCode', message: `Duplicate of row ${first}` });
        continue;
      }
      seen.set(key, row.rowNumber);
      pending.push({ rowNumber: row.rowNumber, value: parsed.value as TypedRow });
      if (pending.length >= BATCH) await flush();
      if (rows % BATCH === 0) options.onProgress?.('validating', rows);
    }
  } catch (err) {
    throw asInputError(err);
  }
  await flush();
  if (!columnIndex) throw invalidInput('The file is empty: it has no header row');
  errors.sort((a, b) => a.row - b.row);
  return { rows, validRows, errors };
}

async function checkAgainstDatabase(
  ctx: ServiceContext,
  kind: ImportKind,
  pending: { rowNumber: number; value: TypedRow }[],
  parkId: string | null,
  errors: ImportError[],
  validRows: Set<number>,
) {
  const byCode = await lookup(ctx.database.db, pending.map((p) => p.value.creditCode));
  const parks = administeredParks(ctx.actor);
  for (const { rowNumber, value } of pending) {
    const existing = byCode.get(value.creditCode);
    const problem = !existing
      ? kind !== 'profiles'
        ? 'No enterprise with this credit code: import its profile first'
        : !parkId
          ? 'A new enterprise needs a park: choose the park to import into'
          : null
      : parks !== 'all' && !parks.includes(existing.parkId)
        ? 'This enterprise belongs to a park you do not administer'
        : null;
    if (problem) errors.push({ row: rowNumber, column: 'creditCode', message: problem });
    else validRows.add(rowNumber);
  }
}

/** Pass two: the valid rows again, parsed from the file, in batches. */
async function* validBatches(options: ImportOptions, validRows: Set<number>, day: string): AsyncGenerator<TypedRow[]> {
  let columnIndex: Record<string, number> | undefined;
  let batch: TypedRow[] = [];
  for await (const row of readSpreadsheet(options.filePath)) {
    if (!columnIndex) {
      const headers = matchHeaders(options.kind, row.cells.map((c) => (c === null ? '' : String(c))));
      if (!headers.ok) throw invalidInput('The file changed during the import');
      columnIndex = headers.columnIndex;
      continue;
    }
    if (!validRows.has(row.rowNumber)) continue;
    const parsed = parseRow(options.kind, row.cells, columnIndex, day);
    if (!parsed.ok) throw invalidInput('The file changed during the import');
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

/** Spreadsheet problems (zip bomb, formula, encoding, size) are the user's input errors. */
function asInputError(err: unknown): unknown {
  if (!(err instanceof SpreadsheetError)) return err;
  const column = err.columnLetter ?? 'file';
  if (err.code === 'too_large') return new DomainError('payload_too_large', err.message, { fields: [{ field: 'file', message: err.message }] });
  return invalidInput(err.message, [{ field: 'file', message: `${err.code}${err.row ? ` at row ${err.row}, column ${column}` : ''}` }]);
}
