import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeFullStatement, makeProfile } from '../../domain/profile/fixtures.ts';
import { DATA_CATEGORIES } from '../../domain/profile/types.ts';
import { buildReportContent, type ReportInput } from '../../domain/report/content.ts';
import { EXPERT_MODEL_V1 } from '../../domain/rating/expert-model.ts';
import { scoreEnterprise } from '../../domain/rating/score.ts';
import { renderReportPdf } from './render-pdf.ts';

const issuedAt = new Date('2026-03-01T08:00:00Z');
const profile = makeProfile({ financials: [makeFullStatement(2025), makeFullStatement(2024), makeFullStatement(2023)] });
const rated = scoreEnterprise(EXPERT_MODEL_V1, profile, '2026-02-28');
const input = (language: ReportInput['language'], categories: ReportInput['categories'] = DATA_CATEGORIES): ReportInput => ({
  reportId: '019ca869-5000-7856-be9a-caadc106e980',
  language,
  issuedAt,
  validUntil: new Date('2027-03-01T08:00:00Z'),
  timezone: 'Asia/Shanghai',
  verifyUrl: 'https://kejin.example/verify/019ca869-5000-7856-be9a-caadc106e980',
  profile,
  parkName: '张江科学城',
  categories,
  rating: { ...rated, pd: String(rated.pd), factors: [...rated.raising, ...rated.lowering], dimensions: { ...rated.dimensions, stage: rated.stage }, creditLimitFen: rated.creditLimit.amountFen, limitBasis: rated.creditLimit.basis, ratedAt: issuedAt, modelVersion: rated.modelVersion },
  snapshot: { takenAt: issuedAt, sha256: 'ab'.repeat(32) },
});
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const pages = (b: Buffer) => (b.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('renderReportPdf', () => {
  it('gives the same bytes for the same content and issue time, so the digest means something', async () => {
    const [a, b] = await Promise.all([renderReportPdf(buildReportContent(input('zh-CN')), issuedAt), renderReportPdf(buildReportContent(input('zh-CN')), issuedAt)]);
    expect(sha256(a)).toBe(sha256(b));
    const later = await renderReportPdf(buildReportContent(input('zh-CN')), new Date('2026-03-02T08:00:00Z'));
    expect(sha256(later)).not.toBe(sha256(a));
  });

  it.each(['zh-CN', 'en'] as const)('lays a %s report out on 3 pages with the CJK font embedded', async (language) => {
    const pdf = await renderReportPdf(buildReportContent(input(language)), issuedAt);
    expect(pages(pdf)).toBe(3);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('prints its dates as business days in the zone, not UTC days', () => {
    // 00:30 on 2 March in Beijing is 16:30 UTC on 1 March.
    const late = { ...input('en'), issuedAt: new Date('2026-03-01T16:30:00Z'), validUntil: new Date('2027-03-01T16:30:00Z') };
    late.rating = { ...late.rating, ratedAt: late.issuedAt };
    expect(buildReportContent(late)).toMatchObject({ issuedOn: '2026-03-02', validUntil: '2027-03-02', rating: { ratedOn: '2026-03-02' } });
    expect(buildReportContent({ ...late, timezone: 'UTC' })).toMatchObject({ issuedOn: '2026-03-01', validUntil: '2027-03-01' });
  });

  it('withholds the sections an institution was not granted', () => {
    const content = buildReportContent(input('en', ['registration', 'financials']));
    expect(content.financials).not.toBe('withheld');
    expect(content.ip).toBe('withheld');
    expect(content.qualifications).toBe('withheld');
  });
});
