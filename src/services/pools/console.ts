// The pool console: poolSummary over the pool's rows on today's date, with the names of partners
// and contributors, the registered loans and the claims with their trail, moves, documents,
// recoveries and review clock. The park's administrators see every loan, claim and partner; a
// partner its own; a contributor only the pool's totals and the contributors' positions.
import { claimsOfPool, organisationNames, registeredLoansOf, poolClaimDocumentsOf, poolClaimEventsOf, poolRecoveriesOf, type PoolClaimEventRow, type PoolClaimListed, type PoolDocumentMeta, type PoolListed, type PoolRecoveryRow, type RegisteredLoanRow } from '../../db/repositories/pools.ts';
import { managesPool, partnerOf } from '../../domain/access/pool-access.ts';
import { reviewClock, type PoolClaimState, type ReviewClock } from '../../domain/policy/pool-claims.ts';
import { poolSummary, type PoolSummary } from '../../domain/policy/pool-summary.ts';
import type { Pool } from '../../domain/policy/pool.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { poolPosition, visiblePool } from './pools.ts';

export interface ConsoleClaim {
  claim: PoolClaimListed;
  events: PoolClaimEventRow[];
  documents: PoolDocumentMeta[];
  recoveries: PoolRecoveryRow[];
  clock: ReviewClock | null;
}

export interface PoolConsole {
  row: PoolListed;
  pool: Pool;
  summary: PoolSummary;
  /** Names of the institutions the pool names (partners, institution contributors). */
  names: Map<string, { name: string; nameEn: string | null }>;
  loans: RegisteredLoanRow[];
  /** Registrations proposed at disbursement, awaiting the partner bank's confirmation. */
  proposals: RegisteredLoanRow[];
  claims: ConsoleClaim[];
  /** The actor's own part: administrator, the partner it acts for, or a contributor (figures only). */
  viewer: { role: 'administrator' | 'partner' | 'contributor'; partnerId: string | null };
}

export async function poolConsole(ctx: ServiceContext, calendars: CalendarStore, id: string): Promise<PoolConsole> {
  const db = ctx.database.db;
  const { row, pool } = await visiblePool(ctx, id);
  const today = todayOf(ctx);
  const [{ entries, loanRows, registered }, claims, calendar, proposed] = await Promise.all([poolPosition(db, row.id, pool, today), claimsOfPool(db, row.id), calendars.get(db), registeredLoansOf(db, row.id, 'proposed')]);
  const summary = poolSummary({ pool, entries, registered, claims: claims.map((c) => ({ claimId: c.id, partnerId: c.partnerId, loanId: c.loanId, state: c.state as PoolClaimState, netLossFen: c.netLossFen })), asOf: today });
  const admin = managesPool(ctx.actor, row.parkId);
  const partnerId = admin ? null : partnerOf(ctx.actor, pool);
  const viewer = { role: admin ? 'administrator' : partnerId ? 'partner' : 'contributor', partnerId } as const;
  const mine = <T extends { partnerId: string }>(items: T[]) => (admin ? items : items.filter((i) => i.partnerId === partnerId));
  const shown = mine(claims);
  const ids = shown.map((c) => c.id);
  const [events, documents, recoveries] = await Promise.all([poolClaimEventsOf(db, ids), poolClaimDocumentsOf(db, ids), poolRecoveriesOf(db, ids)]);
  const names = await organisationNames(db, [...pool.partnerIds, ...pool.contributors.map((c) => c.id)]);
  return {
    row,
    pool,
    // A partner sees its own standing, not its competitors'; the pool's totals are everyone's.
    summary: admin ? summary : { ...summary, partners: summary.partners.filter((p) => p.partnerId === partnerId) },
    names,
    loans: mine(loanRows),
    // A contributor sees figures only; a partner its own proposals.
    proposals: viewer.role === 'contributor' ? [] : mine(proposed),
    claims: shown.map((claim) => ({
      claim,
      events: events.filter((e) => e.claimId === claim.id),
      documents: documents.filter((d) => d.claimId === claim.id),
      recoveries: recoveries.filter((r) => r.claimId === claim.id),
      clock: claim.stepStartedOn ? reviewClock(pool, claim.state as PoolClaimState, claim.stepStartedOn, today, calendar) : null,
    })),
    viewer,
  };
}
