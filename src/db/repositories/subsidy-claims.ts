// Subsidy claims: the facts a run reads (loans with the enterprise's grade, report and listing on
// the loan date, and the interest repaid in the period), the claims it writes, their moves, and the
// lists the enterprise, the park and the institution read.
import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { WorkflowScope } from '../../domain/access/workflow-access.ts';
import { VOID_CLAIM_STATES } from '../../../shared/policy.ts';
import type { Executor, Tx } from '../client.ts';
import { rowsOf } from '../migrate.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, loans, organisations, parks, paymentBatches, policyPayments, products, subsidyClaimDocuments, subsidyClaimEvents, subsidyClaims } from '../schema/index.ts';
import { scopeWhere } from './workflow-scope.ts';

export type ClaimRow = typeof subsidyClaims.$inferSelect;
export type NewClaim = typeof subsidyClaims.$inferInsert;
export type ClaimEventRow = typeof subsidyClaimEvents.$inferSelect;
/** A claim with the names every list shows. */
export type ClaimListed = ClaimRow & { enterpriseName: string; creditCode: string; institutionName: string; parkCode: string; parkName: string; parkNameEn: string; productName: string; productNameEn: string | null; loanAmountFen: bigint };

/** One loan as a run reads it: its terms, and what the platform knew of its enterprise on the disbursement date. */
export interface RunFactsRow {
  loanId: string;
  enterpriseId: string;
  parkId: string;
  institutionId: string;
  creditCode: string;
  amountFen: bigint;
  annualRate: string;
  disbursedOn: string;
  termMonths: number;
  loanType: string | null;
  productName: string;
  productNameEn: string | null;
  industryCode: string;
  parkCode: string;
  grade: string | null;
  hasValidReport: boolean;
  dishonest: boolean;
  /** The interest repayments in the claim period, oldest first. */
  repaymentDates: string[];
  repaymentInterestFen: bigint[];
}

/**
 * Loans disbursed in [disbursedFrom, disbursedTo] to enterprises of the parks (null: every park),
 * with the grade of the latest rating made before the end of the disbursement day, whether a
 * report was valid that day, whether the enterprise is on the serious-dishonesty list at the
 * period's end, and the interest repaid in the period — one row per loan. Set-based, for a run's
 * hundred thousand loans: the grade and the report are looked up once per enterprise and
 * disbursement day (loans share them), the period's repayments aggregated per loan in one join,
 * the dishonesty list read once. JIT is off for the statement: compiling it cost more than it saved.
 */
