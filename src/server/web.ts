// Serves the built web app (web/dist) from the same server; client routes fall back to index.html.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWeb(app: FastifyInstance, webDist: string) {
  const root = path.resolve(webDist);
  const indexFile = path.join(root, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ webDist: root }, 'web app not built: run `npm run build:web` (npm start does it when missing)');
    return;
  }
  app.kejin.webIndex = fs.readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root,
    index: false,
    wildcard: false,
    globIgnore: ['index.html'],
    setHeaders: (res, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html').header('cache-control', 'no-cache').send(app.kejin.webIndex),
  );
}
