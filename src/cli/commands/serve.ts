import type { Command } from 'commander';
import { serverOrigin } from '../../config.ts';
import { buildApp, type App } from '../../server/app.ts';
import { systemContext } from '../../services/shared/context.ts';
import { SUBSIDY_RUN_JOB } from '../../services/policy/run-jobs.ts';
import { SWEEP_JOB } from '../../services/workflow/daily-sweep.ts';
import { buildWebIfMissing, isWebBuilt } from '../web-build.ts';
import { describeDatabase, openRuntime, type Runtime } from '../runtime.ts';
import { describeMarketplace, seedIfEmpty } from './db.ts';
import { printAccounts } from './output.ts';
import { positiveInt } from './parse.ts';

interface ServeOptions {
  port?: string;
  host?: string;
}

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('Run the platform: apply migrations, then serve the API and the web app')
    .option('-p, --port <port>', 'port to listen on (default PORT or 3000)')
    .option('--host <host>', 'address to bind (default HOST or 0.0.0.0)')
    .action(async (options: ServeOptions) => {
      const runtime = await openRuntime();
      await serve(runtime, options);
    });

  program
    .command('demo')
    .description('What `npm start` runs: migrate, seed demo data into an empty database, build the web app if missing, serve')
    .option('-p, --port <port>', 'port to listen on (default PORT or 3000)')
    .option('--host <host>', 'address to bind (default HOST or 0.0.0.0)')
    .option('--enterprises <n>', 'enterprises to generate when the database is empty', '2400')
    .option('--seed <n>', 'seed of the demo data generator', '20261121')
    .action(async (options: ServeOptions & { enterprises: string; seed: string }) => {
      const started = Date.now();
      const enterprises = positiveInt(options.enterprises, '--enterprises');
      const seed = positiveInt(options.seed, '--seed', 0);
      const runtime = await openRuntime();
      if (runtime.config.mode === 'production') throw new Error('`kejin demo` does not run in production mode (KEJIN_MODE=production); use `kejin serve`');
      await serve(runtime, options, () => seedIfEmpty(runtime, { enterprises, seed }), (seeded) => {
        if (seeded) console.log(`Seeded ${seeded.parks} parks, ${seeded.institutions} institutions, ${seeded.enterprises} enterprises${describeMarketplace(seeded)}.`);
        printAccounts();
        console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      });
    });
}

/**
 * The server's scheduled work, through the job system (with pg-boss one schedule serves every
 * server): the sweep on KEJIN_SWEEP_SCHEDULE and once now, the full match nightly (and once now
 * after the demo data was seeded).
 */
async function scheduleWork(app: App, { config, database }: Runtime, seeded: boolean) {
  const { jobs, matchRuns, now } = app.kejin;
  // Fresh demo data has no stored matches until the nightly run: the first full match runs now.
  if (seeded) await matchRuns.start(systemContext({ database, config, now }));
  await jobs.schedule(SWEEP_JOB, config.jobs.sweep);
  await jobs.schedule(SUBSIDY_RUN_JOB, config.jobs.subsidy);
  await matchRuns.scheduleNightly(database, now, config.matching.nightlyAt);
  if (config.jobs.sweep) await jobs.enqueue(systemContext({ database, config, now }), SWEEP_JOB, { key: 'startup', trigger: 'system', ifActive: 'existing' });
}

/**
 * Listens first, then prepares what a first start lacks while /healthz already answers: the demo
 * data (the API answers 503 until it is in) and the web app, built in a child process (web routes
 * answer a "starting" page until it is there). Scheduled work starts once both are done.
 */
async function serve<T>(runtime: Runtime, options: ServeOptions, seed?: () => Promise<T>, onReady?: (seeded: T | undefined) => void) {
  const { config, database } = runtime;
  const app = await buildApp({ config, database });
  const { startup } = app.kejin;
  const buildWeb = !isWebBuilt(config.webDist);
  if (buildWeb) startup.begin('web_app');
  if (seed) startup.begin('demo_data');
  const port = options.port !== undefined ? Number(options.port) : config.port;
  await app.listen({ port, host: options.host ?? config.host });
  const bound = app.server.address();
  const url = serverOrigin(config, typeof bound === 'object' && bound ? bound.port : port);
  console.log(`Kejin is running at ${url} on ${describeDatabase(config)}`);
  console.log(`API docs: ${url}/api/docs`);
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  let seeded: T | undefined;
  try {
    const web = buildWeb
      ? buildWebIfMissing(config.webDist).then(() => {
          app.kejin.web?.reload();
          startup.done('web_app');
        })
      : undefined;
    web?.catch(() => undefined); // awaited below; a failure while seeding must not go unhandled meanwhile
    if (seed) {
      seeded = await seed();
      startup.done('demo_data');
    }
    await web;
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  await scheduleWork(app, runtime, seeded !== undefined);
  onReady?.(seeded);
}
