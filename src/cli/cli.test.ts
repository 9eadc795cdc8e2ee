// The real `kejin` binary, as a user runs it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshCreditCode, freshDigitsCreditCode, withWrongCheck } from '../../test/codes.ts';
import { templateHeader } from '../domain/profile/import-kinds.ts';
import { writeSpreadsheet } from '../lib/spreadsheet/index.ts';

const BIN = path.resolve('bin/kejin.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-cli-'));
const env = { ...process.env, KEJIN_DATA_DIR: dataDir, DATABASE_URL: '', KEJIN_LOG_LEVEL: 'warn' };
delete (env as Record<string, string | undefined>).DATABASE_URL;

// Each child process may take a while on a busy 2-core machine: a generous ceiling per process, and per
// test room for the several processes it runs (a ceiling only: fast tests stay fast).
const PROCESS_MS = 120_000;
const kejin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: PROCESS_MS });

describe('kejin CLI', { timeout: 5 * PROCESS_MS }, () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('has --help on every command', () => {
    for (const args of [[], ['serve'], ['demo'], ['db'], ['db', 'migrate'], ['db', 'seed'], ['user', 'create']]) {
      const res = kejin(...args, '--help');
      expect(res.status, `${args.join(' ')}: ${res.stderr}`).toBe(0);
      expect(res.stdout).toMatch(/Usage: kejin/);
    }
  });

  it('migrates, seeds deterministically-sized demo data, creates a user, and refuses a second seed', () => {
    expect(kejin('db', 'migrate').stdout).toMatch(/1 migration\(s\) applied|migration\(s\) applied/);
    const seeded = kejin('db', 'seed', '--enterprises', '40', '--seed', '3');
    expect(seeded.status, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Seeded 3 parks, \d+ institutions, 40 enterprises/);
    expect(seeded.stdout).toMatch(/operator@kejin\.demo/);
    const again = kejin('db', 'seed', '--enterprises', '40');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds data/);
    const user = kejin('user', 'create', '--email', 'ops2@example.com', '--name', 'Ops Two', '--role', 'park_admin', '--park', 'zizhu');
    expect(user.status, user.stderr).toBe(0);
    expect(user.stdout).toMatch(/Created ops2@example.com \(park_admin of 紫竹高新区管理委员会\)/);
    expect(user.stdout).toMatch(/Initial password: \S{16}/);
    const bad = kejin('db', 'seed', '--enterprises', 'lots');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--enterprises must be a whole number/);
  });

  it('imports a spreadsheet with --json, exits 1 when all-or-nothing refuses, and exports what re-imports', async () => {
    const file = path.join(dataDir, 'profiles.csv');
    const good = freshCreditCode();
    const row = (code: string, capital = '800') => [code, '上海命令行测试科技有限公司', '李娜', '2017-06-01', capital, '310112', 'I6513', '上海市闵行区东川路1号', null, 60];
    await writeSpreadsheet(file, templateHeader('profiles'), [row(good), row(withWrongCheck(freshCreditCode()))]);
    const res = kejin('import', 'profiles', file, '--park', 'zizhu', '--json');
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({ rows: 2, valid: 1, imported: 1, errors: [{ row: 3, column: '统一社会信用代码' }] });
    expect(out.errors[0].message).toMatch(/check/i);

    // As Excel or Python write a CSV: the 18-digit code unquoted, and one Excel already damaged.
    const bare = path.join(dataDir, 'bare.csv');
    const digits = freshDigitsCreditCode();
    fs.writeFileSync(bare, [templateHeader('profiles'), row(digits), row('9.13101E+17')].map((cells) => cells.map((c) => c ?? '').join(',')).join('\r\n'));
    const bareOut = JSON.parse(kejin('import', 'profiles', bare, '--park', 'zizhu', '--json').stdout);
    expect(bareOut).toMatchObject({ valid: 1, imported: 1, errors: [{ row: 3, column: '统一社会信用代码', message: expect.stringMatching(/format the column as text/) }] });

    const strict = kejin('import', 'profiles', file, '--park', 'zizhu', '--all-or-nothing', '--json');
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ imported: 0 });

    const exported = path.join(dataDir, 'zizhu.xlsx');
    const ex = kejin('export', 'profiles', exported, '--park', 'zizhu');
    expect(ex.status, ex.stderr).toBe(0);
    const back = kejin('import', 'profiles', exported, '--park', 'zizhu', '--all-or-nothing');
    expect(back.status, back.stdout + back.stderr).toBe(0);
    expect(back.stdout).toMatch(/changed\s*status[\s\S]*\s0\s+imported/);
    expect(kejin('import', 'loans', file).stderr).toMatch(/<kind> must be one of profiles, financials, ip, staff/);
  });

  it('tells a second process that the data directory is in use', async () => {
    const webDist = path.join(dataDir, 'web');
    fs.mkdirSync(webDist, { recursive: true });
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Kejin</title>');
    const server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: { ...env, KEJIN_WEB_DIST: webDist }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (d: Buffer) => d.toString().includes('Kejin is running') && resolve());
        server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
      const second = kejin('db', 'migrate');
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/is in use by another Kejin process \(pid \d+: serve --port 0\)/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    expect(fs.existsSync(path.join(dataDir, 'kejin.lock'))).toBe(false);
  });
});
