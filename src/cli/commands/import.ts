import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { IMPORT_KINDS, templateHeader, type ImportKind } from '../../domain/profile/import-kinds.ts';
import { writeSpreadsheet } from '../../lib/spreadsheet/index.ts';
import { exportKind } from '../../services/imports/export-kind.ts';
import { runImport, type ImportResult } from '../../services/imports/run-import.ts';
import { systemContext } from '../../services/shared/context.ts';
import { openRuntime } from '../runtime.ts';
import { printTable } from './output.ts';
import { UsageError } from './parse.ts';

interface ImportFlags {
  park?: string;
  dryRun?: boolean;
  allOrNothing?: boolean;
  json?: boolean;
}

const kindOf = (kind: string): ImportKind => {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`<kind> must be one of ${IMPORT_KINDS.join(', ')}, got "${kind}"`);
  return kind as ImportKind;
};
const spreadsheetPath = (file: string) => {
  if (!/\.(csv|xlsx)$/i.test(file)) throw new UsageError(`FILE must end in .csv or .xlsx: ${file}`);
  return file;
};

export function registerImport(program: Command) {
  program
    .command('import')
    .description(`Import a spreadsheet (.xlsx or .csv, UTF-8 or GBK) of one kind: ${IMPORT_KINDS.join(', ')}`)
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<file>', 'the .xlsx or .csv file')
    .option('--park <code>', 'park the rows belong to (needed for new enterprises), e.g. zhangjiang')
    .option('--dry-run', 'validate every row and report, write nothing')
    .option('--all-or-nothing', 'import nothing unless every row is valid (default: import the valid rows)')
    .option('--json', 'print one JSON object: {"rows", "valid", "imported", "errors": [{"row", "column", "message"}]}')
    .action(async (kind: string, file: string, flags: ImportFlags) => {
      const importKind = kindOf(kind);
      const runtime = await openRuntime();
      const bar = flags.json || !process.stderr.isTTY ? undefined : new SingleBar({ format: ' {phase} [{bar}] {value} rows', stream: process.stderr });
      bar?.start(0, 0, { phase: 'validating' });
      try {
        const result = await runImport(
          systemContext(runtime),
          {
            kind: importKind,
            filePath: file,
            fileName: path.basename(file),
            parkCode: flags.park,
            mode: flags.allOrNothing ? 'all_or_nothing' : 'valid_rows',
            dryRun: flags.dryRun ?? false,
            onProgress: (phase, rows) => {
              bar?.setTotal(Math.max(rows, bar.getTotal()));
              bar?.update(rows, { phase });
            },
          },
        );
        bar?.stop();
        report(result, flags.json ?? false);
        process.exitCode = result.status === 'rejected' || (result.status === 'dry_run' && result.errors.length > 0) ? 1 : 0;
      } finally {
        bar?.stop();
        await runtime.database.close();
      }
    });

  program
    .command('export')
    .description('Export one kind with the import template’s columns (.xlsx or .csv by extension); it re-imports unchanged')
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<file>', 'the .xlsx or .csv file to write')
    .option('--park <code>', 'only this park')
    .action(async (kind: string, file: string, flags: { park?: string }) => {
      const exportKindName = kindOf(kind);
      const runtime = await openRuntime();
      try {
        const ctx = systemContext(runtime);
        const { rows } = await exportKind(ctx, exportKindName, spreadsheetPath(file), flags.park);
        console.log(`Wrote ${rows} ${kind} rows to ${file}.`);
      } finally {
        await runtime.database.close();
      }
    });

  program
    .command('template')
    .description('Write the empty import template of a kind (.xlsx or .csv)')
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<file>', 'the .xlsx or .csv file to write')
    .action(async (kind: string, file: string) => {
      await writeSpreadsheet(spreadsheetPath(file), templateHeader(kindOf(kind)), []);
      console.log(`Wrote the ${kind} template to ${file}.`);
    });
}

function report(result: ImportResult, json: boolean) {
  if (json) {
    console.log(JSON.stringify({ rows: result.rows, valid: result.valid, imported: result.imported, errors: result.errors }));
    return;
  }
  printTable([
    { rows: result.rows, valid: result.valid, invalid: result.rows - result.valid, imported: result.imported, changed: result.changed, status: result.status },
  ]);
  if (result.errors.length) {
    console.log(`\n${result.errors.length} problem(s):`);
    printTable(result.errors.slice(0, 200).map((e) => ({ row: e.row, column: e.column, message: e.message })));
    if (result.errors.length > 200) console.log(`… and ${result.errors.length - 200} more (use --json for all)`);
  }
  console.log(`\nSHA-256 ${result.fileSha256}`);
}
