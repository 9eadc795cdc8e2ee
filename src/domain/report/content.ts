// What a credit report says, as plain data in the report language: the layout only places it.
// Everything comes from the rating and the profile snapshot it used, never from today's profile.
import { findIndustry } from '../../../shared/codes/industries.ts';
import { regionPath } from '../../../shared/codes/regions.ts';
import { isIpInForce } from '../profile/ip.ts';
import { IP_KINDS, QUALIFICATION_KINDS, type DataCategory, type EnterpriseProfile } from '../profile/types.ts';
import type { Factor } from '../rating/score.ts';
import { businessDateOf } from '../shared/business-time.ts';
import { formatFeatureValue, percent, translateLimitBasis, wanText } from './format.ts';
import { DIMENSION_NAMES, IP_KIND_NAMES, QUALIFICATION_NAMES, SOURCE_NAMES, STAGE_NAMES, labelsOf, nameIn, type ReportLabels, type ReportLanguage } from './labels.ts';

export interface ReportInput {
  reportId: string;
  language: ReportLanguage;
  issuedAt: Date;
  validUntil: Date;
  /** The business zone the report's dates are printed in. */
  timezone: string;
  verifyUrl: string;
  profile: EnterpriseProfile;
  parkName: string;
  /** Sections the reader may see (an institution: its granted categories). */
  categories: readonly DataCategory[];
  rating: {
    score: number;
    grade: string;
    pd: string;
    dimensions: Record<string, unknown>;
    factors: Factor[];
    creditLimitFen: bigint;
    limitBasis: string;
    ratedAt: Date;
    modelVersion: string;
  };
  snapshot: { takenAt: Date; sha256: string; provenance?: { section: string; source: string; sourceDate: string }[] };
}

export interface FactorRow {
  name: string;
  value: string;
  points: string;
}
export interface Series {
  name: string;
  values: (number | null)[]; // 万元
}
/** A section the reader's grant does not cover. */
export type Withheld = 'withheld';

export interface ReportContent {
  labels: ReportLabels;
  language: ReportLanguage;
  reportId: string;
  enterpriseName: string;
  issuedOn: string;
  validUntil: string;
  verifyUrl: string;
  identity: [string, string][];
  rating: { grade: string; score: string; pd: string; limit: string; basis: string; stage: string; ratedOn: string };
  dimensions: { name: string; value: number }[];
  raising: FactorRow[];
  lowering: FactorRow[];
  financials: { years: number[]; series: Series[] } | Withheld;
  ip: { kind: string; total: number; inForce: number }[] | Withheld;
  qualifications: { name: string; status: string; validity: string }[] | Withheld;
  sources: string[];
  modelVersion: string;
  snapshotTakenAt: string;
  snapshotSha256: string;
}

const MAX_YEARS = 5;

export function buildReportContent(input: ReportInput): ReportContent {
  const { language, profile, rating } = input;
  const labels = labelsOf(language);
  const isoDay = (at: Date) => businessDateOf(at, input.timezone);
  const ratedOn = isoDay(rating.ratedAt);
  const sees = (c: DataCategory) => input.categories.includes(c);
  const factorRow = (f: Factor): FactorRow => ({
    name: language === 'zh-CN' ? f.nameZh : f.nameEn,
    value: formatFeatureValue(f.feature, f.value, language),
    points: `${f.points > 0 ? '+' : ''}${f.points.toFixed(1)}`,
  });
  const byPoints = [...rating.factors].sort((a, b) => b.points - a.points);
  return {
    labels,
    language,
    reportId: input.reportId,
    enterpriseName: profile.registration.name,
    issuedOn: isoDay(input.issuedAt),
    validUntil: isoDay(input.validUntil),
    verifyUrl: input.verifyUrl,
    identity: identityRows(input, labels),
    rating: {
      grade: rating.grade,
      score: `${rating.score} / 1000`,
      pd: percent(Number(rating.pd), 2),
      limit: wanText(rating.creditLimitFen, language),
      basis: translateLimitBasis(rating.limitBasis, language),
      stage: nameIn(STAGE_NAMES[String(rating.dimensions.stage)], language, String(rating.dimensions.stage ?? '—')),
      ratedOn,
    },
    dimensions: Object.keys(DIMENSION_NAMES).map((d) => ({ name: nameIn(DIMENSION_NAMES[d], language, d), value: Number(rating.dimensions[d] ?? 0) })),
    raising: byPoints.filter((f) => f.points > 0).slice(0, 5).map(factorRow),
    lowering: byPoints.filter((f) => f.points < 0).reverse().slice(0, 5).map(factorRow),
    financials: sees('financials') ? financialSeries(profile, labels) : 'withheld',
    ip: sees('ip') ? ipSummary(profile, language, ratedOn) : 'withheld',
    qualifications: sees('qualifications') ? qualificationChecks(profile, language, ratedOn) : 'withheld',
    sources: sourceLines(input, language),
    modelVersion: rating.modelVersion,
    snapshotTakenAt: input.snapshot.takenAt.toISOString().replace('T', ' ').slice(0, 19) + ' UTC',
    snapshotSha256: input.snapshot.sha256,
  };
}

