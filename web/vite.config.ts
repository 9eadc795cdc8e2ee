import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { splitCss, takeEntryTags, withFirstImports, withLoader, type ManifestChunk } from './src/build/shell-first';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.KEJIN_API_URL ?? 'http://localhost:3000';
const proxied = ['/api', '/healthz', '/readyz', '/verify'];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

/** About how much stylesheet the browser parses in one go (see src/build/shell-first.ts). */
const CSS_PART = 96 * 1024;

/** Cuts a stylesheet into hashed parts under assets/, returning their addresses in order. */
async function writeParts(outDir: string, stem: string, css: string): Promise<string[]> {
  const names: string[] = [];
  for (const [i, part] of splitCss(css, CSS_PART).entries()) {
    const name = `/assets/${stem}.${i + 1}-${createHash('sha256').update(part).digest('hex').slice(0, 8)}.css`;
    await fs.writeFile(path.join(outDir, name), part);
    names.push(name);
  }
  return names;
}

/**
 * index.html loads the app after its shell has painted, and antd's stylesheet in parts for the
 * pages that use antd (see src/build/shell-first.ts).
 */
async function shellFirst(outDir: string): Promise<void> {
  const file = path.join(outDir, 'index.html');
  const found = takeEntryTags(await fs.readFile(file, 'utf8'));
  if (!found) return;
  const antdCss = await fs.readFile(createRequire(import.meta.url).resolve('antd/dist/antd.css'), 'utf8');
  const antdStyles = await writeParts(outDir, 'antd', antdCss);
  const manifest = JSON.parse(await fs.readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  // The app chunk (web/src/app.tsx; keyed by its path, or as a shared chunk named after it).
  const tags = withFirstImports(found.tags, manifest, 'index.html', (key) => key.endsWith('src/app.tsx') || manifest[key]?.name === 'app');
  await fs.writeFile(file, withLoader(found.rest, tags, antdStyles));
}

/**
 * Writes a Brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text file of
 * the build that is worth it, for the server to send by Accept-Encoding without compressing per request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kejin-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await shellFirst(outDir);
      const files = (await fs.readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name) && !entry.parentPath.includes(`${path.sep}.vite`))
        .map((entry) => path.join(entry.parentPath, entry.name));
      await Promise.all(
        files.map(async (file) => {
          const bytes = await fs.readFile(file);
          if (bytes.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
            gzip(bytes, { level: 9 }),
          ]);
          if (br.length < bytes.length) await fs.writeFile(`${file}.br`, br);
          if (gz.length < bytes.length) await fs.writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600, // echarts (bar, line, funnel, gauge, radar from echarts/core) loads only with a page that draws a chart
    // The manifest says which chunks each entry and page loads (a test checks the sign-in page's).
    manifest: true,
    rollupOptions: {
      output: {
        // Libraries every page needs stay in long-lived chunks; antd and echarts are split by what
        // each page imports (pages are loaded per route), so the sign-in page loads only its own.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/.test(id)) return 'i18n';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
});