export async function loadRunFacts(db: Executor, q: { parkIds: string[] | null; disbursedFrom: string; disbursedTo: string; periodFrom: string; periodTo: string; timezone: string; loanIds?: string[]; enterpriseId?: string }): Promise<RunFactsRow[]> {
  const parkFilter = q.parkIds === null ? sql`true` : q.parkIds.length ? sql`l.park_id IN (${sql.join(q.parkIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
  const loanFilter = q.loanIds ? (q.loanIds.length ? sql`l.id IN (${sql.join(q.loanIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`) : sql`true`;
  const enterpriseFilter = q.enterpriseId ? sql`l.enterprise_id = ${q.enterpriseId}::uuid` : sql`true`;
  const query = sql`
    WITH l AS MATERIALIZED (
      SELECT l.id, l.enterprise_id, l.park_id, l.institution_id, l.product_id, l.amount_fen, l.annual_rate, l.disbursed_on, l.term_months FROM loans l
      WHERE l.disbursed_on BETWEEN ${q.disbursedFrom}::date AND ${q.disbursedTo}::date AND ${parkFilter} AND ${loanFilter} AND ${enterpriseFilter}),
    days AS MATERIALIZED (
      SELECT d.enterprise_id, d.disbursed_on,
             (SELECT r.grade FROM ratings r WHERE r.enterprise_id = d.enterprise_id
                AND r.rated_at < ((d.disbursed_on + 1)::timestamp AT TIME ZONE ${q.timezone})
              ORDER BY r.rated_at DESC LIMIT 1) AS grade,
             EXISTS (SELECT 1 FROM reports rp WHERE rp.enterprise_id = d.enterprise_id AND rp.institution_id IS NULL
                AND rp.issued_at < ((d.disbursed_on + 1)::timestamp AT TIME ZONE ${q.timezone})
                AND rp.valid_until >= (d.disbursed_on::timestamp AT TIME ZONE ${q.timezone})) AS valid
      FROM (SELECT DISTINCT enterprise_id, disbursed_on FROM l) d),
    paid AS (
      SELECT rp.loan_id, string_agg(rp.paid_on::text || ' ' || rp.interest_fen::text, ',' ORDER BY rp.paid_on, rp.id) AS paid
      FROM repayments rp JOIN l ON l.id = rp.loan_id
      WHERE rp.paid_on BETWEEN ${q.periodFrom}::date AND ${q.periodTo}::date AND rp.interest_fen > 0
      GROUP BY rp.loan_id)
    SELECT l.id AS "loanId", l.enterprise_id AS "enterpriseId", l.park_id AS "parkId", l.institution_id AS "institutionId",
           e.credit_code AS "creditCode", l.amount_fen AS "amountFen", l.annual_rate::text AS "annualRate",
           l.disbursed_on::text AS "disbursedOn", l.term_months AS "termMonths", pr.loan_type AS "loanType", pr.name AS "productName", pr.name_en AS "productNameEn",
           e.industry_code AS "industryCode", pk.code AS "parkCode", days.grade, days.valid AS "hasValidReport",
           listed.enterprise_id IS NOT NULL AS dishonest,
           COALESCE(paid.paid, '') AS paid
    FROM l
    JOIN enterprises e ON e.organisation_id = l.enterprise_id
    JOIN parks pk ON pk.id = l.park_id
    JOIN products pr ON pr.id = l.product_id
    JOIN days ON days.enterprise_id = l.enterprise_id AND days.disbursed_on = l.disbursed_on
    LEFT JOIN paid ON paid.loan_id = l.id
    LEFT JOIN (SELECT DISTINCT ce.enterprise_id FROM compliance_events ce WHERE ce.kind = 'serious_dishonesty'
              AND ce.occurred_on <= ${q.periodTo}::date AND (ce.resolved_on IS NULL OR ce.resolved_on > ${q.periodTo}::date)) listed ON listed.enterprise_id = l.enterprise_id
    ORDER BY l.id`;
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    return tx.execute(query);
  });
  // The repayments come as one text per loan, "date fen,date fen" (cheaper to read than two arrays).
  return rowsOf<Omit<RunFactsRow, 'repaymentDates' | 'repaymentInterestFen'> & { paid: string }>(result).map(({ paid, ...r }) => {
    const repaymentDates: string[] = [];
    const repaymentInterestFen: bigint[] = [];
    if (paid) {
      for (const one of paid.split(',')) {
        repaymentDates.push(one.slice(0, 10));
        repaymentInterestFen.push(BigInt(one.slice(11)));
      }
    }
    return { ...r, amountFen: BigInt(r.amountFen), repaymentDates, repaymentInterestFen };
  });
}

/** Ids as one uuid[] parameter: a run's hundred thousand loans in one statement, not one bind parameter each. */
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Locks the loans for this transaction: two runs never grant the same loan's interest at once. */
export async function lockLoans(tx: Tx, loanIds: string[]): Promise<void> {
  if (!loanIds.length) return;
  await tx.execute(sql`SELECT id FROM loans WHERE id = ANY(${uuidArray(loanIds)}) ORDER BY id FOR UPDATE`);
}

/**
 * The claims of a programme for a period (any state). A computed claim comes without its trail and
 * payment grants (null): a run recomputes them and reads only decided claims' (it shows them as stored).
 */
export async function claimsOfRun(db: Executor, programmeCode: string, periodFrom: string): Promise<ClaimRow[]> {
  const decidedOnly = (column: typeof subsidyClaims.trail | typeof subsidyClaims.paymentGrants) => sql<unknown>`CASE WHEN ${subsidyClaims.state} = 'computed' THEN NULL ELSE ${column} END`.mapWith(column);
  return db
    .select({ ...getTableColumns(subsidyClaims), trail: decidedOnly(subsidyClaims.trail), paymentGrants: decidedOnly(subsidyClaims.paymentGrants) })
    .from(subsidyClaims)
    .where(and(eq(subsidyClaims.programmeCode, programmeCode), eq(subsidyClaims.periodFrom, periodFrom)));
}

const notVoid = notInArray(subsidyClaims.state, [...VOID_CLAIM_STATES]);

/** What the programme granted (not void) before the period: per loan ever, and per enterprise in the period's year. */
export async function receivedBefore(db: Executor, programmeCode: string, periodFrom: string): Promise<{ byLoan: Map<string, bigint>; byEnterpriseYear: Map<string, bigint> }> {
  const rows = await db
    .select({ loanId: subsidyClaims.loanId, enterpriseId: subsidyClaims.enterpriseId, periodFrom: subsidyClaims.periodFrom, subsidyFen: subsidyClaims.subsidyFen })
    .from(subsidyClaims)
    .where(and(eq(subsidyClaims.programmeCode, programmeCode), lt(subsidyClaims.periodFrom, periodFrom), notVoid));
  const byLoan = new Map<string, bigint>();
  const byEnterpriseYear = new Map<string, bigint>();
  const year = periodFrom.slice(0, 4);
  for (const r of rows) {
    byLoan.set(r.loanId, (byLoan.get(r.loanId) ?? 0n) + r.subsidyFen);
    if (r.periodFrom.slice(0, 4) === year) byEnterpriseYear.set(r.enterpriseId, (byEnterpriseYear.get(r.enterpriseId) ?? 0n) + r.subsidyFen);
  }
  return { byLoan, byEnterpriseYear };
}

/** What the programme has granted in all (not void), for the budget. */
export async function grantedTotal(db: Executor, programmeCode: string, exceptPeriodFrom?: string): Promise<bigint> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${subsidyClaims.subsidyFen}), 0)::text` })
    .from(subsidyClaims)
    .where(and(eq(subsidyClaims.programmeCode, programmeCode), notVoid, exceptPeriodFrom ? ne(subsidyClaims.periodFrom, exceptPeriodFrom) : undefined));
  return BigInt(row?.total ?? '0');
}

/** Other programmes' live claims of the same kind on these loans for periods that meet [from, to]. */
export async function otherClaimsOnLoans(db: Executor, q: { loanIds: string[]; programmeCode: string; kind: string; from: string; to: string }): Promise<Pick<ClaimRow, 'loanId' | 'programmeCode' | 'stacking' | 'periodFrom' | 'periodTo'>[]> {
  if (!q.loanIds.length) return [];
  return db
    .select({ loanId: subsidyClaims.loanId, programmeCode: subsidyClaims.programmeCode, stacking: subsidyClaims.stacking, periodFrom: subsidyClaims.periodFrom, periodTo: subsidyClaims.periodTo })
    .from(subsidyClaims)
    .where(and(sql`${subsidyClaims.loanId} = ANY(${uuidArray(q.loanIds)})`, ne(subsidyClaims.programmeCode, q.programmeCode), eq(subsidyClaims.kind, q.kind), notVoid, sql`${subsidyClaims.periodFrom} <= ${q.to}::date`, sql`${subsidyClaims.periodTo} >= ${q.from}::date`));
}

/** A claim as a run writes it: its trail and payment grants already JSON text (services/policy/trail-store.ts). */
export type ClaimInsert = Omit<NewClaim, 'trail' | 'paymentGrants'> & { trail: string; paymentGrants: string | null };

/** One element of a PostgreSQL array literal: NULL, a number, or a quoted text. */
const element = (v: unknown): string => (v === null || v === undefined ? 'NULL' : typeof v === 'bigint' || typeof v === 'number' ? String(v) : `"${(v instanceof Date ? v.toISOString() : String(v)).replace(/[\\"]/g, '\\$&')}"`);
/** Uuids, numbers, dates and instants need no quoting in an array literal; text does. */
const bare = (v: unknown): string => (v === null || v === undefined ? 'NULL' : v instanceof Date ? v.toISOString() : String(v));
const BARE_TYPES = /^(uuid|bigint|integer|date|timestamp with time zone)$/;
const JSON_COLUMNS = new Set(['trail', 'paymentGrants']);

/**
 * A run's claims inserted or rewritten in chunks, each column sent as one array parameter and
 * unnested (the JSON columns as one JSON array of the rows' texts): PostgreSQL reads typed arrays
 * far cheaper than a JSON document of every row, and nothing is built per value but its text.
 */
function columnsOf<R extends object>(table: PgTable, rows: readonly R[]) {
  const columns = getTableColumns(table);
  const keys = Object.keys(columns).filter((k) => rows.some((r) => (r as Record<string, unknown>)[k] !== undefined));
  const plain = keys.filter((k) => !JSON_COLUMNS.has(k));
  const json = keys.filter((k) => JSON_COLUMNS.has(k));
  const name = (k: string) => `"${columns[k]!.name}"`;
  return {
    keys: [...plain, ...json],
    names: [...plain, ...json].map(name),
    /** ROWS FROM (unnest($1::uuid[]), …, jsonb_array_elements($n::jsonb)) AS t(…) for the rows. */
    source: (chunk: readonly R[]) => {
      const of = (k: string) => chunk.map((r) => (r as Record<string, unknown>)[k]);
      const sets = [
        ...plain.map((k) => sql`unnest(${`{${of(k).map(BARE_TYPES.test(columns[k]!.getSQLType()) ? bare : element).join(',')}}`}::${sql.raw(columns[k]!.getSQLType())}[])`),
        ...json.map((k) => sql`jsonb_array_elements(${`[${of(k).map((v) => (v === null || v === undefined ? 'null' : (v as string))).join(',')}]`}::jsonb)`),
      ];
      return sql`ROWS FROM (${sql.join(sets, sql`, `)}) AS t(${sql.raw([...plain, ...json].map(name).join(', '))})`;
    },
    /** The value to write: JSON null stored as SQL NULL. */
    value: (k: string) => (JSON_COLUMNS.has(k) ? `NULLIF(t.${name(k)}, 'null'::jsonb)` : `t.${name(k)}`),
  };
}

export async function insertClaims(tx: Tx, rows: readonly ClaimInsert[]): Promise<void> {
  if (!rows.length) return;
  const c = columnsOf(subsidyClaims, rows);
  for (let i = 0; i < rows.length; i += 5000) {
    await tx.execute(sql`INSERT INTO ${subsidyClaims} (${sql.raw(c.names.join(', '))}) SELECT ${sql.raw(c.keys.map(c.value).join(', '))} FROM ${c.source(rows.slice(i, i + 5000))}`);
  }
}

export async function deleteClaims(tx: Tx, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    await tx.delete(subsidyClaimEvents).where(inArray(subsidyClaimEvents.claimId, chunk));
    // A claim a later run no longer grants goes with the proofs uploaded for it.
    await tx.delete(subsidyClaimDocuments).where(inArray(subsidyClaimDocuments.claimId, chunk));
    await tx.delete(subsidyClaims).where(inArray(subsidyClaims.id, chunk));
  }
}

