import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid, check } from 'drizzle-orm/pg-core';

// A park is the tenant boundary for administrators. Everything an enterprise owns carries park_id,
// so later tables can be filtered, exported or list-partitioned by it.
export const parks = pgTable(
  'parks',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    regionCode: text('region_code').notNull(),
    status: text('status', { enum: ['active', 'deactivated'] }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('parks_code_format', sql`${t.code} ~ '^[a-z][a-z0-9-]{1,31}$'`),
    check('parks_region_format', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
  ],
);
