// The programme editor's values and the body they make (src/domain/policy/programme.ts's shape:
// money typed in yuan and sent as integer fen, decimals as typed, dates as business dates), the
// values of a saved programme, and which form field each server field path lands on.
import type { LoanType } from '../../../../shared/marketplace.ts';
import type { Grade } from '../../../../shared/rating.ts';
import { PROOF_KINDS, PROOF_PROVIDERS, type Programme, type ProgrammeInput, type ProgrammeKind, type ProgrammeStatus, type RequiredProof } from '../../api/policy';
import { parseYuanToFen } from '../../lib/money';

export type LprBase = 'lpr1y' | 'lpr5y';
export const LPR_BASES: readonly LprBase[] = ['lpr1y', 'lpr5y'];
export type BudgetRule = 'first_come' | 'pro_rata';
export const BUDGET_RULES: readonly BudgetRule[] = ['first_come', 'pro_rata'];
export type StackingRule = 'exclusive' | 'stackable';
export const STACKING_RULES: readonly StackingRule[] = ['exclusive', 'stackable'];
/** Every kind, checked complete against the contract's enum. */
const KIND_SET: Record<ProgrammeKind, true> = { interest_subsidy: true, guarantee_fee_subsidy: true, premium_subsidy: true };
export const PROGRAMME_KINDS = Object.keys(KIND_SET) as ProgrammeKind[];

/** Flat field names: antd puts a server problem on a field by its whole name. */
export interface ProgrammeFormValues {
  id: string;
  name: string;
  nameEn: string;
  kind: ProgrammeKind;
  ownerPark: string | null;
  validFrom: string;
  validTo: string;
  minGrade?: Grade | null;
  requiresValidReport: boolean;
  industryPrefixes: string[];
  parkCodes: string[];
  excludeDishonest: boolean;
  loanTypes: LoanType[];
  institutionIds: string[];
  minAmountYuan?: string;
  maxAmountYuan?: string;
  maxTermMonths?: number | null;
  maxRateOn: boolean;
  maxRateBase: LprBase;
  maxRateTimes?: string;
  maxRatePlusBp?: number | null;
  rateCapOn: boolean;
  rateCapBase: LprBase;
  rateCapTimes?: string;
  rateCapPlusBp?: number | null;
  maxFeeRate?: string;
  share: string;
  maxSubsidyRateOfAmount?: string;
  perEnterprisePerYearYuan?: string;
  perLoanYuan?: string;
  budgetYuan: string;
  budgetRule: BudgetRule;
  stacking: StackingRule;
  objectionDays: number;
  confirmDays: number;
  /** The proofs a claim needs before approval; none by default. */
  proofs?: RequiredProof[];
}

export const PROGRAMME_DEFAULTS: Omit<ProgrammeFormValues, 'id' | 'name' | 'nameEn' | 'ownerPark' | 'validFrom' | 'validTo' | 'budgetYuan'> = {
  kind: 'interest_subsidy',
  minGrade: 'BBB',
  requiresValidReport: true,
  industryPrefixes: [],
  parkCodes: [],
  excludeDishonest: true,
  loanTypes: [],
  institutionIds: [],
  maxRateOn: false,
  maxRateBase: 'lpr1y',
  rateCapOn: true,
  rateCapBase: 'lpr1y',
  rateCapTimes: '1',
  share: '0.5',
  budgetRule: 'first_come',
  stacking: 'exclusive',
  objectionDays: 7,
  confirmDays: 10,
};

const yuan = (typed: string | undefined): number | null => (typed?.trim() ? parseYuanToFen(typed) : null);
const blank = (typed: string | undefined) => (typed?.trim() ? typed.trim() : undefined);

function lprRate(on: boolean, base: LprBase, times: string | undefined, plusBp: number | null | undefined) {
  if (!on) return null;
  return { base, ...(blank(times) ? { times: blank(times) } : {}), ...(typeof plusBp === 'number' ? { plusBp } : {}) };
}

