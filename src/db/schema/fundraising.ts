// An enterprise's fundraising: one profile (round, amount sought, valuation range, use of funds,
// dated milestones, open or closed), its documents (one pitch deck, data-room papers: PDF bytes
// with their SHA-256) and every download of one (who, for which organisation, under which grant).
import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises, organisations } from './organisations.ts';
import { parks } from './parks.ts';
import { bytea } from './reports.ts';
import { grants } from './sharing.ts';
import { users } from './users.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const fen = (name: string) => bigint(name, { mode: 'bigint' });

export interface MilestoneJson {
  title: string;
  dueOn: string; // YYYY-MM-DD
}

export const fundraisingProfiles = pgTable(
  'fundraising_profiles',
  {
    enterpriseId: uuid('enterprise_id').primaryKey().references(() => enterprises.organisationId),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    /** shared/fundraising.ts FUNDRAISING_ROUNDS */
    round: text('round').notNull(),
    amountSoughtFen: fen('amount_sought_fen').notNull(),
    valuationMinFen: fen('valuation_min_fen').notNull(),
    valuationMaxFen: fen('valuation_max_fen').notNull(),
    useOfFunds: text('use_of_funds').notNull(),
    milestones: jsonb('milestones').$type<MilestoneJson[]>().notNull(),
    /** open | closed */
    status: text('status').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    index('fundraising_profiles_status_idx').on(t.status, t.updatedAt),
    check('fundraising_profiles_amount_positive', sql`${t.amountSoughtFen} > 0`),
    check('fundraising_profiles_valuation_range', sql`${t.valuationMinFen} > 0 AND ${t.valuationMinFen} <= ${t.valuationMaxFen}`),
  ],
);

export const fundraisingDocuments = pgTable(
  'fundraising_documents',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => fundraisingProfiles.enterpriseId),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    /** pitch_deck | data_room */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: at('uploaded_at').notNull(),
  },
  (t) => [
    index('fundraising_documents_enterprise_idx').on(t.enterpriseId, t.kind),
    // Only one pitch deck: a new one replaces the old in the same transaction.
    uniqueIndex('fundraising_documents_one_deck_key').on(t.enterpriseId).where(sql`${t.kind} = 'pitch_deck'`),
  ],
);

/** Every download of a fundraising document; the document's name and hash are kept should it be deleted. */
export const fundraisingDownloads = pgTable(
  'fundraising_downloads',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    parkId: uuid('park_id').notNull(),
    documentId: uuid('document_id').notNull(),
    documentName: text('document_name').notNull(),
    documentKind: text('document_kind').notNull(),
    documentSha256: text('document_sha256').notNull(),
    viewerOrganisationId: uuid('viewer_organisation_id').notNull().references(() => organisations.id),
    viewerOrganisationName: text('viewer_organisation_name').notNull(),
    userId: uuid('user_id'),
    userEmail: text('user_email'),
    /** The data-room grant it was read under; null for the enterprise's own downloads. */
    grantId: uuid('grant_id').references(() => grants.id),
    at: at('at').notNull(),
  },
  (t) => [index('fundraising_downloads_enterprise_idx').on(t.enterpriseId, t.at)],
);
