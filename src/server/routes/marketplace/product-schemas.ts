// Request and response shapes of products and matching (docs/marketplace-api.md). Money is integer
// fen in JSON; rules are EligibilityRule objects, checked further by the domain's validateProduct.
import { z } from 'zod';
import { PRODUCT_SORTS } from '../../../../shared/marketplace.ts';
import { LOAN_TYPES, REPAYMENT_METHODS, SECURITY_KINDS, type ProductTerms } from '../../../domain/marketplace/products.ts';
import type { StoredTerms } from '../../../services/marketplace/market.ts';
import type { ProductView } from '../../../services/marketplace/products.ts';
import { fenToJson, iso, multilineText } from '../common.ts';
import { LoanTypeEnum, LprTenorEnum, ProductKindEnum, ProductStatusEnum, RepaymentMethodEnum, RuleOpEnum, SecurityKindEnum, StageEnum } from '../vocabulary.ts';

export const Lang = z.enum(['zh-CN', 'en']).default('zh-CN');
export const LangQuery = z.object({ lang: Lang });
const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

const Fen = z.number().int('must be a whole number of fen').min(0).max(Number.MAX_SAFE_INTEGER).transform(BigInt);
const Fact = z.string().trim().min(1).max(64);
const Threshold = z.union([z.number(), z.string().trim().min(1).max(8)]);
const CategoryValues = z.array(z.string().trim().min(1).max(32)).max(200);

export const RuleSchema = z.discriminatedUnion('op', [
  z.object({ fact: Fact, op: z.literal('gte'), value: Threshold }),
  z.object({ fact: Fact, op: z.literal('lte'), value: Threshold }),
  z.object({ fact: Fact, op: z.literal('between'), min: z.number(), max: z.number() }),
  z.object({ fact: Fact, op: z.literal('in'), values: CategoryValues }),
  z.object({ fact: Fact, op: z.literal('not_in'), values: CategoryValues }),
]);
export const Rules = z.array(RuleSchema).max(100);

/** A stored rule as answered (no input limits: what was saved is shown). */
const RuleOut = z.discriminatedUnion('op', [
  z.object({ fact: z.string(), op: z.literal('gte'), value: z.union([z.number(), z.string()]) }),
  z.object({ fact: z.string(), op: z.literal('lte'), value: z.union([z.number(), z.string()]) }),
  z.object({ fact: z.string(), op: z.literal('between'), min: z.number(), max: z.number() }),
  z.object({ fact: z.string(), op: z.literal('in'), values: z.array(z.string()) }),
  z.object({ fact: z.string(), op: z.literal('not_in'), values: z.array(z.string()) }),
]);

const Months = z.number().int().min(0).max(1200).nullable();
const Rate = z.object({ lprTenor: LprTenorEnum, spreadMinBp: z.number().int().min(-1000).max(10_000), spreadMaxBp: z.number().int().min(-1000).max(10_000) }).nullable();
const Fraction = z.number().min(0).max(1).nullable();

/** Terms in a body; with defaults for creation, without for a patch (absent = unchanged). */
const termsShape = {
  amountMinFen: Fen,
  amountMaxFen: Fen,
  termMinMonths: Months,
  termMaxMonths: Months,
  rate: Rate,
  feeRate: Fraction,
  coverRatio: Fraction,
  repaymentMethods: z.array(RepaymentMethodEnum).max(REPAYMENT_METHODS.length),
  security: z.array(SecurityKindEnum).max(SECURITY_KINDS.length),
  turnaroundDays: z.number().int().min(0).max(365),
  eligibleLoanTypes: z.array(LoanTypeEnum).max(LOAN_TYPES.length),
};
const TermsBody = z.object({
  ...termsShape,
  termMinMonths: Months.default(null),
  termMaxMonths: Months.default(null),
  rate: Rate.default(null),
  feeRate: Fraction.default(null),
  coverRatio: Fraction.default(null),
  repaymentMethods: termsShape.repaymentMethods.default([]),
  eligibleLoanTypes: termsShape.eligibleLoanTypes.default([]),
});
const TermsPatch = z.object(termsShape).partial();

const preferencesShape = {
  industries: z.array(z.string().trim().regex(/^[A-T][0-9]{0,4}$/, 'field.industry_prefix')).max(100),
  stages: z.array(StageEnum).max(3),
  regions: z.array(z.string().trim().regex(/^[0-9]{2,6}$/, 'field.region_prefix')).max(100),
  thesis: multilineText().trim().max(2000),
};
const PreferencesBody = z.object({
  industries: preferencesShape.industries.default([]),
  stages: preferencesShape.stages.default([]),
  regions: preferencesShape.regions.default([]),
  thesis: preferencesShape.thesis.default(''),
});
const PreferencesPatch = z.object(preferencesShape).partial();

const ParkCodes = z.array(z.string().trim().toLowerCase().min(1).max(32)).max(100);

export const ProductBody = z.object({
  institutionId: z.uuid().optional(),
  kind: ProductKindEnum,
  loanType: LoanTypeEnum.nullable().default(null),
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(1).max(200).nullable().optional(),
  description: multilineText().trim().max(4000).default(''),
  terms: TermsBody,
  preferences: PreferencesBody.default({ industries: [], stages: [], regions: [], thesis: '' }),
  rules: Rules.default([]),
  parkCodes: ParkCodes.default([]),
});

export const ProductPatchBody = z
  .object({
    kind: ProductKindEnum,
    loanType: LoanTypeEnum.nullable(),
    name: z.string().trim().min(2).max(100),
    nameEn: z.string().trim().min(1).max(200).nullable(),
    description: multilineText().trim().max(4000),
    terms: TermsPatch,
    preferences: PreferencesPatch,
    rules: Rules,
    parkCodes: ParkCodes,
  })
  .partial()
  .strict();

