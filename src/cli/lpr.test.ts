// `kejin lpr load|list` through the real binary on a fresh PGlite: the built-in history is there
// after migrating, a file loads (and is listed as the operator's), a bad file names every bad row.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/kejin.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-lpr-'));
const env: NodeJS.ProcessEnv = { ...process.env, KEJIN_DATA_DIR: dataDir, DATABASE_URL: '', KEJIN_LOG_LEVEL: 'warn' };

const kejin = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, 'lpr', ...args], { env, encoding: 'utf8', timeout: 240_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });

describe('kejin lpr', { timeout: 900_000 }, () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists the built-in history, loads a CSV file and lists it, refuses a bad file naming each row', async () => {
    const listed = await kejin('list', '--json');
    expect(listed.status, listed.stderr).toBe(0);
    const view = JSON.parse(listed.stdout);
    expect(view.fixings[0]).toMatchObject({ month: '2025-05', oneYear: '0.0300', source: 'built_in' });
    expect(view.outOfDate).toBe(true);

    const file = path.join(dataDir, 'lpr.csv');
    fs.writeFileSync(file, 'date,one_year,five_year\n2025-06-20,3.00,3.50\n2025-07-21,3.00,3.50\n');
    const loaded = await kejin('load', file);
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain('Loaded 2 LPR fixing(s), 2025-06 to 2025-07.');
    const text = await kejin('list');
    expect(text.stdout.split('\n')[0]).toBe('2025-07  2025-07-21  1y  3.00%  5y  3.50%  operator');

    const bad = path.join(dataDir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify([{ date: '2025-08-20', oneYear: '0.03', fiveYear: '3.50' }, { date: '2025-09-31', oneYear: '3', fiveYear: '3.5' }]));
    const refused = await kejin('load', bad, '--format', 'json');
    expect(refused.status).toBe(1);
    // The first problem heads the error; every problem follows on its own line; nothing is loaded.
    expect(refused.stderr.split('\n')[0]).toMatch(/^kejin: \[0\]\.oneYear: 0\.03 is below 0\.5%/);
    expect(refused.stderr).toMatch(/^ +\[0\]\.oneYear: 0\.03 is below 0\.5%/m);
    expect(refused.stderr).toMatch(/^ +\[1\]\.date: expected a date as YYYY-MM-DD, got "2025-09-31"/m);
    const after = JSON.parse((await kejin('list', '--json')).stdout);
    expect(after.fixings[0]).toMatchObject({ month: '2025-07', source: 'operator' });
    expect((await kejin('load', bad, '--format', 'xml')).status).toBe(2);
  });
});
