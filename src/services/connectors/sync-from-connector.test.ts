import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { systemContext } from '../shared/context.ts';
import { createFileConnector } from './file-connector.ts';
import { syncFromConnector } from './sync-from-connector.ts';

describe('file-based public-data connector', () => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-connector-'));
  let code: string;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 10 });
    code = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    fs.writeFileSync(path.join(dir, 'tax.json'), JSON.stringify({ [code]: [{ year: 2019, grade: 'M' }] }));
    fs.writeFileSync(path.join(dir, 'social-insurance.json'), JSON.stringify({ [code]: [{ month: '2019-12', headcount: 77 }], '91310115MA1K3YJ94Y': [] }));
    fs.writeFileSync(path.join(dir, 'ip.json'), JSON.stringify({ [code]: [{ kind: 'software_copyright', number: '2019SR0999999', title: '数据交换测试软件V1.0', status: 'granted', appliedOn: '2019-01-02', grantedOn: '2019-03-04' }] }));
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('merges tax grades, social insurance and IP with source "connector", idempotently', async () => {
    const ctx = systemContext({ database: t.database });
    const connector = createFileConnector(dir);
    const first = await syncFromConnector(ctx, connector, connector.creditCodes());
    expect(first).toMatchObject({ enterprises: 1, unknown: ['91310115MA1K3YJ94Y'], changed: { taxGrades: 1, socialInsurance: 1, ip: 1 } });
    const again = await syncFromConnector(ctx, connector, connector.creditCodes());
    expect(again.changed).toEqual({ registration: 0, taxGrades: 0, socialInsurance: 0, ip: 0 });
    const profile = (await t.request('GET', `/api/v1/enterprises/${code}`, { as: 'enterprise' })).json().profile;
    expect(profile.taxGrades.find((g: { year: number }) => g.year === 2019)).toMatchObject({ grade: 'M', source: 'connector' });
    expect(profile.people.find((p: { month: string }) => p.month === '2019-12')).toMatchObject({ socialInsuranceHeadcount: 77 });
    expect(profile.ip.find((i: { number: string }) => i.number === '2019SR0999999')).toMatchObject({ source: 'connector' });
  });

  it('refuses a malformed connector file with the place of the problem', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-connector-bad-'));
    fs.writeFileSync(path.join(bad, 'tax.json'), JSON.stringify({ X: [{ year: 2020, grade: 'Q' }] }));
    expect(() => createFileConnector(bad)).toThrow(
      expect.objectContaining({
        code: 'connector.file_invalid',
        params: { file: 'tax.json', count: 1 },
        fields: [expect.objectContaining({ field: 'X.0.grade', code: 'field.invalid_enum', params: { values: expect.arrayContaining(['A', 'B']) } })],
      }),
    );
    fs.writeFileSync(path.join(bad, 'tax.json'), '{"X": [');
    expect(() => createFileConnector(bad)).toThrow(expect.objectContaining({ code: 'connector.file_not_json', params: { file: 'tax.json' } }));
    fs.rmSync(bad, { recursive: true, force: true });
  });
});
