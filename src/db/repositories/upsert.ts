// Idempotent bulk upsert: inserts new rows, updates rows whose values differ, and leaves identical
// rows untouched (so re-importing the same file changes nothing, not even updated_at).
import { and, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../client.ts';

/** Columns that record who and when, not what: they never make a row "different". */
const BOOKKEEPING = new Set(['updatedAt', 'updatedBy', 'sourceDate', 'source']);

/**
 * `owner`: a row whose key another owner holds (an IP number is one enterprise's) is left as it is,
 * never moved to the writer; the caller checks afterwards, in its transaction, that nothing was.
 */
export async function upsertRows<T extends PgTable>(
  db: Executor,
  table: T,
  keys: PgColumn[],
  rows: T['$inferInsert'][],
  options: { owner?: PgColumn } = {},
): Promise<number> {
  if (!rows.length) return 0;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keyNames = new Set(keys.map((k) => k.name));
  const valueEntries = Object.entries(columns).filter(([, c]) => !keyNames.has(c.name));
  const set: Record<string, SQL> = {};
  for (const [prop, column] of valueEntries) set[prop] = sql.raw(`excluded."${column.name}"`);
  const compared = valueEntries.filter(([prop]) => !BOOKKEEPING.has(prop)).map(([, c]) => c);
  const current = sql.join(compared.map((c) => sql`${c}`), sql`, `);
  const incoming = sql.raw(compared.map((c) => `excluded."${c.name}"`).join(', '));
  const owned = options.owner && !keyNames.has(options.owner.name) ? sql`${options.owner} = ${sql.raw(`excluded."${options.owner.name}"`)}` : undefined;
  const changed = await db
    .insert(table)
    .values(rows)
    .onConflictDoUpdate({ target: keys, set, setWhere: and(owned, sql`(${current}) IS DISTINCT FROM (${incoming})`) })
    .returning({ one: sql<number>`1` });
  return changed.length;
}

/** Deletes an enterprise's rows of a section whose keys are not among those kept. */
export async function deleteOtherRows<T extends PgTable>(
  db: Executor,
  table: T,
  enterpriseColumn: PgColumn,
  enterpriseId: string,
  keys: PgColumn[],
  kept: unknown[][],
): Promise<number> {
  const tuple = sql.join(keys.map((k) => sql`${k}`), sql`, `);
  const keptList = sql.join(kept.map((values) => sql`(${sql.join(values.map((v) => sql`${v}`), sql`, `)})`), sql`, `);
  const condition = kept.length ? sql`${enterpriseColumn} = ${enterpriseId} AND (${tuple}) NOT IN (${keptList})` : sql`${enterpriseColumn} = ${enterpriseId}`;
  const deleted = await db.delete(table).where(condition).returning({ one: sql<number>`1` });
  return deleted.length;
}
