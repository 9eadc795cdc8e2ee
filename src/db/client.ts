// Opens the database: embedded PGlite by default, a PostgreSQL server when DATABASE_URL is set.
// Both give drizzle the same schema and the same JS types (bigint for int8, Date for timestamps).
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import * as schema from './schema/index.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Schema = typeof schema;
export type KejinDb = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = KejinDb | Tx;

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  readonly db: KejinDb;
  readonly driver: 'pglite' | 'pg';
  ping(): Promise<void>;
  poolStats(): PoolStats;
  close(): Promise<void>;
}

// int8 as bigint on both drivers (PGlite would give a lossy number, pg a string).
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => BigInt(v));

export interface OpenOptions {
  /** Run every query with this search_path (tests isolate files by schema). */
  schema?: string;
  /** Reuse an already open PGlite instead of opening the data directory. */
  pglite?: PGlite;
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  return config.driver === 'pg' ? openPg(config.url, config.poolMax, options) : openPglite(config.dataDir, options);
}

async function openPglite(dataDir: string, options: OpenOptions): Promise<Database> {
  const release = options.pglite ? () => {} : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client =
      options.pglite ??
      (await PGlite.create(dataDir === ':memory:' ? undefined : dataDir, {
        parsers: { [pgliteTypes.INT8]: (v: string) => BigInt(v) },
      }));
  } catch (err) {
    release();
    throw err;
  }
  if (options.schema) await client.exec(`SET search_path TO ${quoteIdent(options.schema)}`);
  const db = withCommitHooks(drizzlePglite(client, { schema }) as unknown as KejinDb);
  let queued = 0;
  return {
    db,
    driver: 'pglite',
    ping: async () => {
      queued++;
      try {
        await client.query('SELECT 1');
      } finally {
        queued--;
      }
    },
    poolStats: () => ({ total: 1, idle: queued === 0 ? 1 : 0, waiting: Math.max(0, queued - 1) }),
    close: async () => {
      if (!options.pglite) await client.close();
      release();
    },
  };
}

async function openPg(url: string, poolMax: number, options: OpenOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    options: options.schema ? `-c search_path=${quoteIdent(options.schema)}` : undefined,
  });
  pool.on('error', () => {}); // an idle client dropped by the server; the next query reconnects
  const db = withCommitHooks(drizzlePg(pool, { schema }) as unknown as KejinDb);
  return {
    db,
    driver: 'pg',
    ping: async () => {
      await pool.query('SELECT 1');
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}

type Hook = () => void;
type Transaction = KejinDb['transaction'];
const commitHooks = new WeakMap<object, Hook[]>();

/**
 * Runs `hook` once the transaction `executor` belongs to has committed (never if it rolls back);
 * outside a transaction at once. For work that must see what the transaction wrote from another
 * connection or process, such as asking the job system to send the e-mails it queued.
 */
export function afterCommit(executor: Executor, hook: Hook): void {
  const hooks = commitHooks.get(executor);
  if (hooks) hooks.push(hook);
  else hook();
}

/** Every transaction of `db` (nested ones share their outer one's) runs its afterCommit hooks after COMMIT. */
function withCommitHooks(db: KejinDb): KejinDb {
  const track = (begin: Transaction, hooks: Hook[]): Transaction =>
    ((work, config) =>
      begin(async (tx) => {
        commitHooks.set(tx, hooks);
        tx.transaction = track(tx.transaction.bind(tx) as Transaction, hooks) as Tx['transaction'];
        return work(tx);
      }, config)) as Transaction;
  const begin = db.transaction.bind(db) as Transaction;
  db.transaction = (async (work, config) => {
    const hooks: Hook[] = [];
    const result = await track(begin, hooks)(work, config);
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // The transaction has committed: a hook's failure is its own and must not undo that answer.
      }
    }
    return result;
  }) as Transaction;
  return db;
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe identifier: ${name}`);
  return `"${name}"`;
}
