// `kejin loan schedule`: a repayment plan from the command line. Pure arithmetic on the loans
// domain, so it opens no database and runs without a data directory.
import type { Command } from 'commander';
import { LoanInputError } from '../../domain/loans/errors.ts';
import { parseRate } from '../../domain/loans/rate.ts';
import { repaymentSchedule, type RepaymentMethod, type Schedule } from '../../domain/loans/schedule.ts';
import { printTable } from './output.ts';
import { UsageError } from './parse.ts';

interface ScheduleFlags {
  amountFen?: string;
  annualRate?: string;
  months?: string;
  method?: string;
  start?: string;
  json?: boolean;
}

const METHOD_OF_FLAG: Record<string, RepaymentMethod> = {
  'equal-instalment': 'equal_instalment',
  'equal-principal': 'equal_principal',
  'interest-only': 'interest_only',
};

const OPTION_OF_FIELD: Record<string, string> = {
  amountFen: '--amount-fen',
  annualRate: '--annual-rate',
  months: '--months',
  method: '--method',
  start: '--start',
};

const WHOLE_NUMBER = /^-?\d+$/;

export function registerLoan(program: Command) {
  const loan = program.command('loan').description('Loan arithmetic (needs no database)');
  loan
    .command('schedule')
    .description('Print the repayment schedule of a loan: interest on actual days over a 360-day year, rounded half up to the fen')
    .option('--amount-fen <n>', 'principal in fen (¥1 = 100 fen), 1 to 10^15')
    .option('--annual-rate <r>', 'annual rate as a decimal fraction, 0 to 0.36 (0.0435 is 4.35%)')
    .option('--months <n>', 'term in months, 1 to 360')
    .option('--method <method>', `${Object.keys(METHOD_OF_FLAG).join(' | ')} (等额本息 | 等额本金 | 按月付息到期还本)`)
    .option('--start <date>', 'drawdown date YYYY-MM-DD; instalments fall due on that day of each later month (or the month end)')
    .option('--json', 'print {"payments": [{"period", "date", "principalFen", "interestFen", "balanceFen"}], "totalInterestFen"}, fen as integers')
    .action((flags: ScheduleFlags) => {
      const schedule = scheduleOf(flags);
      if (flags.json) console.log(JSON.stringify(scheduleJson(schedule)));
      else printSchedule(schedule);
    });
}

function scheduleOf(flags: ScheduleFlags): Schedule {
  const amountFen = required(flags.amountFen, '--amount-fen <n>');
  const annualRate = required(flags.annualRate, '--annual-rate <r>');
  const months = required(flags.months, '--months <n>');
  const method = METHOD_OF_FLAG[required(flags.method, '--method <method>')];
  const start = required(flags.start, '--start <date>');
  if (!WHOLE_NUMBER.test(amountFen)) throw new UsageError(`--amount-fen must be a whole number of fen, got "${amountFen}"`);
  if (!WHOLE_NUMBER.test(months)) throw new UsageError(`--months must be a whole number, got "${months}"`);
  if (method === undefined) throw new UsageError(`--method must be one of ${Object.keys(METHOD_OF_FLAG).join(', ')}, got "${flags.method}"`);
  try {
    return repaymentSchedule({ amountFen: BigInt(amountFen), annualRate: parseRate(annualRate), months: Number(months), method, start });
  } catch (err) {
    if (err instanceof LoanInputError) throw new UsageError(`${OPTION_OF_FIELD[err.field] ?? err.field}: ${err.message}`);
    throw err;
  }
}

function required(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`${option} is required`);
  return value;
}

function scheduleJson(schedule: Schedule) {
  return {
    payments: schedule.payments.map((p) => ({ period: p.period, date: p.date, principalFen: jsonFen(p.principalFen), interestFen: jsonFen(p.interestFen), balanceFen: jsonFen(p.balanceFen) })),
    totalInterestFen: jsonFen(schedule.totalInterestFen),
  };
}

/** JSON numbers are doubles: fen past 2^53 would print as a different amount. */
function jsonFen(fen: bigint): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw new UsageError(`--json: ${fen} fen is beyond the exact range of JSON numbers; print the table instead`);
  return Number(fen);
}

function printSchedule(schedule: Schedule) {
  printTable(
    schedule.payments.map((p) => ({
      period: p.period,
      date: p.date,
      payment: yuan(p.principalFen + p.interestFen),
      principal: yuan(p.principalFen),
      interest: yuan(p.interestFen),
      balance: yuan(p.balanceFen),
    })),
  );
  const principal = schedule.payments.reduce((sum, p) => sum + p.principalFen, 0n);
  console.log(`\nTotal interest ${yuan(schedule.totalInterestFen)}; total repaid ${yuan(principal + schedule.totalInterestFen)}.`);
}

/** 123456n → "¥1,234.56", exact from fen. */
const yuan = (fen: bigint) => `¥${(fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(fen % 100n).toString().padStart(2, '0')}`;