/** The body POST /programmes takes; an unreadable amount goes as it was typed, so the server names its field. */
export function programmeBody(v: ProgrammeFormValues, status: ProgrammeStatus): ProgrammeInput {
  const interest = v.kind === 'interest_subsidy';
  const money = (typed: string | undefined) => yuan(typed) ?? (typed?.trim() ? typed.trim() : null);
  return {
    id: v.id.trim(),
    name: v.name.trim(),
    nameEn: v.nameEn.trim(),
    status,
    kind: v.kind,
    ownerPark: v.ownerPark ?? null,
    validFrom: v.validFrom,
    validTo: v.validTo,
    eligibility: {
      minGrade: v.minGrade ?? null,
      requiresValidReport: v.requiresValidReport,
      industryPrefixes: v.industryPrefixes.map((p) => p.trim().toUpperCase()).filter(Boolean),
      parkCodes: v.parkCodes,
      excludeDishonest: v.excludeDishonest,
    },
    loanRules: {
      loanTypes: v.loanTypes,
      institutionIds: v.institutionIds,
      minAmountFen: money(v.minAmountYuan),
      maxAmountFen: money(v.maxAmountYuan),
      maxTermMonths: v.maxTermMonths ?? null,
      maxRate: interest ? lprRate(v.maxRateOn, v.maxRateBase, v.maxRateTimes, v.maxRatePlusBp) : null,
      ...(!interest && blank(v.maxFeeRate) ? { maxFeeRate: blank(v.maxFeeRate) } : {}),
    },
    formula: {
      share: v.share.trim(),
      rateCap: interest ? lprRate(v.rateCapOn, v.rateCapBase, v.rateCapTimes, v.rateCapPlusBp) : null,
      ...(!interest && blank(v.maxSubsidyRateOfAmount) ? { maxSubsidyRateOfAmount: blank(v.maxSubsidyRateOfAmount) } : {}),
    },
    caps: { perEnterprisePerYearFen: money(v.perEnterprisePerYearYuan), perLoanFen: money(v.perLoanYuan), budgetFen: money(v.budgetYuan) },
    budgetRule: v.budgetRule,
    stacking: v.stacking,
    objectionDays: v.objectionDays,
    confirmDays: v.confirmDays,
    ...(v.proofs?.length ? { proofs: v.proofs.map((p) => ({ kind: p.kind, by: p.by })) } : {}),
  };
}

/** Integer fen as exact yuan for editing: 12345 → "123.45", 500000 → "5000". */
export function fenToYuanInput(fen: unknown): string | undefined {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen < 0) return undefined;
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents ? `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}` : String(whole);
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const base = (v: unknown): LprBase => (v === 'lpr5y' ? 'lpr5y' : 'lpr1y');

