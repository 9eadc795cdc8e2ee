import { describe, expect, it } from 'vitest';
import { splitCss, takeEntryTags, withLoader } from './shell-first';

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
