import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { multipart } from '../../../../test/multipart.ts';
import { insertJob } from '../../../db/repositories/jobs.ts';
import { newId } from '../../../services/shared/ids.ts';
import { auditEvents, profileSnapshots } from '../../../db/schema/index.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { EXPERT_MODEL_V1, GRADES } from '../../../domain/rating/expert-model.ts';
import { scoreEnterprise } from '../../../domain/rating/score.ts';
import { generateDemoData } from '../../../domain/demo/index.ts';
import { demoRegistration, generateDemoProfile } from '../../../domain/demo/profiles.ts';
import { createRandom } from '../../../domain/demo/random.ts';
import { computeFeatures, FEATURES } from '../../../domain/rating/features.ts';
import { profileFromSnapshot } from '../../../domain/report/snapshot.ts';

describe('ratings', () => {
  let t: TestApp;
  let own: string;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 20 });
    own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
  });
  afterAll(() => t?.close());

  it('gives the enterprise its rating with score, grade, PD, model version and explained factors', async () => {
    const res = await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'enterprise' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1000);
    expect(GRADES).toContain(r.grade);
    expect(r.pd).toBeGreaterThan(0);
    expect(r.modelVersion).toBe('expert-2026.1');
    expect(r.factors.length).toBeGreaterThan(0);
    expect(r.factors[0]).toEqual({ feature: expect.any(String), nameZh: expect.any(String), nameEn: expect.any(String), value: expect.toBeOneOf([expect.any(Number), null]), points: expect.any(Number), direction: expect.stringMatching(/^(up|down)$/) });
    for (const i of r.improvements) expect(i.scoreGain).toBeGreaterThan(0);
    const [snapshot] = await t.database.db.select().from(profileSnapshots).where(eq(profileSnapshots.id, r.snapshotId));
    expect(snapshot!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reproduces a stored rating exactly from its snapshot and model version', async () => {
    const r = (await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'enterprise' })).json();
    const [snapshot] = await t.database.db.select().from(profileSnapshots).where(eq(profileSnapshots.id, r.snapshotId));
    const again = scoreEnterprise(EXPERT_MODEL_V1, profileFromSnapshot(snapshot!.profile), r.ratedAt.slice(0, 10));
    expect([again.score, again.grade, again.pd]).toEqual([r.score, r.grade, r.pd]);
  });

  it('shows everyone the band only, and the full rating to grantees', async () => {
    const summary = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'officer' })).json();
    const rating = (await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'enterprise' })).json();
    expect(summary.ratingBand).toBe(rating.grade[0]);
    expect((await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'officer' })).statusCode).toBe(403);
    const bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
    await t.request('POST', `/api/v1/enterprises/${own}/grants`, { as: 'enterprise', body: { institutionId: bank, categories: ['financials'], purpose: '授信', expiresOn: '2027-12-31' } });
    expect((await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'officer' })).json().grade).toBe(rating.grade);
    const portfolio = (await t.request('GET', '/api/v1/ratings/granted', { as: 'officer' })).json().items;
    expect(portfolio).toEqual([expect.objectContaining({ creditCode: own, grade: rating.grade })]);
  });
});

describe('rating on profile change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 5 });
  });
  afterAll(() => t?.close());

  it('re-rates an enterprise when its profile changes', async () => {
    const own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    const before = (await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'enterprise' })).json();
    const penalties = [1, 2, 3, 4].map((i) => ({ kind: 'administrative_penalty', reference: `沪罚-${i}`, occurredOn: '2026-09-0' + i, resolvedOn: null, amountFen: 500_000, description: '环保处罚' }));
    expect((await t.request('PUT', `/api/v1/enterprises/${own}/profile/complianceEvents`, { as: 'enterprise', body: { items: penalties } })).statusCode).toBe(200);
    const after = (await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'enterprise' })).json();
    expect(after.snapshotId).not.toBe(before.snapshotId);
    expect(after.score).toBeLessThan(before.score);
    expect(after.factors.map((f: { feature: string }) => f.feature)).toContain('penalties');
  });
});

