// Listing, downloading and verifying issued reports. The enterprise, its park's administrators
// and the operator hold every report of the enterprise; an institution with a live grant holds
// only the reports issued to it. Verification is public and says nothing but genuine or not.
import { createHash, timingSafeEqual } from 'node:crypto';
import { findEnterprisesByIds } from '../../db/repositories/enterprises.ts';
import { findReportInfo, findReportPdf, listReports as listReportRows, type ReportInfo } from '../../db/repositories/reports.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { ServiceContext } from '../shared/context.ts';
import { openProfile, type OpenedProfile } from '../shared/open-profile.ts';

const institutionOf = (ctx: ServiceContext) => ctx.actor.memberships.find((m) => m.role === 'institution_officer')?.organisationId;

function requireReportAccess(opened: OpenedProfile) {
  if (opened.access.level === 'summary') throw fail('report.needs_grant');
}

export async function listReports(ctx: ServiceContext, creditCode: string): Promise<ReportInfo[]> {
  const opened = await openProfile(ctx, creditCode);
  requireReportAccess(opened);
  const institution = opened.access.logged ? (institutionOf(ctx) ?? '') : undefined;
  return listReportRows(ctx.database.db, opened.enterprise.organisationId, institution);
}

export async function downloadReport(ctx: ServiceContext, reportId: string): Promise<{ report: ReportInfo; creditCode: string; pdf: Buffer }> {
  const report = await findReportInfo(ctx.database.db, reportId);
  if (!report) throw fail('report.not_found');
  const [enterprise] = await findEnterprisesByIds(ctx.database.db, [report.enterpriseId]);
  const opened = await openProfile(ctx, enterprise!.creditCode);
  requireReportAccess(opened);
  if (opened.access.logged && report.institutionId !== institutionOf(ctx)) throw fail('report.issued_to_other');
  const pdf = await findReportPdf(ctx.database.db, reportId);
  return { report, creditCode: enterprise!.creditCode, pdf: pdf! };
}

export interface Verification {
  genuine: boolean;
  issuedAt?: Date;
  validUntil?: Date;
}

/** Genuine when the report exists and its registered digest equals the given one. */
export async function verifyReport(ctx: ServiceContext, reportId: string, digest: string): Promise<Verification> {
  const report = await findReportInfo(ctx.database.db, reportId);
  const given = Buffer.from(digest.toLowerCase(), 'utf8');
  const stored = Buffer.from(report?.sha256 ?? '', 'utf8');
  if (!report || given.length !== stored.length || !timingSafeEqual(given, stored)) return { genuine: false };
  return { genuine: true, issuedAt: report.issuedAt, validUntil: report.validUntil };
}

export const verifyReportFile = (ctx: ServiceContext, reportId: string, bytes: Buffer) =>
  verifyReport(ctx, reportId, createHash('sha256').update(bytes).digest('hex'));
