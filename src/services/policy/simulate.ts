// The policy simulator for a park's draft: the programme as it would be published, over a past
// period's loans as the platform holds them (the same facts a run reads, the same conversion) or
// over a synthetic portfolio, with what it would grant by park, industry, grade and month and when
// the budget runs out. When a published programme has the same id, its version in force is
// simulated over the same loans and the two are set side by side. A pure read: nothing is written
// and nothing audited.
import { z } from 'zod';
import { findParkByCode, listParks } from '../../db/repositories/parks.ts';
import { versionsOf, type ProgrammeListed } from '../../db/repositories/programmes.ts';
import { grantedTotal, loadRunFacts, receivedBefore } from '../../db/repositories/subsidy-claims.ts';
import { maySimulateProgramme } from '../../domain/access/policy-access.ts';
import { mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import { parksOf } from '../../domain/policy/overlap.ts';
import { asIfInForce, validateProgramme, versionInForce, type Programme } from '../../domain/policy/programme.ts';
import { simulateProgramme, type SimulationResult } from '../../domain/policy/simulate.ts';
import { compareProgrammes, type SimulationDelta } from '../../domain/policy/simulate-compare.ts';
import { simPortfolioOf, type SimPortfolio } from '../../domain/policy/simulate-portfolio.ts';
import { syntheticPortfolio } from '../../domain/policy/simulate-synthetic.ts';
import { newestVersion } from '../../domain/policy/versions-run.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { zodIssueProblem } from '../../domain/shared/zod-issues.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { lprFixingsOf } from '../workflow/lpr.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { asField, programmeOf } from './programmes.ts';
import { runLoanOf } from './run-loans.ts';

/** The most synthetic loans one simulation draws. */
export const MAX_SYNTHETIC_LOANS = 1_000_000;

export interface SimulateDraftInput {
  /** A programme body (src/domain/policy/programme.ts); `version` may be left out (the next), `ownerPark` too when the id is taken (its park). */
  programme: Record<string, unknown>;
  /** The claim period, inclusive business dates. */
  from: string;
  to: string;
  /** loans: the loans and repayments the platform holds; synthetic: `size` generated loans from `seed`. */
  source: 'loans' | 'synthetic';
  seed?: number;
  size?: number;
}

export interface DraftSimulation {
  source: 'loans' | 'synthetic';
  period: { from: string; to: string };
  draft: SimulationResult;
  /** The published version in force (today, else the newest) over the same loans; null when the id is new. */
  current: SimulationResult | null;
  /** draft − current; null without a current version. */
  delta: SimulationDelta | null;
  /** Park names by code, for every park code in the results. */
  parkNames: Map<string, { name: string; nameEn: string }>;
}

const SyntheticOptions = z.object({ seed: z.number().int().min(0).max(2 ** 31 - 1).default(1), size: z.number().int().min(1).max(MAX_SYNTHETIC_LOANS) });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function simulateDraft(ctx: ServiceContext, calendars: CalendarStore, input: SimulateDraftInput): Promise<DraftSimulation> {
  const attempt = mayAttempt(ctx.actor, 'programme.manage');
  if (!attempt.allowed) throw refusalOf(attempt);
  const db = ctx.database.db;
  const period = { from: input.from, to: input.to };
  if (!DATE.test(period.from) || !DATE.test(period.to) || period.from > period.to) throw fail('subsidy.period_invalid', { from: period.from, to: period.to });
  const existing = typeof input.programme.id === 'string' ? await versionsOf(db, input.programme.id) : [];
  const saved = draftOf(input.programme, existing);
  const ownerPark = saved.ownerPark === null ? null : await findParkByCode(db, saved.ownerPark);
  if (saved.ownerPark !== null && !ownerPark) throw invalidFields([problem('ownerPark', 'programme.park_not_yours', { park: saved.ownerPark })]);
  if (existing[0] && existing[0].parkCode !== saved.ownerPark) throw invalidFields([problem('id', 'programme.id_taken', { id: saved.id })]);
  const current = currentVersion(ctx, existing);
  const draft = asIfInForce(saved, period, current);

  let portfolio: SimPortfolio;
  let carried: { grantedFen: bigint; byEnterpriseYear: Map<string, bigint> } = { grantedFen: 0n, byEnterpriseYear: new Map() };
  if (input.source === 'synthetic') {
    const parsed = SyntheticOptions.safeParse({ seed: input.seed, size: input.size });
    if (!parsed.success) throw invalidFields(parsed.error.issues.map(zodIssueProblem));
    allow(ctx, ownerPark?.id ?? null, []);
    portfolio = syntheticPortfolio(parsed.data.seed, parsed.data.size, { period });
  } else {
    const parkIds = await loanParksOf(ctx, current ? [draft, current] : [draft]);
    allow(ctx, ownerPark?.id ?? null, parkIds);
    const versions = current ? [draft, current] : [draft];
    const latestEnd = versions.map((v) => v.validTo).sort().at(-1)!;
    const facts = await loadRunFacts(db, { parkIds, disbursedFrom: versions.map((v) => v.validFrom).sort()[0]!, disbursedTo: period.to < latestEnd ? period.to : latestEnd, periodFrom: period.from, periodTo: period.to, timezone: ctx.timezone });
    const received = existing.length ? await receivedBefore(db, draft.id, period.from) : { byLoan: new Map<string, bigint>(), byEnterpriseYear: new Map<string, bigint>() };
    carried = { grantedFen: existing.length ? await grantedTotal(db, draft.id, period.from) : 0n, byEnterpriseYear: received.byEnterpriseYear };
    portfolio = simPortfolioOf(facts.map((f) => runLoanOf(f, received.byLoan.get(f.loanId) ?? 0n)));
  }

  const common = { portfolio, period, lprFixings: await lprFixingsOf(db), calendar: await calendars.get(db), receivedByEnterpriseFen: carried.byEnterpriseYear };
  const left = (p: Programme) => (p.caps.budgetFen > carried.grantedFen ? p.caps.budgetFen - carried.grantedFen : 0n);
  const parkNames = new Map((await listParks(db, {})).map((p) => [p.code, { name: p.name, nameEn: p.nameEn }]));
  if (!current) return { source: input.source, period, draft: simulateProgramme({ ...common, programme: draft, budgetLeftFen: left(draft) }), current: null, delta: null, parkNames };
  const compared = compareProgrammes(current, draft, common, { current: left(current), draft: left(draft) });
  return { source: input.source, period, draft: compared.draft, current: compared.current, delta: compared.delta, parkNames };
}

/** The draft validated as it would be saved: the next version by default, the taken id's park by default. */
function draftOf(body: Record<string, unknown>, existing: readonly ProgrammeListed[]): Programme {
  const withDefaults = {
    ...body,
    ...(body.version === undefined ? { version: (existing[0]?.version ?? 0) + 1 } : {}),
    ...(body.ownerPark === undefined && existing[0] ? { ownerPark: existing[0].parkCode } : {}),
  };
  const checked = validateProgramme(withDefaults);
  if (!checked.ok) throw invalidFields(checked.issues.map(asField));
  const draft = checked.programme;
  if (draft.kind !== 'interest_subsidy') throw invalidFields([problem('kind', 'programme.not_interest_subsidy', { id: draft.id, kind: draft.kind })]);
  return draft;
}

/** The published version in force today, else the newest published one; null when none is an interest subsidy. */
function currentVersion(ctx: ServiceContext, existing: readonly ProgrammeListed[]): Programme | null {
  const published = existing.filter((r) => r.status === 'published').map(programmeOf);
  if (!published.length) return null;
  const inForce = versionInForce(published, todayOf(ctx)) ?? newestVersion(published);
  return inForce.kind === 'interest_subsidy' ? inForce : null;
}

/** The parks whose loans the versions reach, as ids (null: every park). */
async function loanParksOf(ctx: ServiceContext, versions: readonly Programme[]): Promise<string[] | null> {
  const codes = new Set<string>();
  for (const v of versions) {
    const parks = parksOf(v);
    if (parks === null) return null;
    for (const c of parks) codes.add(c);
  }
  const ids: string[] = [];
  for (const c of codes) {
    const park = await findParkByCode(ctx.database.db, c);
    if (park) ids.push(park.id);
  }
  return ids;
}

function allow(ctx: ServiceContext, ownerParkId: string | null, loanParkIds: string[] | null): void {
  if (!maySimulateProgramme(ctx.actor, ownerParkId, loanParkIds)) throw fail('access.not_your_park');
}
