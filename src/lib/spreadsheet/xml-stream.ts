import { SaxesParser } from 'saxes';
import { SpreadsheetError } from './spreadsheet-error.ts';

/**
 * A SAX parser for one workbook part. Handlers may throw; the error leaves parser.write(). A
 * DOCTYPE never occurs in OOXML, so one is refused (saxes would not expand its entities anyway,
 * which is what keeps "billion laughs" out).
 */
export function createXmlParser(partName: string): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => {
    throw new SpreadsheetError('malformed', `"${partName}" declares a DOCTYPE, which workbooks never do`);
  });
  return parser;
}

/**
 * Feeds the bytes of a part to the parser and, after each chunk, hands over what the handlers
 * collected. The caller's between() keeps memory to one chunk's worth of results.
 */
export async function* parseXmlChunks<T>(
  partName: string,
  chunks: AsyncIterable<Buffer>,
  parser: SaxesParser,
  between: () => T[],
): AsyncGenerator<T> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) {
      parser.write(decoder.decode(chunk, { stream: true }));
      yield* between();
    }
    parser.write(decoder.decode());
    parser.close();
    yield* between();
  } catch (error) {
    throw asXmlError(partName, error);
  }
}

/** Runs a whole (small) part through the parser, for parts read into memory. */
export async function parseXmlPart(partName: string, chunks: AsyncIterable<Buffer>, parser: SaxesParser): Promise<void> {
  for await (const _ of parseXmlChunks(partName, chunks, parser, () => [])) {
    // nothing is collected between chunks
  }
}

function asXmlError(partName: string, error: unknown): unknown {
  if (error instanceof SpreadsheetError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SpreadsheetError('malformed', `the workbook is damaged: "${partName}" is not valid XML (${message})`);
}