/** A saved programme (its `programme` body) as the editor's values. */
export function programmeValues(p: Pick<Programme, 'id' | 'name' | 'nameEn' | 'kind' | 'programme'>): ProgrammeFormValues {
  const b = p.programme;
  const e = obj(b.eligibility);
  const l = obj(b.loanRules);
  const f = obj(b.formula);
  const c = obj(b.caps);
  const maxRate = l.maxRate ? obj(l.maxRate) : null;
  const rateCap = f.rateCap ? obj(f.rateCap) : null;
  return {
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    kind: p.kind,
    ownerPark: str(b.ownerPark) ?? null,
    validFrom: str(b.validFrom) ?? '',
    validTo: str(b.validTo) ?? '',
    minGrade: (str(e.minGrade) as Grade | undefined) ?? null,
    requiresValidReport: e.requiresValidReport === true,
    industryPrefixes: strs(e.industryPrefixes),
    parkCodes: strs(e.parkCodes),
    excludeDishonest: e.excludeDishonest === true,
    loanTypes: strs(l.loanTypes) as LoanType[],
    institutionIds: strs(l.institutionIds),
    minAmountYuan: fenToYuanInput(l.minAmountFen),
    maxAmountYuan: fenToYuanInput(l.maxAmountFen),
    maxTermMonths: num(l.maxTermMonths) ?? null,
    maxRateOn: maxRate !== null,
    maxRateBase: base(maxRate?.base),
    maxRateTimes: str(maxRate?.times),
    maxRatePlusBp: num(maxRate?.plusBp) ?? null,
    rateCapOn: rateCap !== null,
    rateCapBase: base(rateCap?.base),
    rateCapTimes: str(rateCap?.times),
    rateCapPlusBp: num(rateCap?.plusBp) ?? null,
    maxFeeRate: str(l.maxFeeRate),
    share: str(f.share) ?? '',
    maxSubsidyRateOfAmount: str(f.maxSubsidyRateOfAmount),
    perEnterprisePerYearYuan: fenToYuanInput(c.perEnterprisePerYearFen),
    perLoanYuan: fenToYuanInput(c.perLoanFen),
    budgetYuan: fenToYuanInput(c.budgetFen) ?? '',
    budgetRule: b.budgetRule === 'pro_rata' ? 'pro_rata' : 'first_come',
    stacking: b.stacking === 'stackable' ? 'stackable' : 'exclusive',
    objectionDays: num(b.objectionDays) ?? 7,
    confirmDays: num(b.confirmDays) ?? 10,
    proofs: proofsOf(b.proofs),
  };
}

/** A stored `proofs` list as the editor's rows (entries of unknown kinds left out). */
export function proofsOf(v: unknown): RequiredProof[] {
  if (!Array.isArray(v)) return [];
  return v.map(obj).flatMap((p) => ((PROOF_KINDS as readonly unknown[]).includes(p.kind) && (PROOF_PROVIDERS as readonly unknown[]).includes(p.by) ? [{ kind: p.kind, by: p.by } as RequiredProof] : []));
}

/** Server field paths (details.fields[].field) → the editor's fields. */
export const PROGRAMME_FIELDS: Record<string, keyof ProgrammeFormValues> = {
  'eligibility.minGrade': 'minGrade',
  'eligibility.requiresValidReport': 'requiresValidReport',
  'eligibility.industryPrefixes': 'industryPrefixes',
  'eligibility.parkCodes': 'parkCodes',
  'eligibility.excludeDishonest': 'excludeDishonest',
  'loanRules.loanTypes': 'loanTypes',
  'loanRules.institutionIds': 'institutionIds',
  'loanRules.minAmountFen': 'minAmountYuan',
  'loanRules.maxAmountFen': 'maxAmountYuan',
  'loanRules.maxTermMonths': 'maxTermMonths',
  'loanRules.maxRate': 'maxRateTimes',
  'loanRules.maxRate.base': 'maxRateBase',
  'loanRules.maxRate.times': 'maxRateTimes',
  'loanRules.maxRate.plusBp': 'maxRatePlusBp',
  'loanRules.maxFeeRate': 'maxFeeRate',
  'formula.share': 'share',
  'formula.rateCap': 'rateCapTimes',
  'formula.rateCap.base': 'rateCapBase',
  'formula.rateCap.times': 'rateCapTimes',
  'formula.rateCap.plusBp': 'rateCapPlusBp',
  'formula.maxSubsidyRateOfAmount': 'maxSubsidyRateOfAmount',
  'caps.perEnterprisePerYearFen': 'perEnterprisePerYearYuan',
  'caps.perLoanFen': 'perLoanYuan',
  'caps.budgetFen': 'budgetYuan',
  proofs: 'proofs',
};

/** A server path under a list ("eligibility.industryPrefixes.2") lands on the list's field. */
export function programmeFieldOf(path: string): string {
  if (PROGRAMME_FIELDS[path]) return PROGRAMME_FIELDS[path];
  const list = path.replace(/\.\d+$/, '');
  return PROGRAMME_FIELDS[list] ?? path;
}
