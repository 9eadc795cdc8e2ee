// The demo's risk compensation pool, written through the pool services as the platform: a
// Zhangjiang pool funded by two banks and a guarantor at 4 : 3 : 3 (¥62.5m, levered up to 10×),
// the demo bank among its partners so the demo officer sees it; the partners' Zhangjiang loans
// registered on their disbursement dates, the demo bank's latest loan proposed for its officer to
// confirm; on the most overdue loans a claim paid with one recovery shared back, and a claim
// under review. Runs after the demo workflow; a second run finds the pool and writes nothing.
import type { Database } from '../../db/client.ts';
import { organisationIdNamed } from '../../db/repositories/demo-workflow.ts';
import { findParkByCode } from '../../db/repositories/parks.ts';
import { findPoolByCode, firstMissedDueOn, lendersInPark, loansOfPark, registeredLoansOf } from '../../db/repositories/pools.ts';
import { DEMO_BANK } from '../../domain/demo/index.ts';
import { INSTITUTION_SPECS } from '../../domain/demo/institution-data.ts';
import { createRandom } from '../../domain/demo/random.ts';
import { ZHANGJIANG_POOL } from '../../domain/policy/pool-fixtures.ts';
import type { ClaimDocument } from '../../domain/policy/pool.ts';
import { addDays, instantAt } from '../../domain/shared/business-time.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { dayNumberOf } from '../../domain/calendar/days.ts';
import { addPoolClaimDocument, filePoolClaim, movePoolClaim, recordPoolRecovery } from '../pools/claims.ts';
import { registerPoolLoan } from '../pools/loans.ts';
import { proposeAtDisbursement } from '../pools/proposals.ts';
import { recordContribution, savePool } from '../pools/pools.ts';
import { systemContext, todayOf } from '../shared/context.ts';

export const DEMO_POOL_CODE = 'zhangjiang-risk-pool';
const GUARANTOR = 'shenke-guarantee';
/** The demo pool's trigger: overdue more than 30 days and a lawsuit accepted (Zhangjiang's own rule). */
const OVERDUE_DAYS = 30;

export interface SeededPools {
  created: boolean;
  /** null when the data set was too small for a pool (no second bank lending in Zhangjiang). */
  poolId: string | null;
  contributions: number;
  loans: number;
  /** Registrations proposed at disbursement awaiting the demo bank's confirmation (its latest loan). */
  proposed: number;
  /** Registrations the pool refused (leverage, suspension, period), by code. */
  refused: Record<string, number>;
  claims: { paid: string | null; underReview: string | null };
}

const nameOf = (key: string) => INSTITUTION_SPECS.find((s) => s.key === key)!.name;
/** A one-page placeholder PDF: the demo's documents are named, typed, sized and hashed like real ones. */
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');

