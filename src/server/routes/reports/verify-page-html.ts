// The HTML of the public report-verification page, in the app's look (its header, brand, colours and
// fonts) and in the reader's one language. Self-contained: the styles and the brand mark are inline,
// so the page loads nothing else and works with `default-src 'none'`.
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../domain/report/labels.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** What the page shows under the report id: nothing yet, a refused submission, or the verdict. */
export type VerifyOutcome =
  | null
  | { problem: 'too_large' | 'no_digest' }
  | { genuine: false }
  /** Dates are business dates (YYYY-MM-DD); expired when the report's validity ended before today. */
  | { genuine: true; issuedOn: string; validUntil: string; expired: boolean };

const TEXTS = {
  'zh-CN': {
    brand: '科金',
    subtitle: '科技金融服务平台',
    title: '报告真伪核验',
    intro: '核对您手中的信用报告是否由本平台签发且未被改动：输入随报告提供的 SHA-256 摘要，或上传报告 PDF。',
    reportId: '报告编号',
    issuedOn: '签发日期',
    validUntil: '有效期至',
    status: '状态',
    genuine: '真实报告',
    genuineNote: '该报告由本平台签发，内容未被改动。',
    statusValid: '有效',
    expired: '真实报告，但已过有效期',
    expiredNote: '该报告由本平台签发，内容未被改动，但已超过有效期，请向企业索取最新报告。',
    statusExpired: '已过期',
    notGenuine: '非真实报告',
    notGenuineNote: '摘要与本平台登记的任何报告都不一致：该文件不是本平台签发的这份报告，或已被改动。',
    tooLarge: '文件超过 20 MB，未能核验。',
    noDigest: '请输入 64 位十六进制摘要或上传报告 PDF。',
    digestLabel: '输入报告的 SHA-256 摘要',
    digestHint: '64 位十六进制字符，签发报告时随文件提供',
    verify: '核验',
    or: '或',
    pdfLabel: '上传报告 PDF（不超过 20 MB）',
    upload: '上传核验',
    privacy: '文件只用于计算摘要，不会被保存。本页无需登录。',
    footer: '科金 · 开源科技金融服务平台',
    switchTo: 'English',
  },
  en: {
    brand: 'Kejin',
    subtitle: 'Technology Finance Platform',
    title: 'Report verification',
    intro: 'Check that the credit report you hold was issued by this platform and has not been altered: type the SHA-256 digest given with it, or upload the report PDF.',
    reportId: 'Report ID',
    issuedOn: 'Issued on',
    validUntil: 'Valid until',
    status: 'Status',
    genuine: 'Genuine report',
    genuineNote: 'This report was issued by the platform and has not been altered.',
    statusValid: 'Valid',
    expired: 'Genuine report, but expired',
    expiredNote: 'This report was issued by the platform and has not been altered, but its validity has ended; ask the enterprise for a current report.',
    statusExpired: 'Expired',
    notGenuine: 'Not a genuine report',
    notGenuineNote: 'The digest matches no report registered on the platform: this file is not the report issued under this ID, or it has been altered.',
    tooLarge: 'The file is larger than 20 MB and was not checked.',
    noDigest: 'Type a 64-character hexadecimal digest or upload the report PDF.',
    digestLabel: 'Type the SHA-256 digest of the report',
    digestHint: '64 hexadecimal characters, given with the report when it was issued',
    verify: 'Verify',
    or: 'or',
    pdfLabel: 'Upload the report PDF (up to 20 MB)',
    upload: 'Upload and verify',
    privacy: 'The file is only hashed, never stored. No sign-in needed.',
    footer: 'Kejin · open-source technology finance platform',
    switchTo: '中文',
  },
} satisfies Record<ReportLanguage, Record<string, string>>;
type Texts = (typeof TEXTS)['en'];

