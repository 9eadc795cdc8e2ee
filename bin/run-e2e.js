#!/usr/bin/env node
// `npm run test:e2e`: the browser suite under vitest, against the system Chromium (never downloaded).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(CHROMIUM)) {
  console.error(
    `The browser suite needs Chromium at ${CHROMIUM}, which is missing.\n` +
      'Install it with your system package manager (Debian/Ubuntu: apt-get install chromium); ' +
      'the suite never downloads a browser.',
  );
  process.exit(1);
}

// Test what the sources say now, not a stale web/dist from an earlier build.
const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Building the web app failed; the browser suite did not run.');
  process.exit(1);
}

const args = ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)];
const child = spawn('npx', args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start vitest: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