export async function seedDemoPools(database: Database, options: { now: Date; seed: number }): Promise<SeededPools> {
  const ctx = systemContext({ database, now: () => options.now });
  const db = database.db;
  const existing = await findPoolByCode(db, DEMO_POOL_CODE);
  if (existing) return { created: false, poolId: existing.id, contributions: 0, loans: 0, proposed: 0, refused: {}, claims: { paid: null, underReview: null } };
  const rng = createRandom(options.seed);
  const park = await findParkByCode(db, 'zhangjiang');
  const demoBank = await organisationIdNamed(db, nameOf(DEMO_BANK));
  const guarantor = await organisationIdNamed(db, nameOf(GUARANTOR));
  if (!park || !demoBank || !guarantor) throw new Error('seedDemoPools runs after the demo data and workflow: the Zhangjiang park, the demo bank, a second bank and the guarantor are missing');
  // The other bank: the one with the most Zhangjiang loans after the demo bank.
  const otherBank = (await lendersInPark(db, park.id)).find((l) => l.type === 'bank' && l.institutionId !== demoBank)?.institutionId;
  // A data set too small to have a second bank lending in Zhangjiang (a handful of enterprises) has no pool to show.
  if (!otherBank) return { created: false, poolId: null, contributions: 0, loans: 0, proposed: 0, refused: {}, claims: { paid: null, underReview: null } };
  const today = todayOf(ctx);
  const year = Number(today.slice(0, 4));
  const validFrom = `${year - 2}-01-01`;

  const saved = await savePool(ctx, {
    pool: {
      ...ZHANGJIANG_POOL,
      id: DEMO_POOL_CODE,
      ownerPark: park.code,
      validFrom,
      validTo: `${year + 1}-12-31`,
      contributors: [
        { id: demoBank, kind: 'institution', share: '4' },
        { id: otherBank, kind: 'institution', share: '3' },
        { id: guarantor, kind: 'institution', share: '3' },
      ],
      partnerIds: [demoBank, otherBank],
      coverage: { ...ZHANGJIANG_POOL.coverage, requiresKeyIndustry: false },
      trigger: { overdueDaysMoreThan: OVERDUE_DAYS, requiresLawsuitAccepted: true },
    },
    nameZh: '张江科技企业风险补偿资金池',
    nameEn: 'Zhangjiang technology risk compensation pool',
  });
  // ¥62.5m at 4 : 3 : 3, put in over the pool's first weeks.
  const opened = addDays(validFrom, 14);
  const contributions: [string, bigint, string][] = [[demoBank, 2_500_000_000n, opened], [otherBank, 1_875_000_000n, opened], [guarantor, 1_875_000_000n, addDays(opened, 5)]];
  for (const [contributorId, amountFen, on] of contributions) await recordContribution(ctx, saved.id, { amountFen, contributorId, on, reference: `ZJ-RCP-${on.replaceAll('-', '')}` });

  const refused: Record<string, number> = {};
  let registeredCount = 0;
  const candidates = (await loansOfPark(db, park.id, [demoBank, otherBank])).filter((l) => l.status === 'live' || l.status === 'defaulted');
  // The demo bank's latest live loan is left proposed, as a disbursement proposes it, for the demo officer to confirm.
  const awaiting = candidates.filter((l) => l.institutionId === demoBank && l.status === 'live').at(-1);
  const funded = addDays(opened, 5);
  for (const loan of candidates.filter((l) => l !== awaiting)) {
    // Registered when the bank disbursed it (once the pool had its money), not on the seed's day.
    const on = loan.disbursedOn > funded ? loan.disbursedOn : funded;
    const then = systemContext({ database, now: () => instantAt(on, 10, 0, ctx.timezone) });
    try {
      await registerPoolLoan(then, saved.id, { loanId: loan.id });
      registeredCount++;
    } catch (err) {
      if (!(err instanceof DomainError) || err.category !== 'conflict') throw err;
      refused[err.code] = (refused[err.code] ?? 0) + 1;
    }
  }

  let proposed = 0;
  if (awaiting) {
    const then = systemContext({ database, now: () => instantAt(awaiting.disbursedOn > funded ? awaiting.disbursedOn : funded, 11, 0, ctx.timezone) });
    proposed = (await database.db.transaction((tx) => proposeAtDisbursement(tx, then, awaiting))).length;
  }

  // The most overdue registered loans past the trigger: the worst is paid, the next under review.
  const registered = await registeredLoansOf(db, saved.id);
  const overdue: { loanId: string; days: number }[] = [];
  for (const r of registered) {
    const missed = await firstMissedDueOn(db, r.loanId, today);
    const days = missed === null ? 0 : dayNumberOf(today)! - dayNumberOf(addDays(missed, 1))!;
    if (days > OVERDUE_DAYS) overdue.push({ loanId: r.loanId, days });
  }
  overdue.sort((a, b) => b.days - a.days || (a.loanId < b.loanId ? -1 : 1));
  const [worst, next] = overdue.length >= 2 ? [overdue[0], overdue[1]] : [undefined, overdue[0]];
  const claims: SeededPools['claims'] = { paid: null, underReview: null };
  const review = saved.body as typeof ZHANGJIANG_POOL;
  const documents = async (claimId: string, kinds: readonly ClaimDocument[]) => {
    for (const kind of kinds) await addPoolClaimDocument(ctx, claimId, { kind, name: `${kind}.pdf`, content: pdf(kind) });
  };
  if (worst) {
    const claim = await filePoolClaim(ctx, saved.id, { loanId: worst.loanId, lawsuitAcceptedOn: addDays(today, -rng.int(3, 10)) });
    const steps: [string, readonly ClaimDocument[]][] = [['under_review', review.review.filing.documents], ['awaiting_approval', review.review.review.documents], ['approved', review.review.approval.documents]];
    let version = claim.version;
    for (const [to, kinds] of steps) {
      await documents(claim.id, kinds);
      version = (await movePoolClaim(ctx, claim.id, { to, version })).version;
    }
    const paid = await movePoolClaim(ctx, claim.id, { to: 'paid', version, payment: { reference: `ZJ-RCP-PAY-${today.replaceAll('-', '')}` } });
    // The bank recovers part of the loss after the payout (an auction of pledged equipment) and shares it back.
    const recovered = ((paid.netLossFen ?? 0n) * BigInt(rng.int(10, 30))) / 100n / 100n * 100n;
    if (recovered > 0n) await recordPoolRecovery(ctx, claim.id, { amountFen: recovered, recoveredOn: today, note: '抵押设备拍卖款' });
    claims.paid = claim.id;
  }
  if (next) {
    const claim = await filePoolClaim(ctx, saved.id, { loanId: next.loanId, lawsuitAcceptedOn: addDays(today, -rng.int(3, 10)) });
    await documents(claim.id, review.review.filing.documents);
    await movePoolClaim(ctx, claim.id, { to: 'under_review', version: claim.version });
    claims.underReview = claim.id;
  }
  return { created: true, poolId: saved.id, contributions: contributions.length, loans: registeredCount, proposed, refused, claims };
}
