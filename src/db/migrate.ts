// Applies the drizzle-kit migrations in src/db/migrations, in order, each in its own transaction.
// The same runner serves PGlite and PostgreSQL, the server start and `kejin db migrate`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

interface Journal {
  entries: { idx: number; tag: string }[];
}

export interface MigrationResult {
  applied: string[];
  total: number;
}

export async function migrate(database: Database, options: { schema?: string } = {}): Promise<MigrationResult> {
  const { db } = database;
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as Journal;
  // Serialise concurrent starts against one server (two app instances migrating at once).
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7242024)`);
    await tx.execute(sql`CREATE TABLE IF NOT EXISTS kejin_migrations (
      tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = await tx.execute<{ tag: string }>(sql`SELECT tag FROM kejin_migrations`);
    const doneTags = new Set(rowsOf<{ tag: string }>(done).map((r) => r.tag));
    const applied: string[] = [];
    for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
      if (doneTags.has(entry.tag)) continue;
      const text = fs.readFileSync(path.join(MIGRATIONS_DIR, `${entry.tag}.sql`), 'utf8');
      for (const statement of splitStatements(text, options.schema)) await tx.execute(sql.raw(statement));
      await tx.execute(sql`INSERT INTO kejin_migrations (tag) VALUES (${entry.tag})`);
      applied.push(entry.tag);
    }
    return { applied, total: journal.entries.length };
  });
}

// drizzle-kit qualifies foreign-key targets with "public"; a test schema needs its own name there.
function splitStatements(text: string, schema: string | undefined): string[] {
  const target = schema && schema !== 'public' ? `"${schema}".` : '"public".';
  return text
    .split('--> statement-breakpoint')
    .map((s) => s.replaceAll('"public".', target).trim())
    .filter(Boolean);
}

/** Rows of a raw `execute` result: drizzle returns `{ rows }` for both drivers. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
