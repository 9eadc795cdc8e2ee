// `kejin workflow sweep` (the daily pass, e.g. from cron when the server is not running) and
// `kejin calendar load|list` (the State Council's next year, loaded when it is published).
import fs from 'node:fs';
import type { Command } from 'commander';
import { systemContext } from '../../services/shared/context.ts';
import { CalendarStore, calendarYearsView, loadCalendarYear } from '../../services/workflow/calendar-store.ts';
import { sweepWorkflow } from '../../services/workflow/daily-sweep.ts';
import { openRuntime } from '../runtime.ts';
import { UsageError } from './parse.ts';

export function registerWorkflow(program: Command) {
  program
    .command('workflow')
    .description('The financing workflow')
    .command('sweep')
    .description('Run the daily pass now: overdue loans reclassified and signalled, decision deadlines flagged')
    .option('--json', 'print {"loansChecked", "deadlinesNear", "deadlinesMissed"}')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime();
      try {
        const result = await sweepWorkflow(runtime.database, new CalendarStore(), new Date(), runtime.config.timezone);
        console.log(options.json ? JSON.stringify(result) : `Checked ${result.loansChecked} loan(s); ${result.deadlinesNear} deadline(s) near, ${result.deadlinesMissed} missed.`);
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
}
