// The financing workflow: applications with their state history, loans with repayment schedules,
// repayments and recoveries, early-warning signals, the operator-loaded working-day calendar, and
// the plumbing of notifications by e-mail (per-user preferences and an outbox).
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises, organisations } from './organisations.ts';
import { needs, products } from './marketplace.ts';
import { parks } from './parks.ts';
import { profileSnapshots, ratings } from './rating.ts';
import { reports } from './reports.ts';
import { grants } from './sharing.ts';
import { users } from './users.ts';
import { OPEN } from '../../domain/workflow/states.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const fen = (name: string) => bigint(name, { mode: 'bigint' });

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    institutionId: uuid('institution_id').notNull().references(() => organisations.id),
    productId: uuid('product_id').notNull().references(() => products.id),
    /** The product version applied to (its rules and terms at the time). */
    productVersion: integer('product_version').notNull(),
    productKind: text('product_kind').notNull(),
    needId: uuid('need_id').references(() => needs.id),
    /** The consent the enterprise attached: the institution reads its profile under this grant. */
    grantId: uuid('grant_id').references(() => grants.id),
    /** The rating (and its frozen profile snapshot) current when the application was made. */
    ratingId: uuid('rating_id').references(() => ratings.id),
    snapshotId: uuid('snapshot_id').references(() => profileSnapshots.id),
    reportId: uuid('report_id').references(() => reports.id),
    amountFen: fen('amount_fen').notNull(),
    termMonths: integer('term_months'),
    purpose: text('purpose').notNull(),
    state: text('state').notNull(),
    /** Optimistic lock: every change must name the version it read. */
    version: integer('version').notNull().default(1),
    idempotencyKey: text('idempotency_key'),
    submittedAt: at('submitted_at'),
    /** The institution's decision is due by the end of this working day. */
    deadlineOn: day('deadline_on'),
    /** While information is requested the deadline stands still (from this working day). */
    pausedOn: day('paused_on'),
    /** Working days spent waiting for the enterprise's information (not the institution's time). */
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    decidedAt: at('decided_at'),
    /** Working days from submission to decision, less the days paused. */
    responseWorkingDays: integer('response_working_days'),
    deadlineWarnedAt: at('deadline_warned_at'),
    deadlineMissedAt: at('deadline_missed_at'),
    rejectionReason: text('rejection_reason'),
    rejectionText: text('rejection_text'),
    /** A loan's approval: the amount, the rate (LPR tenor + spread) and the term the disbursement must honour. */
    approvedAmountFen: fen('approved_amount_fen'),
    approvedLprTenor: text('approved_lpr_tenor'),
    approvedSpreadBp: integer('approved_spread_bp'),
    approvedTermMonths: integer('approved_term_months'),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('applications_idempotency_key').on(t.enterpriseId, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    // One application per enterprise and product still on its way to money (OPEN states).
    uniqueIndex('applications_open_key').on(t.enterpriseId, t.productId).where(sql`${t.state} in (${sql.raw(OPEN.map((s) => `'${s}'`).join(', '))})`),
    // The review queue: an institution's undecided applications, earliest deadline first.
    index('applications_queue_idx').on(t.institutionId, t.deadlineOn, t.submittedAt, t.id).where(sql`${t.state} in ('submitted', 'accepted', 'info_requested')`),
    index('applications_institution_idx').on(t.institutionId, t.state),
    index('applications_enterprise_idx').on(t.enterpriseId, t.createdAt),
    index('applications_park_idx').on(t.parkId, t.state),
    index('applications_product_idx').on(t.productId),
  ],
);

/** Every state change, with who, when, why: written in the transaction of the change. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** The version the change produced. */
    version: integer('version').notNull(),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    actorOrganisationId: uuid('actor_organisation_id'),
    reason: text('reason'),
    comment: text('comment'),
    at: at('at').notNull(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.id)],
);

export const loans = pgTable(
  'loans',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').notNull().references(() => applications.id),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    institutionId: uuid('institution_id').notNull().references(() => organisations.id),
    productId: uuid('product_id').notNull().references(() => products.id),
    amountFen: fen('amount_fen').notNull(),
    lprTenor: text('lpr_tenor').notNull(), // 1y | 5y
    /** The LPR in force on the disbursement date, as published (a decimal, e.g. 0.0300). */
    lprRate: numeric('lpr_rate', { precision: 8, scale: 6 }).notNull(),
    /** The fixing the loan was priced on: its publication date and both its rates (null on loans made before fixings were data). */
    lprFixingOn: day('lpr_fixing_on'),
    lprOneYear: numeric('lpr_one_year', { precision: 8, scale: 6 }),
    lprFiveYear: numeric('lpr_five_year', { precision: 8, scale: 6 }),
    spreadBp: integer('spread_bp').notNull(),
    annualRate: numeric('annual_rate', { precision: 8, scale: 6 }).notNull(),
    termMonths: integer('term_months').notNull(),
    method: text('method').notNull(), // equal_instalment | equal_principal | interest_only
    disbursedOn: day('disbursed_on').notNull(),
    maturityOn: day('maturity_on').notNull(),
    /** live | closed | defaulted | written_off */
    status: text('status').notNull(),
    outstandingPrincipalFen: fen('outstanding_principal_fen').notNull(),
    daysOverdue: integer('days_overdue').notNull().default(0),
    /** Five-category classification: normal | special_mention | substandard | doubtful | loss */
    classification: text('classification').notNull().default('normal'),
    /** The most days overdue the loan has ever been (the model lab's label reads it). */
    maxDaysOverdue: integer('max_days_overdue').notNull().default(0),
    positionOn: day('position_on').notNull(),
    defaultedOn: day('defaulted_on'),
    defaultExposureFen: fen('default_exposure_fen'),
    recoveredFen: fen('recovered_fen').notNull().default(sql`0`),
    writtenOffFen: fen('written_off_fen'),
    closedOn: day('closed_on'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('loans_application_key').on(t.applicationId),
    index('loans_institution_idx').on(t.institutionId, t.status),
    index('loans_enterprise_idx').on(t.enterpriseId, t.status),
    index('loans_park_idx').on(t.parkId, t.status),
  ],
);

