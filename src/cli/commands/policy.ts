// `kejin policy simulate`: a programme file (a draft, or a change to a published programme) over a
// past period's loans as the database holds them, or over a synthetic portfolio, as
// POST /programmes/simulate gives it — the same service, the same JSON. Acts as the platform.
import fs from 'node:fs';
import type { Command } from 'commander';
import { MAX_SYNTHETIC_LOANS, simulateDraft } from '../../services/policy/simulate.ts';
import { systemContext } from '../../services/shared/context.ts';
import { CalendarStore } from '../../services/workflow/calendar-store.ts';
import { presentSimulation } from '../../server/routes/policy/simulate.ts';
import { openRuntime } from '../runtime.ts';
import { printTable } from './output.ts';
import { positiveInt, UsageError } from './parse.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

/** The programme file's body: a JSON object, or a usage error saying what is wrong with the file. */
export function readProgrammeFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `--programme: no file ${file}` : `--programme: cannot read ${file} (${code ?? String(err)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--programme: ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`--programme: ${file} must hold one programme, a JSON object`);
  return parsed as Record<string, unknown>;
}

interface SimulateOptions {
  programme: string;
  from: string;
  to: string;
  synthetic?: string;
  seed?: string;
  json?: boolean;
}

export function registerPolicy(program: Command) {
  const policy = program.command('policy').description('Policy instruments: simulate subsidy programmes');
  policy
    .command('simulate')
    .description("Simulate a programme over a past period's loans (or a synthetic portfolio): what it would grant, to whom, and when the budget runs out; beside the published version when the id is taken. Writes nothing")
    .requiredOption('--programme <file>', 'the programme as JSON (src/domain/policy/programme.ts); version optional (the next)')
    .requiredOption('--from <date>', 'first day of the claim period, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day of the claim period, YYYY-MM-DD')
    .option('--synthetic <n>', `over n synthetic loans (at most ${MAX_SYNTHETIC_LOANS.toLocaleString('en-US')}) instead of the loans held`)
    .option('--seed <s>', 'the synthetic portfolio’s seed (default 1)')
    .option('--json', 'print one JSON object, as POST /api/v1/programmes/simulate answers')
    .action(async (options: SimulateOptions) => {
      for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) if (!DATE.test(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
      if (options.seed !== undefined && options.synthetic === undefined) throw new UsageError('--seed goes with --synthetic');
      const size = options.synthetic === undefined ? undefined : positiveInt(options.synthetic, '--synthetic');
      if (size !== undefined && size > MAX_SYNTHETIC_LOANS) throw new UsageError(`--synthetic must be at most ${MAX_SYNTHETIC_LOANS}, got ${size}`);
      const seed = options.seed === undefined ? undefined : positiveInt(options.seed, '--seed', 0);
      const programme = readProgrammeFile(options.programme);
      const runtime = await openRuntime();
      try {
        const simulated = await simulateDraft(systemContext(runtime), new CalendarStore(), { programme, from: options.from, to: options.to, source: size === undefined ? 'loans' : 'synthetic', ...(size === undefined ? {} : { size }), ...(seed === undefined ? {} : { seed }) });
        const r = presentSimulation(simulated);
        if (options.json) {
          console.log(JSON.stringify(r));
          return;
        }
        console.log(`${r.programmeId} v${r.programmeVersion} (${r.budgetRule}), ${r.period.from} to ${r.period.to}, over ${r.source === 'loans' ? 'the loans held' : `${r.loansConsidered} synthetic loans`}: nothing written`);
        console.log(`${r.loansConsidered} loan(s), ${r.eligibleLoans} eligible; ${r.enterprisesReached} of ${r.enterprises} enterprise(s) reached.`);
        console.log(`Requested ${yuan(r.requestedFen)}, granted ${yuan(r.totalFen)} of ${yuan(r.budgetLeftBeforeFen)} left; budget ${r.budgetExhaustedMonth ? `reached in ${r.budgetExhaustedMonth}` : 'not reached'}.`);
        const refused = Object.entries(r.ineligibleByReason);
        if (refused.length) printTable(refused.map(([reason, loans]) => ({ reason, loans })));
        printTable(r.byPark.map((p) => ({ park: p.key, name: p.name ?? '-', loans: p.loans, eligible: p.eligibleLoans, requested: yuan(p.requestedFen), granted: yuan(p.grantedFen) })));
        printTable(r.byMonth.map((m) => ({ month: m.key, loans: m.loans, eligible: m.eligibleLoans, requested: yuan(m.requestedFen), granted: yuan(m.grantedFen) })));
        if (r.current && r.delta) {
          console.log(`Against v${r.current.programmeVersion} in force: granted ${yuan(r.current.totalFen)} → ${yuan(r.totalFen)} (${r.delta.totalFen >= 0 ? '+' : ''}${yuan(r.delta.totalFen)}), enterprises reached ${r.current.enterprisesReached} → ${r.enterprisesReached}.`);
          printTable(r.delta.byPark.map((p) => ({ park: p.key, current: yuan(p.currentFen), draft: yuan(p.draftFen), delta: yuan(p.deltaFen) })));
        }
      } finally {
        await runtime.database.close();
      }
    });
}
