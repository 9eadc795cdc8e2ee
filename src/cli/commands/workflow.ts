// `kejin workflow sweep` (the daily pass, e.g. from cron when the server is not running),
// `kejin calendar load|list` (the State Council's next year, loaded when it is published) and
// `kejin lpr load|list` (each month's LPR fixing, loaded once it is published on the 20th).
import fs from 'node:fs';
import type { Command } from 'commander';
import { systemContext } from '../../services/shared/context.ts';
import { CalendarStore, calendarYearsView, loadCalendarYear } from '../../services/workflow/calendar-store.ts';
import { sweepWorkflow } from '../../services/workflow/daily-sweep.ts';
import { SWEEP_HOOKS } from '../../server/sweep-hooks.ts';
import { loadLprFixings, lprFixingsView } from '../../services/workflow/lpr.ts';
import { openRuntime } from '../runtime.ts';
import { UsageError } from './parse.ts';

export function registerWorkflow(program: Command) {
  program
    .command('workflow')
    .description('The financing workflow')
    .command('sweep')
    .description('Run the daily pass now: overdue loans reclassified and signalled, decision deadlines flagged, unconfirmed subsidy claims forfeited')
    .option('--json', 'print {"loansChecked", "deadlinesNear", "deadlinesMissed", "claimsForfeited"}')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime();
      try {
        const result = await sweepWorkflow(runtime.database, new CalendarStore(), new Date(), runtime.config.timezone, SWEEP_HOOKS);
        console.log(options.json ? JSON.stringify(result) : `Checked ${result.loansChecked} loan(s); ${result.deadlinesNear} deadline(s) near, ${result.deadlinesMissed} missed; ${result.claimsForfeited} subsidy claim(s) forfeited.`);
      } finally {
        await runtime.database.close();
      }
    });

  const calendar = program.command('calendar').description('The working-day calendar deadlines count with');
  calendar
    .command('load')
    .description('Load a year of the State Council calendar (JSON {year, holidays, workdays} or CSV date,kind,name); it replaces the package data for that year')
    .argument('<file>', 'the calendar file')
    .option('--format <format>', 'json or csv (default: from the file name)')
    .action(async (file: string, options: { format?: string }) => {
      const format = options.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
      if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
      if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
      const content = fs.readFileSync(file, 'utf8');
      const year = Number(/"year"\s*:\s*(\d{4})/.exec(content)?.[1] ?? /^(\d{4})-\d\d-\d\d/m.exec(content)?.[1]);
      if (!year) throw new UsageError('Could not tell which year the file is for');
      const runtime = await openRuntime();
      try {
        const loaded = await loadCalendarYear(systemContext(runtime), year, format, content);
        console.log(`Loaded ${loaded.year}: ${loaded.holidays} holiday(s), ${loaded.workdays} working weekend day(s).`);
      } finally {
        await runtime.database.close();
      }
    });
  calendar
    .command('list')
    .description('The years the calendar holds and where each came from')
    .action(async () => {
      const runtime = await openRuntime();
      try {
        const view = await calendarYearsView(systemContext(runtime), new CalendarStore());
        for (const y of view.years) console.log(`${y.year}  ${y.source.padEnd(8)}  ${y.holidays} holidays, ${y.workdays} working weekend days`);
        if (view.uncoveredAhead.length) console.log(`Not loaded yet: ${view.uncoveredAhead.join(', ')} (deadlines count Monday to Friday there)`);
      } finally {
        await runtime.database.close();
      }
    });
  registerLpr(program);
}

/** "0.0345" → "3.45%", by the digits (an LPR is below 100%). */
const percent = (fraction: string) => {
  const bp = (fraction.split('.')[1] ?? '').padEnd(4, '0');
  return `${Number(bp.slice(0, 2))}.${bp.slice(2, 4)}%`;
};

function registerLpr(program: Command) {
  const lpr = program.command('lpr').description('The Loan Prime Rate fixings loans are priced on');
  lpr
    .command('load')
    .description('Load LPR fixings: CSV with the header date,one_year,five_year, or JSON [{ "date", "oneYear", "fiveYear" }]; rates in percent as published (3.00), a month already held is replaced')
    .argument('<file>', 'the fixings file')
    .option('--format <format>', 'csv or json (default: from the file name)')
    .action(async (file: string, options: { format?: string }) => {
      const format = options.format ?? (file.toLowerCase().endsWith('.json') ? 'json' : 'csv');
      if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be csv or json');
      if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
      const content = fs.readFileSync(file, 'utf8');
      const runtime = await openRuntime();
      try {
        const loaded = await loadLprFixings(systemContext({ database: runtime.database, config: runtime.config }), format, content);
        console.log(`Loaded ${loaded.loaded} LPR fixing(s), ${loaded.first} to ${loaded.last}.`);
      } finally {
        await runtime.database.close();
      }
    });
  lpr
    .command('list')
    .description('The fixings held (newest first), where each came from, and any month due but not loaded')
    .option('--json', 'print the fixings and the status as JSON')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime();
      try {
        const view = await lprFixingsView(systemContext({ database: runtime.database, config: runtime.config }), new CalendarStore());
        if (options.json) {
          console.log(JSON.stringify(view));
          return;
        }
        for (const f of view.fixings) console.log(`${f.month}  ${f.date}  1y ${percent(f.oneYear).padStart(6)}  5y ${percent(f.fiveYear).padStart(6)}  ${f.source}`);
        if (view.outOfDate) console.log(`Out of date: ${view.missing.map((m) => `${m.month} (due ${m.dueOn})`).join(', ')} not loaded; loans disbursed after those days are refused`);
        else if (view.next) console.log(`Next fixing: ${view.next.month}, due ${view.next.dueOn}`);
      } finally {
        await runtime.database.close();
      }
    });
}
