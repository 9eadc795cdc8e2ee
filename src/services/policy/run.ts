// `免申即享`: a programme's claims generated from the loans and repayments the platform holds, with
// no form filled. A run reads every loan the programme could reach, works out each claim with its
// trail (the version in force on the loan's date; claims already decided are kept as they are and
// count against the caps and the budget), and — unless it is a dry run — writes the claims in one
// transaction with their history and one audit record. The loans are locked first, so two runs
// (of this programme, or of another that may not be combined with it) never grant the same
// interest twice; a duplicate claim for a loan and period is refused by a unique index.
import type { Tx } from '../../db/client.ts';
import { findParkByCode } from '../../db/repositories/parks.ts';
import { versionsOf } from '../../db/repositories/programmes.ts';
import {
  claimsOfRun,
  deleteClaims,
  grantedTotal,
  insertClaimEvents,
  insertClaims,
  loadRunFacts,
  lockLoans,
  otherClaimsOnLoans,
  receivedBefore,
  updateComputedClaims,
  type ClaimInsert,
  type ClaimRow,
  type RunFactsRow,
} from '../../db/repositories/subsidy-claims.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import type { LprFixing } from '../../domain/loans/lpr.ts';
import { parksOf } from '../../domain/policy/overlap.ts';
import { basisOf, type Programme, type SubsidyBasis as Basis } from '../../domain/policy/programme.ts';
import type { FeePayment } from '../../domain/policy/fee-subsidy.ts';
import type { PaymentSubsidy } from '../../domain/policy/claim.ts';
import { paymentsOfLoans } from '../../db/repositories/policy-payments.ts';
import type { SubsidyClaim } from '../../domain/policy/interest-subsidy.ts';
import type { TrailStep } from '../../domain/policy/trail.ts';
import { newestVersion, runProgrammeVersions, type StackingConflict, type VersionedRunLoan } from '../../domain/policy/versions-run.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { Grade } from '../../../shared/rating.ts';
import { UNDECIDED_CLAIM_STATES, VOID_CLAIM_STATES } from '../../../shared/policy.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { lprFixingsOf } from '../workflow/lpr.ts';
import { newIds } from '../shared/ids.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { programmeOf } from './programmes.ts';
import { encodeTrail, trailOf } from './trail-store.ts';
import { asGrade, runLoanOf } from './run-loans.ts';

export interface RunOptions {
  /** The claim period (inclusive business dates); default the current year up to today. */
  from?: string;
  to?: string;
  /** Work out the claims without writing them. */
  dryRun?: boolean;
  /** Told how long each phase took (the bench prints them): load, lock (and read the stored claims), compute, write. */
  onPhase?: (phase: RunPhase, ms: number) => void;
}

export type RunPhase = 'load' | 'lock' | 'compute' | 'write';

/** One loan's claim as the run reports it (the CLI's JSON, the park's preview). */
export interface RunClaim {
  loanId: string;
  enterpriseId: string;
  parkId: string;
  institutionId: string;
  /** The loan's product and amount, to name it. */
  productName: string;
  productNameEn: string | null;
  loanAmountFen: bigint;
  creditCode: string;
  parkCode: string;
  industryCode: string;
  grade: Grade | null;
  eligible: boolean;
  reasons: SubsidyClaim['reasons'];
  programmeVersion: number;
  interestPaidFen: bigint;
  eligibleInterestFen: bigint;
  /** interest, guarantee_fee or premium, and how much of it was paid in the period and counts. */
  basis: Basis;
  basisPaidFen: bigint;
  eligibleBasisFen: bigint;
  /** Fee and premium claims: each counted payment's subsidy (a clawback reads them). */
  paymentGrants: PaymentSubsidy[] | null;
  subsidyFen: bigint;
  capFen: bigint | null;
  /** The stored claim's state: computed (new or recomputed), a decided state kept as it was, or null (nothing to claim, or a dry run). */
  state: string | null;
  trail: TrailStep[];
}

export interface RunResult {
  programmeId: string;
  programmeVersion: number;
  period: { from: string; to: string };
  dryRun: boolean;
  claims: RunClaim[];
  totalFen: bigint;
  budgetFen: bigint;
  budgetLeftFen: bigint;
  /** Claims written: new, recomputed, removed (computed claims that no longer qualify), kept (decided). */
  written: { created: number; updated: number; removed: number; kept: number };
}

