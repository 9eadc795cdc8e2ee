import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { findEnterprisesByCreditCodes } from '../../db/repositories/enterprises.ts';
import { scoreEnterprises } from '../../services/rating/score-enterprises.ts';
import { auditBatchRating } from '../../services/rating/scoring-jobs.ts';
import { systemContext } from '../../services/shared/context.ts';
import { openRuntime } from '../runtime.ts';
import { UsageError } from './parse.ts';

export function registerScore(program: Command) {
  program
    .command('score')
    .description('Rate enterprises with the active model (each rating stores its profile snapshot and model version)')
    .argument('[creditCodes...]', 'enterprises to rate')
    .option('--all', 'rate every enterprise')
    .option('--json', 'print {"scored", "modelVersion", "seconds"}')
    .action(async (creditCodes: string[], options: { all?: boolean; json?: boolean }) => {
      if (!options.all && !creditCodes.length) throw new UsageError('Name credit codes to rate, or use --all');
      const runtime = await openRuntime();
      const bar = options.json || !process.stderr.isTTY ? undefined : new SingleBar({ format: ' rating [{bar}] {value}/{total}', stream: process.stderr });
      try {
        let enterpriseIds: string[] | undefined;
        if (!options.all) {
          const found = await findEnterprisesByCreditCodes(runtime.database.db, creditCodes.map((c) => c.toUpperCase()));
          const missing = creditCodes.filter((c) => !found.some((e) => e.creditCode === c.toUpperCase()));
          if (missing.length) throw new UsageError(`No enterprise with credit code ${missing.join(', ')}`);
          enterpriseIds = found.map((e) => e.organisationId);
        }
        const started = Date.now();
        bar?.start(enterpriseIds?.length ?? 0, 0);
        const ctx = systemContext({ database: runtime.database, config: runtime.config });
        const result = await scoreEnterprises(runtime.database, { enterpriseIds, now: ctx.now(), timezone: ctx.timezone, onProgress: (done, total) => (bar?.setTotal(total), bar?.update(done)) });
        bar?.stop();
        await auditBatchRating(ctx, { targetType: 'cli', targetId: null, requestedBy: 'kejin score', rated: result.scored, modelVersion: result.modelVersion, enterprises: enterpriseIds?.length ?? 'all' });
        const seconds = (Date.now() - started) / 1000;
        if (options.json) console.log(JSON.stringify({ ...result, seconds }));
        else console.log(`Rated ${result.scored} enterprise(s) with ${result.modelVersion} in ${seconds.toFixed(1)} s.`);
      } finally {
        bar?.stop();
        await runtime.database.close();
      }
    });
}