describe('batch scoring job', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 30 });
  });
  afterAll(() => t?.close());

  it('rates every enterprise in the background and reports progress; one job at a time', async () => {
    const started = await t.request('POST', '/api/v1/ratings/jobs', { as: 'operator' });
    expect(started.statusCode).toBe(202);
    const id = started.json().id;
    const second = await t.request('POST', '/api/v1/ratings/jobs', { as: 'operator' });
    expect([202, 409]).toContain(second.statusCode);
    let job = started.json();
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await t.request('GET', `/api/v1/ratings/jobs/${id}`, { as: 'operator' })).json();
    }
    expect(job).toMatchObject({ status: 'done', done: 30, total: 30, modelVersion: 'expert-2026.1' });
    // The batch is audited: who asked, how many were rated, with which model.
    const [batch] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'rating.batch'), eq(auditEvents.targetId, id)));
    expect(batch).toMatchObject({ actorEmail: 'system', details: { requestedBy: 'operator@kejin.demo', rated: 30, modelVersion: 'expert-2026.1' } });
    // Its status is the persisted job's, also in the operator's list of jobs.
    const listed = (await t.request('GET', '/api/v1/jobs?kind=rating.all', { as: 'operator' })).json().items.find((j: { id: string }) => j.id === id);
    expect(listed).toMatchObject({ status: 'succeeded', progress: { done: 30, total: 30 }, requestedByEmail: 'operator@kejin.demo', result: { rated: 30 }, errorCode: null, errorParams: null, error: null });
    // Rated at set-up and by one or two jobs, from unchanged profiles: one snapshot each.
    const [counts] = await t.database.db.select({ snapshots: sql<number>`(SELECT count(*)::int FROM profile_snapshots)`, ratings: sql<number>`(SELECT count(*)::int FROM ratings)` }).from(sql`(SELECT 1) AS one`);
    expect(counts!.snapshots).toBe(30);
    expect([60, 90]).toContain(counts!.ratings);
  });

  it("gives a failed job's reason as a code with parameters, the exception's message as its detail", async () => {
    const failed = { kind: 'rating.all', trigger: 'on_demand', status: 'failed', createdAt: new Date(), finishedAt: new Date() };
    const refused = await insertJob(t.database.db, { ...failed, id: newId(), errorCode: 'model.none_active', errorParams: {}, error: 'No active model version' });
    // A job that failed before failures kept a code: an unexpected failure, its message the detail.
    const older = await insertJob(t.database.db, { ...failed, id: newId(), error: 'connection reset' });
    const read = async (id: string) => (await t.request('GET', `/api/v1/jobs/${id}`, { as: 'operator' })).json();
    expect(await read(refused!.id)).toMatchObject({ status: 'failed', errorCode: 'model.none_active', errorParams: {}, error: 'No active model version' });
    expect(await read(older!.id)).toMatchObject({ status: 'failed', errorCode: 'job.failed', errorParams: {}, error: 'connection reset' });
  });
});

describe('model versions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 5 });
  });
  afterAll(() => t?.close());

  it('measures the population stability between two dates, refusing a reversed range', async () => {
    const today = businessDateOf(new Date(), 'Asia/Shanghai');
    const res = (await t.request('GET', `/api/v1/models/stability?from=2000-01-01&to=${today}`, { as: 'operator' })).json();
    expect(res).toMatchObject({ enterprisesFrom: 0, enterprisesTo: 5, psi: null });
    expect((await t.request('GET', `/api/v1/models/stability?from=${today}&to=2000-01-01`, { as: 'operator' })).statusCode).toBe(400);
  });

  it('lists the active expert model with the grade distribution, and refuses to re-activate it', async () => {
    const res = (await t.request('GET', '/api/v1/models', { as: 'operator' })).json();
    expect(res.items).toEqual([expect.objectContaining({ kind: 'expert', version: 'expert-2026.1', status: 'active' })]);
    expect(res.grades.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(5);
    const again = await t.request('POST', `/api/v1/models/${res.items[0].id}/activate`, { as: 'operator' });
    expect(again.statusCode).toBe(409);
    const one = (await t.request('GET', `/api/v1/models/${res.items[0].id}`, { as: 'operator' })).json();
    expect(one.parameters.gradeFloors[0]).toEqual(['AAA', 860]);
  });
});

