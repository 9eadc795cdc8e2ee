// `kejin subsidy programmes` and `kejin subsidy run` through the real binary on a fresh PGlite with
// the demo data: the JSON fields the issue names, a dry run that writes nothing, and clear refusals.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/kejin.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-subsidy-'));
const env: NodeJS.ProcessEnv = { ...process.env, KEJIN_DATA_DIR: dataDir, DATABASE_URL: '', KEJIN_LOG_LEVEL: 'warn' };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const kejin = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });

describe('kejin subsidy', { timeout: 900_000 }, () => {
  beforeAll(async () => {
    const seeded = await kejin('db', 'seed', '--enterprises', '240', '--seed', '42');
    expect(seeded.status, seeded.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists the programmes with the fields named', async () => {
    const res = await kejin('subsidy', 'programmes', '--json');
    expect(res.status, res.stderr).toBe(0);
    const list = JSON.parse(res.stdout) as Json[];
    expect(list.find((p) => p.id === 'zhangjiang-rated-subsidy')).toMatchObject({ kind: 'interest_subsidy', park: 'zhangjiang', share: '0.5', minGrade: 'BBB', capPerEnterpriseYearFen: 30_000_000, budgetFen: 2_000_000_000 });
    expect(list.map((p) => p.kind).sort()).toEqual(['guarantee_fee_subsidy', 'interest_subsidy', 'premium_subsidy']);
  });

  it('runs a programme dry, printing every claim with its trail, and writes nothing', async () => {
    const before = JSON.parse((await kejin('subsidy', 'run', '--programme', 'zhangjiang-rated-subsidy', '--dry-run', '--json')).stdout) as Json;
    expect(before).toMatchObject({ programmeId: 'zhangjiang-rated-subsidy', dryRun: true, budgetFen: 2_000_000_000 });
    const granted = (before.claims as Json[]).filter((c) => c.subsidyFen > 0);
    for (const c of before.claims as Json[]) {
      for (const key of ['loanId', 'creditCode', 'grade', 'interestPaidFen', 'eligibleInterestFen', 'subsidyFen', 'capFen', 'trail']) expect(c).toHaveProperty(key);
    }
    expect(before.totalFen).toBe(granted.reduce((sum, c) => sum + c.subsidyFen, 0));
    expect(before.budgetLeftFen).toBeLessThanOrEqual(before.budgetFen - before.totalFen);
    const again = JSON.parse((await kejin('subsidy', 'run', '--programme', 'zhangjiang-rated-subsidy', '--dry-run', '--json')).stdout) as Json;
    expect(again.totalFen).toBe(before.totalFen);
    const table = await kejin('subsidy', 'run', '--programme', 'zhangjiang-rated-subsidy', '--dry-run');
    expect(table.stdout).toMatch(/dry run: nothing written/);
  });

  it('refuses an unknown programme and a malformed date', async () => {
    const unknown = await kejin('subsidy', 'run', '--programme', 'no-such', '--json');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/No programme "no-such"/);
    const bad = await kejin('subsidy', 'run', '--programme', 'zhangjiang-rated-subsidy', '--from', '2026-13-01');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--from must be a date/);
  });
});
