// The web app's files and the API's JSON on the wire: encodings by Accept-Encoding, cache policy,
// ETags and revalidation; and what a first start answers while it is still preparing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { buildApp, type App } from './app.ts';
import { acceptedEncodings } from './web.ts';

const INDEX = `<!doctype html><html lang="zh-CN"><head><title>科金</title><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;
const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(2000))};\n`;

function writeBuild(dir: string) {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  const write = (name: string, text: string, compressed: boolean) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    if (!compressed) return;
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
  };
  write('index.html', INDEX, true);
  write('assets/index-abc123.js', SCRIPT, true);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
}

const decode = (body: Buffer, encoding: string | undefined) =>
  (encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body).toString('utf8');

describe('Accept-Encoding negotiation', () => {
  it.each([
    [undefined, []],
    ['gzip, deflate, br', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br;q=0, gzip', ['gzip']],
    ['gzip;q=1, br;q=0.5', ['gzip', 'br']],
    ['*', ['br', 'gzip']],
    ['*;q=0', []],
    ['identity', []],
  ])('%s → %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});

describe('serving the web app and the API', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-web-'));
    writeBuild(dist);
    t = await createTestApp({ enterprises: 30, env: { KEJIN_WEB_DIST: dist } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('serves index.html precompressed, revalidated on every load, for / and client routes', async () => {
    for (const [url, encoding] of [['/', 'br'], ['/login', 'gzip'], ['/enterprise/profile?tab=ip', 'br']] as const) {
      const res = await get(url, { 'accept-encoding': encoding === 'br' ? 'gzip, deflate, br' : 'gzip' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(decode(res.rawPayload, encoding)).toBe(INDEX);
    }
  });

  it('answers 304 to a revalidation with the ETag of the encoding it would send', async () => {
    const first = await get('/login', { 'accept-encoding': 'br' });
    const again = await get('/login', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    // The gzip copy is another representation: the Brotli copy's tag does not validate it.
    const gzip = await get('/login', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag as string });
    expect(gzip.statusCode).toBe(200);
    expect(gzip.headers.etag).not.toBe(first.headers.etag);
  });

  it('serves hashed assets immutable for a year, by encoding, and plain to a client that accepts none', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 10);
    expect(decode(br.rawPayload, 'br')).toBe(SCRIPT);

    const gzip = await get('/assets/index-abc123.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode(gzip.rawPayload, 'gzip')).toBe(SCRIPT);

    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.etag).toBeDefined();
    expect(plain.body).toBe(SCRIPT);

    const revalidated = await get('/assets/index-abc123.js', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string });
    expect(revalidated.statusCode).toBe(304);
  });

  it('answers a missing asset 404 in the error envelope, never index.html', async () => {
    const res = await get('/assets/gone-123.js', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'web.file_not_found', details: { category: 'not_found', params: { path: '/assets/gone-123.js' } } } });
  });

  it('serves the other top-level files of the build (the favicon) for a day', async () => {
    const res = await get('/favicon.svg', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('compresses API JSON by Accept-Encoding, and leaves small answers alone', async () => {
    const cookie = await t.cookieOf('operator');
    const plain = await get('/api/v1/enterprises?pageSize=50', { cookie });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['br', 'gzip']) {
      const res = await get('/api/v1/enterprises?pageSize=50', { cookie, 'accept-encoding': encoding });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(JSON.parse(decode(res.rawPayload, encoding))).toEqual(plain.json());
    }
    const small = await get('/healthz', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ status: 'ok' });
  });

  it('keeps the error envelope when it compresses an error', async () => {
    const cookie = await t.cookieOf('operator');
    const res = await get(`/api/v1/enterprises?q=${'x'.repeat(3000)}`, { cookie, 'accept-encoding': 'gzip' });
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(decode(res.rawPayload, res.headers['content-encoding'] as string | undefined));
    expect(body).toMatchObject({ error: { code: 'field.too_long', details: { category: 'invalid_input', fields: [{ field: 'q', code: 'field.too_long' }] } } });
  });

  it('leaves spreadsheet downloads uncompressed, as they stream', async () => {
    const cookie = await t.cookieOf('operator');
    const res = await get('/api/v1/imports/templates/profiles.xlsx', { cookie, 'accept-encoding': 'gzip, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('a first start that is still preparing', () => {
  let t: TestApp;
  let app: App;
  let dist: string;

  // An app as `kejin demo` has it right after listening: no web build yet (one test file has one
  // schema, so this app shares the test app's database).
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-web-'));
    t = await createTestApp({ enterprises: 10 });
    app = await buildApp({ config: { ...t.config, webDist: dist }, database: t.database });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('without a build and not building, web routes are 404 in the error envelope', async () => {
    const res = await get('/login');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'request.route_not_found', details: { category: 'not_found', params: { method: 'GET', path: '/login' } } } });
  });

  it('answers /healthz, refuses the API and /readyz with 503 until the demo data is in', async () => {
    const { startup } = app.kejin;
    startup.begin('demo_data');
    try {
      expect((await get('/healthz')).statusCode).toBe(200);
      const ready = await get('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ error: { code: 'server.starting', details: { category: 'unavailable', pending: ['demo_data'] } } });
      const me = await get('/api/v1/me');
      expect(me.statusCode).toBe(503);
      expect(me.headers['retry-after']).toBe('5');
      expect(me.json()).toMatchObject({ error: { code: 'server.starting', details: { category: 'unavailable', pending: ['demo_data'] } } });
    } finally {
      startup.done('demo_data');
    }
    expect((await get('/readyz')).statusCode).toBe(200);
    expect((await get('/api/v1/me')).statusCode).toBe(401);
  });

  it('answers web routes with a starting page while the web app builds, then the app', async () => {
    const { startup, web } = app.kejin;
    startup.begin('web_app');
    try {
      const res = await get('/login');
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['retry-after']).toBe('3');
      expect(res.body).toContain('Kejin is starting');
      expect((await get('/assets/index-abc123.js')).statusCode).toBe(503);
      expect((await get('/readyz')).statusCode).toBe(503);
      writeBuild(dist);
      expect(web?.reload()).toBe(true);
    } finally {
      startup.done('web_app');
    }
    const res = await get('/login');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(INDEX);
  });
});
