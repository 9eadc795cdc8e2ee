// Start-to-healthy on the embedded database: a fresh data directory (migrate + seed 2,400
// enterprises), then a warm restart. The web app is prebuilt so its one-off build is not counted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark } from './main.ts';
import { round } from './stats.ts';

async function startOnce(dataDir: string, webDist: string): Promise<{ seconds: number; rssMb: number }> {
  const port = 39000 + Math.floor(Math.random() * 1000);
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/kejin.js', 'demo', '--port', String(port)], {
    env: { ...process.env, KEJIN_DATA_DIR: dataDir, KEJIN_WEB_DIST: webDist, KEJIN_LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`kejin demo exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const rss = Number(/kejin_process_resident_memory_bytes (\d+)/.exec(metrics)?.[1] ?? NaN);
    return { seconds, rssMb: rss / 2 ** 20 };
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
}

export const startupBenchmark: Benchmark = {
  name: 'startup',
  description: 'kejin demo on PGlite: fresh data directory to /readyz, then a warm restart',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-'));
    const webDist = path.join(dir, 'web');
    fs.mkdirSync(webDist);
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Kejin</title>');
    try {
      const cold = await startOnce(path.join(dir, 'data'), webDist);
      const warm = await startOnce(path.join(dir, 'data'), webDist);
      return {
        cold_start_to_ready_s: round(cold.seconds),
        warm_start_to_ready_s: round(warm.seconds),
        rss_after_cold_start_mb: round(cold.rssMb, 0),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
