// Planner statistics after bulk writes. PGlite runs no autovacuum, so without an explicit ANALYZE
// the planner never learns a table's value distribution: a lookup of 500 enterprises' rows then
// becomes a sequential scan, and batch work over N enterprises costs O(N²). On PostgreSQL,
// autovacuum would catch up later; analysing right after the load helps the queries that follow.
import { getTableName, sql, type Table } from 'drizzle-orm';
import type { Executor } from './client.ts';

/** Writes of at least this many rows refresh the statistics of the tables they touched. */
export const BULK_WRITE_ROWS = 1000;

export async function analyzeTables(db: Executor, tables: readonly Table[]): Promise<void> {
  // One table at a time: ANALYZE may run inside a transaction and then sees its uncommitted rows.
  for (const table of tables) await db.execute(sql`ANALYZE ${sql.identifier(getTableName(table))}`);
}

export async function analyzeAfterBulkWrite(db: Executor, rowsWritten: number, tables: readonly Table[]): Promise<void> {
  if (rowsWritten >= BULK_WRITE_ROWS) await analyzeTables(db, tables);
}
