// The multipart form of a fundraising document: its kind and one file. The file is read whole up to
// one byte past the cap; a longer one is refused as too large with its size from the request's length.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FUNDRAISING_DOCUMENT_KINDS, MAX_FUNDRAISING_DOCUMENT_BYTES, MAX_FUNDRAISING_DOCUMENT_MB } from '../../../../shared/fundraising.ts';
import { fail, invalidFields, problem } from '../../../domain/shared/errors.ts';
import { zodIssueProblem } from '../../../domain/shared/zod-issues.ts';
import type { FundraisingDocumentInput } from '../../../services/fundraising/documents.ts';
import { formFieldText } from '../../text-rule.ts';

/** What the form parser is told: one file, read to one byte past the cap so "too large" is told apart. */
export const UPLOAD_LIMITS = { fileSize: MAX_FUNDRAISING_DOCUMENT_BYTES + 1, files: 1, fields: 5, fieldSize: 1000 };

const Fields = z.object({ kind: z.enum(FUNDRAISING_DOCUMENT_KINDS) });
const mb = (bytes: number) => Math.ceil((bytes / (1024 * 1024)) * 10) / 10;

export async function readUploadForm(request: FastifyRequest): Promise<FundraisingDocumentInput> {
  if (!request.isMultipart()) throw fail('request.multipart_required');
  const fields: Record<string, string> = {};
  let file: { name: string; content: Buffer } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      fields[part.fieldname] = formFieldText(part);
      continue;
    }
    if (file) throw invalidFields([problem('file', 'file.one_only')]);
    const content = await part.toBuffer();
    if (part.file.truncated || content.length > MAX_FUNDRAISING_DOCUMENT_BYTES) {
      const size = Math.max(Number(request.headers['content-length'] ?? 0), content.length);
      throw fail('document.too_large', { maxMb: MAX_FUNDRAISING_DOCUMENT_MB, sizeMb: mb(size) });
    }
    file = { name: formFieldText({ fieldname: 'file', value: (part.filename || 'document.pdf').trim() }), content };
  }
  if (!file) throw invalidFields([problem('file', 'file.required')]);
  const parsed = Fields.safeParse(fields);
  if (!parsed.success) throw invalidFields(parsed.error.issues.map((i) => zodIssueProblem(i)));
  if ([...file.name].length > 200) throw invalidFields([problem('file', 'field.too_long', { max: 200 })]);
  return { kind: parsed.data.kind, name: file.name, content: file.content };
}
