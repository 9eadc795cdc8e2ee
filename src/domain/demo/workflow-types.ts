// Shapes of the demo financing workflow: what the generator reads (rated enterprises, published
// products, taken-up needs, the demo accounts) and the rows it writes, named as the tables name
// their columns so the seeder stores them as they are. Ids and the clock are passed in.
import type { LprFixing } from '../loans/lpr.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { EnterpriseFacts } from '../marketplace/facts.ts';
import type { MarketProduct } from '../marketplace/products.ts';
import type { Grade } from '../rating/expert-model.ts';
import type { ApplicationState, Mover } from '../workflow/states.ts';

/** A user acting for an organisation (the demo accounts). */
export interface Account {
  userId: string;
  email: string;
}

export interface WorkflowFirm {
  id: string; // the enterprise's organisation id
  parkId: string;
  parkCode: string;
  name: string;
  /** The rating current when it applies (the seed runs after the first scoring). */
  rating: { id: string; snapshotId: string; grade: Grade; pd: number; creditLimitFen: bigint };
  /** What the matching engine reads of it; null when its facts are not stored. */
  facts: EnterpriseFacts | null;
}

export interface WorkflowProduct {
  product: MarketProduct;
  name: string;
  version: number;
  /** Park code → the day the park approved it: applications there come after. */
  offeredFrom: ReadonlyMap<string, string>;
}

export interface WorkflowTakeUp {
  institutionId: string;
  productId: string | null;
  takenOn: string;
}

export interface WorkflowNeed {
  id: string;
  enterpriseId: string;
  kind: string;
  amountFen: bigint;
  termMonths: number | null;
  purpose: string;
  takeUps: WorkflowTakeUp[];
}

export interface WorkflowInput {
  /** In a stable order (the generator's draws follow it). */
  firms: readonly WorkflowFirm[];
  products: readonly WorkflowProduct[];
  needs: readonly WorkflowNeed[];
  /** Park id → its operator organisation (told of missed deadlines and warnings). */
  parkOperators: ReadonlyMap<string, string>;
  institutionNames: ReadonlyMap<string, string>;
  /** English names of the institutions that have one (the notices' English wording). */
  institutionNamesEn?: ReadonlyMap<string, string>;
  /** Organisation id → the account acting for it, where one exists. */
  accounts: ReadonlyMap<string, Account>;
  /** The demo accounts' organisations, whose view is written to order. */
  demo: { enterpriseId: string | null; institutionId: string | null };
}

export interface WorkflowOptions {
  seed: number;
  now: Date;
  calendar: WorkingCalendar;
  /** The LPR fixings loans are priced on (the table's, with the demo's months after the built-in history). */
  lpr: readonly LprFixing[];
  /** A new row id for a row made at this time (UUIDv7 in the seeder, a counter in tests). */
  newId: (atMs: number) => string;
}

/** A move the story makes: on a day (at office hours) or at an exact time (the platform's). */
export interface Step {
  to: ApplicationState;
  by: Mover;
  on: string; // YYYY-MM-DD
  at?: Date;
  reason?: string | null;
  comment?: string | null;
  /** Platform moves made while an officer records a repayment carry the officer. */
  actor?: Account | null;
}

export interface GrantRow {
  id: string;
  parkId: string;
  enterpriseId: string;
  institutionId: string;
  categories: string[];
  purpose: string;
  expiresOn: string;
  createdAt: Date;
  createdBy: string | null;
}

export interface ApplicationRow {
  id: string;
  parkId: string;
  enterpriseId: string;
  institutionId: string;
  productId: string;
  productVersion: number;
  productKind: string;
  needId: string | null;
  grantId: string | null;
  ratingId: string;
  snapshotId: string;
  amountFen: bigint;
  termMonths: number | null;
  purpose: string;
  state: ApplicationState;
  version: number;
  submittedAt: Date | null;
  deadlineOn: string | null;
  pausedOn: string | null;
  pausedWorkingDays: number;
  decidedAt: Date | null;
  responseWorkingDays: number | null;
  deadlineWarnedAt: Date | null;
  deadlineMissedAt: Date | null;
  rejectionReason: string | null;
  rejectionText: string | null;
  /** A loan's approval: the terms its disbursement honours (null for other products and undecided ones). */
  approvedAmountFen: bigint | null;
  approvedLprTenor: string | null;
  approvedSpreadBp: number | null;
  approvedTermMonths: number | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface EventRow {
  applicationId: string;
  fromState: ApplicationState | null;
  toState: ApplicationState;
  version: number;
  actorId: string | null;
  actorEmail: string | null;
  actorOrganisationId: string | null;
  reason: string | null;
  comment: string | null;
  at: Date;
}

export type LoanStatus = 'live' | 'closed' | 'defaulted' | 'written_off';

export interface LoanRow {
  id: string;
  applicationId: string;
  parkId: string;
  enterpriseId: string;
  institutionId: string;
  productId: string;
  amountFen: bigint;
  lprTenor: string;
  lprRate: string;
  lprFixingOn: string;
  lprOneYear: string;
  lprFiveYear: string;
  spreadBp: number;
  annualRate: string;
  termMonths: number;
  method: string;
  disbursedOn: string;
  maturityOn: string;
  status: LoanStatus;
  outstandingPrincipalFen: bigint;
  daysOverdue: number;
  classification: string;
  maxDaysOverdue: number;
  positionOn: string;
  defaultedOn: string | null;
  defaultExposureFen: bigint | null;
  recoveredFen: bigint;
  writtenOffFen: bigint | null;
  closedOn: string | null;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface InstalmentRow {
  loanId: string;
  period: number;
  dueOn: string;
  principalFen: bigint;
  interestFen: bigint;
  paidPrincipalFen: bigint;
  paidInterestFen: bigint;
  paidOn: string | null;
}

export interface RepaymentRow {
  id: string;
  loanId: string;
  paidOn: string;
  amountFen: bigint;
  principalFen: bigint;
  interestFen: bigint;
  reference: string | null;
  source: 'demo';
  recordedBy: string | null;
  recordedAt: Date;
}

export interface RecoveryRow {
  id: string;
  loanId: string;
  recoveredOn: string;
  amountFen: bigint;
  source: string;
  note: string;
  recordedBy: string | null;
  recordedAt: Date;
}

export interface SignalRow {
  id: string;
  parkId: string;
  enterpriseId: string;
  institutionId: string;
  loanId: string | null;
  kind: string;
  severity: string;
  evidence: Record<string, unknown>;
  dedupeKey: string;
  status: 'open' | 'acknowledged' | 'resolved';
  detectedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  note: string | null;
}

export interface NoticeRow {
  id: string;
  organisationId: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  link: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

export interface DemoWorkflow {
  grants: GrantRow[];
  applications: ApplicationRow[];
  /** In the order they happened (the table's serial ids follow it). */
  events: EventRow[];
  loans: LoanRow[];
  instalments: InstalmentRow[];
  repayments: RepaymentRow[];
  recoveries: RecoveryRow[];
  signals: SignalRow[];
  notifications: NoticeRow[];
}