/** Every change of a loan's status (src/domain/loans/status.ts), with who made it and why, written in its transaction. */
export const loanStatusHistory = pgTable(
  'loan_status_history',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** institution | platform */
    mover: text('mover').notNull(),
    actorId: uuid('actor_id'),
    reason: text('reason'),
    on: day('on').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('loan_status_history_loan_idx').on(t.loanId, t.id)],
);

export const loanInstalments = pgTable(
  'loan_instalments',
  {
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    period: smallint('period').notNull(),
    dueOn: day('due_on').notNull(),
    principalFen: fen('principal_fen').notNull(),
    interestFen: fen('interest_fen').notNull(),
    paidPrincipalFen: fen('paid_principal_fen').notNull().default(sql`0`),
    paidInterestFen: fen('paid_interest_fen').notNull().default(sql`0`),
    /** When the instalment was paid in full. */
    paidOn: day('paid_on'),
  },
  (t) => [primaryKey({ columns: [t.loanId, t.period] })],
);

export const repayments = pgTable(
  'repayments',
  {
    id: uuid('id').primaryKey(),
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    paidOn: day('paid_on').notNull(),
    amountFen: fen('amount_fen').notNull(),
    principalFen: fen('principal_fen').notNull(),
    interestFen: fen('interest_fen').notNull(),
    /** The institution's own reference (a file's rows are idempotent by it). */
    reference: text('reference'),
    source: text('source').notNull(), // manual | file | demo
    recordedBy: uuid('recorded_by'),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [index('repayments_loan_idx').on(t.loanId, t.paidOn), uniqueIndex('repayments_reference_key').on(t.loanId, t.reference).where(sql`${t.reference} is not null`)],
);

/** Money recovered on a defaulted loan (collateral, guarantor, risk compensation pool, court). */
export const recoveries = pgTable(
  'recoveries',
  {
    id: uuid('id').primaryKey(),
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    recoveredOn: day('recovered_on').notNull(),
    amountFen: fen('amount_fen').notNull(),
    source: text('source').notNull(), // collateral | guarantor | insurance | compensation_pool | enterprise | court | other
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [index('recoveries_loan_idx').on(t.loanId)],
);

export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    /** The lending institution told of it (one signal per institution with a live loan). */
    institutionId: uuid('institution_id').notNull().references(() => organisations.id),
    loanId: uuid('loan_id').references(() => loans.id),
    kind: text('kind').notNull(), // rating_downgrade | headcount_drop | legal_event | tax_grade_change | overdue_repayment
    severity: text('severity').notNull(), // low | medium | high
    evidence: jsonb('evidence').notNull(),
    /** What makes two detections the same signal (kind + the evidence's identity). */
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status').notNull().default('open'), // open | acknowledged | resolved
    detectedAt: at('detected_at').notNull(),
    acknowledgedAt: at('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    resolvedAt: at('resolved_at'),
    resolvedBy: uuid('resolved_by'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('signals_dedupe_key').on(t.institutionId, t.enterpriseId, t.dedupeKey),
    index('signals_institution_idx').on(t.institutionId, t.status, t.detectedAt),
    index('signals_park_idx').on(t.parkId, t.status, t.detectedAt),
  ],
);

/** A year of the State Council calendar loaded by the operator; it overrides the package's year. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** [{date, name}] */
  holidays: jsonb('holidays').notNull(),
  workdays: jsonb('workdays').notNull(),
  loadedBy: uuid('loaded_by'),
  loadedAt: at('loaded_at').notNull(),
});

/**
 * The Loan Prime Rate, one fixing a month (src/domain/loans/lpr.ts): the built-in history is
 * installed when missing, the operator loads each new month. Rates are decimal fractions.
 */
export const lprFixings = pgTable(
  'lpr_fixings',
  {
    /** YYYY-MM: one fixing a month. */
    month: text('month').primaryKey(),
    /** The publication date (the 20th, or the next working day). */
    date: day('date').notNull(),
    oneYear: numeric('one_year', { precision: 8, scale: 6 }).notNull(),
    fiveYear: numeric('five_year', { precision: 8, scale: 6 }).notNull(),
    /** built_in | operator | demo */
    source: text('source').notNull(),
    loadedBy: uuid('loaded_by'),
    loadedAt: at('loaded_at').notNull(),
  },
  (t) => [uniqueIndex('lpr_fixings_date_key').on(t.date)],
);

/** Which notifications a user wants in the app and by e-mail, per topic (absent: the defaults). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id').notNull().references(() => users.id),
    topic: text('topic').notNull(),
    inApp: boolean('in_app').notNull(),
    email: boolean('email').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] })],
);

/** E-mails written in the transaction of the change they report, sent after it commits. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').references(() => users.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'), // pending | sending | sent | failed
    /** When a dispatcher claimed it for sending (status sending); a claim left by a stopped process expires. */
    claimedAt: at('claimed_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull(),
    sentAt: at('sent_at'),
  },
  (t) => [index('email_outbox_pending_idx').on(t.status, t.createdAt)],
);