function identityRows(input: ReportInput, labels: ReportLabels): [string, string][] {
  const r = input.profile.registration;
  const zh = input.language === 'zh-CN';
  const industry = findIndustry(r.industryCode);
  const region = regionPath(r.regionCode, zh ? 'zh' : 'en');
  const regionText = region ? [region.province, region.city !== region.province ? region.city : null, region.district].filter(Boolean).join(zh ? '' : ', ') : '';
  return [
    [labels.name, r.name],
    [labels.creditCode, r.creditCode],
    [labels.industry, `${r.industryCode} ${industry ? (zh ? industry.nameZh : industry.nameEn) : ''}`.trim()],
    [labels.region, `${r.regionCode} ${regionText}`.trim()],
    [labels.park, input.parkName],
    [labels.founded, r.foundedOn],
    [labels.capital, wanText(r.registeredCapitalFen, input.language)],
    [labels.legalRep, r.legalRepresentative],
    [labels.employees, String(r.employees)],
  ];
}

const toWan = (fen: bigint | null) => (fen === null ? null : Number(fen) / 1_000_000);

function financialSeries(profile: EnterpriseProfile, labels: ReportLabels) {
  const statements = [...profile.financials].sort((a, b) => a.year - b.year).slice(-MAX_YEARS);
  return {
    years: statements.map((s) => s.year),
    series: [
      { name: labels.revenue, values: statements.map((s) => toWan(s.revenueFen)) },
      { name: labels.netProfit, values: statements.map((s) => toWan(s.netProfitFen)) },
      { name: labels.rd, values: statements.map((s) => toWan(s.rdExpenseFen)) },
    ],
  };
}

function ipSummary(profile: EnterpriseProfile, language: ReportLanguage, today: string) {
  return IP_KINDS.map((kind) => {
    const items = profile.ip.filter((i) => i.kind === kind);
    return { kind: nameIn(IP_KIND_NAMES[kind], language, kind), total: items.length, inForce: items.filter((i) => isIpInForce(i, today)).length };
  }).filter((row) => row.total > 0);
}

function qualificationChecks(profile: EnterpriseProfile, language: ReportLanguage, today: string) {
  const labels = labelsOf(language);
  return QUALIFICATION_KINDS.map((kind) => {
    const held = profile.qualifications.filter((q) => q.kind === kind).sort((a, b) => (a.validTo < b.validTo ? 1 : -1))[0];
    const status = !held ? labels.notHeld : held.validFrom <= today && held.validTo >= today ? labels.held : labels.expired;
    return { name: nameIn(QUALIFICATION_NAMES[kind], language, kind), status, validity: held ? `${held.validFrom} – ${held.validTo}` : '—' };
  });
}

/** The provenance recorded in the snapshot when there is one, else the snapshot's own date. */
function sourceLines(input: ReportInput, language: ReportLanguage): string[] {
  const provenance = input.snapshot.provenance ?? [];
  if (!provenance.length) return [labelsOf(language).snapshotOf(businessDateOf(input.snapshot.takenAt, input.timezone))];
  return provenance.map((p) => `${p.section}: ${nameIn(SOURCE_NAMES[p.source], language, p.source)}, ${p.sourceDate}`);
}