/** `?lang=` first, then the first language of Accept-Language the page speaks; Chinese otherwise. */
export function verifyPageLanguage(lang: unknown, acceptLanguage: string | undefined): ReportLanguage {
  if (typeof lang === 'string') {
    const asked = REPORT_LANGUAGES.find((l) => l.toLowerCase() === lang.toLowerCase());
    if (asked) return asked;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh-CN';
}

const MARK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#1556b8"/><path d="M9 8v16M9 16l9-8M12.5 13.5 20 24" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/><circle cx="23" cy="10" r="2.5" fill="#f5b400"/></svg>';

const STYLE = `*{box-sizing:border-box}
body{margin:0;background:#f3f5f9;color:rgba(0,0,0,.88);font:14px/1.6 -apple-system,BlinkMacSystemFont,'Segoe UI','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Helvetica Neue',Arial,sans-serif;min-height:100vh;display:flex;flex-direction:column}
header{background:#0b2a55;color:#fff;height:64px;padding:0 24px;display:flex;align-items:center;justify-content:space-between;gap:16px}
.brand{display:flex;align-items:center;gap:10px;font-size:17px;font-weight:600;white-space:nowrap}.brand span{font-weight:400;color:rgba(255,255,255,.75)}
header a{color:#fff;text-decoration:none;border:1px solid rgba(255,255,255,.45);border-radius:6px;padding:2px 10px}header a:hover{border-color:#fff}
main{flex:1;width:100%;max-width:720px;margin:0 auto;padding:32px 16px}
h1{font-size:24px;font-weight:600;margin:0 0 4px}.intro{color:rgba(0,0,0,.65);margin:0 0 20px}
.card{background:#fff;border:1px solid #f0f0f0;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.03),0 1px 6px -1px rgba(0,0,0,.02);padding:20px 24px;margin-bottom:16px}
.verdict{display:flex;gap:14px;align-items:flex-start;border-radius:8px;padding:16px 18px;margin-bottom:16px;border:1px solid}
.verdict .icon{flex:none;width:32px;height:32px;border-radius:50%;color:#fff;font-size:18px;font-weight:700;display:flex;align-items:center;justify-content:center}
.verdict h2{font-size:18px;margin:0 0 2px}.verdict p{margin:0;color:rgba(0,0,0,.65)}
.valid{background:#f6ffed;border-color:#b7eb8f}.valid .icon{background:#389e0d}.valid h2{color:#237804}
.expired{background:#fffbe6;border-color:#ffe58f}.expired .icon{background:#d48806}.expired h2{color:#ad6800}
.invalid{background:#fff2f0;border-color:#ffccc7}.invalid .icon{background:#cf1322}.invalid h2{color:#a8071a}
dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 24px;margin:0}dt{color:rgba(0,0,0,.65)}dd{margin:0}
code{font-family:SFMono-Regular,Consolas,'Liberation Mono',Menlo,monospace;word-break:break-all}
.tag{display:inline-block;border-radius:4px;padding:0 8px;font-size:12px;line-height:20px;border:1px solid}
.tag.valid{color:#389e0d}.tag.expired{color:#d48806}
label{display:block;font-weight:500;margin-bottom:6px}.hint{color:rgba(0,0,0,.62);font-size:12px;margin-top:4px}
input[type=text]{width:100%;font:14px SFMono-Regular,Consolas,'Liberation Mono',Menlo,monospace;padding:6px 11px;border:1px solid #d9d9d9;border-radius:6px;outline:none}
input[type=text]:focus{border-color:#1556b8;box-shadow:0 0 0 2px rgba(21,86,184,.15)}
input[type=file]{font:inherit;max-width:100%}
button{margin-top:12px;font:inherit;color:#fff;background:#1556b8;border:0;border-radius:6px;padding:5px 16px;cursor:pointer}button:hover{background:#2f6fd0}
.or{display:flex;align-items:center;gap:12px;color:rgba(0,0,0,.62);margin:18px 0}.or::before,.or::after{content:'';flex:1;border-top:1px solid #f0f0f0}
.privacy{color:rgba(0,0,0,.62);font-size:12px;margin:12px 0 0}
footer{text-align:center;color:rgba(0,0,0,.62);padding:16px}
@media (max-width:520px){.brand span{display:none}dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:8px}}`;

function verdictHtml(state: 'valid' | 'expired' | 'invalid', title: string, note: string): string {
  const icon = state === 'valid' ? '✓' : state === 'expired' ? '!' : '✗';
  return `<section class="verdict ${state}" id="result" data-verdict="${state}" role="status"><span class="icon" aria-hidden="true">${icon}</span><div><h2>${escapeHtml(title)}</h2>${note ? `<p>${escapeHtml(note)}</p>` : ''}</div></section>`;
}

function outcomeHtml(text: Texts, outcome: VerifyOutcome): string {
  if (!outcome) return '';
  if ('problem' in outcome) return verdictHtml('invalid', outcome.problem === 'too_large' ? text.tooLarge : text.noDigest, '');
  if (!outcome.genuine) return verdictHtml('invalid', text.notGenuine, text.notGenuineNote);
  return outcome.expired ? verdictHtml('expired', text.expired, text.expiredNote) : verdictHtml('valid', text.genuine, text.genuineNote);
}

function factsHtml(text: Texts, id: string, outcome: VerifyOutcome): string {
  const rows = [`<dt>${text.reportId}</dt><dd><code>${id}</code></dd>`];
  if (outcome && 'genuine' in outcome && outcome.genuine) {
    const state = outcome.expired ? 'expired' : 'valid';
    rows.push(
      `<dt>${text.issuedOn}</dt><dd>${outcome.issuedOn}</dd>`,
      `<dt>${text.validUntil}</dt><dd>${outcome.validUntil}</dd>`,
      `<dt>${text.status}</dt><dd><span class="tag ${state}">${outcome.expired ? text.statusExpired : text.statusValid}</span></dd>`,
    );
  }
  return `<dl>${rows.join('')}</dl>`;
}

export function verifyPageHtml(reportId: string, outcome: VerifyOutcome, language: ReportLanguage): string {
  const text = TEXTS[language];
  const id = escapeHtml(reportId);
  const other: ReportLanguage = language === 'en' ? 'zh-CN' : 'en';
  const action = `/verify/${encodeURIComponent(reportId)}?lang=${language}`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title} · ${text.brand}</title>
<style>${STYLE}</style></head>
<body><header><div class="brand">${MARK}${text.brand}<span> · ${text.subtitle}</span></div><a href="/verify/${encodeURIComponent(reportId)}?lang=${other}" lang="${other}" hreflang="${other}">${text.switchTo}</a></header>
<main><h1>${text.title}</h1><p class="intro">${text.intro}</p>
${outcomeHtml(text, outcome)}
<div class="card">${factsHtml(text, id, outcome)}</div>
<div class="card">
<form method="post" action="${action}" enctype="multipart/form-data">
<label for="digest">${text.digestLabel}</label>
<input type="text" id="digest" name="digest" maxlength="64" pattern="[0-9a-fA-F]{64}" required autocomplete="off" spellcheck="false">
<div class="hint">${text.digestHint}</div>
<button type="submit">${text.verify}</button></form>
<div class="or">${text.or}</div>
<form method="post" action="${action}" enctype="multipart/form-data">
<label for="pdf">${text.pdfLabel}</label>
<input type="file" id="pdf" name="pdf" accept="application/pdf,.pdf" required>
<div><button type="submit">${text.upload}</button></div></form>
<p class="privacy">${text.privacy}</p>
</div></main>
<footer>${text.footer}</footer>
</body></html>`;
}
