// The job system on the test's driver: pg-boss on PostgreSQL (a pg-boss schema of the test
// database's own), in-process on PGlite. Both must show the same thing in the jobs table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { insertJob, listJobs } from '../../db/repositories/jobs.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { ServiceContext } from '../shared/context.ts';
import { createJobSystem } from './create.ts';
import type { JobSystem } from './job-system.ts';
import { PgBossProvider } from './pg-boss.ts';

describe('the job system', () => {
  let database: TestDatabase;
  let jobs: JobSystem;
  let ctx: ServiceContext;
  let release: () => void = () => {};
  const config = () => ({ schema: `${database.schema}_jobs`, pollSeconds: 0.5, timeZone: 'Asia/Shanghai' });

  beforeAll(async () => {
    database = await openTestDatabase();
    ctx = { database, actor: systemActor(), clientAddress: null, now: () => new Date(), timezone: 'Asia/Shanghai' };
    jobs = createJobSystem(database, config(), () => new Date());
    const gate = new Promise<void>((resolve) => (release = resolve));
    jobs.define({
      kind: 'test.count',
      run: async ({ params, progress }) => {
        const n = Number(params.n);
        for (let i = 1; i <= n; i++) await progress(i, n);
        return { counted: n };
      },
    });
    jobs.define({ kind: 'test.fail', run: async () => Promise.reject(new Error('the work went wrong')) });
    jobs.define({ kind: 'test.refuse', run: async () => Promise.reject(fail('park.code_not_found', { code: 'P9' })) });
    jobs.define({
      kind: 'test.gate',
      run: async () => {
        await gate;
        return {};
      },
    });
    jobs.define({ kind: 'test.tick', run: async () => ({ ticked: true }) });
    await jobs.start();
  }, 60_000);

  afterAll(async () => {
    release();
    await jobs?.stop();
    await database?.drop();
  });

  it('runs a job, recording its progress and result', async () => {
    const queued = await jobs.enqueue(ctx, 'test.count', { params: { n: 3 } });
    expect(queued).toMatchObject({ status: 'queued', kind: 'test.count', trigger: 'on_demand', requestedByEmail: 'system' });
    const done = await jobs.waitFor(queued.id);
    expect(done).toMatchObject({ status: 'succeeded', progressDone: 3, progressTotal: 3, result: { counted: 3 }, error: null });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
  });

  it('records an unexpected failure as job.failed, its message kept as the technical detail', async () => {
    const done = await jobs.waitFor((await jobs.enqueue(ctx, 'test.fail')).id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 'job.failed', errorParams: {}, error: 'the work went wrong', result: null });
  });

  it('records a refusal by its code and parameters', async () => {
    const done = await jobs.waitFor((await jobs.enqueue(ctx, 'test.refuse')).id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 'park.code_not_found', errorParams: { code: 'P9' }, error: 'Park P9 not found' });
  });

  it('lets one job of a kind and key be active: asked at once, one is made, the other refused or given that one', async () => {
    const asked = await Promise.allSettled([jobs.enqueue(ctx, 'test.gate', { key: 'one' }), jobs.enqueue(ctx, 'test.gate', { key: 'one' })]);
    const made = asked.filter((r) => r.status === 'fulfilled');
    expect(made).toHaveLength(1);
    expect(asked.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'job.already_active', category: 'conflict', params: { kind: 'test.gate', status: expect.stringMatching(/^(queued|running)$/) } } });
    const id = (made[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    expect((await jobs.enqueue(ctx, 'test.gate', { key: 'one', ifActive: 'existing' })).id).toBe(id);
    release();
    expect((await jobs.waitFor(id)).status).toBe('succeeded');
    // Once it has finished the key is free again.
    const again = await jobs.enqueue(ctx, 'test.gate', { key: 'one' });
    expect((await jobs.waitFor(again.id)).status).toBe('succeeded');
  });

  it('runs a scheduled kind and records it as scheduled', async () => {
    const since = new Date();
    await jobs.schedule('test.tick', { every: { seconds: 1 } });
    if (jobs.provider instanceof PgBossProvider) {
      // One schedule in pg-boss's table, whatever the number of servers, in the business time zone.
      expect(await jobs.provider.schedules()).toContainEqual(expect.objectContaining({ name: 'test_tick', cron: '*/1 * * * * *', timezone: 'Asia/Shanghai' }));
    }
    await expect
      .poll(async () => listJobs(database.db, { kind: 'test.tick', limit: 5 }), { timeout: 90_000, interval: 250 })
      .toContainEqual(expect.objectContaining({ trigger: 'schedule', status: 'succeeded', result: { ticked: true } }));
    await jobs.schedule('test.tick', null);
    const ticks = (await listJobs(database.db, { kind: 'test.tick', limit: 50 })).filter((j) => j.createdAt >= since);
    expect(ticks.every((j) => j.key === 'schedule')).toBe(true);
  }, 120_000);

  it('keeps status across a restart; on one process, what was left running is marked interrupted', async () => {
    const left = await insertJob(database.db, { id: '01900000-0000-7000-8000-000000000001', kind: 'test.count', trigger: 'on_demand', status: 'running', params: {}, createdAt: new Date(), startedAt: new Date(), heartbeatAt: new Date() });
    const finished = await jobs.enqueue(ctx, 'test.count', { params: { n: 1 } });
    await jobs.waitFor(finished.id);
    await jobs.stop();
    const restarted = createJobSystem(database, config(), () => new Date());
    restarted.define({ kind: 'test.count', run: async () => ({}) });
    await restarted.start();
    try {
      expect(await restarted.get(finished.id)).toMatchObject({ status: 'succeeded', result: { counted: 1 } });
      const after = await restarted.get(left!.id);
      // With pg-boss another server may be running it: only a silent heartbeat makes it interrupted.
      if (restarted.provider.singleProcess) expect(after).toMatchObject({ status: 'failed', errorCode: 'job.interrupted', error: expect.stringMatching(/Interrupted/) });
      else expect(after).toMatchObject({ status: 'running' });
    } finally {
      await restarted.stop();
    }
  });
});
