// The enterprise profile as the domain sees it: plain data, money in integer fen (bigint),
// dates as 'YYYY-MM-DD' strings, months as 'YYYY-MM'. Missing figures are null, never 0.

export { DATA_CATEGORIES, PROFILE_CATEGORIES, QUALIFICATION_KINDS, type DataCategory, type ProfileCategory, type QualificationKind } from '../../../shared/profile.ts';
export {
  COMPLIANCE_EVENT_KINDS,
  EXISTING_LOAN_STATUSES,
  IP_KINDS,
  IP_STATUSES,
  TAX_GRADES,
  type ComplianceEventKind,
  type ExistingLoanStatus,
  type IpKind,
  type IpStatus,
  type TaxGrade,
} from '../../../shared/profile.ts';
import type { ComplianceEventKind, ExistingLoanStatus, IpKind, IpStatus, QualificationKind, TaxGrade } from '../../../shared/profile.ts';

export type Fen = bigint;

/** Where a record came from; every profile record carries one, with its date and last editor. */
export type DataSource = 'enterprise' | 'import' | 'connector' | 'demo' | 'park_admin';

export interface Provenance {
  source: DataSource;
  sourceDate: string; // YYYY-MM-DD: when the source stated it
  updatedBy: string | null; // user id, null for the system
}

export interface Registration {
  creditCode: string;
  name: string;
  legalRepresentative: string;
  foundedOn: string;
  registeredCapitalFen: Fen;
  regionCode: string;
  industryCode: string;
  address: string;
  parkCode: string;
  admittedOn: string | null;
  employees: number;
  status: 'active' | 'deactivated';
}

export const FINANCIAL_FIELDS = [
  'revenueFen',
  'costOfSalesFen',
  'operatingProfitFen',
  'netProfitFen',
  'totalAssetsFen',
  'totalLiabilitiesFen',
  'currentAssetsFen',
  'currentLiabilitiesFen',
  'cashFen',
  'operatingCashFlowFen',
  'rdExpenseFen',
  'rdExpenseDomesticFen',
  'taxPaidFen',
  'highTechRevenueFen',
] as const;
export type FinancialField = (typeof FINANCIAL_FIELDS)[number];

/** One fiscal year's statement. Any figure may be missing (null). */
export type FinancialStatement = { year: number } & Record<FinancialField, Fen | null>;

/** Headcounts at the end of a month. */
export interface PeopleMonth {
  month: string; // YYYY-MM
  employees: number | null;
  stStaff: number | null; // science & technology staff (科技人员)
  rdStaff: number | null;
  postgradStaff: number | null; // master's or PhD
  socialInsuranceHeadcount: number | null;
}


export interface IpItem {
  kind: IpKind;
  number: string; // patent or registration number, unique per kind
  title: string;
  status: IpStatus;
  appliedOn: string | null;
  grantedOn: string | null;
}


export interface Qualification {
  kind: QualificationKind;
  certificateNo: string;
  validFrom: string;
  validTo: string;
}


export interface TaxGradeYear {
  year: number;
  grade: TaxGrade;
}


export interface ComplianceEvent {
  kind: ComplianceEventKind;
  reference: string; // case number, penalty decision number, listing number
  occurredOn: string;
  resolvedOn: string | null;
  amountFen: Fen | null;
  description: string;
}

export interface EquityRound {
  closedOn: string;
  round: string; // angel, seed, A, B, … as stated
  amountFen: Fen;
  /** The valuation after the round, when stated; optional so older snapshots read the same. */
  postMoneyValuationFen?: Fen | null;
  investors: string[];
}

export interface ExistingLoan {
  lender: string;
  amountFen: Fen;
  startedOn: string;
  maturesOn: string;
  status: ExistingLoanStatus;
}

/**
 * Lists an enterprise may confirm are empty ("we hold no IP"), so an empty list can be told
 * apart from one nobody has filled in. Added for the completeness check.
 */
export const DECLARABLE_SECTIONS = ['ip', 'qualifications', 'equityRounds', 'loans'] as const;
export type DeclarableSection = (typeof DECLARABLE_SECTIONS)[number];

/** Everything the platform knows of one enterprise, as of a moment. */
export interface EnterpriseProfile {
  registration: Registration;
  financials: FinancialStatement[];
  people: PeopleMonth[];
  ip: IpItem[];
  qualifications: Qualification[];
  taxGrades: TaxGradeYear[];
  complianceEvents: ComplianceEvent[];
  equityRounds: EquityRound[];
  loans: ExistingLoan[];
  /** Sections confirmed empty, with the YYYY-MM-DD date the enterprise said so. Optional. */
  declaredNone?: Partial<Record<DeclarableSection, string>>;
}
