// Two real servers (`kejin serve` child processes, each with its own pool and pg-boss) on one
// PostgreSQL database, with e-mail through a local SMTP server: the sweep asked of both at once,
// the startup sweeps and the scheduled sweep deliver each deadline notice and each e-mail once.
// PostgreSQL only: on PGlite one process owns the database, so there is no second server to race.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/demo/seed-demo.ts';
import { seedDemoWorkflow } from '../../src/services/demo/seed-workflow.ts';
import { installBuiltInRuleSets } from '../../src/services/profile/rule-sets.ts';
import { installExpertModel, scoreEnterprises } from '../../src/services/rating/score-enterprises.ts';
import { startSmtpSink, type SmtpSink } from '../smtp.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const baseUrl = inject('testDatabaseUrl');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/kejin.js', 'serve', '--port', String(port), '--host', '127.0.0.1'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 120_000; await new Promise((r) => setTimeout(r, 300))) {
    if (child.exitCode !== null) throw new Error(`kejin serve exited (${child.exitCode}):\n${log}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) return { url, child, output: () => log };
  }
  throw new Error(`kejin serve not ready within 120 s:\n${log}`);
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  expect(res.status).toBe(200);
  return /kejin_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
}

/** Polls until `done` answers true (a wait with a bound, not a verdict: the assertions follow). */
async function until(what: string, done: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  for (const started = Date.now(); !(await done()); await new Promise((r) => setTimeout(r, 250))) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
  }
}

describe.skipIf(!baseUrl)('two servers on one PostgreSQL database', () => {
  const name = `kejin_two_${Date.now().toString(36)}`;
  const adminUrl = baseUrl ?? '';
  let url = '';
  let database: Database;
  let sink: SmtpSink;
  let webDir = '';
  let servers: Server[] = [];
  const rows = async <T,>(query: ReturnType<typeof sql>) => ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(adminUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    database = await openDatabase({ driver: 'pg', url, poolMax: 4 });
    await migrate(database);
    await installBuiltInRuleSets(database);
    await installExpertModel(database);
    await seedDemo(database, { seed: 42, enterprises: 60, now: new Date(), withAccounts: true });
    await scoreEnterprises(database, { now: new Date() });
    await seedDemoWorkflow(database, { seed: 42, now: new Date() });
    sink = await startSmtpSink();
    webDir = await mkdtemp(path.join(os.tmpdir(), 'kejin-two-'));
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Kejin</title>');
  }, 240_000);

  afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    await database?.close();
    await sink?.close();
    if (webDir) await rm(webDir, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }, 60_000);

  it('delivers each deadline notice and each e-mail exactly once', async () => {
    const undecided = await rows<{ id: string }>(sql`SELECT id FROM applications WHERE state IN ('submitted', 'accepted') ORDER BY id`);
    expect(undecided.length).toBeGreaterThanOrEqual(4);
    const half = Math.floor(undecided.length / 2);
    const first = undecided.slice(0, half).map((a) => a.id);
    const second = undecided.slice(half).map((a) => a.id);
    const setDeadline = (ids: string[], on: string) => database.db.execute(sql`UPDATE applications SET deadline_on = ${on}, deadline_warned_at = NULL, deadline_missed_at = NULL WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
    // The first group is long overdue; the second not due for decades, until the scheduled sweep's turn.
    await setDeadline(first, '2020-01-06');
    await setDeadline(second, '2099-01-05');
    await database.db.execute(sql`DELETE FROM notifications WHERE kind LIKE 'application.deadline%'`);
    await database.db.execute(sql`DELETE FROM email_outbox`);

    const env = { DATABASE_URL: url, KEJIN_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, KEJIN_LOG_LEVEL: 'warn', KEJIN_WEB_DIST: webDir, KEJIN_JOBS_POLL_SECONDS: '0.5', KEJIN_SWEEP_SCHEDULE: 'every 5s', KEJIN_MATCH_NIGHTLY_AT: 'off' };
    servers = await Promise.all([startServer(env), startServer(env)]);
    const cookies = await Promise.all(servers.map((s) => signIn(s.url, 'operator@kejin.demo')));
    // Both servers sweep at once (beside their startup sweeps and the schedule).
    const sweeps = await Promise.all(servers.map((s, i) => fetch(`${s.url}/api/v1/workflow/sweep`, { method: 'POST', headers: { cookie: cookies[i]!, origin: s.url } })));
    expect(sweeps.map((r) => r.status)).toEqual([200, 200]);

    // The startup and requested sweeps have run before the second group falls due: whatever flags
    // it then is a sweep queued after that (on a busy machine a startup sweep may still be waiting).
    const active = async () => (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'workflow.sweep' AND status IN ('queued', 'running')`))[0]!.n;
    await until('the startup and requested sweeps', async () => (await active()) === 0);

    // The scheduled sweep (one schedule for both servers) finds the second group once it is due.
    const dueAt = new Date();
    await setDeadline(second, '2020-01-06');
    const flagged = async (ids: string[]) => (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM applications WHERE deadline_missed_at IS NOT NULL AND id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`))[0]!.n;
    const scheduledSince = () => rows<{ id: string; status: string }>(sql`SELECT id, status FROM jobs WHERE kind = 'workflow.sweep' AND trigger = 'schedule' AND created_at >= ${dueAt}`);
    await until('the scheduled sweep', async () => (await flagged(second)) === second.length && (await scheduledSince()).some((job) => job.status === 'succeeded'));
    const scheduled = await scheduledSince();
    expect(scheduled.length).toBeGreaterThanOrEqual(1);
    expect(await flagged(first)).toBe(first.length);

    // Each application's missed deadline told to its institution once (and to each park operator once).
    const notices = await rows<{ application: string; organisation: string; n: number }>(
      sql`SELECT details->>'applicationId' AS application, organisation_id AS organisation, count(*)::int AS n FROM notifications WHERE kind = 'application.deadline_missed' GROUP BY 1, 2`,
    );
    expect(notices.filter((r) => r.n !== 1)).toEqual([]);
    const institutions = await rows<{ id: string; institution: string }>(sql`SELECT id, institution_id AS institution FROM applications WHERE id IN (${sql.join(undecided.map((a) => sql`${a.id}`), sql`, `)})`);
    for (const a of institutions) expect(notices.some((r) => r.application === a.id && r.organisation === a.institution)).toBe(true);
    expect(await rows(sql`SELECT target_id FROM audit_events WHERE action = 'application.deadline_missed' GROUP BY 1 HAVING count(*) > 1`)).toEqual([]);

    // Every e-mail written is sent, and the SMTP server received each one once.
    await until('the outbox to drain', async () => (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM email_outbox WHERE status IN ('pending', 'sending')`))[0]!.n === 0);
    const outbox = await rows<{ to: string; subject: string; status: string }>(sql`SELECT to_address AS "to", subject, status FROM email_outbox`);
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.every((m) => m.status === 'sent')).toBe(true);
    await until('the SMTP server to receive them', async () => sink.messages.length >= outbox.length, 30_000);
    const key = (m: { to: string; subject: string }) => `${m.to} ${m.subject}`;
    expect(sink.messages.map((m) => key({ to: m.to.join(','), subject: m.subject })).sort()).toEqual(outbox.map(key).sort());
  }, 400_000);
});
