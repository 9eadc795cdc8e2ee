import type { Command } from 'commander';
import { migrate } from '../../db/migrate.ts';
import { installBuiltInRuleSets } from '../../services/profile/rule-sets.ts';
import { CalendarStore } from '../../services/workflow/calendar-store.ts';
import { installBuiltInLprFixings } from '../../services/workflow/lpr.ts';
import { installExpertModel, scoreEnterprises } from '../../services/rating/score-enterprises.ts';
import { isDatabaseEmpty, seedDemo, type SeedResult } from '../../services/demo/seed-demo.ts';
import { seedDemoRatingHistory } from '../../services/demo/seed-rating-history.ts';
import { seedDemoPolicy } from '../../services/demo/seed-policy.ts';
import { seedDemoPools } from '../../services/demo/seed-pools.ts';
import { seedDemoWorkflow, type SeededWorkflow } from '../../services/demo/seed-workflow.ts';
import { describeDatabase, openRuntime, type Runtime } from '../runtime.ts';
import { printAccounts } from './output.ts';
import { positiveInt } from './parse.ts';

export function registerDb(program: Command) {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations')
    .action(async () => {
      const runtime = await openRuntime({ migrate: false });
      try {
        const result = await migrate(runtime.database);
        await installBuiltInRuleSets(runtime.database);
        await installExpertModel(runtime.database);
        await installBuiltInLprFixings(runtime.database, new CalendarStore());
        console.log(`${describeDatabase(runtime.config)}: ${result.applied.length} migration(s) applied, ${result.total} in all.`);
        for (const tag of result.applied) console.log(`  applied ${tag}`);
      } finally {
        await runtime.database.close();
      }
    });
  db.command('seed')
    .description('Fill an empty database with deterministic demo data (demo accounts only in demo mode)')
    .option('--enterprises <n>', 'number of enterprises', '2400')
    .option('--seed <n>', 'generator seed: the same seed gives the same data', '20261121')
    .action(async (options: { enterprises: string; seed: string }) => {
      const seed = positiveInt(options.seed, '--seed', 0);
      const enterprises = positiveInt(options.enterprises, '--enterprises');
      const runtime = await openRuntime();
      try {
        if (runtime.config.mode === 'production') throw new Error('Demo data is never seeded in production mode (KEJIN_MODE=production)');
        const now = new Date();
        const result = await seedDemo(runtime.database, {
          seed,
          enterprises,
          now,
          withAccounts: runtime.config.mode === 'demo',
        });
        const scored = await scoreEnterprises(runtime.database, { now });
        if (result.accounts.length) await seedDemoRatingHistory(runtime.database, { enterpriseId: result.demoEnterpriseId, now, timezone: runtime.config.timezone });
        const workflow = await seedDemoWorkflow(runtime.database, { now, seed });
        await seedDemoPolicy(runtime.database, { now, seed, timezone: runtime.config.timezone });
        await seedDemoPools(runtime.database, { now, seed });
        console.log(`Seeded ${result.parks} parks, ${result.institutions} institutions, ${result.enterprises} enterprises (${scored.scored} rated)${describeMarketplace({ ...result, workflow })} into ${describeDatabase(runtime.config)}.`);
        if (result.accounts.length) printAccounts();
      } finally {
        await runtime.database.close();
      }
    });
}

/** The demo data, rated, then the financing workflow over it (applications carry the ratings). */
export async function seedIfEmpty(runtime: Runtime, options: { enterprises: number; seed: number }): Promise<(SeedResult & { workflow: SeededWorkflow }) | undefined> {
  if (!(await isDatabaseEmpty(runtime.database))) return undefined;
  const now = new Date();
  const seeded = await seedDemo(runtime.database, { ...options, now, withAccounts: runtime.config.mode === 'demo' });
  await scoreEnterprises(runtime.database, { now });
  if (seeded.accounts.length) await seedDemoRatingHistory(runtime.database, { enterpriseId: seeded.demoEnterpriseId, now, timezone: runtime.config.timezone });
  const workflow = await seedDemoWorkflow(runtime.database, { now, seed: options.seed });
  await seedDemoPolicy(runtime.database, { now, seed: options.seed, timezone: runtime.config.timezone });
  await seedDemoPools(runtime.database, { now, seed: options.seed });
  return { ...seeded, workflow };
}

/** ", 81 products, 190 needs, 900 applications, 290 loans" when the seed included the marketplace and the workflow. */
export const describeMarketplace = (result: SeedResult & { workflow?: SeededWorkflow }) =>
  (result.marketplace ? `, ${result.marketplace.products} products, ${result.marketplace.needs} needs` : '') + (result.workflow ? `, ${result.workflow.applications} applications, ${result.workflow.loans} loans` : '');
