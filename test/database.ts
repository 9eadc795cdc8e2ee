// A database for one test file: a fresh schema, migrated, on the worker's shared PGlite or on
// the run's PostgreSQL database. Dropped when the file is done.
import { randomBytes } from 'node:crypto';
import { PGlite, types } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, quoteIdent, type Database } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';

let sharedPglite: Promise<PGlite> | undefined;

const workerPglite = () =>
  (sharedPglite ??= PGlite.create({ parsers: { [types.INT8]: (v: string) => BigInt(v) } }));

export interface TestDatabase extends Database {
  schema: string;
  drop(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const url = inject('testDatabaseUrl');
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
    const database = await openDatabase({ driver: 'pg', url, poolMax: 5 }, { schema });
    await migrate(database, { schema });
    return {
      ...database,
      schema,
      drop: async () => {
        await database.close();
        await admin.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
        await admin.end();
      },
    };
  }
  const pglite = await workerPglite();
  await pglite.exec(`CREATE SCHEMA ${quoteIdent(schema)}`);
  const database = await openDatabase({ driver: 'pglite', dataDir: ':memory:' }, { pglite, schema });
  await migrate(database, { schema });
  return {
    ...database,
    schema,
    drop: async () => {
      await pglite.exec(`SET search_path TO public; DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
    },
  };
}
