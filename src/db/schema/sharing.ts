// Consent: an enterprise grants a named institution named data categories for a purpose, until
// a date; every detailed read by an institution is logged against the grant that allowed it.
import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises, organisations } from './organisations.ts';
import { parks } from './parks.ts';

export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    institutionId: uuid('institution_id').notNull().references(() => organisations.id),
    categories: text('categories').array().notNull(),
    purpose: text('purpose').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [index('grants_enterprise_idx').on(t.enterpriseId), index('grants_institution_idx').on(t.institutionId, t.expiresOn)],
);

export const accessLog = pgTable(
  'access_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    parkId: uuid('park_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    institutionId: uuid('institution_id').notNull(),
    userId: uuid('user_id'),
    userEmail: text('user_email'),
    category: text('category').notNull(),
    grantId: uuid('grant_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('access_log_enterprise_idx').on(t.enterpriseId, t.at)],
);

// Versioned rule sets (criteria such as tech-based SME or HNTE) stored as data.
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    version: text('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    definition: jsonb('definition').notNull(),
    status: text('status', { enum: ['active', 'retired'] }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('rule_sets_code_idx').on(t.code, t.effectiveFrom), uniqueIndex('rule_sets_code_version_key').on(t.code, t.version)],
);

// One row per spreadsheet import: who, when, which file (SHA-256), and the counts.
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id'),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    mode: text('mode', { enum: ['all_or_nothing', 'valid_rows'] }).notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: text('status', { enum: ['imported', 'rejected', 'dry_run'] }).notNull(),
    rows: integer('rows').notNull(),
    valid: integer('valid').notNull(),
    imported: integer('imported').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    errors: jsonb('errors').$type<{ row: number; column: string; message: string }[]>().notNull(),
  },
  (t) => [index('imports_at_idx').on(t.at)],
);
