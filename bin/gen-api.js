#!/usr/bin/env node
// Regenerates web/src/api/schema.gen.ts from the server's routes (see src/server/api-contract.ts).
import { writeFile } from 'node:fs/promises';
import { register } from 'tsx/esm/api';

register();
const { WEB_SCHEMA_FILE, buildOpenApiDocument, renderWebSchema } = await import('../src/server/api-contract.ts');
await writeFile(WEB_SCHEMA_FILE, await renderWebSchema(await buildOpenApiDocument()));
console.log(`wrote ${WEB_SCHEMA_FILE}`);
