// The product editor's flat form values and the product JSON they stand for: amounts in 万元 (sent
// in fen), fee and cover in % (sent as fractions), a rate only for loans, fees only for guarantees
// and insurance. Also which form field a server problem (terms.amountMinFen) belongs on.
import type { EligibilityRule, LoanType, LprTenor, Product, ProductInput, ProductKind, RepaymentMethod, SecurityKind } from '../../api/marketplace';
import type { Stage } from '../../api/rating';
import { fenToWanInput, parseWanToFen } from '../../lib/money';

export interface ProductFormValues {
  kind: ProductKind;
  loanType?: LoanType | null;
  name: string;
  nameEn?: string;
  description?: string;
  amountMinWan: string;
  amountMaxWan: string;
  termMinMonths?: number | null;
  termMaxMonths?: number | null;
  lprTenor?: LprTenor;
  spreadMinBp?: number | null;
  spreadMaxBp?: number | null;
  feeRatePct?: number | null;
  coverRatioPct?: number | null;
  repaymentMethods?: RepaymentMethod[];
  security?: SecurityKind[];
  turnaroundDays?: number | null;
  eligibleLoanTypes?: LoanType[];
  industries?: string[];
  stages?: Stage[];
  regions?: string[];
  thesis?: string;
  parkCodes?: string[];
}

export const NEW_PRODUCT: Partial<ProductFormValues> = {
  kind: 'loan',
  loanType: 'credit',
  lprTenor: '1y',
  repaymentMethods: ['equal_instalment'],
  security: ['none'],
  turnaroundDays: 5,
  parkCodes: [],
};

const pct = (x: number | null | undefined) => (x === null || x === undefined ? null : Number((x / 100).toPrecision(12)));
const toPct = (x: number | null) => (x === null ? null : Number((x * 100).toPrecision(12)));
const orNull = (x: number | null | undefined) => (x === undefined ? null : x);
const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export function toProductInput(v: ProductFormValues, rules: EligibilityRule[]): ProductInput {
  const loan = v.kind === 'loan';
  const covered = v.kind === 'guarantee' || v.kind === 'insurance';
  const hasRate = loan && v.lprTenor && typeof v.spreadMinBp === 'number' && typeof v.spreadMaxBp === 'number';
  return {
    kind: v.kind,
    loanType: loan ? (v.loanType ?? null) : null,
    name: v.name.trim(),
    nameEn: text(v.nameEn) ?? null,
    description: v.description?.trim() ?? '',
    terms: {
      amountMinFen: parseWanToFen(v.amountMinWan) ?? 0,
      amountMaxFen: parseWanToFen(v.amountMaxWan) ?? 0,
      termMinMonths: orNull(v.termMinMonths),
      termMaxMonths: orNull(v.termMaxMonths),
      rate: hasRate ? { lprTenor: v.lprTenor!, spreadMinBp: v.spreadMinBp!, spreadMaxBp: v.spreadMaxBp! } : null,
      feeRate: covered ? pct(v.feeRatePct) : null,
      coverRatio: covered ? pct(v.coverRatioPct) : null,
      repaymentMethods: loan ? (v.repaymentMethods ?? []) : [],
      security: v.security ?? [],
      turnaroundDays: v.turnaroundDays ?? 0,
      eligibleLoanTypes: covered ? (v.eligibleLoanTypes ?? []) : [],
    },
    preferences: { industries: v.industries ?? [], stages: v.stages ?? [], regions: v.regions ?? [], thesis: v.thesis?.trim() ?? '' },
    rules,
    parkCodes: v.parkCodes ?? [],
  };
}

export function toFormValues(p: Product): ProductFormValues {
  const t = p.terms;
  return {
    kind: p.kind,
    loanType: p.loanType,
    name: p.name,
    nameEn: p.nameEn ?? undefined,
    description: p.description,
    amountMinWan: fenToWanInput(t.amountMinFen),
    amountMaxWan: fenToWanInput(t.amountMaxFen),
    termMinMonths: t.termMinMonths,
    termMaxMonths: t.termMaxMonths,
    lprTenor: t.rate?.lprTenor ?? '1y',
    spreadMinBp: t.rate?.spreadMinBp ?? null,
    spreadMaxBp: t.rate?.spreadMaxBp ?? null,
    feeRatePct: toPct(t.feeRate),
    coverRatioPct: toPct(t.coverRatio),
    repaymentMethods: t.repaymentMethods,
    security: t.security,
    turnaroundDays: t.turnaroundDays,
    eligibleLoanTypes: t.eligibleLoanTypes,
    industries: p.preferences.industries,
    stages: p.preferences.stages,
    regions: p.preferences.regions,
    thesis: p.preferences.thesis,
    parkCodes: p.parks.map((park) => park.parkCode),
  };
}

/** JSON with object keys sorted, so two values compare equal whatever order the server wrote. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Only what changed, so an unchanged product keeps its version and the audit log says what was edited. */
export function productPatch(before: Product, input: ProductInput): Partial<ProductInput> {
  const was: ProductInput = {
    kind: before.kind,
    loanType: before.loanType,
    name: before.name,
    nameEn: before.nameEn,
    description: before.description,
    terms: before.terms,
    preferences: before.preferences,
    rules: before.rules,
    parkCodes: before.parks.map((p) => p.parkCode),
  };
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(input) as (keyof ProductInput)[]) {
    const now = key === 'parkCodes' ? [...input.parkCodes].sort() : input[key];
    const then = key === 'parkCodes' ? [...was.parkCodes].sort() : was[key];
    if (now !== undefined && stable(now) !== stable(then)) patch[key] = input[key];
  }
  return patch as Partial<ProductInput>;
}

const RENAMED: Record<string, string> = {
  'terms.amountMinFen': 'amountMinWan',
  'terms.amountMaxFen': 'amountMaxWan',
  'terms.rate': 'spreadMinBp',
  'terms.feeRate': 'feeRatePct',
  'terms.coverRatio': 'coverRatioPct',
};

/** The form field a server problem belongs on: terms.rate.spreadMinBp → spreadMinBp, parkCodes.1 → parkCodes. */
export function formFieldOf(field: string): string {
  if (RENAMED[field]) return RENAMED[field];
  const path = field.split('.');
  if (path[0] === 'terms' && path[1] === 'rate' && path[2]) return path[2];
  if ((path[0] === 'terms' || path[0] === 'preferences') && path[1]) return path[1];
  return path[0] ?? field;
}
