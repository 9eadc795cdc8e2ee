// The public page /verify/<report-id> (what the report's QR code opens): type the digest or upload
// the PDF, and learn whether the copy is genuine. Self-contained HTML in Chinese and English.
import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { fail } from '../../../domain/shared/errors.ts';
import { verifyReport, type Verification } from '../../../services/reports/read-reports.ts';
import { contextOf } from '../../app.ts';

export const MAX_VERIFY_UPLOAD_BYTES = 20 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGEST = /^[0-9a-f]{64}$/i;

type Outcome = Verification | { problem: string } | null;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function outcomeHtml(outcome: Outcome, timezone: string): string {
  const day = (d: Date | undefined) => (d ? businessDateOf(d, timezone) : '');
  if (!outcome) return '';
  if ('problem' in outcome) return `<p class="result bad">${escapeHtml(outcome.problem)}</p>`;
  if (!outcome.genuine) return '<p class="result bad" id="result">✗ 非真实报告 / not genuine</p>';
  const dates = `签发于 ${day(outcome.issuedAt)}，有效期至 ${day(outcome.validUntil)} / issued ${day(outcome.issuedAt)}, valid until ${day(outcome.validUntil)}`;
  return `<p class="result good" id="result">✓ 真实报告 / genuine — ${escapeHtml(dates)}</p>`;
}

export function verifyPageHtml(reportId: string, outcome: Outcome, timezone: string): string {
  const id = escapeHtml(reportId);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>报告核验 / Report verification</title>
<style>body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:640px;margin:2rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.3rem}code{word-break:break-all}form{margin:1.2rem 0;padding:1rem;border:1px solid #d1d5db;border-radius:6px}
input[type=text]{width:100%;box-sizing:border-box;font-family:monospace;padding:.4rem}button{margin-top:.6rem;padding:.4rem 1rem}
.result{padding:.8rem;border-radius:6px;font-weight:600}.good{background:#dcfce7;color:#166534}.bad{background:#fee2e2;color:#991b1b}</style></head>
<body><h1>科金科技金融服务平台 · 报告真伪核验<br><small>Kejin Technology Finance Platform · Report verification</small></h1>
<p>报告编号 / Report ID: <code>${id}</code></p>
${outcomeHtml(outcome, timezone)}
<form method="post" action="/verify/${id}" enctype="multipart/form-data">
<label for="digest">输入报告的 SHA-256 摘要 / Type the report's SHA-256 digest</label>
<input type="text" id="digest" name="digest" maxlength="64" pattern="[0-9a-fA-F]{64}" required autocomplete="off">
<button type="submit">核验 / Verify</button></form>
<form method="post" action="/verify/${id}" enctype="multipart/form-data">
<label for="pdf">或上传报告 PDF（不超过 20 MB）/ Or upload the report PDF (up to 20 MB)</label><br>
<input type="file" id="pdf" name="pdf" accept="application/pdf,.pdf" required>
<br><button type="submit">上传核验 / Upload and verify</button></form>
<p><small>文件只用于计算摘要，不会被保存。/ The file is only hashed, never stored.</small></p>
</body></html>`;
}

function sendPage(reply: FastifyReply, reportId: string, outcome: Outcome) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
    .header('cache-control', 'no-store')
    .send(verifyPageHtml(reportId, outcome, reply.server.kejin.config.timezone));
}

/** The digest typed in, or the SHA-256 of the uploaded file, hashed as it streams in. */
async function submittedDigest(request: FastifyRequest): Promise<string | { problem: string }> {
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
    if (part.file.truncated) return { problem: '文件超过 20 MB / The file is larger than 20 MB' };
    digest = hash.digest('hex');
  }
  if (!digest || !DIGEST.test(digest)) return { problem: '请输入 64 位十六进制摘要或上传 PDF / Type a 64-character hexadecimal digest or upload the PDF' };
  return digest;
}

export const verifyPages: FastifyPluginAsync = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_VERIFY_UPLOAD_BYTES, files: 1, fields: 2, fieldSize: 200 } });
  const schema = { hide: true };

  app.get<{ Params: { reportId: string } }>('/verify/:reportId', { config: { access: 'public' }, schema }, async (request, reply) =>
    sendPage(reply, request.params.reportId, null),
  );

  app.post<{ Params: { reportId: string } }>('/verify/:reportId', { config: { access: 'public' }, schema }, async (request, reply) => {
    const { reportId } = request.params;
    const digest = await submittedDigest(request);
    if (typeof digest !== 'string') return sendPage(reply.code(400), reportId, digest);
    // An id that is no UUID names no report: answer "not genuine" without asking the database.
    const outcome = UUID.test(reportId) ? await verifyReport(contextOf(request), reportId, digest) : { genuine: false };
    return sendPage(reply, reportId, outcome);
  });
};
