// `kejin subsidy programmes` (the programmes with their key terms) and `kejin subsidy run` (a
// programme's claims computed from the loans and repayments the database holds, 免申即享; with
// --dry-run nothing is written). Both act as the platform, so every park's programmes are in reach.
import type { Command } from 'commander';
import { listProgrammes } from '../../services/policy/programmes.ts';
import { runSubsidy } from '../../services/policy/run.ts';
import { systemContext } from '../../services/shared/context.ts';
import { CalendarStore } from '../../services/workflow/calendar-store.ts';
import { presentRun } from '../../server/routes/policy/run-json.ts';
import { openRuntime } from '../runtime.ts';
import { printTable } from './output.ts';
import { UsageError } from './parse.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).getUTCDate() === Number(v.slice(8, 10));
const yuan = (fen: number | null) => (fen === null ? '-' : `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);

export function registerSubsidy(program: Command) {
  const subsidy = program.command('subsidy').description('Subsidy programmes and their claims');
  subsidy
    .command('programmes')
    .description('The programmes (each at its version in force, or its draft)')
    .option('--json', 'print [{"id", "version", "kind", "status", "park", "share", "minGrade", "capPerEnterpriseYearFen", "budgetFen", "validFrom", "validTo"}]')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime();
      try {
        const rows = await listProgrammes(systemContext(runtime));
        const seen = new Set<string>();
        const current = rows.filter((r) => r.status === 'published' || !rows.some((o) => o.code === r.code && o.status === 'published')).filter((r) => !seen.has(r.code) && seen.add(r.code));
        const items = current.map((r) => {
          const body = r.body as { formula: { share: string }; eligibility: { minGrade: string | null }; caps: { perEnterprisePerYearFen: number | null } };
          return { id: r.code, version: r.version, kind: r.kind, status: r.status, park: r.parkCode, share: body.formula.share, minGrade: body.eligibility.minGrade, capPerEnterpriseYearFen: body.caps.perEnterprisePerYearFen, budgetFen: Number(r.budgetFen), validFrom: r.validFrom, validTo: r.validTo };
        });
        if (options.json) console.log(JSON.stringify(items));
        else if (!items.length) console.log('No programmes.');
        else printTable(items.map((i) => ({ id: i.id, v: i.version, kind: i.kind, status: i.status, park: i.park ?? 'city-wide', share: i.share, minGrade: i.minGrade ?? '-', capPerYear: yuan(i.capPerEnterpriseYearFen), budget: yuan(i.budgetFen), period: `${i.validFrom}..${i.validTo}` })));
      } finally {
        await runtime.database.close();
      }
    });
  subsidy
    .command('run')
    .description("Compute a programme's claims for a period from the loans and repayments held (免申即享): new claims are written as computed, computed ones recomputed, decided ones kept")
    .requiredOption('--programme <id>', 'the programme code (see `kejin subsidy programmes`)')
    .option('--from <date>', 'first day of the claim period, YYYY-MM-DD (default: 1 January this year)')
    .option('--to <date>', 'last day of the claim period, YYYY-MM-DD (default: today)')
    .option('--dry-run', 'work out the claims without writing them')
    .option('--json', 'print {"programmeId", "claims": [{"loanId", "creditCode", "grade", "interestPaidFen", "eligibleInterestFen", "subsidyFen", "capFen", "trail"}], "totalFen", "budgetFen", "budgetLeftFen"}')
    .action(async (options: { programme: string; from?: string; to?: string; dryRun?: boolean; json?: boolean }) => {
      for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) if (value !== undefined && !isDate(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
      const runtime = await openRuntime();
      try {
        const result = presentRun(await runSubsidy(systemContext(runtime), new CalendarStore(), options.programme, { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}), dryRun: !!options.dryRun }));
        if (options.json) {
          console.log(JSON.stringify(result));
          return;
        }
        const granted = result.claims.filter((c) => c.subsidyFen > 0);
        console.log(`${result.programmeId} v${result.programmeVersion}, ${result.period.from} to ${result.period.to}${result.dryRun ? ' (dry run: nothing written)' : ''}`);
        console.log(`${result.claims.length} loan(s) considered, ${granted.length} with a subsidy: ${yuan(result.totalFen)} of a budget of ${yuan(result.budgetFen)}, ${yuan(result.budgetLeftFen)} left.`);
        if (!result.dryRun) console.log(`Claims: ${result.written.created} new, ${result.written.updated} recomputed, ${result.written.removed} removed, ${result.written.kept} decided and kept.`);
        printTable(granted.slice(0, 50).map((c) => ({ loan: c.loanId, creditCode: c.creditCode, grade: c.grade ?? '-', interestPaid: yuan(c.interestPaidFen), eligible: yuan(c.eligibleInterestFen), subsidy: yuan(c.subsidyFen), state: c.state ?? '-' })));
        if (granted.length > 50) console.log(`… and ${granted.length - 50} more (--json prints all).`);
      } finally {
        await runtime.database.close();
      }
    });
}
