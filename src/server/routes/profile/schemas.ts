// Request and response shapes of the credit database. Money is integer fen in JSON.
import { z } from 'zod';
import {
  COMPLIANCE_EVENT_KINDS,
  DATA_CATEGORIES,
  FINANCIAL_FIELDS,
  EXISTING_LOAN_STATUSES,
  IP_KINDS,
  IP_STATUSES,
  QUALIFICATION_KINDS,
  TAX_GRADES,
} from '../../../domain/profile/types.ts';
import { IsoDate, multilineText } from '../common.ts';

const Fen = z.number().int('must be a whole number of fen').min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).transform(BigInt);
const NonNegativeFen = Fen.refine((v) => v >= 0n, 'field.negative');
const Count = z.number().int().min(0).max(10_000_000).nullable();
const Text = (max: number) => z.string().trim().min(1).max(max);
/** Fields that may legitimately be negative (losses, outflows). */
const SIGNED: ReadonlySet<string> = new Set(['operatingProfitFen', 'netProfitFen', 'operatingCashFlowFen']);

const financialShape = Object.fromEntries(FINANCIAL_FIELDS.map((f) => [f, (SIGNED.has(f) ? Fen : NonNegativeFen).nullable().default(null)]));

export const SectionItems = {
  financials: z.object({ year: z.number().int().min(1950).max(2200), ...financialShape }).strict(),
  people: z
    .object({
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'field.invalid_month'),
      employees: Count,
      stStaff: Count,
      rdStaff: Count,
      postgradStaff: Count,
      socialInsuranceHeadcount: Count,
    })
    .strict(),
  ip: z
    .object({
      kind: z.enum(IP_KINDS),
      number: Text(64),
      title: Text(300),
      status: z.enum(IP_STATUSES),
      appliedOn: IsoDate.nullable(),
      grantedOn: IsoDate.nullable(),
    })
    .strict()
    .refine((i) => i.status !== 'granted' || i.grantedOn, { message: 'profile.granted_needs_date', path: ['grantedOn'] }),
  qualifications: z.object({ kind: z.enum(QUALIFICATION_KINDS), certificateNo: Text(64), validFrom: IsoDate, validTo: IsoDate }).strict(),
  taxGrades: z.object({ year: z.number().int().min(1990).max(2200), grade: z.enum(TAX_GRADES) }).strict(),
  complianceEvents: z
    .object({
      kind: z.enum(COMPLIANCE_EVENT_KINDS),
      reference: Text(100),
      occurredOn: IsoDate,
      resolvedOn: IsoDate.nullable(),
      amountFen: NonNegativeFen.nullable(),
      description: multilineText().trim().min(1).max(1000),
    })
    .strict(),
  equityRounds: z
    .object({ closedOn: IsoDate, round: Text(40), amountFen: NonNegativeFen, postMoneyValuationFen: NonNegativeFen.nullable().default(null), investors: z.array(Text(200)).max(50) })
    .strict(),
  loans: z
    .object({ lender: Text(200), amountFen: NonNegativeFen, startedOn: IsoDate, maturesOn: IsoDate, status: z.enum(EXISTING_LOAN_STATUSES) })
    .strict(),
} as const;

export const GrantBody = z
  .object({
    institutionId: z.uuid(),
    categories: z.array(z.enum(DATA_CATEGORIES)).min(1, 'name at least one category'),
    purpose: multilineText().trim().min(1).max(500),
    expiresOn: IsoDate,
  })
  .strict();

export const GrantSchema = z.object({
  id: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  categories: z.array(z.string()),
  purpose: z.string(),
  /** A purpose made by applying, as a code and parameters for the reader's language; null for one the enterprise wrote. */
  purposeCode: z.enum(['grant.application']).nullable(),
  purposeParams: z.object({ productName: z.string() }).nullable(),
  expiresOn: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});

export const AccessLogEntry = z.object({
  id: z.string(),
  at: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  userEmail: z.string().nullable(),
  category: z.string(),
  grantId: z.string(),
});
