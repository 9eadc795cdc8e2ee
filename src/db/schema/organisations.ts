import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { parks } from './parks.ts';

import { ORG_TYPES } from '../../../shared/organisations.ts';

export const ORGANISATION_TYPES = ORG_TYPES;

// Enterprises, financial institutions, park operators and the platform itself.
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    type: text('type', { enum: ORGANISATION_TYPES }).notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    creditCode: text('credit_code'),
    // Home park: required for enterprises and park operators, empty for institutions and the platform.
    parkId: uuid('park_id').references(() => parks.id),
    regionCode: text('region_code'),
    status: text('status', { enum: ['active', 'deactivated'] }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_credit_code_key').on(t.creditCode),
    index('organisations_type_idx').on(t.type, t.name),
    index('organisations_park_idx').on(t.parkId),
    check(
      'organisations_park_required',
      sql`${t.type} NOT IN ('enterprise', 'park_operator') OR ${t.parkId} IS NOT NULL`,
    ),
  ],
);

// Registration facts of an enterprise. Carries park_id like every enterprise-owned table; later
// high-volume tables key on (park_id, id) so they can be list-partitioned by park.
export const enterprises = pgTable(
  'enterprises',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    parkId: uuid('park_id')
      .notNull()
      .references(() => parks.id),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    industryCode: text('industry_code').notNull(),
    regionCode: text('region_code').notNull(),
    foundedOn: date('founded_on', { mode: 'string' }).notNull(),
    admittedOn: date('admitted_on', { mode: 'string' }),
    registeredCapitalFen: bigint('registered_capital_fen', { mode: 'bigint' }).notNull(),
    employees: integer('employees').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    address: text('address').notNull(),
    status: text('status', { enum: ['active', 'deactivated'] }).notNull().default('active'),
    // Provenance of the registration facts, and the profile's completeness (0–100) kept current
    // on every profile change so lists can filter and sort by it.
    source: text('source', { enum: ['enterprise', 'import', 'connector', 'demo', 'park_admin'] }).notNull().default('park_admin'),
    sourceDate: date('source_date', { mode: 'string' }).notNull().default(sql`CURRENT_DATE`),
    updatedBy: uuid('updated_by'),
    completeness: smallint('completeness').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprises_park_completeness_idx').on(t.parkId, t.completeness),
    index('enterprises_park_employees_idx').on(t.parkId, t.employees),
    uniqueIndex('enterprises_credit_code_key').on(t.creditCode),
    index('enterprises_park_name_idx').on(t.parkId, t.name),
    index('enterprises_park_industry_idx').on(t.parkId, t.industryCode),
    check('enterprises_capital_nonnegative', sql`${t.registeredCapitalFen} >= 0`),
    check('enterprises_employees_nonnegative', sql`${t.employees} >= 0`),
  ],
);
