import type { Command } from 'commander';
import { createFileConnector } from '../../services/connectors/file-connector.ts';
import { syncFromConnector } from '../../services/connectors/sync-from-connector.ts';
import { systemContext } from '../../services/shared/context.ts';
import { openRuntime } from '../runtime.ts';
import { printTable } from './output.ts';

export function registerConnector(program: Command) {
  const connector = program.command('connector').description('Public-data connectors (registration, tax, social insurance, IP office)');
  connector
    .command('sync')
    .description('Merge what a file-based connector folder holds into the profiles of known enterprises')
    .requiredOption('--dir <folder>', 'folder with registration.json, tax.json, social-insurance.json, ip.json (objects keyed by credit code)')
    .option('--json', 'print the result as one JSON object')
    .action(async (options: { dir: string; json?: boolean }) => {
      const source = createFileConnector(options.dir);
      const runtime = await openRuntime();
      try {
        const ctx = systemContext(runtime);
        const result = await syncFromConnector(ctx, source, source.creditCodes());
        if (options.json) console.log(JSON.stringify(result));
        else {
          printTable([{ enterprises: result.enterprises, ...result.changed, unknown: result.unknown.length }]);
          if (result.unknown.length) console.log(`Unknown credit codes (not on the platform): ${result.unknown.slice(0, 20).join(', ')}`);
        }
      } finally {
        await runtime.database.close();
      }
    });
}
