import { describe, expect, it } from 'vitest';
import { splitCss, takeEntryTags, withFirstImports, withLoader } from './shell-first';

const BUILT = `<!doctype html><html><head>
    <title>t</title>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-B.js">
    <link rel="modulepreload" crossorigin href="/assets/i18n-C.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
  </head><body><div id="root"></div></body></html>`;

describe('the shell-first build step', () => {
  it('takes the entry’s tags out of the page and puts a loader with the same addresses in their place', () => {
    const found = takeEntryTags(BUILT)!;
    expect(found.tags).toEqual({ script: '/assets/index-A.js', preloads: ['/assets/react-B.js', '/assets/i18n-C.js'], styles: ['/assets/index-D.css'] });
    expect(found.rest).not.toMatch(/<script type="module"|modulepreload|stylesheet/);
    const page = withLoader(found.rest, found.tags, ['/assets/antd.1-x.css']);
    const head = page.slice(0, page.indexOf('</head>'));
    for (const href of ['/assets/index-A.js', '/assets/index-D.css', '/assets/antd.1-x.css']) expect(head).toContain(`"${href}"`);
    expect(head).not.toContain('modulepreload');
    // The preloads follow the shell, for the parser to find: they start the downloads and block nothing.
    const body = page.slice(page.indexOf('<body>'));
    expect(body.indexOf('<div id="root">')).toBeLessThan(body.indexOf('modulepreload'));
    for (const href of ['/assets/react-B.js', '/assets/i18n-C.js']) expect(body).toContain(`<link rel="modulepreload" crossorigin href="${href}">`);
    expect(takeEntryTags('<html><head></head></html>')).toBeUndefined();
  });

  it('cuts a stylesheet only between top-level rules, never inside a block, string or comment', () => {
    const css = '@charset "utf-8";.a{color:red}/* } not the end */.b{content:"}"}@media (min-width:1px){.c{margin:0}.d{padding:0}}.e{x:y}';
    const parts = splitCss(css, 10);
    expect(parts.join('')).toBe(css);
    expect(parts[0]).toBe('@charset "utf-8";');
    expect(parts).toContain('@media (min-width:1px){.c{margin:0}.d{padding:0}}');
    expect(parts).toContain('/* } not the end */.b{content:"}"}');
  });

  it('keeps a small stylesheet whole', () => {
    expect(splitCss('.a{b:c}.d{e:f}', 1000)).toEqual(['.a{b:c}.d{e:f}']);
  });
});

describe('the preloads of the app the entry imports at once', () => {
  const manifest = {
    'index.html': { file: 'assets/index-A.js', imports: ['_react-B.js'], dynamicImports: ['src/app.tsx', 'src/pages/x.tsx'] },
    '_react-B.js': { file: 'assets/react-B.js' },
    'src/app.tsx': { file: 'assets/app-E.js', imports: ['_react-B.js', '_client-F.js'], dynamicImports: ['src/pages/x.tsx'] },
    '_client-F.js': { file: 'assets/client-F.js', imports: ['_react-B.js'] },
    'src/pages/x.tsx': { file: 'assets/x-G.js' },
  };

  it('adds the app chunk and its static imports once each, after the entry’s own, and no lazy page', () => {
    const tags = { script: '/assets/index-A.js', preloads: ['/assets/react-B.js'], styles: [] };
    expect(withFirstImports(tags, manifest, 'index.html', (key) => key.endsWith('src/app.tsx')).preloads).toEqual(['/assets/react-B.js', '/assets/app-E.js', '/assets/client-F.js']);
  });
});
