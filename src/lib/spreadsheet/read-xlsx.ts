import { notASpreadsheet } from './detect-format.ts';
import { emptyFile, RowShaper } from './shape-rows.ts';
import { SheetParser } from './sheet-parser.ts';
import type { ReadLimits, SheetRow, TextColumns } from './types.ts';
import { findFirstSheetPart, readSharedStrings, REQUIRED_PARTS } from './workbook-parts.ts';
import { createXmlParser, parseXmlChunks } from './xml-stream.ts';
import { ZipArchive } from './zip-archive.ts';

/**
 * Streams the first sheet of a workbook. Only the shared string table is held in memory; the
 * sheet itself is parsed as it inflates and its rows are handed on chunk by chunk.
 */
export async function* readXlsx(path: string, limits: ReadLimits, textColumns?: TextColumns): AsyncGenerator<SheetRow> {
  const archive = await ZipArchive.open(path, limits);
  try {
    const missing = REQUIRED_PARTS.find((part) => !archive.has(part));
    if (missing) throw notASpreadsheet(`this ZIP file is not an Excel workbook (it has no ${missing}); upload an .xlsx file`);
    const sheetPart = await findFirstSheetPart(archive);
    const sharedStrings = await readSharedStrings(archive);
    const parser = createXmlParser(sheetPart);
    const sheet = new SheetParser(parser, sharedStrings, limits.maxColumns);
    const shaper = new RowShaper(limits.maxColumns, textColumns);
    for await (const raw of parseXmlChunks(sheetPart, archive.read(sheetPart), parser, () => sheet.takeRows())) {
      const row = shaper.shape(raw.rowNumber, raw.cells);
      if (row) yield row;
    }
    if (!shaper.sawHeader) throw emptyFile();
  } finally {
    archive.close();
  }
}
