// PDF credit report generation on PGlite: issue (load rating + snapshot, lay out, hash, store) per report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { enterprises } from '../src/db/schema/index.ts';
import { seedDemo } from '../src/services/demo/seed-demo.ts';
import { installExpertModel, scoreEnterprises } from '../src/services/rating/score-enterprises.ts';
import { issueReport } from '../src/services/reports/issue-report.ts';
import { systemContext } from '../src/services/shared/context.ts';
import type { Benchmark } from './main.ts';
import { quantile, round, timeEach } from './stats.ts';

const REPORTS = 40;

export const reportBenchmark: Benchmark = {
  name: 'report',
  description: `${REPORTS} PDF credit reports (zh-CN and en alternately) issued in-process on PGlite`,
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejin-bench-report-'));
    const config = loadConfig({ KEJIN_DATA_DIR: dir, KEJIN_LOG_LEVEL: 'silent' });
    const database = await openDatabase(config.database);
    try {
      await migrate(database);
      await installExpertModel(database);
      await seedDemo(database, { seed: 1, enterprises: REPORTS, now: new Date(), withAccounts: false });
      await scoreEnterprises(database, { now: new Date() });
      const codes = (await database.db.select({ code: enterprises.creditCode }).from(enterprises)).map((r) => r.code);
      const ctx = systemContext({ database });
      let i = 0;
      let bytes = 0;
      await issueReport(ctx, codes[0]!, 'zh-CN'); // warm-up: font files read and parsed once
      const times = await timeEach(REPORTS, async () => {
        const n = i++;
        bytes += (await issueReport(ctx, codes[n % codes.length]!, n % 2 ? 'en' : 'zh-CN')).pdf.length;
      });
      return {
        pdf_ms_per_report_p50: round(quantile(times, 0.5)),
        pdf_ms_per_report_p99: round(quantile(times, 0.99)),
        pdf_kb: round(bytes / REPORTS / 1024),
      };
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
