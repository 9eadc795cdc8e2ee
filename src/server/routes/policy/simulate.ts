// POST /programmes/simulate: a draft programme over a past period's loans (or a synthetic
// portfolio), with its current published version side by side when there is one. The JSON is the
// CLI's too (`kejin policy simulate --json`): fen as integers, parks with their names.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BreakdownRow, SimulationResult } from '../../../domain/policy/simulate.ts';
import type { BreakdownDelta, SimulationDelta } from '../../../domain/policy/simulate-compare.ts';
import { MAX_SYNTHETIC_LOANS, simulateDraft, type DraftSimulation } from '../../../services/policy/simulate.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, IsoDate } from '../common.ts';

const Money = z.number().int();
const ParkName = { name: z.string().nullable(), nameEn: z.string().nullable() };
const Row = z.object({ key: z.string(), loans: z.number().int(), eligibleLoans: z.number().int(), interestPaidFen: Money, requestedFen: Money, grantedFen: Money });
const ParkRow = Row.extend(ParkName);
const DeltaRow = z.object({ key: z.string(), currentFen: Money, draftFen: Money, deltaFen: Money, currentEligibleLoans: z.number().int(), draftEligibleLoans: z.number().int() });
const ParkDeltaRow = DeltaRow.extend(ParkName);

const Summary = z.object({
  programmeId: z.string(),
  programmeVersion: z.number().int(),
  budgetRule: z.enum(['first_come', 'pro_rata']),
  loansConsidered: z.number().int(),
  loansRepaying: z.number().int(),
  eligibleLoans: z.number().int(),
  ineligibleLoans: z.number().int(),
  ineligibleByReason: z.record(z.string(), z.number().int()).describe('ineligible loans per unmet rule (a catalogue code); a loan failing several rules counts under each'),
  enterprises: z.number().int(),
  enterprisesEligible: z.number().int(),
  enterprisesReached: z.number().int().describe('enterprises granted more than 0 fen'),
  interestPaidFen: Money,
  eligibleInterestFen: Money,
  computedFen: Money,
  requestedFen: Money.describe('after every cap, asked of the budget'),
  totalFen: Money.describe('granted'),
  budgetLeftBeforeFen: Money,
  budgetLeftAfterFen: Money,
  budgetShort: z.boolean(),
  budgetExhaustedMonth: z.string().nullable().describe('YYYY-MM: the month the requests reach the budget left (first_come: it runs out); null when they never do'),
  byPark: z.array(ParkRow),
  byIndustry: z.array(Row).describe('by GB/T 4754 division ("I65")'),
  byGrade: z.array(Row),
  byMonth: z.array(Row).describe('by month of the first counted repayment'),
});
const Delta = z.object({
  eligibleLoans: z.number().int(),
  enterprisesEligible: z.number().int(),
  enterprisesReached: z.number().int(),
  requestedFen: Money,
  totalFen: Money,
  budgetLeftAfterFen: Money,
  budgetExhaustedMonth: z.object({ current: z.string().nullable(), draft: z.string().nullable() }),
  byPark: z.array(ParkDeltaRow),
  byIndustry: z.array(DeltaRow),
  byGrade: z.array(DeltaRow),
  byMonth: z.array(DeltaRow),
});
export const SimulationSchema = Summary.extend({
  source: z.enum(['loans', 'synthetic']),
  period: z.object({ from: z.string(), to: z.string() }),
  current: Summary.nullable().describe('the published version in force over the same loans; null when the id is new'),
  delta: Delta.nullable().describe('draft − current'),
});

const SimulateBody = z.object({
  programme: z.record(z.string(), z.unknown()).describe('a programme (src/domain/policy/programme.ts), as POST /programmes takes it; version optional (the next), ownerPark optional when the id is taken'),
  from: IsoDate,
  to: IsoDate,
  source: z.enum(['loans', 'synthetic']).default('loans').describe('loans: the period’s loans held on the platform; synthetic: size generated loans'),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  size: z.number().int().min(1).max(MAX_SYNTHETIC_LOANS).optional().describe('synthetic: how many loans'),
});

