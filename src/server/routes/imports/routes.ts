// Spreadsheet imports over HTTP: templates, the upload (multipart, streamed to a temporary file),
// and the history. The work is the same service the CLI calls.
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMPORT_KINDS, templateHeader, type ImportKind } from '../../../domain/profile/import-kinds.ts';
import { fail, invalidFields, problem } from '../../../domain/shared/errors.ts';
import { writeSpreadsheet } from '../../../lib/spreadsheet/index.ts';
import { listImports } from '../../../services/imports/list-imports.ts';
import { runImport } from '../../../services/imports/run-import.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, ErrorSchema, iso, PageQuery, pageOf } from '../common.ts';
import { zodIssueProblem } from '../../../domain/shared/zod-issues.ts';
import { formFieldText } from '../../text-rule.ts';

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const ImportModeEnum = z.enum(['all_or_nothing', 'valid_rows']);
const ImportStatusEnum = z.enum(['imported', 'rejected', 'dry_run']);

const ImportResultSchema = z.object({
  importId: z.string().nullable(),
  kind: z.enum(IMPORT_KINDS),
  fileSha256: z.string(),
  rows: z.number(),
  valid: z.number(),
  imported: z.number(),
  changed: z.number(),
  status: ImportStatusEnum,
  errors: z.array(
    z.object({ row: z.number(), column: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])).readonly()])), message: z.string() }),
  ),
});
const ImportRecord = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  fileSha256: z.string(),
  mode: ImportModeEnum,
  dryRun: z.boolean(),
  status: ImportStatusEnum,
  rows: z.number(),
  valid: z.number(),
  imported: z.number(),
  actorEmail: z.string().nullable(),
  at: z.string(),
});
const Fields = z.object({
  kind: z.enum(IMPORT_KINDS),
  mode: ImportModeEnum.default('all_or_nothing'),
  dryRun: z.enum(['true', 'false']).default('false'),
  parkCode: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/).optional(),
});

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['imports'];
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1000 } });

  app.get(
    '/imports/templates/:file',
    {
      config: { access: 'import.run' },
      schema: { tags, summary: 'The empty template of a kind, as .xlsx or .csv', params: z.object({ file: z.string().regex(/^[a-z]+\.(xlsx|csv)$/) }) },
    },
    async (request, reply) => {
      const [kind, ext] = request.params.file.split('.') as [string, string];
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw invalidFields([problem('file', 'import.unknown_kind', { kind, kinds: IMPORT_KINDS })]);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'kejin-template-'));
      try {
        const file = path.join(dir, request.params.file);
        await writeSpreadsheet(file, templateHeader(kind as ImportKind), []);
        const type = ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        return reply.type(type).header('content-disposition', `attachment; filename="kejin-${request.params.file}"`).send(await readFile(file));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  app.post(
    '/imports',
    {
      config: { access: 'import.run' },
      schema: { tags, summary: 'Import a spreadsheet (multipart: kind, mode, dryRun, parkCode, file)', consumes: ['multipart/form-data'], response: { 200: ImportResultSchema, 413: ErrorSchema, ...errorResponses } },
    },
    async (request) => {
      if (!request.isMultipart()) throw fail('request.multipart_required');
      const dir = await mkdtemp(path.join(os.tmpdir(), 'kejin-upload-'));
      try {
        const upload = await receiveUpload(request, dir);
        const fields = Fields.safeParse(upload.fields);
        if (!fields.success) {
          throw invalidFields(fields.error.issues.map((i) => zodIssueProblem(i)));
        }
        const { kind, mode, dryRun, parkCode } = fields.data;
        return await runImport(contextOf(request), { kind, mode, dryRun: dryRun === 'true', parkCode, filePath: upload.path, fileName: upload.fileName });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    '/imports',
    { config: { access: 'import.run' }, schema: { tags, summary: 'Import history', querystring: PageQuery.omit({ q: true }), response: { 200: pageOf(ImportRecord), ...errorResponses } } },
    async (request) => {
      const result = await listImports(contextOf(request), request.query);
      return { ...result, items: result.items.map((i) => ({ ...i, kind: i.kind as ImportKind, at: iso(i.at)! })) };
    },
  );
};

async function receiveUpload(request: FastifyRequest, dir: string) {
  const fields: Record<string, string> = {};
  let file: { path: string; fileName: string } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      fields[part.fieldname] = formFieldText(part);
      continue;
    }
    if (file) throw invalidFields([problem('file', 'file.one_only')]);
    const fileName = path.basename(part.filename || 'upload');
    if (!/\.(xlsx|csv)$/i.test(fileName)) throw invalidFields([problem('file', 'file.unsupported_type', { types: ['.xlsx', '.csv'] })]);
    const target = path.join(dir, `upload${path.extname(fileName).toLowerCase()}`);
    await pipeline(part.file, createWriteStream(target));
    if (part.file.truncated) throw fail('file.too_large', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 });
    file = { path: target, fileName };
  }
  if (!file) throw invalidFields([problem('file', 'file.required')]);
  return { ...file, fields };
}