export async function runSubsidy(ctx: ServiceContext, calendars: CalendarStore, code: string, options: RunOptions = {}): Promise<RunResult> {
  const db = ctx.database.db;
  let mark = performance.now();
  const phase = (name: RunPhase) => {
    const now = performance.now();
    options.onPhase?.(name, now - mark);
    mark = now;
  };
  const rows = (await versionsOf(db, code)).filter((r) => r.status === 'published');
  if (!rows.length) throw fail((await versionsOf(db, code)).length ? 'programme.not_published' : 'programme.not_found', { id: code });
  authorize(ctx.actor, 'subsidy.run', { parkId: rows[0]!.parkId });
  const versions = rows.map(programmeOf);
  const newest = newestVersion(versions);
  const period = periodOf(ctx, options);
  const calendar = await calendars.get(db);
  const lpr = await lprFixingsOf(db);
  const facts = await loadRunFacts(db, { ...(await scopeOf(ctx, versions)), disbursedFrom: earliest(versions), disbursedTo: period.to < latest(versions) ? period.to : latest(versions), periodFrom: period.from, periodTo: period.to, timezone: ctx.timezone });
  phase('load');
  const work = async (tx: Tx | null) => {
    const executor = tx ?? db;
    if (tx) await lockLoans(tx, facts.map((f) => f.loanId));
    const existing = await claimsOfRun(executor, code, period.from);
    const conflicts = await stackingConflicts(executor, newest, code, facts, period);
    const payments = basisOf(newest.kind) === 'interest' ? null : await paymentsOfLoans(executor, facts.map((f) => f.loanId), basisOf(newest.kind));
    const received = await receivedBefore(executor, code, period.from);
    const grantedElsewhereFen = await grantedTotal(executor, code, period.from);
    phase('lock');
    const computed = computeRun({ versions, facts, payments, existing, conflicts, period, lpr, calendar, received, grantedElsewhereFen });
    phase('compute');
    return computed;
  };
  if (options.dryRun) {
    const { result } = await work(null);
    return { ...result, dryRun: true };
  }
  return mutate(ctx, async (tx) => {
    const { result, existing } = await work(tx);
    const written = await writeClaims(tx, ctx, code, newest.kind, rows, result, existing);
    phase('write');
    const out = { ...result, written, dryRun: false };
    return { result: out, audit: { action: 'programme.run', targetType: 'programme', targetId: rows[0]!.id, parkId: rows[0]!.parkId, details: { code, period, totalFen: String(out.totalFen), budgetLeftFen: String(out.budgetLeftFen), ...written } } };
  });
}

function periodOf(ctx: ServiceContext, options: RunOptions): { from: string; to: string } {
  const today = todayOf(ctx);
  const from = options.from ?? `${today.slice(0, 4)}-01-01`;
  const to = options.to ?? (from.slice(0, 4) === today.slice(0, 4) ? today : `${from.slice(0, 4)}-12-31`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) throw fail('subsidy.period_invalid', { from, to });
  return { from, to };
}

const earliest = (versions: readonly Programme[]) => versions.map((v) => v.validFrom).sort()[0]!;
const latest = (versions: readonly Programme[]) => versions.map((v) => v.validTo).sort().at(-1)!;

/** The parks the programme's versions reach, as ids (null: every park). */
async function scopeOf(ctx: ServiceContext, versions: readonly Programme[]): Promise<{ parkIds: string[] | null }> {
  const codes = new Set<string>();
  for (const v of versions) {
    const parks = parksOf(v);
    if (parks === null) return { parkIds: null };
    for (const c of parks) codes.add(c);
  }
  const ids: string[] = [];
  for (const c of codes) {
    const park = await findParkByCode(ctx.database.db, c);
    if (park) ids.push(park.id);
  }
  return { parkIds: ids };
}

/** Loans whose interest for the period another programme's live claim holds, where the two may not be combined. */
async function stackingConflicts(db: Parameters<typeof otherClaimsOnLoans>[0], p: Programme, code: string, facts: RunFactsRow[], period: { from: string; to: string }): Promise<Map<string, StackingConflict>> {
  const others = await otherClaimsOnLoans(db, { loanIds: facts.map((f) => f.loanId), programmeCode: code, kind: p.kind, from: period.from, to: period.to });
  const out = new Map<string, StackingConflict>();
  for (const o of others) if (p.stacking === 'exclusive' || o.stacking === 'exclusive') out.set(o.loanId, { other: o.programmeCode, from: o.periodFrom, to: o.periodTo });
  return out;
}

