// `kejin model train` as a user runs it, on a small synthetic CSV. It needs no database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCreditRows, toCsv } from '../domain/model-lab/synthetic-credit.ts';

const BIN = path.resolve('bin/kejin.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-model-'));
const csv = path.join(dir, 'book.csv');
fs.writeFileSync(csv, toCsv(syntheticCreditRows(1500, 4)));
// Each child process may take a while on a busy 2-core machine: a generous ceiling per process, and per
// test room for the several processes it runs (a ceiling only: fast tests stay fast).
const PROCESS_MS = 120_000;
const kejin = (...args: string[]) => spawnSync(process.execPath, [BIN, 'model', 'train', ...args], { encoding: 'utf8', timeout: PROCESS_MS });

describe('kejin model train', { timeout: 4 * PROCESS_MS }, () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object of holdout metrics and writes the model file', () => {
    const out = path.join(dir, 'model.json');
    const res = kejin('--data', csv, '--label', 'defaulted', '--kind', 'scorecard', '--seed', '3', '--out', out, '--json');
    expect(res.status, res.stderr).toBe(0);
    const summary = JSON.parse(res.stdout);
    expect(summary).toMatchObject({ rows: 1500, positives: expect.any(Number), models: [{ kind: 'scorecard', auc: expect.any(Number), ks: expect.any(Number), gini: expect.any(Number), brier: expect.any(Number), train_seconds: expect.any(Number) }] });
    expect(summary.models[0].auc).toBeGreaterThan(0.7);
    const saved = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(saved.models[0].parameters).toMatchObject({ kind: 'scorecard', scaling: { baseScore: 600, baseOdds: 50, pdo: 20 } });
    expect(saved.models[0].table.length).toBeGreaterThan(3);
  });

  it('prints a readable summary and the scorecard table without --json', () => {
    const res = kejin('--data', csv, '--label', 'defaulted', '--kind', 'scorecard');
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/scorecard\s+\d+\s+0\.\d+/);
    expect(res.stdout).toMatch(/income\s+\(-inf, \d+\]/);
  });

  it('refuses bad flags with exit 2 and bad data with exit 1, writing nothing', () => {
    const out = path.join(dir, 'never.json');
    expect(kejin('--data', csv, '--label', 'defaulted', '--holdout', '0.95').status).toBe(2);
    expect(kejin('--data', csv, '--label', 'defaulted', '--kind', 'forest').stderr).toMatch(/--kind must be scorecard, gbdt or both/);
    expect(kejin('--data', csv, '--label', 'defaulted', '--seed', '1.5').status).toBe(2);
    const wrongLabel = kejin('--data', csv, '--label', 'region', '--out', out, '--json');
    expect(wrongLabel.status).toBe(1);
    expect(wrongLabel.stderr).toMatch(/"region" is not binary/);
    expect(wrongLabel.stdout).toBe('');
    expect(kejin('--data', path.join(dir, 'absent.csv'), '--label', 'y').stderr).toMatch(/No such file/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
