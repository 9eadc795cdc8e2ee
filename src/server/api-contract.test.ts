// The committed web contract (web/src/api/schema.gen.ts) is what the routes say today: CI fails
// when a route's schema changed and the file was not regenerated.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { WEB_SCHEMA_FILE, buildOpenApiDocument, renderWebSchema } from './api-contract.ts';

describe('the web API contract', () => {
  it('web/src/api/schema.gen.ts is generated from the current routes (else: run npm run gen:api)', async () => {
    const [committed, fresh] = await Promise.all([readFile(WEB_SCHEMA_FILE, 'utf8'), buildOpenApiDocument().then(renderWebSchema)]);
    if (committed !== fresh) {
      expect.fail('web/src/api/schema.gen.ts is stale: the server\'s OpenAPI document changed. Run `npm run gen:api` and commit the file.');
    }
  }, 120_000);

  it('names the shared vocabularies as enums in the document', async () => {
    const document = (await buildOpenApiDocument()) as { components?: { schemas?: Record<string, { enum?: string[] }> } };
    expect(document.components?.schemas?.ApplicationState?.enum).toContain('written_off');
  }, 120_000);
});
