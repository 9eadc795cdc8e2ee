// The financing marketplace: institutions' products (terms, preferences and eligibility rules,
// versioned, approved per park), enterprises' posted needs and institutions' take-ups, the facts
// the matching engine reads, and the stored top matches of the latest full run.
import { sql } from 'drizzle-orm';
import { bigint, doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, smallint, text, timestamp, uniqueIndex, uuid, date } from 'drizzle-orm/pg-core';
import { enterprises, organisations } from './organisations.ts';
import { parks } from './parks.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey(),
    institutionId: uuid('institution_id').notNull().references(() => organisations.id),
    kind: text('kind').notNull(), // loan | guarantee | insurance | equity
    loanType: text('loan_type'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    description: text('description').notNull().default(''),
    /** draft (being edited) | published (offered where approved) | withdrawn */
    status: text('status').notNull().default('draft'),
    /** The current rules/terms version; every saved change adds a product_versions row. */
    version: integer('version').notNull().default(1),
    amountMinFen: bigint('amount_min_fen', { mode: 'bigint' }).notNull(),
    amountMaxFen: bigint('amount_max_fen', { mode: 'bigint' }).notNull(),
    termMinMonths: integer('term_min_months'),
    termMaxMonths: integer('term_max_months'),
    turnaroundDays: integer('turnaround_days').notNull(),
    /** rate {lprTenor, spreadMinBp, spreadMaxBp} | null, feeRate, coverRatio, repaymentMethods, security, eligibleLoanTypes */
    terms: jsonb('terms').notNull(),
    /** industries, stages, regions, thesis */
    preferences: jsonb('preferences').notNull(),
    /** EligibilityRule[] */
    rules: jsonb('rules').notNull(),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('products_institution_idx').on(t.institutionId), index('products_status_kind_idx').on(t.status, t.kind)],
);

export const productVersions = pgTable(
  'product_versions',
  {
    id: uuid('id').primaryKey(),
    productId: uuid('product_id').notNull().references(() => products.id),
    version: integer('version').notNull(),
    /** The whole product as saved: terms, preferences, rules, amounts. */
    content: jsonb('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('product_versions_key').on(t.productId, t.version)],
);

export const productParks = pgTable(
  'product_parks',
  {
    productId: uuid('product_id').notNull().references(() => products.id),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    /** pending | approved | rejected */
    status: text('status').notNull().default('pending'),
    requestedAt: at('requested_at').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: at('decided_at'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.productId, t.parkId] }), index('product_parks_park_idx').on(t.parkId, t.status)],
);

export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    kind: text('kind').notNull(), // loan | equity | guarantee | insurance
    amountFen: bigint('amount_fen', { mode: 'bigint' }).notNull(),
    termMonths: integer('term_months'),
    purpose: text('purpose').notNull(),
    neededBy: date('needed_by', { mode: 'string' }),
    /** Security the enterprise can offer: ip_pledge, receivables, guarantor, … */
    offers: text('offers').array().notNull(),
    /** open | taken_up | closed | withdrawn */
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('needs_park_status_idx').on(t.parkId, t.status, t.createdAt), index('needs_enterprise_idx').on(t.enterpriseId)],
);

export const needTakeUps = pgTable(
  'need_take_ups',
  {
    id: uuid('id').primaryKey(),
    needId: uuid('need_id').notNull().references(() => needs.id),
    institutionId: uuid('institution_id').notNull().references(() => organisations.id),
    productId: uuid('product_id').references(() => products.id),
    takenBy: uuid('taken_by'),
    note: text('note'),
    takenAt: at('taken_at').notNull(),
  },
  (t) => [uniqueIndex('need_take_ups_key').on(t.needId, t.institutionId), index('need_take_ups_institution_idx').on(t.institutionId)],
);

/** What the matching engine reads of each rated enterprise, written with each rating. */
export const matchFacts = pgTable(
  'match_facts',
  {
    enterpriseId: uuid('enterprise_id').primaryKey().references(() => enterprises.organisationId),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    /** NUMERIC_FACTS by key; absent = unknown. */
    numbers: jsonb('numbers').notNull(),
    parkCode: text('park_code').notNull(),
    stage: text('stage').notNull(),
    industryCode: text('industry_code').notNull(),
    regionCode: text('region_code').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('match_facts_updated_idx').on(t.updatedAt)],
);

export const matchRuns = pgTable('match_runs', {
  id: uuid('id').primaryKey(),
  /** nightly | on_demand */
  trigger: text('trigger').notNull(),
  triggeredBy: uuid('triggered_by'),
  status: text('status').notNull(), // running | done | failed
  enterprises: integer('enterprises').notNull().default(0),
  products: integer('products').notNull().default(0),
  eligiblePairs: bigint('eligible_pairs', { mode: 'bigint' }).notNull().default(sql`0`),
  seconds: doublePrecision('seconds'),
  error: text('error'),
  startedAt: at('started_at').notNull(),
  finishedAt: at('finished_at'),
});

/** The latest full run's best products for each enterprise. */
export const topMatches = pgTable(
  'top_matches',
  {
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    rank: smallint('rank').notNull(),
    parkId: uuid('park_id').notNull(),
    productId: uuid('product_id').notNull().references(() => products.id),
    score: real('score').notNull(),
    runId: uuid('run_id').notNull().references(() => matchRuns.id),
    eligibleProducts: integer('eligible_products').notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.rank] }), index('top_matches_product_idx').on(t.productId), index('top_matches_park_idx').on(t.parkId)],
);

/** In-app notifications to an organisation's users (take-ups, approvals; later decisions, signals). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    kind: text('kind').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    /** Where the notification leads in the web app, e.g. /needs/{id}. */
    link: text('link'),
    details: jsonb('details').notNull().default({}),
    createdAt: at('created_at').notNull(),
    readAt: at('read_at'),
  },
  (t) => [index('notifications_organisation_idx').on(t.organisationId, t.createdAt)],
);