export const ProductListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().min(1).max(100).optional(),
  kind: ProductKindEnum.optional(),
  loanType: LoanTypeEnum.optional(),
  institutionId: z.uuid().optional(),
  amountFen: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).transform(BigInt).optional(),
  termMonths: z.coerce.number().int().min(0).max(1200).optional(),
  security: SecurityKindEnum.optional(),
  status: ProductStatusEnum.optional(),
  mine: Flag.optional(),
  sort: z.enum(PRODUCT_SORTS).default('newest'),
});

// ---------------------------------------------------------------------------------------------
// Responses

const TermsSchema = z.object({
  amountMinFen: z.number().int(),
  amountMaxFen: z.number().int(),
  termMinMonths: z.number().int().nullable(),
  termMaxMonths: z.number().int().nullable(),
  rate: z.object({ lprTenor: LprTenorEnum, spreadMinBp: z.number(), spreadMaxBp: z.number() }).nullable(),
  feeRate: z.number().nullable(),
  coverRatio: z.number().nullable(),
  repaymentMethods: z.array(RepaymentMethodEnum),
  security: z.array(SecurityKindEnum),
  turnaroundDays: z.number().int(),
  eligibleLoanTypes: z.array(LoanTypeEnum),
});

const ParkSchema = z.object({
  parkId: z.string(),
  parkCode: z.string(),
  parkName: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  note: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const ProductSchema = z.object({
  id: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  kind: ProductKindEnum,
  loanType: LoanTypeEnum.nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string(),
  status: ProductStatusEnum,
  version: z.number().int(),
  terms: TermsSchema,
  preferences: z.object({ industries: z.array(z.string()), stages: z.array(StageEnum), regions: z.array(z.string()), thesis: z.string() }),
  rules: z.array(RuleOut),
  parks: z.array(ParkSchema),
  yearlyCost: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductJson = z.infer<typeof ProductSchema>;

export const PendingProductSchema = ProductSchema.extend({
  pendingPark: z.object({ parkId: z.string(), parkCode: z.string(), parkName: z.string(), requestedAt: z.string() }),
});

export function presentProduct(v: ProductView): ProductJson {
  const r = v.row;
  const stored = r.terms as StoredTerms;
  const terms: Omit<ProductTerms, 'amountMinFen' | 'amountMaxFen'> & { amountMinFen: number; amountMaxFen: number } = {
    amountMinFen: fenToJson(r.amountMinFen),
    amountMaxFen: fenToJson(r.amountMaxFen),
    termMinMonths: r.termMinMonths,
    termMaxMonths: r.termMaxMonths,
    rate: stored.rate ?? null,
    feeRate: stored.feeRate ?? null,
    coverRatio: stored.coverRatio ?? null,
    repaymentMethods: stored.repaymentMethods ?? [],
    security: stored.security ?? [],
    turnaroundDays: r.turnaroundDays,
    eligibleLoanTypes: stored.eligibleLoanTypes ?? [],
  };
  return {
    id: r.id,
    institutionId: r.institutionId,
    institutionName: r.institutionName,
    kind: r.kind as ProductJson['kind'],
    loanType: r.loanType as ProductJson['loanType'],
    name: r.name,
    nameEn: r.nameEn,
    description: r.description,
    status: r.status as ProductJson['status'],
    version: r.version,
    terms,
    preferences: { industries: [], stages: [], regions: [], thesis: '', ...(r.preferences as Partial<ProductJson['preferences']>) },
    rules: r.rules as ProductJson['rules'],
    parks: v.parks.map((p) => ({ parkId: p.parkId, parkCode: p.parkCode, parkName: p.parkName, status: p.status as 'pending', note: p.note, decidedAt: iso(p.decidedAt) })),
    yearlyCost: typeof v.yearlyCost === 'number' && Number.isFinite(v.yearlyCost) ? Math.round(v.yearlyCost * 1e6) / 1e6 : null,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}

export const MatchItemSchema = z.object({
  productId: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  productName: z.string(),
  kind: ProductKindEnum,
  loanType: LoanTypeEnum.nullable(),
  eligible: z.boolean(),
  score: z.number(),
  reasons: z.array(z.string()),
  unmet: z.array(z.object({ rule: z.string(), fact: z.string(), actual: z.union([z.number(), z.string()]).nullable(), required: z.string(), advice: z.string() })),
});

export const MatchQuery = z.object({
  kind: ProductKindEnum.optional(),
  eligible: Flag.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  lang: Lang,
});

export const LeadSchema = z.object({
  creditCode: z.string(),
  name: z.string(),
  parkCode: z.string(),
  industryCode: z.string(),
  stage: z.string(),
  grade: z.string().nullable(),
  score: z.number(),
  granted: z.boolean(),
});

export const MatchRunSchema = z.object({
  id: z.string(),
  trigger: z.enum(['nightly', 'on_demand']),
  status: z.enum(['running', 'done', 'failed']),
  enterprises: z.number().int(),
  products: z.number().int(),
  eligiblePairs: z.number().int(),
  seconds: z.number().nullable(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const FactSchema = z.object({
  key: z.string(),
  kind: z.enum(['number', 'flag', 'grade', 'category', 'code']).describe('flag: yes/no, a rule is gte 1 (required) or lte 0 (excluded)'),
  unit: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  scale: z.array(z.string()).optional(),
  ops: z.array(RuleOpEnum),
}).meta({ id: 'MatchFact' });

export const PreviewBody = z.object({ rules: Rules, parkCodes: ParkCodes.optional() });
export const PreviewSchema = z.object({
  eligible: z.number().int(),
  total: z.number().int(),
  byPark: z.array(z.object({ parkCode: z.string(), eligible: z.number().int(), total: z.number().int() })),
});