/** Rewrites computed claims' figures (a run recomputing them), each raising its version; every change gives the same columns. Claims no longer computed are left alone. */
export async function updateComputedClaims(tx: Tx, changes: readonly ({ id: string } & Partial<ClaimInsert>)[]): Promise<void> {
  if (!changes.length) return;
  const c = columnsOf(subsidyClaims, changes);
  const sets = c.keys.filter((k) => k !== 'id' && k !== 'version').map((k) => `${c.names[c.keys.indexOf(k)]} = ${c.value(k)}`).join(', ');
  for (let i = 0; i < changes.length; i += 5000) {
    await tx.execute(sql`UPDATE ${subsidyClaims} c SET ${sql.raw(sets)}, "version" = c."version" + 1
      FROM ${c.source(changes.slice(i, i + 5000))} WHERE c.id = t.id AND c.state = 'computed'`);
  }
}

export async function insertClaimEvents(tx: Executor, rows: (typeof subsidyClaimEvents.$inferInsert)[]): Promise<void> {
  if (!rows.length) return;
  const c = columnsOf(subsidyClaimEvents, rows);
  for (let i = 0; i < rows.length; i += 10000) {
    await tx.execute(sql`INSERT INTO ${subsidyClaimEvents} (${sql.raw(c.names.join(', '))}) SELECT ${sql.raw(c.keys.map(c.value).join(', '))} FROM ${c.source(rows.slice(i, i + 10000))}`);
  }
}

