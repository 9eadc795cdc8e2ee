// Bulk inserts for the demo seed: rows in statements of a thousand, well under the bind-parameter
// limit of either driver even for wide tables.
import type { Tx } from '../../db/client.ts';

const CHUNK = 1000;

export async function insertChunks<T extends Parameters<Tx['insert']>[0]>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(table).values(rows.slice(i, i + CHUNK));
}
