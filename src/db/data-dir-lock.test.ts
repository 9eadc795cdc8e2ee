import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

describe('PGlite data directory lock', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('refuses a directory held by another live process, naming it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kejin.lock'), JSON.stringify({ pid: process.ppid, command: 'serve', since: '' }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by another Kejin process \\(pid ${process.ppid}: serve\\)`));
  });

  it('takes over a lock left by a process that is gone, and releases it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kejin.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, command: 'serve', since: '' }));
    const release = lockDataDir(dir, 'test');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'kejin.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, 'kejin.lock'))).toBe(false);
  });
});
