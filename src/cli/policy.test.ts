// `kejin policy simulate` through the real binary on a fresh PGlite: the same figures as the
// simulator gives in process, a table without --json, and clear refusals of a bad file.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingCalendar } from '../domain/calendar/calendar.ts';
import { packageCalendarYears } from '../domain/calendar/package-data.ts';
import { ZHANGJIANG_RATED } from '../domain/policy/fixtures.ts';
import type { Programme } from '../domain/policy/programme.ts';
import { simulateProgramme } from '../domain/policy/simulate.ts';
import { syntheticPortfolio } from '../domain/policy/simulate-synthetic.ts';
import { programmeJson } from '../services/policy/programmes.ts';

const BIN = path.resolve('bin/kejin.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-policy-'));
const env: NodeJS.ProcessEnv = { ...process.env, KEJIN_DATA_DIR: dataDir, DATABASE_URL: '', KEJIN_LOG_LEVEL: 'warn' };

const kejin = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 240_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
// no LPR cap: the figures do not depend on the fixings loaded
const PROGRAMME: Programme = { ...ZHANGJIANG_RATED, id: 'cli-sim', validFrom: '2024-01-01', formula: { share: '0.5', rateCap: null } };
const file = (name: string, content: string) => {
  const p = path.join(dataDir, name);
  fs.writeFileSync(p, content);
  return p;
};
const simulate = (programmeFile: string, ...more: string[]) => kejin('policy', 'simulate', '--programme', programmeFile, '--from', PERIOD.from, '--to', PERIOD.to, ...more);

describe('kejin policy simulate', { timeout: 900_000 }, () => {
  let good: string;
  beforeAll(async () => {
    const seeded = await kejin('db', 'seed', '--enterprises', '12', '--seed', '5');
    expect(seeded.status, seeded.stderr).toBe(0);
    good = file('programme.json', JSON.stringify(programmeJson(PROGRAMME)));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints one JSON object with the figures the simulator gives for the same synthetic portfolio', async () => {
    const res = await simulate(good, '--synthetic', '800', '--seed', '3', '--json');
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout);
    const expected = simulateProgramme({ programme: PROGRAMME, portfolio: syntheticPortfolio(3, 800, { period: PERIOD }), period: PERIOD, lprFixings: [], calendar: workingCalendar(packageCalendarYears()) });
    expect(expected.totalFen).toBeGreaterThan(0n);
    expect(out).toMatchObject({
      source: 'synthetic', programmeId: 'cli-sim', programmeVersion: 1, loansConsidered: 800,
      eligibleLoans: expected.eligibleLoans, enterprisesReached: expected.enterprisesReached,
      requestedFen: Number(expected.requestedFen), totalFen: Number(expected.totalFen), budgetExhaustedMonth: expected.budgetExhaustedMonth,
      ineligibleByReason: expected.ineligibleByReason, current: null, delta: null,
    });
    expect(out.byPark.map((p: { key: string; grantedFen: number }) => [p.key, p.grantedFen])).toEqual(expected.byPark.map((p) => [p.key, Number(p.grantedFen)]));
    expect(out.byPark.find((p: { key: string }) => p.key === 'zhangjiang').name).toMatch(/张江/);
  });

  it('prints a table without --json, over the loans held, with what --json says', async () => {
    const [res, json] = [await simulate(good), await simulate(good, '--json')];
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.source).toBe('loans');
    const lines = res.stdout.split('\n');
    expect(lines[0]).toBe('cli-sim v1 (pro_rata), 2025-01-01 to 2025-12-31, over the loans held: nothing written');
    expect(lines[1]).toBe(`${out.loansConsidered} loan(s), ${out.eligibleLoans} eligible; ${out.enterprisesReached} of ${out.enterprises} enterprise(s) reached.`);
    for (const [reason, loans] of Object.entries(out.ineligibleByReason)) expect(res.stdout).toMatch(new RegExp(`^${reason.replace('.', '\\.')} +${loans} *$`, 'm'));
    for (const p of out.byPark) expect(res.stdout).toMatch(new RegExp(`^${p.key} +${p.name} +${p.loans} +${p.eligibleLoans} `, 'm'));
  });

  it('refuses a missing file, bad JSON and an invalid programme, naming the field', async () => {
    const missing = await simulate(path.join(dataDir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--programme: no file .*nope\.json/);
    const bad = await simulate(file('bad.json', '{"id": "x",'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/is not valid JSON/);
    const list = await simulate(file('list.json', '[]'));
    expect(list.status).toBe(2);
    expect(list.stderr).toMatch(/must hold one programme, a JSON object/);
    const invalid = await simulate(file('invalid.json', JSON.stringify({ ...programmeJson(PROGRAMME), caps: { perEnterprisePerYearFen: null, perLoanFen: 3_000_000_000, budgetFen: 2_000_000_000 } })));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/^ +caps\.perLoanFen: a cap of 3000000000 fen is above the programme budget of 2000000000 fen/m);
    const tooMany = await simulate(good, '--synthetic', '1000001');
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toMatch(/--synthetic must be at most 1000000/);
  });
});