/** The change is written only if nobody changed the claim since `version`: the row comes back, or undefined when stale. */
export async function updateClaimIf(db: Executor, id: string, version: number, changes: Partial<NewClaim>): Promise<ClaimRow | undefined> {
  const [row] = await db
    .update(subsidyClaims)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(subsidyClaims.id, id), eq(subsidyClaims.version, version)))
    .returning();
  return row;
}

const listedColumns = { claim: subsidyClaims, enterpriseName: enterprises.name, creditCode: enterprises.creditCode, institutionName: organisations.name, parkCode: parks.code, parkName: parks.name, parkNameEn: parks.nameEn, productName: products.name, productNameEn: products.nameEn, loanAmountFen: loans.amountFen };
type ListedRow = { claim: ClaimRow; enterpriseName: string; creditCode: string; institutionName: string; parkCode: string; parkName: string; parkNameEn: string; productName: string; productNameEn: string | null; loanAmountFen: bigint };
const flatten = ({ claim, ...names }: ListedRow): ClaimListed => ({ ...claim, ...names });
/** Claims with the names every list shows: enterprise, lender, park, and the loan's product and amount. */
const listedClaims = (db: Executor) =>
  db
    .select(listedColumns)
    .from(subsidyClaims)
    .innerJoin(enterprises, eq(enterprises.organisationId, subsidyClaims.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, subsidyClaims.institutionId))
    .innerJoin(parks, eq(parks.id, subsidyClaims.parkId))
    .innerJoin(loans, eq(loans.id, subsidyClaims.loanId))
    .innerJoin(products, eq(products.id, loans.productId));

