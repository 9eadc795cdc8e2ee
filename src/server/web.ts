// Serves the built web app (web/dist) from the same server; client routes fall back to index.html.
// Files are served with the Brotli or gzip copy the build wrote beside them (`.br`, `.gz`) when the
// browser accepts it (with `Vary: Accept-Encoding`), a strong ETag per encoding, and a cache policy
// by kind: hashed files under /assets/ are immutable for a year, index.html is revalidated on
// every load (`no-cache`), other top-level files (the favicon) are kept a day.
// Until the build is there (a first start builds it in the background), web routes answer a small
// "starting" page with 503 and Retry-After.
import { fail } from '../domain/shared/errors.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendDomainError } from './errors.ts';

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
const PREFERENCE: Encoding[] = ['br', 'gzip'];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const ONE_DAY = 'public, max-age=86400';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

interface Variant {
  file: string;
  size: number;
  etag: string;
}

interface WebFile {
  type: string;
  cacheControl: string;
  identity: Variant;
  encoded: Partial<Record<Encoding, Variant>>;
}

/** The files of one build of the web app, by URL path. */
export class WebFiles {
  private files = new Map<string, WebFile>();

  get loaded(): boolean {
    return this.files.has('/index.html');
  }

  /** Reads a build directory; false when it holds no index.html. */
  load(root: string): boolean {
    const dir = path.resolve(root);
    if (!fs.existsSync(path.join(dir, 'index.html'))) return false;
    const files = new Map<string, WebFile>();
    for (const file of walk(dir)) {
      const ext = path.extname(file);
      if (ext === '.br' || ext === '.gz') continue;
      const url = `/${path.relative(dir, file).split(path.sep).join('/')}`;
      if (url.startsWith('/.vite/')) continue; // the build manifest is for tests and tools, not browsers
      const identity = variant(file);
      const encoded: WebFile['encoded'] = {};
      for (const encoding of PREFERENCE) {
        const copy = file + SUFFIX[encoding];
        if (fs.existsSync(copy)) encoded[encoding] = { file: copy, size: fs.statSync(copy).size, etag: identity.etag.replace(/"$/, `-${encoding}"`) };
      }
      const cacheControl = url === '/index.html' ? REVALIDATE : url.startsWith('/assets/') ? IMMUTABLE : ONE_DAY;
      files.set(url, { type: TYPES[ext] ?? 'application/octet-stream', cacheControl, identity, encoded });
    }
    this.files = files;
    return true;
  }

  get(url: string): WebFile | undefined {
    return this.files.get(url);
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

function variant(file: string): Variant {
  const bytes = fs.readFileSync(file);
  return { file, size: bytes.length, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"` };
}

/** The encodings an Accept-Encoding header allows, best first (q=0 refuses one; `*` allows the rest). */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => weights.get(encoding) ?? weights.get(encoding === 'gzip' && weights.has('x-gzip') ? 'x-gzip' : '*') ?? 0;
  return PREFERENCE.filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a));
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: WebFile) {
  const encoding = acceptedEncodings(request.headers['accept-encoding']).find((e) => file.encoded[e]);
  const chosen = encoding ? file.encoded[encoding]! : file.identity;
  reply.header('cache-control', file.cacheControl).header('etag', chosen.etag).type(file.type);
  if (Object.keys(file.encoded).length) reply.header('vary', 'accept-encoding');
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === chosen.etag)) return reply.code(304).send();
  if (encoding) reply.header('content-encoding', encoding);
  reply.header('content-length', chosen.size);
  return reply.send(fs.createReadStream(chosen.file));
}

const STARTING_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="3"><title>科金正在启动 · Kejin is starting</title></head>
<body style="font-family:system-ui,sans-serif;display:flex;min-height:100vh;margin:0;align-items:center;justify-content:center;background:#f5f7fb;color:#1f2937">
<main><h1 style="font-size:20px">科金正在启动…</h1><p>首次启动正在构建网页应用，页面会自动刷新。</p>
<p lang="en">Kejin is starting: the web app is being built on this first start. This page reloads by itself.</p></main></body></html>`;

export interface WebApp {
  files: WebFiles;
  /** Loads (or reloads) the build in the web dist directory; false when there is none. */
  reload(): boolean;
  /** For a GET no route answered: a top-level file of the build, else index.html (client routes); undefined without a build. */
  page(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined;
}

export function registerWeb(app: FastifyInstance, webDist: string): WebApp {
  const files = new WebFiles();
  const starting = (reply: FastifyReply) =>
    reply.code(503).header('retry-after', '3').header('cache-control', 'no-store').type('text/html; charset=utf-8').send(STARTING_PAGE);
  const building = () => app.kejin.startup.has('web_app');
  const web: WebApp = {
    files,
    reload: () => files.load(webDist),
    page(request, reply) {
      const file = files.get(request.url.split('?')[0]!) ?? files.get('/index.html');
      if (file) return sendFile(request, reply, file);
      if (building()) return starting(reply);
      return undefined;
    },
  };
  if (!web.reload()) app.log.warn({ webDist: path.resolve(webDist) }, 'web app not built: run `npm run build:web` (npm start does it when missing)');

  app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true }, compress: false }, async (request, reply) => {
    const pathname = request.url.split('?')[0]!;
    const file = files.get(pathname);
    if (file) return sendFile(request, reply, file);
    if (building()) return starting(reply);
    return sendDomainError(reply, fail('web.file_not_found', { path: pathname }));
  });
  app.get('/', { config: { access: 'public' }, schema: { hide: true }, compress: false }, async (request, reply) => web.page(request, reply) ?? reply.callNotFound());
  return web;
}
