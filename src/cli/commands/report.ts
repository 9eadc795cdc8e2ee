import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { serverOrigin } from '../../config.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../domain/report/labels.ts';
import { issueReport } from '../../services/reports/issue-report.ts';
import { systemContext } from '../../services/shared/context.ts';
import { openRuntime } from '../runtime.ts';
import { UsageError } from './parse.ts';

export function registerReport(program: Command) {
  program
    .command('report')
    .description('Issue a PDF credit report from the latest rating (registered with its SHA-256 for /verify)')
    .argument('<creditCode>', 'the enterprise')
    .option('--lang <language>', `report language: ${REPORT_LANGUAGES.join(' or ')}`, 'zh-CN')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--json', 'print {"reportId", "digest", "path"}')
    .action(async (creditCode: string, options: { lang: string; out: string; json?: boolean }) => {
      if (!(REPORT_LANGUAGES as readonly string[]).includes(options.lang)) throw new UsageError(`--lang must be ${REPORT_LANGUAGES.join(' or ')}`);
      const runtime = await openRuntime();
      try {
        const ctx = systemContext(runtime);
        const issued = await issueReport(ctx, creditCode.trim().toUpperCase(), options.lang as ReportLanguage, { publicOrigin: serverOrigin(runtime.config) });
        const file = path.resolve(options.out);
        await writeFile(file, issued.pdf);
        if (options.json) console.log(JSON.stringify({ reportId: issued.reportId, digest: issued.digest, path: file }));
        else console.log(`Wrote report ${issued.reportId} to ${file}\nSHA-256 ${issued.digest} (valid until ${businessDateOf(issued.validUntil, runtime.config.timezone)})`);
      } finally {
        await runtime.database.close();
      }
    });
}
