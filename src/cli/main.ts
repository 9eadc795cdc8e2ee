// The `kejin` command line. Each command calls the same services as the HTTP API.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { DomainError } from '../domain/shared/errors.ts';
import { registerConnector } from './commands/connector.ts';
import { registerDb } from './commands/db.ts';
import { registerScore } from './commands/score.ts';
import { registerImport } from './commands/import.ts';
import { registerLoan } from './commands/loan.ts';
import { registerModel } from './commands/model.ts';
import { registerReport } from './commands/report.ts';
import { registerRules } from './commands/rules.ts';
import { UsageError } from './commands/parse.ts';
import { registerPolicy } from './commands/policy.ts';
import { registerServe } from './commands/serve.ts';
import { registerSubsidy } from './commands/subsidy.ts';
import { registerUser } from './commands/user.ts';
import { registerWorkflow } from './commands/workflow.ts';

const program = new Command()
  .name('kejin')
  .description('Kejin (科金): technology-finance service platform for high-tech parks')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

registerServe(program);
registerDb(program);
registerUser(program);
registerImport(program);
registerConnector(program);
registerModel(program);
registerScore(program);
registerReport(program);
registerRules(program);
registerWorkflow(program);
registerLoan(program);
registerSubsidy(program);
registerPolicy(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeOf(err);
  if (!(err instanceof CommanderError)) console.error(`kejin: ${messageOf(err)}`);
}

function exitCodeOf(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode;
  if (err instanceof ConfigError || err instanceof UsageError) return 2;
  return 1;
}

function messageOf(err: unknown): string {
  if (err instanceof DataDirLockedError || err instanceof ConfigError || err instanceof UsageError) return err.message;
  if (err instanceof DomainError) {
    const fields = (err.details?.fields as { field: string; message: string }[] | undefined) ?? [];
    return [err.message, ...fields.map((f) => `  ${f.field}: ${f.message}`)].join('\n');
  }
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
