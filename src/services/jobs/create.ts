// Picks the job system's provider for the database: pg-boss on a PostgreSQL server (several
// processes may share it), in-process on PGlite (one process owns the data directory).
import type pg from 'pg';
import type { Database } from '../../db/client.ts';
import { InProcessProvider } from './in-process.ts';
import { JobSystem } from './job-system.ts';
import { PgBossProvider } from './pg-boss.ts';

export interface JobSystemConfig {
  /** pg-boss's schema. */
  schema: string;
  pollSeconds: number;
  timeZone: string;
}

/** The pg pool under drizzle's node-postgres driver. */
const poolOf = (database: Database): pg.Pool => (database.db as unknown as { $client: pg.Pool }).$client;

export function createJobSystem(database: Database, config: JobSystemConfig, now: () => Date, log?: (message: string) => void): JobSystem {
  const provider =
    database.driver === 'pg'
      ? new PgBossProvider({ pool: poolOf(database), schema: config.schema, timeZone: config.timeZone, pollingIntervalSeconds: config.pollSeconds, log })
      : new InProcessProvider({ now, timeZone: config.timeZone, log });
  return new JobSystem({ database, provider, now, timezone: config.timeZone, log });
}
