// Runs in `npm run test:data` only: it trains on the German credit data set from ../shared/data beside the clone.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { dataSetPath } from '../../../../test/data-sets.ts';
import { multipart } from '../../../../test/multipart.ts';

describe('training candidate models in the web app on a real data set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 3 });
  });
  afterAll(() => t?.close());

  it('trains and backtests drafts from a CSV, and refuses to activate one that does not read the feature catalogue', async () => {
    const csv = fs.readFileSync(dataSetPath('german-credit.csv'));
    const body = multipart({ label: 'creditability', positive: 'bad', kind: 'scorecard', seed: '3' }, { name: 'german.csv', content: csv });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/models/train', payload: body.payload, headers: { ...body.headers, cookie: await t.cookieOf('operator') } });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json().models[0];
    expect(draft.auc).toBeGreaterThan(0.75);
    expect(draft.roc.length).toBeGreaterThan(5);
    expect(draft.calibration.length).toBeGreaterThan(3);
    const activate = await t.request('POST', `/api/v1/models/${draft.id}/activate`, { as: 'operator' });
    expect(activate.statusCode).toBe(400);
    expect(activate.json().error.message).toMatch(/feature set does not match/);
    const models = (await t.request('GET', '/api/v1/models', { as: 'operator' })).json().items;
    expect(models.find((m: { id: string }) => m.id === draft.id).status).toBe('draft');
  });
});
