// `kejin report` as a user runs it, on its own data directory.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/kejin.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-cli-report-'));
const env: Record<string, string | undefined> = { ...process.env, KEJIN_DATA_DIR: dataDir, KEJIN_LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
// Each child process may take a while on a busy 2-core machine: a generous ceiling per process, and per
// test room for the several processes it runs (a ceiling only: fast tests stay fast).
const PROCESS_MS = 120_000;
const kejin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: PROCESS_MS });

describe('kejin report', { timeout: 4 * PROCESS_MS }, () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('writes the PDF and prints exactly reportId, digest and path', () => {
    const seeded = kejin('db', 'seed', '--enterprises', '5');
    expect(seeded.status, seeded.stderr).toBe(0);
    const creditCode = firstCreditCode();
    const out = path.join(dataDir, 'report.pdf');
    const res = kejin('report', creditCode, '--lang', 'en', '--out', out, '--json');
    expect(res.status, res.stderr).toBe(0);
    const printed = JSON.parse(res.stdout);
    expect(Object.keys(printed)).toEqual(['reportId', 'digest', 'path']);
    expect(printed.path).toBe(out);
    expect(printed.digest).toBe(createHash('sha256').update(fs.readFileSync(out)).digest('hex'));

    const bad = kejin('report', creditCode, '--lang', 'fr', '--out', out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be zh-CN or en/);
  });
});

/** A seeded enterprise's credit code, read from the profiles export (seeding also rates them). */
function firstCreditCode(): string {
  const file = path.join(dataDir, 'profiles.csv');
  const exported = kejin('export', 'profiles', file);
  expect(exported.status, exported.stderr).toBe(0);
  return /\b[0-9A-Z]{18}\b/.exec(fs.readFileSync(file, 'utf8').split('\n')[1]!)![0];
}
