// `npm start` on a fresh clone builds the web app once; later starts reuse web/dist. The build runs
// in a child process (its own core, and the server keeps answering while it runs) into a sibling
// directory that is renamed into place when it is complete, so a half-built app is never served.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const isWebBuilt = (webDist: string) => fs.existsSync(path.join(path.resolve(webDist), 'index.html'));

/** Builds the web app into webDist unless it holds one; resolves true when it built. */
export async function buildWebIfMissing(webDist: string): Promise<boolean> {
  const dist = path.resolve(webDist);
  if (isWebBuilt(dist)) return false;
  console.log('Building the web app (first start only)…');
  const started = Date.now();
  const staging = `${dist}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const args = [vite, 'build', '--config', path.join(PACKAGE_ROOT, 'web/vite.config.ts'), '--outDir', staging, '--emptyOutDir', '--logLevel', 'warn'];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`Building the web app failed (vite exited with ${code})`);
  }
  fs.rmSync(dist, { recursive: true, force: true });
  fs.renameSync(staging, dist);
  console.log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