describe('training candidate models in the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 3 });
  });
  afterAll(() => t?.close());

  it('answers a label with one class only with a clear 400 and stores nothing', async () => {
    const body = multipart({ label: 'y' }, { name: 'one.csv', content: 'x,y\n1,0\n2,0\n3,0\n4,0\n' });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/models/train', payload: body.payload, headers: { ...body.headers, cookie: await t.cookieOf('operator') } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/one class|only one|single/i);
  });

  it('answers a CSV it cannot read with a code naming the line and the widths, no parser English', async () => {
    const body = multipart({ label: 'y' }, { name: 'ragged.csv', content: 'x,y\n1,0\n2,1\n3,0,9\n' });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/models/train', payload: body.payload, headers: { ...body.headers, cookie: await t.cookieOf('operator') } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json() as { error: { code: string; details: { params: Record<string, unknown> } } };
    expect(error.code).toBe('dataset.csv_row_width');
    expect(error.details.params).toEqual({ line: 4, expected: 2, got: 3 });
  });
});

describe('champion replaced by a trained model on the feature catalogue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
  });
  afterAll(() => t?.close());

  /** Features of demo enterprises with an outcome drawn from their hidden quality. */
  function catalogueCsv(): string {
    const today = '2026-11-21';
    const demo = generateDemoData({ seed: 11, enterprises: 600, today });
    const random = createRandom(11);
    const keys = FEATURES.map((f) => f.key);
    const lines = [[...keys, 'defaulted'].join(',')];
    for (const e of demo.enterprises) {
      const features = computeFeatures({ registration: demoRegistration(e), ...generateDemoProfile(e, { seed: 11, today }) }, today);
      const defaulted = random.next() < 0.6 * (1 - e.latentQuality) ** 3 ? 1 : 0;
      lines.push([...keys.map((k) => (features[k] === null ? '' : String(features[k]))), defaulted].join(','));
    }
    return lines.join('\n') + '\n';
  }

  it('activates a GBDT trained on catalogue features and rates with it, explained', async () => {
    const body = multipart({ label: 'defaulted', kind: 'gbdt', seed: '5' }, { name: 'outcomes.csv', content: catalogueCsv() });
    const trained = await t.app.inject({ method: 'POST', url: '/api/v1/models/train', payload: body.payload, headers: { ...body.headers, cookie: await t.cookieOf('operator') } });
    expect(trained.statusCode, trained.body).toBe(201);
    const candidate = trained.json().models[0];
    // Champion/challenger first: the candidate rates in shadow beside the expert model.
    expect((await t.request('POST', `/api/v1/models/${candidate.id}/shadow`, { as: 'operator' })).statusCode).toBe(200);
    const shadowJob = (await t.request('POST', '/api/v1/ratings/jobs', { as: 'operator' })).json();
    for (let i = 0, s = shadowJob; i < 100 && s.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      s = (await t.request('GET', `/api/v1/ratings/jobs/${shadowJob.id}`, { as: 'operator' })).json();
      if (s.status !== 'running') break;
    }
    const comparison = (await t.request('GET', `/api/v1/models/${candidate.id}/comparison`, { as: 'operator' })).json();
    expect(comparison.enterprises).toBe(12);
    expect(comparison.sameGrade).toBeGreaterThanOrEqual(0);
    expect(Object.values(comparison.migration as Record<string, Record<string, number>>).flatMap((r) => Object.values(r)).reduce((a, b) => a + b, 0)).toBe(12);
    const activated = await t.request('POST', `/api/v1/models/${candidate.id}/activate`, { as: 'operator' });
    expect(activated.statusCode, activated.body).toBe(200);
    const job = (await t.request('POST', '/api/v1/ratings/jobs', { as: 'operator' })).json();
    let state = job;
    for (let i = 0; i < 100 && state.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await t.request('GET', `/api/v1/ratings/jobs/${job.id}`, { as: 'operator' })).json();
    }
    expect(state).toMatchObject({ status: 'done', modelVersion: candidate.version });
    const own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    const rating = (await t.request('GET', `/api/v1/enterprises/${own}/rating`, { as: 'enterprise' })).json();
    expect(rating.modelVersion).toBe(candidate.version);
    expect(GRADES).toContain(rating.grade);
    expect(rating.factors.length).toBeGreaterThan(0);
    const models = (await t.request('GET', '/api/v1/models', { as: 'operator' })).json().items;
    expect(models.find((m: { kind: string }) => m.kind === 'expert').status).toBe('retired');
  });
});
