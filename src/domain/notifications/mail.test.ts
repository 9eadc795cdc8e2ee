import { describe, expect, it } from 'vitest';
import { afterFailedAttempt, composeNotificationMail, dueCutoffs, MAX_SEND_ATTEMPTS, webLink } from './mail.ts';

describe('notification e-mail', () => {
  const input = { titleZh: '浦发银行响应了您的融资需求', titleEn: 'SPD Bank took up your financing need', link: '/needs/0191', webUrl: 'https://kejin.example.cn/', recipientName: '张伟' };

  it('writes a Chinese reader the subject and body in Chinese only', () => {
    const { subject, body } = composeNotificationMail({ ...input, locale: 'zh-CN' });
    expect(subject).toBe('【科金】浦发银行响应了您的融资需求');
    expect(body).toContain('张伟，您好');
    expect(body).toContain('查看详情：https://kejin.example.cn/open/needs/0191');
    expect(body).toContain('https://kejin.example.cn/settings/notifications');
    expect(body).not.toContain(input.titleEn);
    expect(body).not.toMatch(/Hello|Details/);
  });

  it('writes an English reader the subject and body in English only', () => {
    const { subject, body } = composeNotificationMail({ ...input, locale: 'en' });
    expect(subject).toBe('Kejin: SPD Bank took up your financing need');
    expect(body).toContain('Hello 张伟,');
    expect(body).toContain('Details: https://kejin.example.cn/open/needs/0191');
    expect(body).toContain('Notification settings: https://kejin.example.cn/settings/notifications');
    expect(body).not.toContain(input.titleZh);
    expect(body).not.toMatch(/您好|查看详情/);
  });

  it('keeps the subject on one line whatever the titles hold', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { subject } = composeNotificationMail({ ...input, locale, titleZh: '产品\r\nBcc: x@example.com', titleEn: 'A\nB' });
      expect(subject).not.toMatch(/[\r\n]/);
    }
  });

  it.each([
    ['/needs/1', 'http://localhost:3000/open/needs/1'],
    [null, 'http://localhost:3000/'],
    ['//evil.example.com/x', 'http://localhost:3000/'],
    ['https://evil.example.com', 'http://localhost:3000/'],
  ])('links %s to %s', (link, url) => {
    expect(webLink('http://localhost:3000', link)).toBe(url);
  });
});

describe('retries', () => {
  it('tries again later, then gives up after the last attempt', () => {
    expect(afterFailedAttempt(0)).toEqual({ attempts: 1, status: 'pending' });
    expect(afterFailedAttempt(MAX_SEND_ATTEMPTS - 2)).toEqual({ attempts: MAX_SEND_ATTEMPTS - 1, status: 'pending' });
    expect(afterFailedAttempt(MAX_SEND_ATTEMPTS - 1)).toEqual({ attempts: MAX_SEND_ATTEMPTS, status: 'failed' });
  });

  it('makes a new e-mail due at once and a failed one later, longer after each failure', () => {
    const now = new Date('2026-03-02T08:00:00Z');
    const cutoffs = dueCutoffs(now);
    expect(cutoffs.map((c) => c.attempts)).toEqual([0, 1, 2, 3, 4]);
    expect(cutoffs[0]!.createdBefore).toEqual(now);
    const waits = cutoffs.map((c) => now.getTime() - c.createdBefore.getTime());
    expect(waits.every((w, i) => i === 0 || w > waits[i - 1]!)).toBe(true);
  });
});