type Names = DraftSimulation['parkNames'];
const nameOf = (names: Names, code: string) => ({ name: names.get(code)?.name ?? null, nameEn: names.get(code)?.nameEn ?? null });
const row = (r: BreakdownRow) => ({ key: r.key, loans: r.loans, eligibleLoans: r.eligibleLoans, interestPaidFen: fenToJson(r.interestPaidFen), requestedFen: fenToJson(r.requestedFen), grantedFen: fenToJson(r.grantedFen) });
const deltaRow = (r: BreakdownDelta) => ({ key: r.key, currentFen: fenToJson(r.currentFen), draftFen: fenToJson(r.draftFen), deltaFen: fenToJson(r.deltaFen), currentEligibleLoans: r.currentEligibleLoans, draftEligibleLoans: r.draftEligibleLoans });

function summary(r: SimulationResult, names: Names): z.infer<typeof Summary> {
  return {
    programmeId: r.programmeId,
    programmeVersion: r.programmeVersion,
    budgetRule: r.budgetRule,
    loansConsidered: r.loansConsidered,
    loansRepaying: r.loansRepaying,
    eligibleLoans: r.eligibleLoans,
    ineligibleLoans: r.ineligibleLoans,
    ineligibleByReason: r.ineligibleByReason as Record<string, number>,
    enterprises: r.enterprises,
    enterprisesEligible: r.enterprisesEligible,
    enterprisesReached: r.enterprisesReached,
    interestPaidFen: fenToJson(r.interestPaidFen),
    eligibleInterestFen: fenToJson(r.eligibleInterestFen),
    computedFen: fenToJson(r.computedFen),
    requestedFen: fenToJson(r.requestedFen),
    totalFen: fenToJson(r.totalFen),
    budgetLeftBeforeFen: fenToJson(r.budgetLeftBeforeFen),
    budgetLeftAfterFen: fenToJson(r.budgetLeftAfterFen),
    budgetShort: r.budgetShort,
    budgetExhaustedMonth: r.budgetExhaustedMonth,
    byPark: r.byPark.map((p) => ({ ...row(p), ...nameOf(names, p.key) })),
    byIndustry: r.byIndustry.map(row),
    byGrade: r.byGrade.map(row),
    byMonth: r.byMonth.map(row),
  };
}

function delta(d: SimulationDelta, names: Names): z.infer<typeof Delta> {
  return {
    eligibleLoans: d.eligibleLoans,
    enterprisesEligible: d.enterprisesEligible,
    enterprisesReached: d.enterprisesReached,
    requestedFen: fenToJson(d.requestedFen),
    totalFen: fenToJson(d.totalFen),
    budgetLeftAfterFen: fenToJson(d.budgetLeftAfterFen),
    budgetExhaustedMonth: d.budgetExhaustedMonth,
    byPark: d.byPark.map((p) => ({ ...deltaRow(p), ...nameOf(names, p.key) })),
    byIndustry: d.byIndustry.map(deltaRow),
    byGrade: d.byGrade.map(deltaRow),
    byMonth: d.byMonth.map(deltaRow),
  };
}

/** A simulation as JSON (the route's and the CLI's). */
export function presentSimulation(s: DraftSimulation): z.infer<typeof SimulationSchema> {
  return {
    source: s.source,
    period: s.period,
    ...summary(s.draft, s.parkNames),
    current: s.current ? summary(s.current, s.parkNames) : null,
    delta: s.delta ? delta(s.delta, s.parkNames) : null,
  };
}

export const simulationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar } = app.kejin;
  app.post(
    '/programmes/simulate',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: ['policy'],
        summary: 'Simulate a draft programme over a past period’s loans (or a synthetic portfolio): enterprises reached, totals, by park, industry, grade and month, when the budget runs out, refusals by reason; beside the published version when the id is taken. Writes nothing',
        body: SimulateBody,
        response: { 200: SimulationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programme, from, to, source, seed, size } = request.body;
      return presentSimulation(await simulateDraft(contextOf(request), calendar, { programme, from, to, source, ...(seed === undefined ? {} : { seed }), ...(size === undefined ? {} : { size }) }));
    },
  );
};
