// The JSON of a subsidy run and the pieces claims share with it (reasons, trails, loan labels):
// fen as integers. The route and `kejin subsidy run --json` print the same thing.
import { z } from 'zod';
import type { SubsidyReason } from '../../../domain/policy/interest-subsidy.ts';
import type { TrailStep } from '../../../domain/policy/trail.ts';
import { trailJson, type RunResult } from '../../../services/policy/run.ts';
import type { SubsidyRunJob } from '../../../services/policy/run-jobs.ts';
import { JOB_STATUSES } from '../../../../shared/operations.ts';
import { fenToJson, iso } from '../common.ts';

export const Money = z.number().int();
export const nullableFen = (v: bigint | null) => (v === null ? null : fenToJson(v));
export const Reason = z.object({ code: z.string(), params: z.record(z.string(), z.unknown()), message: z.string() });
export const presentReasons = (reasons: readonly SubsidyReason[]) => reasons.map((r) => ({ code: r.code, params: r.params as Record<string, unknown>, message: r.message }));
export const Trail = z.array(z.record(z.string(), z.unknown())).describe('every step of the calculation, in order; fen as integers');
/** A trail for JSON: fen as numbers. */
export const presentTrail = (trail: readonly TrailStep[]) => (trailJson(trail) as Record<string, unknown>[]).map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k.endsWith('Fen') && typeof v === 'string' ? Number(v) : v])));

export const LoanLabel = z.object({ productName: z.string(), productNameEn: z.string().nullable(), amountFen: Money }).describe('what the loan is called: its product and amount');

export const RunSchema = z.object({
  programmeId: z.string(),
  programmeVersion: z.number().int(),
  period: z.object({ from: z.string(), to: z.string() }),
  dryRun: z.boolean(),
  claims: z.array(
    z.object({
      loanId: z.string(),
      loan: LoanLabel,
      creditCode: z.string(),
      grade: z.string().nullable(),
      eligible: z.boolean(),
      reasons: z.array(Reason),
      programmeVersion: z.number().int(),
      interestPaidFen: Money,
      eligibleInterestFen: Money,
      basis: z.enum(['interest', 'guarantee_fee', 'premium']),
      basisPaidFen: Money,
      eligibleBasisFen: Money,
      subsidyFen: Money,
      capFen: Money.nullable(),
      state: z.string().nullable(),
      trail: Trail,
    }),
  ),
  totalFen: Money,
  budgetFen: Money,
  budgetLeftFen: Money,
  written: z.object({ created: z.number().int(), updated: z.number().int(), removed: z.number().int(), kept: z.number().int() }),
});

/** A run as JSON (the route's and the CLI's): fen as integers. */
export function presentRun(r: RunResult) {
  return {
    programmeId: r.programmeId,
    programmeVersion: r.programmeVersion,
    period: r.period,
    dryRun: r.dryRun,
    claims: r.claims.map((c) => ({ loanId: c.loanId, loan: { productName: c.productName, productNameEn: c.productNameEn, amountFen: fenToJson(c.loanAmountFen) }, creditCode: c.creditCode, grade: c.grade, eligible: c.eligible, reasons: presentReasons(c.reasons), programmeVersion: c.programmeVersion, interestPaidFen: fenToJson(c.interestPaidFen), eligibleInterestFen: fenToJson(c.eligibleInterestFen), basis: c.basis, basisPaidFen: fenToJson(c.basisPaidFen), eligibleBasisFen: fenToJson(c.eligibleBasisFen), subsidyFen: fenToJson(c.subsidyFen), capFen: nullableFen(c.capFen), state: c.state, trail: presentTrail(c.trail) })),
    totalFen: fenToJson(r.totalFen),
    budgetFen: fenToJson(r.budgetFen),
    budgetLeftFen: fenToJson(r.budgetLeftFen),
    written: r.written,
  };
}


const Written = z.object({ created: z.number().int(), updated: z.number().int(), removed: z.number().int(), kept: z.number().int() });

export const RunJobSchema = z.object({
  id: z.string().describe('the job'),
  programmeId: z.string(),
  status: z.enum(JOB_STATUSES),
  requestedByEmail: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  run: z
    .object({ period: z.object({ from: z.string(), to: z.string() }), claims: z.number().int(), eligible: z.number().int(), totalFen: Money, budgetLeftFen: Money, written: Written })
    .nullable()
    .describe('what the run wrote, once it succeeded'),
  errorCode: z.string().nullable().describe('why it failed: a code of the error catalogue, translated with errorParams'),
  errorParams: z.record(z.string(), z.unknown()).nullable(),
});

export const presentRunJob = (j: SubsidyRunJob): z.infer<typeof RunJobSchema> => ({
  id: j.id,
  programmeId: j.programmeId,
  status: j.status as z.infer<typeof RunJobSchema>['status'],
  requestedByEmail: j.requestedByEmail,
  createdAt: iso(j.createdAt)!,
  finishedAt: iso(j.finishedAt),
  run: j.run ? { period: j.run.period, claims: j.run.claims, eligible: j.run.eligible, totalFen: j.run.totalFen, budgetLeftFen: j.run.budgetLeftFen, written: j.run.written } : null,
  errorCode: j.errorCode,
  errorParams: j.errorParams,
});
