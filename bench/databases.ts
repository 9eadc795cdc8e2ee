// The two databases a benchmark measures on: a fresh PGlite data directory, and a fresh database
// on the PostgreSQL server (TEST_DATABASE_URL or the local one), each dropped afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import type { Figures } from './main.ts';

export async function onPglite(run: (database: Database) => Promise<Figures>): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-db-'));
  const database = await openDatabase(loadConfig({ KEJIN_DATA_DIR: dir }).database);
  try {
    return await run(database);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function onPostgres(run: (database: Database) => Promise<Figures>): Promise<Figures> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    return { postgres: 'not reachable' };
  }
  const name = `kejin_bench_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ driver: 'pg', url: url.toString(), poolMax: 5 });
  try {
    return await run(database);
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}
