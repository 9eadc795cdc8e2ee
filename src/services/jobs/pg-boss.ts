// The PostgreSQL provider on pg-boss 10, in its own schema on the platform's pool. Every server
// runs a worker per kind; a job is fetched by one of them (SKIP LOCKED). Schedules are stored in
// pg-boss's schedule table, one per kind whatever the number of servers, and pg-boss lets only one
// instance per minute turn them into jobs, so a schedule runs once however many servers run.
import PgBoss from 'pg-boss';
import type pg from 'pg';
import { cronOf, type JobSchedule } from '../../domain/jobs/schedule.ts';
import type { Deliver, JobMessage, JobProvider } from './types.ts';

export interface PgBossOptions {
  pool: pg.Pool;
  /** pg-boss's schema (default pgboss; tests give each database its own). */
  schema: string;
  timeZone: string;
  /** How often idle workers look for jobs; 2 s by default, shorter in tests (not below 0.5). */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}

/** The advisory lock that serialises pg-boss's install between servers starting at once. */
const INSTALL_LOCK = 7242025;

/** pg-boss queue names take letters, digits, _ and -; our kinds are dotted. */
const queueOf = (kind: string) => kind.replaceAll('.', '_');

export class PgBossProvider implements JobProvider {
  readonly name = 'pg-boss' as const;
  readonly singleProcess = false;
  private readonly boss: PgBoss;
  private started = false;

  constructor(private readonly options: PgBossOptions) {
    const polling = options.pollingIntervalSeconds ?? 2;
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => options.pool.query(text, values) },
      schema: options.schema,
      // Jobs report their own failures in the jobs table; pg-boss only carries them.
      retryLimit: 0,
      expireInHours: 4,
      cronMonitorIntervalSeconds: Math.max(1, Math.round(polling * 2)),
      cronWorkerIntervalSeconds: Math.max(1, Math.round(polling * 2)),
      maintenanceIntervalSeconds: 120,
    });
    this.boss.on('error', (err: Error) => options.log?.(`pg-boss: ${err.message}`));
  }

  async start(kinds: string[], deliver: Deliver): Promise<void> {
    await this.install(kinds.map(queueOf));
    this.started = true;
    for (const kind of kinds) {
      const queue = queueOf(kind);
      await this.boss.work<JobMessage>(queue, { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
        if (job) await deliver(kind, job.data);
      });
    }
  }

  async send(kind: string, message: JobMessage): Promise<void> {
    await this.boss.send(queueOf(kind), message);
  }

  async schedule(kind: string, schedule: JobSchedule | null): Promise<void> {
    if (!schedule) return this.boss.unschedule(queueOf(kind));
    const message: JobMessage = { scheduled: true };
    await this.boss.schedule(queueOf(kind), cronOf(schedule), message, { tz: this.options.timeZone });
  }

  /** The stored schedules (name, cron, timezone), for tests and the operator. */
  async schedules(): Promise<{ name: string; cron: string; timezone: string }[]> {
    return (await this.boss.getSchedules()) as unknown as { name: string; cron: string; timezone: string }[];
  }

  /**
   * pg-boss creates or migrates its schema and creates queues without a lock of its own: two servers
   * starting at once collide on CREATE SCHEMA or deadlock creating a queue. A session advisory lock on
   * one connection makes them take turns.
   */
  private async install(queues: string[]): Promise<void> {
    const client = await this.options.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [INSTALL_LOCK]);
      try {
        await this.boss.start();
        for (const queue of queues) if (!(await this.boss.getQueue(queue))) await this.boss.createQueue(queue);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [INSTALL_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Waits for handlers under way, but leaves the pool (the platform's) open.
    await new Promise<void>((resolve) => {
      this.boss.once('stopped', () => resolve());
      void this.boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 }).catch(() => resolve());
    });
  }
}
