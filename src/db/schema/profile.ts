// The credit database: what an enterprise's profile holds besides its registration. Every table
// carries park_id (for per-park filtering and future partitioning) and the provenance of each row.
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPLIANCE_EVENT_KINDS, EXISTING_LOAN_STATUSES, IP_STATUSES, TAX_GRADES } from '../../../shared/profile.ts';
import { enterprises } from './organisations.ts';
import { parks } from './parks.ts';

const provenance = {
  source: text('source', { enum: ['enterprise', 'import', 'connector', 'demo', 'park_admin'] }).notNull(),
  sourceDate: date('source_date', { mode: 'string' }).notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

const owner = {
  parkId: uuid('park_id').notNull().references(() => parks.id),
  enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
};

const fen = (name: string) => bigint(name, { mode: 'bigint' });

export const financialStatements = pgTable(
  'financial_statements',
  {
    ...owner,
    year: smallint('year').notNull(),
    revenueFen: fen('revenue_fen'),
    costOfSalesFen: fen('cost_of_sales_fen'),
    operatingProfitFen: fen('operating_profit_fen'),
    netProfitFen: fen('net_profit_fen'),
    totalAssetsFen: fen('total_assets_fen'),
    totalLiabilitiesFen: fen('total_liabilities_fen'),
    currentAssetsFen: fen('current_assets_fen'),
    currentLiabilitiesFen: fen('current_liabilities_fen'),
    cashFen: fen('cash_fen'),
    operatingCashFlowFen: fen('operating_cash_flow_fen'),
    rdExpenseFen: fen('rd_expense_fen'),
    rdExpenseDomesticFen: fen('rd_expense_domestic_fen'),
    taxPaidFen: fen('tax_paid_fen'),
    highTechRevenueFen: fen('high_tech_revenue_fen'),
    ...provenance,
  },
  (t) => [
    uniqueIndex('financial_statements_key').on(t.enterpriseId, t.year),
    index('financial_statements_park_idx').on(t.parkId, t.year),
    check('financial_statements_year', sql`${t.year} BETWEEN 1950 AND 2200`),
  ],
);

export const peopleMonths = pgTable(
  'people_months',
  {
    ...owner,
    month: text('month').notNull(), // YYYY-MM
    employees: integer('employees'),
    stStaff: integer('st_staff'),
    rdStaff: integer('rd_staff'),
    postgradStaff: integer('postgrad_staff'),
    socialInsuranceHeadcount: integer('social_insurance_headcount'),
    ...provenance,
  },
  (t) => [
    uniqueIndex('people_months_key').on(t.enterpriseId, t.month),
    check('people_months_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

export const ipItems = pgTable(
  'ip_items',
  {
    ...owner,
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: IP_STATUSES }).notNull(),
    appliedOn: date('applied_on', { mode: 'string' }),
    grantedOn: date('granted_on', { mode: 'string' }),
    ...provenance,
  },
  (t) => [uniqueIndex('ip_items_key').on(t.kind, t.number), index('ip_items_enterprise_idx').on(t.enterpriseId, t.kind)],
);

export const qualifications = pgTable(
  'qualifications',
  {
    ...owner,
    kind: text('kind').notNull(),
    certificateNo: text('certificate_no').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    ...provenance,
  },
  (t) => [
    uniqueIndex('qualifications_key').on(t.enterpriseId, t.kind, t.certificateNo),
    index('qualifications_kind_idx').on(t.kind, t.validTo),
  ],
);

export const taxGrades = pgTable(
  'tax_grades',
  {
    ...owner,
    year: smallint('year').notNull(),
    grade: text('grade', { enum: TAX_GRADES }).notNull(),
    ...provenance,
  },
  (t) => [uniqueIndex('tax_grades_key').on(t.enterpriseId, t.year)],
);

export const complianceEvents = pgTable(
  'compliance_events',
  {
    ...owner,
    kind: text('kind', { enum: COMPLIANCE_EVENT_KINDS }).notNull(),
    reference: text('reference').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    amountFen: fen('amount_fen'),
    description: text('description').notNull(),
    ...provenance,
  },
  (t) => [uniqueIndex('compliance_events_key').on(t.enterpriseId, t.kind, t.reference)],
);

export const equityRounds = pgTable(
  'equity_rounds',
  {
    ...owner,
    closedOn: date('closed_on', { mode: 'string' }).notNull(),
    round: text('round').notNull(),
    amountFen: fen('amount_fen').notNull(),
    /** The round's post-money valuation, when the enterprise states it (the STAR readiness report's expected market value). */
    postMoneyValuationFen: fen('post_money_valuation_fen'),
    investors: text('investors').array().notNull(),
    ...provenance,
  },
  (t) => [uniqueIndex('equity_rounds_key').on(t.enterpriseId, t.closedOn, t.round)],
);

export const existingLoans = pgTable(
  'existing_loans',
  {
    ...owner,
    lender: text('lender').notNull(),
    amountFen: fen('amount_fen').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    maturesOn: date('matures_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: EXISTING_LOAN_STATUSES }).notNull(),
    ...provenance,
  },
  (t) => [uniqueIndex('existing_loans_key').on(t.enterpriseId, t.lender, t.startedOn)],
);
