// Issued credit reports: the PDF bytes exactly as delivered and their SHA-256, so anyone holding a
// copy can confirm it is genuine and unaltered.
import { customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, enterprises } from './organisations.ts';
import { parks } from './parks.ts';
import { ratings } from './rating.ts';

/** bytea as a Buffer on both drivers: pg gives a Buffer, PGlite a Uint8Array (or hex text if unparsed). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => {
    if (typeof value === 'string') return Buffer.from(value.startsWith('\\x') ? value.slice(2) : value, 'hex');
    return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  },
});

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    ratingId: uuid('rating_id').notNull().references(() => ratings.id),
    language: text('language', { enum: ['zh-CN', 'en'] }).notNull(),
    sha256: text('sha256').notNull(),
    pdf: bytea('pdf').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true, mode: 'date' }).notNull(),
    /** The issuing user; null for the system (CLI). */
    issuedBy: uuid('issued_by'),
    /** The institution a report was issued to under its grant (it holds only its own); null otherwise. */
    institutionId: uuid('institution_id').references(() => organisations.id),
  },
  (t) => [index('reports_enterprise_idx').on(t.enterpriseId, t.issuedAt)],
);
