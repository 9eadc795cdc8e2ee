// Saving and reading risk compensation pools, recording contributions, and the console: the pool's
// rows turned into poolSummary's figures (balance, coverage, leverage against target, NPL ratio,
// claims by state, each partner's and contributor's figures). A save is validated with field
// paths; each save is a new version of the definition, every version kept.
import type { Executor } from '../../db/client.ts';
import { findPark, findParkByCode } from '../../db/repositories/parks.ts';
import {
  findPool,
  findPoolByCode,
  insertLedgerEntry,
  insertPool,
  insertPoolVersion,
  ledgerOf,
  listPoolRows,
  lockPool,
  organisationNames,
  registeredLoansOf,
  updatePool,
  type PoolLedgerRow,
  type PoolListed,
  type RegisteredLoanRow,
} from '../../db/repositories/pools.ts';
import { administeredParks, isOperator } from '../../domain/access/actor.ts';
import { managesPool, seesPool, type PoolResource } from '../../domain/access/pool-access.ts';
import { mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import type { RegisteredLoan } from '../../domain/policy/pool-coverage.ts';
import { poolLedger, type PoolLedgerEntry } from '../../domain/policy/pool-ledger.ts';
import { validatePool, type Pool } from '../../domain/policy/pool.ts';
import { fail, invalidFields, problem, type FieldProblem } from '../../domain/shared/errors.ts';
import { INSTITUTION_TYPES } from '../../../shared/organisations.ts';
import { newId } from '../shared/ids.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';

/** A stored pool as the domain reads it (the body was validated when it was saved). */
export function poolOf(row: Pick<PoolListed, 'body' | 'code' | 'version'>): Pool {
  const checked = validatePool(row.body);
  if (!checked.ok) throw new Error(`stored pool ${row.code} v${row.version} no longer validates: ${checked.issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
  return checked.pool;
}

/** What access needs of a pool row. */
export function poolResource(row: PoolListed, pool: Pool = poolOf(row)): PoolResource {
  return { parkId: row.parkId, partnerIds: pool.partnerIds, contributorIds: pool.contributors.filter((c) => c.kind === 'institution').map((c) => c.id) };
}

/** The pool if the actor may read it; otherwise not found (its existence is not told). */
export async function visiblePool(ctx: ServiceContext, id: string, db: Executor = ctx.database.db): Promise<{ row: PoolListed; pool: Pool }> {
  const row = await findPool(db, id);
  if (!row) throw fail('pool.not_found');
  const pool = poolOf(row);
  if (!seesPool(ctx.actor, poolResource(row, pool))) throw fail('pool.not_found');
  return { row, pool };
}

export interface SavePoolInput {
  /** The pool as the domain defines it (src/domain/policy/pool.ts); `version` is set by the save. */
  pool: Record<string, unknown>;
  nameZh: string;
  nameEn: string;
  status?: 'active' | 'closed';
}

/** Creates a pool, or saves the next version of an existing one (same code): park administrator of the owner park. */
export async function savePool(ctx: ServiceContext, input: SavePoolInput): Promise<PoolListed> {
  const db = ctx.database.db;
  const code = typeof input.pool.id === 'string' ? input.pool.id : '';
  const existing = code ? await findPoolByCode(db, code) : undefined;
  const park = await ownerParkOf(ctx, input.pool.ownerPark, existing);
  const version = (existing?.version ?? 0) + 1;
  const checked = validatePool({ ...input.pool, version, ownerPark: park?.code ?? null });
  if (!checked.ok) throw invalidFields(checked.issues.map(({ path, ...rest }) => ({ field: path, ...rest })));
  const pool = checked.pool;
  await checkPartners(db, pool);
  return mutate(ctx, async (tx) => {
    const now = ctx.now();
    const values = { version, parkId: park?.id ?? null, nameZh: input.nameZh, nameEn: input.nameEn, status: input.status ?? existing?.status ?? 'active', validFrom: pool.validFrom, validTo: pool.validTo, body: pool, updatedAt: now };
    const row = existing ? (await updatePool(tx, existing.id, values))! : await insertPool(tx, { id: newId(), code: pool.id, createdBy: ctx.actor.userId, createdAt: now, ...values });
    await insertPoolVersion(tx, { poolId: row.id, version, body: pool, savedBy: ctx.actor.userId, savedAt: now });
    const saved: PoolListed = { ...row, parkCode: park?.code ?? null, parkName: park?.name ?? null, parkNameEn: park?.nameEn ?? null };
    return { result: saved, audit: { action: existing ? 'pool.updated' : 'pool.created', targetType: 'pool', targetId: row.id, parkId: row.parkId, details: { code: pool.id, version } } };
  });
}

/** Partners are institutions on the platform; institution contributors too. */
async function checkPartners(db: Executor, pool: Pool) {
  const ids = [...pool.partnerIds, ...pool.contributors.filter((c) => c.kind === 'institution').map((c) => c.id)];
  const names = await organisationNames(db, ids);
  const isInstitution = (id: string) => (INSTITUTION_TYPES as readonly string[]).includes(names.get(id)?.type ?? '');
  const problems: FieldProblem[] = [];
  pool.partnerIds.forEach((id, i) => {
    if (!isInstitution(id)) problems.push(problem(`partnerIds.${i}`, 'pool.partner_not_institution', { id }));
  });
  pool.contributors.forEach((c, i) => {
    if (c.kind === 'institution' && !isInstitution(c.id)) problems.push(problem(`contributors.${i}.id`, 'pool.partner_not_institution', { id: c.id }));
  });
  if (problems.length) throw invalidFields(problems);
}

/** The owning park: the one named, else the earlier version's, else the administrator's only park; null (city-wide) for the operator only. */
async function ownerParkOf(ctx: ServiceContext, named: unknown, earlier: PoolListed | undefined) {
  const parks = administeredParks(ctx.actor);
  let code: string | null;
  if (typeof named === 'string') code = named;
  else if (named === null) code = null;
  else if (earlier) code = earlier.parkCode;
  else code = !isOperator(ctx.actor) && parks !== 'all' && parks.length === 1 ? ((await findPark(ctx.database.db, parks[0]!))?.code ?? null) : null;
  if (earlier && earlier.parkCode !== code) throw invalidFields([problem('ownerPark', 'pool.park_not_yours', { park: code ?? 'city' })]);
  if (code === null) {
    if (!isOperator(ctx.actor)) throw invalidFields([problem('ownerPark', 'pool.park_not_yours', { park: 'city' })]);
    return null;
  }
  const park = await findParkByCode(ctx.database.db, code);
  if (!park || !managesPool(ctx.actor, park.id)) throw invalidFields([problem('ownerPark', 'pool.park_not_yours', { park: code })]);
  return park;
}

/** The pools the actor reads: its parks' (administrators), those it is partner or contributor of (institutions), all (operator). */
/** The pools the actor sees, with the names of their partners and contributors. */
export async function listPools(ctx: ServiceContext): Promise<{ rows: PoolListed[]; names: Map<string, { name: string; nameEn: string | null }> }> {
  const attempt = mayAttempt(ctx.actor, 'pool.read');
  if (!attempt.allowed) throw refusalOf(attempt);
  const rows = (await listPoolRows(ctx.database.db, null)).filter((r) => seesPool(ctx.actor, poolResource(r)));
  const ids = rows.flatMap((r) => {
    const body = r.body as { partnerIds?: string[]; contributors?: { id: string }[] };
    return [...(body.partnerIds ?? []), ...(body.contributors ?? []).map((c) => c.id)];
  });
  return { rows, names: await organisationNames(ctx.database.db, [...new Set(ids)]) };
}

/** The ledger rows as the domain reads them. */
export const ledgerEntriesOf = (rows: readonly PoolLedgerRow[]): PoolLedgerEntry[] =>
  rows.map((r) => (r.kind === 'contribution' ? { kind: 'contribution', date: r.on, amountFen: r.amountFen, contributorId: r.contributorId } : { kind: r.kind as 'payout' | 'refund', date: r.on, amountFen: r.amountFen, claimId: r.claimId!, partnerId: r.partnerId! }));

/** A loan is non-performing once defaulted or written off, or classified substandard or worse. */
const NON_PERFORMING = new Set(['substandard', 'doubtful', 'loss']);
export const registeredOf = (rows: readonly RegisteredLoanRow[]): RegisteredLoan[] =>
  rows.map((r) => ({ loanId: r.loanId, enterpriseId: r.enterpriseId, partnerId: r.partnerId, outstandingPrincipalFen: r.outstandingPrincipalFen, nonPerforming: r.loanStatus === 'defaulted' || r.loanStatus === 'written_off' || NON_PERFORMING.has(r.classification), share: r.share }));

/** The pool's balance at the end of `asOf` and its registered loans, read in the caller's transaction. */
export async function poolPosition(db: Executor, poolId: string, pool: Pool, asOf: string) {
  const [ledgerRows, loanRows] = await Promise.all([ledgerOf(db, poolId), registeredLoansOf(db, poolId)]);
  const entries = ledgerEntriesOf(ledgerRows);
  return { entries, balanceFen: poolLedger(pool, entries, asOf).balanceFen, loanRows, registered: registeredOf(loanRows) };
}

export interface ContributionInput {
  amountFen: bigint;
  /** A contributor of the pool, or null for one sum split by the shares. */
  contributorId: string | null;
  on?: string;
  reference?: string | null;
}

/** Records money put into the pool (park administrator). */
export async function recordContribution(ctx: ServiceContext, poolId: string, input: ContributionInput): Promise<PoolLedgerRow> {
  const { row, pool } = await visiblePool(ctx, poolId);
  if (!managesPool(ctx.actor, row.parkId)) throw fail('access.not_your_park');
  if (row.status !== 'active') throw fail('pool.closed');
  if (input.contributorId !== null && !pool.contributors.some((c) => c.id === input.contributorId)) throw invalidFields([problem('contributorId', 'pool.contributor_unknown', { contributor: input.contributorId })]);
  if (input.amountFen <= 0n) throw invalidFields([problem('amountFen', 'pool.amount_invalid', { field: 'amountFen', value: String(input.amountFen) })]);
  const on = input.on ?? todayOf(ctx);
  return mutate(ctx, async (tx) => {
    await lockPool(tx, row.id);
    const entry = await insertLedgerEntry(tx, { id: newId(), poolId: row.id, kind: 'contribution', on, amountFen: input.amountFen, contributorId: input.contributorId, reference: input.reference ?? null, recordedBy: ctx.actor.userId, recordedAt: ctx.now() });
    return { result: entry, audit: { action: 'pool.contribution', targetType: 'pool', targetId: row.id, parkId: row.parkId, details: { amountFen: String(input.amountFen), contributorId: input.contributorId, on } } };
  });
}
