// Importing 100,000 enterprise profiles from .xlsx (time and peak memory) and the filtered
// enterprise list over them (p50/p99), on PGlite and on the PostgreSQL server when reachable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { generateDemoData } from '../src/domain/demo/index.ts';
import { templateHeader, toCells } from '../src/domain/profile/import-kinds.ts';
import { writeSpreadsheet } from '../src/lib/spreadsheet/index.ts';
import { seedDemo } from '../src/services/demo/seed-demo.ts';
import { listEnterprises } from '../src/services/enterprises/manage-enterprises.ts';
import { runImport } from '../src/services/imports/run-import.ts';
import { systemContext } from '../src/services/shared/context.ts';
import { onPglite, onPostgres } from './databases.ts';
import type { Benchmark, Figures } from './main.ts';
import { quantile, round, timeEach } from './stats.ts';

const ROWS = 100_000;

async function writeProfilesFile(file: string): Promise<void> {
  const data = generateDemoData({ seed: 99, enterprises: ROWS + 1, today: '2026-11-21' });
  const rows = data.enterprises.slice(1).map((e) =>
    toCells('profiles', { ...e, admittedOn: e.admittedOn ?? null }),
  );
  await writeSpreadsheet(file, templateHeader('profiles'), rows);
}

async function measure(database: Database, file: string, prefix: string): Promise<Figures> {
  await migrate(database);
  await seedDemo(database, { seed: 1, enterprises: 1, now: new Date(), withAccounts: false, withProfiles: false });
  const ctx = systemContext({ database });
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const result = await runImport(ctx, { kind: 'profiles', filePath: file, fileName: 'bench.xlsx', parkCode: 'zhangjiang', mode: 'all_or_nothing', dryRun: false });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (result.imported !== ROWS) throw new Error(`imported ${result.imported} of ${ROWS}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const filters = [
    { q: '科技' },
    { industryCode: 'I65', employeesMin: 20, employeesMax: 299 },
    { completenessMin: 10, completenessMax: 100, industryCode: 'C' },
    { qualification: 'hnte' },
  ];
  let i = 0;
  const times = await timeEach(200, () => listEnterprises(ctx, filters[i++ % filters.length]!, { page: 1 + (i % 5), pageSize: 20 }));
  return {
    [`import_100k_xlsx_${prefix}_s`]: round(seconds, 1),
    [`import_rows_per_s_${prefix}`]: Math.round(ROWS / seconds),
    [`import_peak_rss_growth_${prefix}_mb`]: Math.round((peak - baseRss) / 2 ** 20),
    [`list_filtered_100k_${prefix}_p50_ms`]: round(quantile(times, 0.5)),
    [`list_filtered_100k_${prefix}_p99_ms`]: round(quantile(times, 0.99)),
  };
}

export const creditDatabaseBenchmark: Benchmark = {
  name: 'credit-database',
  description: 'import 100,000 profile rows from .xlsx and list them with filters, on PGlite and PostgreSQL',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-import-'));
    const file = path.join(dir, 'profiles.xlsx');
    try {
      const started = performance.now();
      await writeProfilesFile(file);
      const figures: Figures = { xlsx_write_100k_s: round((performance.now() - started) / 1000, 1), xlsx_mb: round(fs.statSync(file).size / 2 ** 20, 1) };
      Object.assign(figures, await onPglite((database) => measure(database, file, 'pglite')));
      Object.assign(figures, await onPostgres((database) => measure(database, file, 'pg')));
      return figures;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
