// Credit evaluation: model versions as data, frozen profile snapshots, and every rating with the
// model version and snapshot it used, so any rating can be reproduced exactly.
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from './organisations.ts';
import { parks } from './parks.ts';

export const modelVersions = pgTable(
  'model_versions',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['expert', 'scorecard', 'gbdt'] }).notNull(),
    version: text('version').notNull(),
    parameters: jsonb('parameters').notNull(),
    metrics: jsonb('metrics').notNull().default({}),
    status: text('status', { enum: ['draft', 'shadow', 'active', 'retired'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    activatedAt: timestamp('activated_at', { withTimezone: true, mode: 'date' }),
    activatedBy: uuid('activated_by'),
  },
  (t) => [
    uniqueIndex('model_versions_version_key').on(t.version),
    // One active model: every rating is made by it.
    uniqueIndex('model_versions_active_key').on(t.status).where(sql`${t.status} = 'active'`),
  ],
);

export const profileSnapshots = pgTable(
  'profile_snapshots',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull(),
    profile: jsonb('profile').notNull(),
    sha256: text('sha256').notNull(),
  },
  (t) => [index('profile_snapshots_enterprise_idx').on(t.enterpriseId, t.takenAt)],
);

export const ratings = pgTable(
  'ratings',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    modelVersionId: uuid('model_version_id').notNull().references(() => modelVersions.id),
    snapshotId: uuid('snapshot_id').notNull().references(() => profileSnapshots.id),
    score: integer('score').notNull(),
    grade: text('grade').notNull(),
    pd: numeric('pd', { precision: 10, scale: 8 }).notNull(),
    dimensions: jsonb('dimensions').notNull(),
    factors: jsonb('factors').notNull(),
    creditLimitFen: bigint('credit_limit_fen', { mode: 'bigint' }).notNull(),
    limitBasis: text('limit_basis').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('ratings_enterprise_idx').on(t.enterpriseId, t.ratedAt), index('ratings_park_grade_idx').on(t.parkId, t.grade)],
);

// Challenger ratings: a shadow model scores beside the active one, on the same snapshot,
// without being shown to anyone but the operator comparing them.
export const shadowRatings = pgTable(
  'shadow_ratings',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    modelVersionId: uuid('model_version_id').notNull().references(() => modelVersions.id),
    championRatingId: uuid('champion_rating_id').notNull().references(() => ratings.id),
    score: integer('score').notNull(),
    grade: text('grade').notNull(),
    pd: numeric('pd', { precision: 10, scale: 8 }).notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('shadow_ratings_model_idx').on(t.modelVersionId, t.ratedAt)],
);