interface ComputeInput {
  versions: Programme[];
  facts: RunFactsRow[];
  /** Fee and premium programmes: each loan's payments of the programme's basis; null for interest. */
  payments: Map<string, FeePayment[]> | null;
  existing: ClaimRow[];
  conflicts: Map<string, StackingConflict>;
  period: { from: string; to: string };
  lpr: LprFixing[];
  calendar: WorkingCalendar;
  received: { byLoan: Map<string, bigint>; byEnterpriseYear: Map<string, bigint> };
  grantedElsewhereFen: bigint;
}

/** The run's claims: decided ones as stored, the rest computed. Pure apart from its inputs. */
function computeRun(input: ComputeInput): { result: Omit<RunResult, 'dryRun'>; existing: ClaimRow[] } {
  const decided = new Map(input.existing.filter((c) => !(UNDECIDED_CLAIM_STATES as readonly string[]).includes(c.state)).map((c) => [c.loanId, c]));
  const live = (c: ClaimRow) => !(VOID_CLAIM_STATES as readonly string[]).includes(c.state);
  const receivedByEnterprise = new Map(input.received.byEnterpriseYear);
  let decidedFen = 0n;
  for (const c of decided.values()) {
    if (!live(c)) continue;
    receivedByEnterprise.set(c.enterpriseId, (receivedByEnterprise.get(c.enterpriseId) ?? 0n) + c.subsidyFen);
    decidedFen += c.subsidyFen;
  }
  const newest = newestVersion(input.versions);
  const budgetLeftFen = maxZero(newest.caps.budgetFen - input.grantedElsewhereFen - decidedFen);
  const byLoan = new Map(input.facts.map((f) => [f.loanId, f]));
  const loans: VersionedRunLoan[] = input.facts
    .filter((f) => !decided.has(f.loanId))
    .map((f) => {
      const base = runLoanOf(f, input.received.byLoan.get(f.loanId) ?? 0n);
      // Fee and premium programmes read the loan's payments instead of its repayments.
      const { repayments, ...rest } = base;
      return { ...(input.payments ? { ...rest, payments: input.payments.get(f.loanId) ?? [] } : { ...rest, repayments }), ...(input.conflicts.has(f.loanId) ? { conflict: input.conflicts.get(f.loanId)! } : {}) };
    });
  const run = runProgrammeVersions({ versions: input.versions, loans, period: input.period, lprFixings: input.lpr, calendar: input.calendar, receivedByEnterpriseFen: receivedByEnterprise, budgetLeftFen });
  const claims: RunClaim[] = run.claims.map((c) => {
    const f = byLoan.get(c.loanId)!;
    return { loanId: c.loanId, enterpriseId: f.enterpriseId, parkId: f.parkId, institutionId: f.institutionId, productName: f.productName, productNameEn: f.productNameEn, loanAmountFen: f.amountFen, creditCode: f.creditCode, parkCode: f.parkCode, industryCode: f.industryCode, grade: asGrade(f.grade), eligible: c.eligible, reasons: c.reasons, programmeVersion: c.programmeVersion, interestPaidFen: c.interestPaidFen, eligibleInterestFen: c.eligibleInterestFen, basis: c.basis, basisPaidFen: c.basisPaidFen, eligibleBasisFen: c.eligibleBasisFen, paymentGrants: c.payments ?? null, subsidyFen: c.subsidyFen, capFen: c.capFen, state: null, trail: c.trail };
  });
  // Decided claims still granted are part of the period's total; void ones (forfeited, rejected, clawed back) grant nothing and are not listed.
  for (const c of decided.values()) {
    if (!live(c)) continue;
    const f = byLoan.get(c.loanId);
    claims.push({ loanId: c.loanId, enterpriseId: c.enterpriseId, parkId: c.parkId, institutionId: c.institutionId, productName: f?.productName ?? '', productNameEn: f?.productNameEn ?? null, loanAmountFen: f?.amountFen ?? 0n, creditCode: f?.creditCode ?? '', parkCode: f?.parkCode ?? '', industryCode: f?.industryCode ?? '', grade: asGrade(c.grade), eligible: true, reasons: [], programmeVersion: c.programmeVersion, interestPaidFen: c.interestPaidFen, eligibleInterestFen: c.eligibleInterestFen, basis: c.basis as Basis, basisPaidFen: c.basisPaidFen, eligibleBasisFen: c.eligibleBasisFen, paymentGrants: null, subsidyFen: c.subsidyFen, capFen: c.capFen, state: c.state, trail: trailOf(c.trail) });
  }
  return {
    result: { programmeId: run.programmeId, programmeVersion: run.programmeVersion, period: input.period, claims, totalFen: run.totalFen + decidedFen, budgetFen: run.budgetFen, budgetLeftFen: run.budgetLeftFen, written: { created: 0, updated: 0, removed: 0, kept: decided.size } },
    existing: input.existing,
  };
}

