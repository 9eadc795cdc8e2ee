// The web's API types come from the server's own OpenAPI document: the app is built in memory (no
// database, no background work), its document is turned into TypeScript by openapi-typescript, and the
// result is committed as web/src/api/schema.gen.ts. `npm run gen:api` writes it; api-contract.test.ts
// fails when the committed file differs from what the routes say today.
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { buildApp } from './app.ts';

export const WEB_SCHEMA_FILE = fileURLToPath(new URL('../../web/src/api/schema.gen.ts', import.meta.url));

const HEADER = `// GENERATED FILE, do not edit: the server's OpenAPI document (/api/openapi.json) as TypeScript,
// written by \`npm run gen:api\` (src/server/api-contract.ts, openapi-typescript). A test fails when it is stale.
`;

/** Routes and their schemas only: nothing here touches it, so a stand-in serves. */
const noDatabase: Database = {
  db: new Proxy({}, { get: () => { throw new Error('the OpenAPI document is built without a database'); } }) as Database['db'],
  driver: 'pglite',
  ping: async () => { throw new Error('no database'); },
  poolStats: () => ({ total: 0, idle: 0, waiting: 0 }),
  close: async () => {},
};

/** The document /api/openapi.json serves, built without a database or a listening socket. */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({ KEJIN_LOG_LEVEL: 'silent', KEJIN_WEB_DIST: 'test/no-web' });
  const app = await buildApp({ config, database: noDatabase, background: false });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The TypeScript the web imports (`paths`, `components`, `operations`). */
export async function renderWebSchema(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}
