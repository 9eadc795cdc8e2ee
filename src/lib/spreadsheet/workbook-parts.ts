import { posix } from 'node:path';
import type { SaxesTagPlain } from 'saxes';
import { SpreadsheetError } from './spreadsheet-error.ts';
import { MAX_CELL_CHARS } from './types.ts';
import { createXmlParser, parseXmlPart } from './xml-stream.ts';
import { localName, unescapeOoxml } from './xml-text.ts';
import type { ZipArchive } from './zip-archive.ts';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** The part holding the workbook's first sheet, found through the workbook's relationships. */
export async function findFirstSheetPart(archive: ZipArchive): Promise<string> {
  const relationshipId = await readFirstSheetRelationship(archive);
  const target = await readRelationshipTarget(archive, relationshipId);
  // Targets are relative to xl/ unless absolute within the package.
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

async function readFirstSheetRelationship(archive: ZipArchive): Promise<string> {
  const parser = createXmlParser(WORKBOOK);
  let relationshipId: string | undefined;
  parser.on('opentag', (tag) => {
    if (relationshipId === undefined && localName(tag.name) === 'sheet') relationshipId = prefixedId(tag);
  });
  await parseXmlPart(WORKBOOK, archive.read(WORKBOOK), parser);
  if (relationshipId === undefined) throw new SpreadsheetError('empty', 'the workbook has no sheets');
  return relationshipId;
}

/** The sheet's r:id attribute; the prefix is whatever the producer bound to the relationships namespace. */
function prefixedId(tag: SaxesTagPlain): string | undefined {
  const name = Object.keys(tag.attributes).find((key) => key.includes(':') && localName(key) === 'id');
  return name === undefined ? undefined : tag.attributes[name];
}

async function readRelationshipTarget(archive: ZipArchive, id: string): Promise<string> {
  const parser = createXmlParser(WORKBOOK_RELS);
  let target: string | undefined;
  parser.on('opentag', (tag) => {
    if (localName(tag.name) === 'Relationship' && tag.attributes.Id === id) target = tag.attributes.Target;
  });
  await parseXmlPart(WORKBOOK_RELS, archive.read(WORKBOOK_RELS), parser);
  if (target === undefined) throw new SpreadsheetError('malformed', `the workbook's first sheet (${id}) has no part`);
  return target;
}

/**
 * The shared string table, in memory because cells refer to it by index in any order. Its size is
 * bounded by the inflated-bytes limit. Rich text runs are joined; phonetic guides (<rPh>) are not text.
 */
export async function readSharedStrings(archive: ZipArchive): Promise<string[]> {
  if (!archive.has(SHARED_STRINGS)) return [];
  const strings: string[] = [];
  const parser = createXmlParser(SHARED_STRINGS);
  let current = '';
  let textDepth = 0;
  let phoneticDepth = 0;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') current = '';
    else if (name === 't') textDepth += 1;
    else if (name === 'rPh') phoneticDepth += 1;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') strings.push(unescapeOoxml(current));
    else if (name === 't') textDepth -= 1;
    else if (name === 'rPh') phoneticDepth -= 1;
  });
  const onText = (text: string) => {
    if (textDepth === 0 || phoneticDepth > 0) return;
    current += text;
    if (current.length > MAX_CELL_CHARS) throw tooLongSharedString(strings.length);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  await parseXmlPart(SHARED_STRINGS, archive.read(SHARED_STRINGS), parser);
  return strings;
}

function tooLongSharedString(index: number): SpreadsheetError {
  return new SpreadsheetError('malformed', `shared string ${index} is longer than Excel's ${MAX_CELL_CHARS} characters`);
}

export const REQUIRED_PARTS = ['[Content_Types].xml', WORKBOOK, WORKBOOK_RELS];
