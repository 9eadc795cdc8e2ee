// The public page /verify/<report-id> (what the report's QR code opens): type the digest or upload
// the PDF, and learn whether the copy is genuine and still valid. No sign-in; the reader's language
// (?lang=, else Accept-Language, else Chinese); the HTML is in verify-page-html.ts.
import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { fail } from '../../../domain/shared/errors.ts';
import { verifyReport, type Verification } from '../../../services/reports/read-reports.ts';
import { todayOf } from '../../../services/shared/context.ts';
import { contextOf } from '../../app.ts';
import { verifyPageHtml, verifyPageLanguage, type VerifyOutcome } from './verify-page-html.ts';

export const MAX_VERIFY_UPLOAD_BYTES = 20 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGEST = /^[0-9a-f]{64}$/i;

function sendPage(request: FastifyRequest, reply: FastifyReply, reportId: string, outcome: VerifyOutcome) {
  const language = verifyPageLanguage((request.query as { lang?: unknown } | undefined)?.lang, request.headers['accept-language']);
  return reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
    .header('content-language', language)
    .header('vary', 'Accept-Language')
    .header('cache-control', 'no-store')
    .send(verifyPageHtml(reportId, outcome, language));
}

/** The verdict with the report's dates as business dates, expired once its last valid day has passed. */
function presentVerification(verification: Verification, today: string, timezone: string): VerifyOutcome {
  if (!verification.genuine || !verification.issuedAt || !verification.validUntil) return { genuine: false };
  const validUntil = businessDateOf(verification.validUntil, timezone);
  return { genuine: true, issuedOn: businessDateOf(verification.issuedAt, timezone), validUntil, expired: validUntil < today };
}

/** The digest typed in, or the SHA-256 of the uploaded file, hashed as it streams in. */
async function submittedDigest(request: FastifyRequest): Promise<string | { problem: 'too_large' | 'no_digest' }> {
  // Only the page's own forms post here, and they always send multipart.
  if (!request.isMultipart()) throw fail('request.multipart_required');
  let digest: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === 'digest' && String(part.value).trim()) digest = String(part.value).trim();
      continue;
    }
    const hash = createHash('sha256');
    for await (const chunk of part.file) hash.update(chunk as Buffer);
    if (part.file.truncated) return { problem: 'too_large' };
    digest = hash.digest('hex');
  }
  if (!digest || !DIGEST.test(digest)) return { problem: 'no_digest' };
  return digest;
}

export const verifyPages: FastifyPluginAsync = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_VERIFY_UPLOAD_BYTES, files: 1, fields: 2, fieldSize: 200 } });
  const schema = { hide: true };

  app.get<{ Params: { reportId: string } }>('/verify/:reportId', { config: { access: 'public' }, schema }, async (request, reply) =>
    sendPage(request, reply, request.params.reportId, null),
  );

  app.post<{ Params: { reportId: string } }>('/verify/:reportId', { config: { access: 'public' }, schema }, async (request, reply) => {
    const { reportId } = request.params;
    const digest = await submittedDigest(request);
    if (typeof digest !== 'string') return sendPage(request, reply.code(400), reportId, digest);
    // An id that is no UUID names no report: answer "not genuine" without asking the database.
    if (!UUID.test(reportId)) return sendPage(request, reply, reportId, { genuine: false });
    const ctx = contextOf(request);
    const verification = await verifyReport(ctx, reportId, digest);
    return sendPage(request, reply, reportId, presentVerification(verification, todayOf(ctx), ctx.timezone));
  });
};
