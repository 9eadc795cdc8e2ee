// `kejin loan schedule` through the real binary: JSON that keeps the schedule invariants, a
// readable table, and exit code 2 naming the option for every bad input.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/kejin.js');
const dataDir = path.join(os.tmpdir(), `kejin-loan-${process.pid}-never-created`);
const env: NodeJS.ProcessEnv = { ...process.env, KEJIN_DATA_DIR: dataDir, KEJIN_LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

// Each child process may take a while on a busy 2-core machine: a generous ceiling per process, and per
// test room for the several processes it runs (a ceiling only: fast tests stay fast).
const PROCESS_MS = 120_000;
const kejin = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, [BIN, 'loan', 'schedule', ...args], { env, encoding: 'utf8', timeout: PROCESS_MS }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });

const loanArgs = (overrides: Record<string, string> = {}) =>
  Object.entries({ '--amount-fen': '100000000', '--annual-rate': '0.0435', '--months': '12', '--method': 'equal-instalment', '--start': '2025-01-31', ...overrides }).flat();

interface JsonPayment {
  period: number;
  date: string;
  principalFen: number;
  interestFen: number;
  balanceFen: number;
}

function checkSchedule(out: { payments: JsonPayment[]; totalInterestFen: number }, amountFen: number, months: number) {
  const { payments } = out;
  expect(payments.map((p) => p.period)).toEqual(Array.from({ length: months }, (_, k) => k + 1));
  expect(payments.reduce((sum, p) => sum + p.principalFen, 0)).toBe(amountFen);
  expect(payments.reduce((sum, p) => sum + p.interestFen, 0)).toBe(out.totalInterestFen);
  let balance = amountFen;
  for (const p of payments) {
    expect(Number.isSafeInteger(p.principalFen) && p.principalFen >= 0 && p.interestFen >= 0).toBe(true);
    balance -= p.principalFen;
    expect(p.balanceFen).toBe(balance);
  }
  expect(balance).toBe(0);
}

describe('kejin loan schedule', { timeout: 4 * PROCESS_MS }, () => {
  it('prints a JSON schedule for each method, without a database', async () => {
    const [instalment, principal, interestOnly] = await Promise.all([
      kejin(...loanArgs(), '--json'),
      kejin(...loanArgs({ '--method': 'equal-principal', '--months': '6' }), '--json'),
      kejin(...loanArgs({ '--method': 'interest-only', '--months': '3', '--start': '2025-01-01', '--annual-rate': '0.0365' }), '--json'),
    ]);
    for (const run of [instalment, principal, interestOnly]) expect(run.status, run.stderr).toBe(0);

    const level = JSON.parse(instalment.stdout);
    checkSchedule(level, 100_000_000, 12);
    expect(level.payments[0]).toEqual({ period: 1, date: '2025-02-28', principalFen: 8_193_999, interestFen: 338_333, balanceFen: 91_806_001 });
    expect(level.payments.slice(0, -1).every((p: JsonPayment) => p.principalFen + p.interestFen === 8_532_332)).toBe(true);

    const even = JSON.parse(principal.stdout);
    checkSchedule(even, 100_000_000, 6);
    expect(even.payments.map((p: JsonPayment) => p.principalFen)).toEqual([16_666_667, 16_666_667, 16_666_667, 16_666_667, 16_666_667, 16_666_665]);
    expect(even.payments.map((p: JsonPayment) => p.date)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31']);

    const bullet = JSON.parse(interestOnly.stdout);
    checkSchedule(bullet, 100_000_000, 3);
    expect(bullet).toEqual({
      payments: [
        { period: 1, date: '2025-02-01', principalFen: 0, interestFen: 314_306, balanceFen: 100_000_000 },
        { period: 2, date: '2025-03-01', principalFen: 0, interestFen: 283_889, balanceFen: 100_000_000 },
        { period: 3, date: '2025-04-01', principalFen: 100_000_000, interestFen: 314_306, balanceFen: 0 },
      ],
      totalInterestFen: 912_501,
    });
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('prints a table in yuan without --json', async () => {
    const run = await kejin(...loanArgs({ '--months': '3', '--method': 'interest-only' }));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^period\s+date\s+payment\s+principal\s+interest\s+balance/);
    expect(run.stdout).toMatch(/1\s+2025-02-28\s+¥3,383\.33\s+¥0\.00\s+¥3,383\.33\s+¥1,000,000\.00/);
    expect(run.stdout).toMatch(/Total interest ¥10,754\.16; total repaid ¥1,010,754\.16\./);
  });

  it.each([
    ['0 months', { '--months': '0' }, /--months: a schedule needs 1 to 360 months/],
    ['600 months', { '--months': '600' }, /--months: a schedule needs 1 to 360 months/],
    ['a fractional month', { '--months': '1.5' }, /--months must be a whole number/],
    ['a negative amount', { '--amount-fen': '-100' }, /--amount-fen: the amount must be more than 0/],
    ['an amount in yuan', { '--amount-fen': '1000.50' }, /--amount-fen must be a whole number of fen/],
    ['an amount above 10^15 fen', { '--amount-fen': '1000000000000001' }, /--amount-fen: .*at most 1000000000000000 fen/],
    ['a bad date', { '--start': '2025-02-30' }, /--start: the start must be a calendar date YYYY-MM-DD, got "2025-02-30"/],
    ['an unknown method', { '--method': 'balloon' }, /--method must be one of equal-instalment, equal-principal, interest-only, got "balloon"/],
    ['a percentage', { '--annual-rate': '4.35%' }, /--annual-rate: a rate is a decimal fraction such as 0\.0435/],
    ['a rate above 36%', { '--annual-rate': '0.4' }, /--annual-rate: .*usury ceiling/],
  ])('refuses %s with exit code 2', async (_, overrides: Record<string, string>, message) => {
    const run = await kejin(...loanArgs(overrides), '--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('names a missing option', async () => {
    const run = await kejin('--amount-fen', '100', '--annual-rate', '0.04', '--months', '3', '--start', '2025-01-01');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--method <method> is required/);
  });
});
