// Reading an import file: its header matched to the kind's template, code columns kept as the
// file's text, and spreadsheet problems turned into the uploader's input errors. Both passes of
// an import read the file through here, so they see the same rows.
import { codeColumnIndexes, columnsOf, matchHeaders, type ImportKind } from '../../domain/profile/import-kinds.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import type { HeaderError } from '../../domain/profile/import-kinds.ts';
import { statSync } from 'node:fs';
import { DEFAULT_LIMITS, readSpreadsheet, SpreadsheetError, type Cell, type SheetRow } from '../../lib/spreadsheet/index.ts';

export interface MatchedHeader {
  columnIndex: Record<string, number>;
  /** A column as the uploader knows it: its header in the file, or the template's when absent. */
  columnName(key: string): string;
}

const headerText = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

/** The data rows after the header, blank ones skipped; `onHeader` hears the matched header first. */
export async function* dataRows(kind: ImportKind, filePath: string, onHeader: (header: MatchedHeader) => void): AsyncGenerator<SheetRow> {
  let matched = false;
  try {
    for await (const row of readSpreadsheet(filePath, { textColumns: (header) => codeColumnIndexes(kind, header) })) {
      if (!matched) {
        onHeader(matchHeader(kind, row.cells));
        matched = true;
        continue;
      }
      if (row.cells.every((c) => c === null || c === '')) continue;
      yield row;
    }
  } catch (err) {
    throw asInputError(err, filePath);
  }
  if (!matched) throw fail('import.file_empty');
}

function matchHeader(kind: ImportKind, cells: readonly Cell[]): MatchedHeader {
  const headers = matchHeaders(kind, cells.map(headerText));
  if (!headers.ok) {
    throw invalidFields(headers.errors.map((e) => headerProblem(e)), { details: { kind } });
  }
  const { columnIndex } = headers;
  const templateNames = new Map(columnsOf(kind).map((c) => [c.key, c.headerZh]));
  return {
    columnIndex,
    columnName: (key) => {
      const index = columnIndex[key];
      return index === undefined ? (templateNames.get(key) ?? key) : headerText(cells[index]).trim();
    },
  };
}

/** Spreadsheet problems (zip bomb, formula, encoding, size) are the user's input errors, each by its own code. */
function asInputError(err: unknown, filePath: string): unknown {
  if (!(err instanceof SpreadsheetError)) return err;
  if (err.code === 'too_large') {
    const params = { sizeMb: megabytes(statSync(filePath).size), maxMb: megabytes(DEFAULT_LIMITS.maxBytes) };
    return fail('import.sheet.too_large', params, { fields: [problem('file', 'import.sheet.too_large', params)] });
  }
  return invalidFields([sheetProblem(err)]);
}

const megabytes = (bytes: number) => Math.ceil((bytes / 2 ** 20) * 10) / 10;

function sheetProblem(err: SpreadsheetError) {
  const { row, columnLetter: column } = err;
  switch (err.code) {
    case 'formula':
      return row !== undefined && column !== undefined ? problem('file', 'import.sheet.formula', { row, column }) : problem('file', 'import.sheet.damaged');
    case 'malformed':
      if (row !== undefined && column !== undefined) return problem('file', 'import.sheet.damaged_cell', { row, column });
      return row !== undefined ? problem('file', 'import.sheet.damaged_row', { row }) : problem('file', 'import.sheet.damaged');
    case 'mixed_encoding':
    case 'bad_encoding':
    case 'too_many_columns':
      return row !== undefined ? problem('file', `import.sheet.${err.code}`, { row }) : problem('file', 'import.sheet.damaged');
    case 'zip_bomb':
    case 'empty':
    case 'not_a_spreadsheet':
      return problem('file', `import.sheet.${err.code}`);
    default:
      return problem('file', 'import.sheet.damaged');
  }
}

function headerProblem(e: HeaderError) {
  const field = e.column ?? 'header';
  if (e.code === 'unknown_column') return problem(field, 'import.header.unknown_column', { column: e.header, position: e.position ?? 0 });
  if (e.code === 'duplicate_column') return problem(field, 'import.header.duplicate_column', { column: e.header, position: e.position ?? 0, first: e.first ?? 0 });
  return problem(field, 'import.header.missing_column', { column: e.header, columnEn: e.headerEn ?? e.header });
}
