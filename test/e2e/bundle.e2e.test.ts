// What the sign-in page downloads, read from the build's manifest (bin/run-e2e.js builds web/dist
// first): only the entry's static imports load with it, and neither echarts nor a page's chunk is among them.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

/** The chunks a key loads before it runs: itself and its static imports, transitively. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(next, seen);
  return seen;
}

// The entry evaluates the app in a task of its own (web/src/main.tsx imports it at once): the page
// loads both, and index.html preloads both.
const appKey = manifest['index.html']!.dynamicImports!.find((key) => key.endsWith('src/app.tsx') || manifest[key]!.name === 'app')!;
const initial = [...new Set([...staticClosure('index.html'), ...staticClosure(appKey)])];
const initialFiles = initial.map((key) => manifest[key]!.file);

describe('the sign-in page bundle', () => {
  it('loads no echarts code', () => {
    const chartEntry = Object.keys(manifest).find((key) => key.endsWith('components/charts/echart.tsx'));
    expect(chartEntry).toBeDefined();
    expect(initial).not.toContain(chartEntry);
    for (const file of initialFiles) {
      // echarts marks its internal properties `__ec_`; no other library here does.
      expect(fs.readFileSync(path.join(DIST, file), 'utf8'), file).not.toContain('__ec_');
    }
    expect(fs.readFileSync(path.join(DIST, manifest[chartEntry!]!.file), 'utf8')).toContain('__ec_');
  });

  it('loads no page but sign-in, and stays under its budget, precompressed', () => {
    const pages = initial.filter((key) => manifest[key]!.src?.includes('src/pages/') && !manifest[key]!.src!.endsWith('login-page.tsx'));
    expect(pages).toEqual([]);
    expect(initial.some((key) => manifest[key]!.src?.endsWith('pages/homes/enterprise-home.tsx'))).toBe(false);
    let brotli = 0;
    for (const file of initialFiles) {
      const full = path.join(DIST, file);
      const br = `${full}.br`;
      if (fs.statSync(full).size >= 1024) expect(fs.existsSync(br) && fs.existsSync(`${full}.gz`), file).toBe(true);
      brotli += fs.existsSync(br) ? fs.statSync(br).size : fs.statSync(full).size;
    }
    expect(brotli).toBeLessThan(400 * 1024);
  });

  it('loads no antd: neither its code nor its stylesheet', () => {
    // antd's ConfigProvider names its default class prefix "ant"; no other library here does.
    const all = fs.readdirSync(path.join(DIST, 'assets')).filter((file) => file.endsWith('.js'));
    expect(all.some((file) => fs.readFileSync(path.join(DIST, 'assets', file), 'utf8').includes('"ant"'))).toBe(true);
    for (const file of initialFiles) expect(fs.readFileSync(path.join(DIST, file), 'utf8'), file).not.toContain('"ant"');
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const entryStyles = JSON.parse(/styles = (\[[^\]]*\])/.exec(html)![1]!) as string[];
    expect(entryStyles.some((href) => href.includes('antd'))).toBe(false);
  });
});

describe('each role’s home', () => {
  const HOMES = ['operator-home', 'park-home', 'institution-home', 'enterprise-home'];
  // The frame around a page (the shell and the route guards) loads with the home.
  const FRAME = ['components/app-shell.tsx', 'auth/require-auth.tsx'];

  it('loads no antd: the frame and the homes are drawn with plain elements', () => {
    const keys = [...HOMES.map((home) => `pages/homes/${home}.tsx`), ...FRAME].map((end) => {
      // A module that several chunks import is a shared chunk, keyed by its name ("_app-shell-….js").
      const shared = `_${path.basename(end, '.tsx')}-`;
      const key = Object.keys(manifest).find((k) => k.endsWith(`src/${end}`) || (k.startsWith(shared) && k.endsWith('.js')));
      expect(key, end).toBeDefined();
      return key!;
    });
    for (const key of keys) {
      for (const chunk of staticClosure(key)) {
        const file = manifest[chunk]!.file;
        expect(fs.readFileSync(path.join(DIST, file), 'utf8'), `${key} loads ${file}`).not.toContain('"ant"');
        for (const css of manifest[chunk]!.css ?? []) expect(css, `${key} loads ${css}`).not.toContain('antd');
      }
    }
  });

  it('is opened without antd’s stylesheet: the loader adds it for the other pages only', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const plain = new RegExp(/if \(!\/(.+)\/\.test\(location\.pathname\)\) window\.kejinStyles\.antd\(\)/.exec(html)![1]!);
    for (const home of ['/login', '/', '/operator', '/park', '/institution', '/enterprise', '/enterprise/']) expect(plain.test(home), home).toBe(true);
    for (const other of ['/enterprise/profile', '/operator/parks', '/register', '/applications/1']) expect(plain.test(other), other).toBe(false);
  });
});

describe('index.html', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');

  it('preloads every chunk the sign-in page runs first, and nothing else', () => {
    const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!.slice(1));
    const entry = manifest['index.html']!.file;
    expect(new Set(preloads)).toEqual(new Set(initialFiles.filter((file) => file !== entry)));
  });

  it('holds nothing that blocks the shell’s first paint: the loader adds the scripts and styles after it', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/<script[^>]+src=/);
    expect(head).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(head).toContain('window.kejinStyles');
    const entry = /add\('script', \{ type: 'module', src: "([^"]+)" \}\)/.exec(head)?.[1];
    expect(entry && fs.existsSync(path.join(DIST, entry))).toBe(true);
  });

  it('lists antd’s stylesheet in parts that are each parsed in a short task, and all of it', () => {
    const parts = JSON.parse(/antdStyles = (\[[^\]]*\])/.exec(html)![1]!) as string[];
    expect(parts.length).toBeGreaterThan(1);
    const sizes = parts.map((href) => fs.statSync(path.join(DIST, href)).size);
    for (const size of sizes) expect(size).toBeLessThan(112 * 1024);
    const whole = fs.statSync(createRequire(import.meta.url).resolve('antd/dist/antd.css')).size;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(whole);
  });
});