const maxZero = (v: bigint) => (v < 0n ? 0n : v);

/** Trail steps as stored: fen as strings (JSON has no bigint). */
export const trailJson = (trail: readonly TrailStep[]): unknown => trail.map(jsonValue);

/** What JSON.parse(JSON.stringify(v)) gives with bigints as strings, without the round trip (a run stores a hundred thousand trails). */
function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v === null || typeof v !== 'object') return typeof v === 'number' && !Number.isFinite(v) ? null : v;
  if (Array.isArray(v)) return v.map((x) => (x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : jsonValue(x)));
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return JSON.parse(JSON.stringify(v));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined && typeof x !== 'function' && typeof x !== 'symbol') out[k] = jsonValue(x);
  }
  return out;
}

/** A stored trail read back (either encoding): fen as bigint again. */
export { trailOf } from './trail-store.ts';

async function writeClaims(tx: Tx, ctx: ServiceContext, code: string, kind: string, rows: { id: string; version: number; body: unknown }[], result: Omit<RunResult, 'dryRun'>, existing: ClaimRow[]) {
  const computedByLoan = new Map(existing.filter((c) => c.state === 'computed').map((c) => [c.loanId, c]));
  const now = ctx.now();
  const rowOf = (version: number) => rows.find((r) => r.version === version) ?? rows[0]!;
  const created: ClaimInsert[] = [];
  const kept = new Set<string>();
  const updates: ({ id: string } & Partial<ClaimInsert>)[] = [];
  for (const c of result.claims) {
    if (c.state !== null || !c.eligible || c.subsidyFen === 0n) continue; // decided claims stay as stored; nothing to claim is not a claim
    const row = rowOf(c.programmeVersion);
    const figures = { programmeId: row.id, programmeVersion: c.programmeVersion, stacking: (row.body as { stacking: string }).stacking, grade: c.grade, interestPaidFen: c.interestPaidFen, eligibleInterestFen: c.eligibleInterestFen, basis: c.basis, basisPaidFen: c.basisPaidFen, eligibleBasisFen: c.eligibleBasisFen, paymentGrants: c.paymentGrants ? JSON.stringify(trailJson(c.paymentGrants as never)) : null, computedFen: computedOf(c), capFen: c.capFen, subsidyFen: c.subsidyFen, firstRepaymentOn: firstRepaymentOf(c.trail), trail: encodeTrail(c.trail), periodTo: result.period.to, updatedAt: now };
    c.state = 'computed';
    const stored = computedByLoan.get(c.loanId);
    if (stored) {
      updates.push({ id: stored.id, ...figures });
      kept.add(stored.id);
    } else {
      created.push({ id: '', programmeCode: code, kind, loanId: c.loanId, enterpriseId: c.enterpriseId, parkId: c.parkId, institutionId: c.institutionId, periodFrom: result.period.from, state: 'computed', createdAt: now, ...figures });
    }
  }
  const ids = newIds(created.length);
  created.forEach((c, i) => (c.id = ids[i]!));
  const removed = [...computedByLoan.values()].filter((c) => !kept.has(c.id)).map((c) => c.id);
  await updateComputedClaims(tx, updates);
  if (removed.length) await deleteClaims(tx, removed);
  await insertClaims(tx, created);
  await insertClaimEvents(tx, created.map((c) => ({ claimId: c.id, fromState: null, toState: 'computed', mover: 'platform', actorId: ctx.actor.userId, reason: null, comment: null, at: now })));
  return { created: created.length, updated: updates.length, removed: removed.length, kept: result.written.kept };
}

const computedOf = (c: RunClaim) => {
  for (const s of c.trail) if (s.step === 'share' || s.step === 'fee_subsidy') return s.subsidyFen;
  return c.subsidyFen;
};
const firstRepaymentOf = (trail: readonly TrailStep[]) => {
  for (const s of trail) if (s.step === 'repayment' || s.step === 'fee_payment') return s.date;
  return null;
};
