// `npm start` on a fresh clone builds the web app once; later starts reuse web/dist.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function buildWebIfMissing(webDist: string): Promise<void> {
  const dist = path.resolve(webDist);
  if (fs.existsSync(path.join(dist, 'index.html'))) return;
  console.log('Building the web app (first start only)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(PACKAGE_ROOT, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  console.log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