export interface ClaimFilter {
  scope: WorkflowScope;
  programmeCode?: string;
  states?: readonly string[];
  enterpriseId?: string;
  periodFrom?: string;
}

const whereOf = (f: ClaimFilter): SQL | undefined =>
  and(
    f.scope.kind === 'institution'
      ? // an institution's: its loans', and those of loans it submitted fee or premium payments on
        or(inArray(subsidyClaims.institutionId, f.scope.ids), inArray(subsidyClaims.loanId, sql`(select ${policyPayments.loanId} from ${policyPayments} where ${inArray(policyPayments.submittedBy, f.scope.ids)})`))
      : scopeWhere(f.scope, { institution: subsidyClaims.institutionId, enterprise: subsidyClaims.enterpriseId, park: subsidyClaims.parkId }),
    f.programmeCode ? eq(subsidyClaims.programmeCode, f.programmeCode) : undefined,
    f.states?.length ? inArray(subsidyClaims.state, [...f.states]) : undefined,
    f.enterpriseId ? eq(subsidyClaims.enterpriseId, f.enterpriseId) : undefined,
    f.periodFrom ? eq(subsidyClaims.periodFrom, f.periodFrom) : undefined,
  );


export async function listClaims(db: Executor, filter: ClaimFilter, page: PageRequest): Promise<Page<ClaimListed>> {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    listedClaims(db)
      .where(where)
      .orderBy(desc(subsidyClaims.periodFrom), asc(subsidyClaims.firstRepaymentOn), asc(subsidyClaims.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(subsidyClaims).where(where),
  ]);
  return { items: rows.map(flatten), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

export async function findClaim(db: Executor, id: string): Promise<ClaimListed | undefined> {
  const [row] = await listedClaims(db).where(eq(subsidyClaims.id, id));
  return row && flatten(row);
}

export async function claimEventsOf(db: Executor, claimId: string): Promise<ClaimEventRow[]> {
  return db.select().from(subsidyClaimEvents).where(eq(subsidyClaimEvents.claimId, claimId)).orderBy(asc(subsidyClaimEvents.id));
}

/** Published claims whose confirmation deadline has passed (the daily sweep forfeits them). */
export async function claimsPastConfirmation(db: Executor, today: string): Promise<ClaimRow[]> {
  return db
    .select()
    .from(subsidyClaims)
    .where(and(eq(subsidyClaims.state, 'published'), sql`${subsidyClaims.confirmBy} < ${today}::date`));
}

/** Whether the enterprise holds a credit evaluation report valid on the business date. */
export async function hasValidReportOn(db: Executor, enterpriseId: string, date: string, timezone: string): Promise<boolean> {
  const result = await db.execute(sql`SELECT EXISTS (SELECT 1 FROM reports rp WHERE rp.enterprise_id = ${enterpriseId}::uuid AND rp.institution_id IS NULL
    AND rp.issued_at < ((${date}::date + 1)::timestamp AT TIME ZONE ${timezone}) AND rp.valid_until >= (${date}::date::timestamp AT TIME ZONE ${timezone})) AS ok`);
  return rowsOf<{ ok: boolean }>(result)[0]?.ok === true;
}

/** Whether the enterprise is on the serious-dishonesty list on the date. */
export async function isDishonestOn(db: Executor, enterpriseId: string, date: string): Promise<boolean> {
  const result = await db.execute(sql`SELECT EXISTS (SELECT 1 FROM compliance_events ce WHERE ce.enterprise_id = ${enterpriseId}::uuid AND ce.kind = 'serious_dishonesty'
    AND ce.occurred_on <= ${date}::date AND (ce.resolved_on IS NULL OR ce.resolved_on > ${date}::date)) AS listed`);
  return rowsOf<{ listed: boolean }>(result)[0]?.listed === true;
}

export type BatchRow = typeof paymentBatches.$inferSelect;

/** Approved claims of a programme not yet in a batch, locked for this transaction. */
export async function lockApprovedUnbatched(tx: Tx, programmeCode: string): Promise<ClaimRow[]> {
  return tx
    .select()
    .from(subsidyClaims)
    .where(and(eq(subsidyClaims.programmeCode, programmeCode), eq(subsidyClaims.state, 'approved'), isNull(subsidyClaims.batchId)))
    .orderBy(asc(subsidyClaims.id))
    .for('update');
}

export async function insertBatch(tx: Tx, row: typeof paymentBatches.$inferInsert): Promise<BatchRow> {
  const [inserted] = await tx.insert(paymentBatches).values(row).returning();
  return inserted!;
}

export async function setBatchOf(tx: Tx, claimIds: string[], batchId: string): Promise<void> {
  for (let i = 0; i < claimIds.length; i += 5000) await tx.update(subsidyClaims).set({ batchId }).where(inArray(subsidyClaims.id, claimIds.slice(i, i + 5000)));
}

export async function lockBatch(tx: Tx, id: string): Promise<BatchRow | undefined> {
  const [row] = await tx.select().from(paymentBatches).where(eq(paymentBatches.id, id)).for('update');
  return row;
}

export async function findBatch(db: Executor, id: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(paymentBatches).where(eq(paymentBatches.id, id));
  return row;
}

export async function updateBatch(tx: Tx, id: string, changes: Partial<typeof paymentBatches.$inferInsert>): Promise<void> {
  await tx.update(paymentBatches).set(changes).where(eq(paymentBatches.id, id));
}

export async function listBatches(db: Executor, filter: { parkIds: string[] | null; programmeCode?: string }): Promise<BatchRow[]> {
  const where = and(
    filter.parkIds === null ? undefined : filter.parkIds.length ? inArray(paymentBatches.parkId, filter.parkIds) : sql`false`,
    filter.programmeCode ? eq(paymentBatches.programmeCode, filter.programmeCode) : undefined,
  );
  return db.select().from(paymentBatches).where(where).orderBy(desc(paymentBatches.createdAt));
}

/** The claims of a batch with the names a payment file needs. */
export async function claimsOfBatch(db: Executor, batchId: string): Promise<ClaimListed[]> {
  const rows = await listedClaims(db)
    .where(eq(subsidyClaims.batchId, batchId))
    .orderBy(asc(enterprises.creditCode), asc(subsidyClaims.id));
  return rows.map(flatten);
}

/** A loan's claims in a state, locked for this transaction. */
export async function claimsOnLoan(tx: Tx, loanId: string, state: string): Promise<ClaimRow[]> {
  return tx.select().from(subsidyClaims).where(and(eq(subsidyClaims.loanId, loanId), eq(subsidyClaims.state, state))).orderBy(asc(subsidyClaims.id)).for('update');
}
