// Issues a credit report: the latest rating and the profile snapshot it used, laid out as a PDF,
// stored with its SHA-256 so anyone can later confirm a copy is genuine and unaltered.
import { createHash } from 'node:crypto';
import { findPark } from '../../db/repositories/parks.ts';
import { insertReport, latestRatingWithSnapshot } from '../../db/repositories/reports.ts';
import { PROFILE_CATEGORIES, type DataCategory } from '../../domain/profile/types.ts';
import { buildReportContent } from '../../domain/report/content.ts';
import type { ReportLanguage } from '../../domain/report/labels.ts';
import { profileFromSnapshot } from '../../domain/report/snapshot.ts';
import type { Factor } from '../../domain/rating/score.ts';
import { fail } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { logReads, openProfile } from '../shared/open-profile.ts';
import { renderReportPdf } from './render-pdf.ts';

export const DEFAULT_PUBLIC_ORIGIN = 'http://localhost:3000';

export interface IssuedReport {
  reportId: string;
  digest: string;
  pdf: Buffer;
  language: ReportLanguage;
  issuedAt: Date;
  validUntil: Date;
  /** What the PDF's link and QR code open. */
  verifyUrl: string;
}

/** The sections a report prints, and so the categories an institution's read is logged under. */
const PRINTED: DataCategory[] = ['registration', 'financials', 'ip', 'qualifications'];

export async function issueReport(
  ctx: ServiceContext,
  creditCode: string,
  language: ReportLanguage,
  options: { publicOrigin?: string; compress?: boolean } = {},
): Promise<IssuedReport> {
  const opened = await openProfile(ctx, creditCode);
  if (opened.access.level === 'summary') throw fail('report.needs_grant');
  const { enterprise } = opened;
  const issuedAt = ctx.now();
  // The rating in force when the report is issued (a report is never issued on a later rating).
  const found = await latestRatingWithSnapshot(ctx.database.db, enterprise.organisationId, issuedAt);
  if (!found) throw fail('report.not_rated');
  const validUntil = new Date(issuedAt);
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + 1);
  const reportId = newId(issuedAt.getTime());
  const origin = (options.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN).replace(/\/+$/, '');
  const verifyUrl = `${origin}/verify/${reportId}`;
  const snapshot = found.snapshot.profile as Record<string, unknown>;
  const content = buildReportContent({
    reportId,
    language,
    issuedAt,
    validUntil,
    timezone: ctx.timezone,
    verifyUrl,
    profile: profileFromSnapshot(snapshot),
    parkName: language === 'en' ? ((await findPark(ctx.database.db, enterprise.parkId))?.nameEn ?? enterprise.parkName) : enterprise.parkName,
    categories: opened.access.level === 'full' ? PROFILE_CATEGORIES : opened.access.categories,
    rating: { ...found.rating, factors: found.rating.factors as Factor[], dimensions: found.rating.dimensions as Record<string, unknown>, modelVersion: found.version },
    snapshot: { takenAt: found.snapshot.takenAt, sha256: found.snapshot.sha256, provenance: Array.isArray(snapshot.provenance) ? snapshot.provenance : undefined },
  });
  const pdf = await renderReportPdf(content, issuedAt, { compress: options.compress });
  const digest = createHash('sha256').update(pdf).digest('hex');
  const institutionId = opened.access.logged ? (ctx.actor.memberships.find((m) => m.role === 'institution_officer')?.organisationId ?? null) : null;
  await mutate(ctx, async (tx) => {
    await insertReport(tx, { id: reportId, parkId: enterprise.parkId, enterpriseId: enterprise.organisationId, ratingId: found.rating.id, language, sha256: digest, pdf, issuedAt, validUntil, issuedBy: ctx.actor.userId, institutionId });
    return { result: undefined, audit: { action: 'report.issue', targetType: 'report', targetId: reportId, parkId: enterprise.parkId, details: { creditCode: enterprise.creditCode, language, sha256: digest, ratingId: found.rating.id } } };
  });
  await logReads(ctx, opened, PRINTED.filter((c) => opened.access.categories.includes(c)));
  return { reportId, digest, pdf, language, issuedAt, validUntil, verifyUrl };
}
