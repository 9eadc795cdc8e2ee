import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents.ts';
import { checkDocument, PROOF_DOCUMENTS, sniffDocument } from './sniff.ts';

const PDF = Buffer.from('%PDF-1.7\n%%EOF');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0, 0]);

describe('sniffDocument', () => {
  it.each([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['text', Buffer.from('hello'), null],
    ['a GIF', Buffer.from('GIF89a'), null],
    ['a truncated PNG signature', PNG.subarray(0, 5), null],
    ['nothing', Buffer.alloc(0), null],
  ])('tells %s by its first bytes', (_name, bytes, expected) => {
    expect(sniffDocument(bytes)).toBe(expected);
  });
});

describe('checkDocument', () => {
  const codeOf = (name: string, bytes: Buffer, max?: number) => {
    const r = checkDocument(name, bytes, max === undefined ? undefined : { ...PROOF_DOCUMENTS, maxBytes: max });
    return r.ok ? r.mediaType : r.error.code;
  };
  it.each([
    ['scan.pdf', PDF, 'application/pdf'],
    ['SCAN.PDF', PDF, 'application/pdf'],
    ['photo.jpeg', JPEG, 'image/jpeg'],
    ['photo.JPG', JPEG, 'image/jpeg'],
    ['no extension', PNG, 'image/png'],
    ['scan.pdf', PNG, 'document.extension_mismatch'],
    ['photo.png', JPEG, 'document.extension_mismatch'],
    ['report.docx', PDF, 'document.extension_mismatch'],
    ['notes.txt', Buffer.from('text'), 'document.type_not_allowed'],
  ])('%s', (name, bytes, expected) => {
    expect(codeOf(name, bytes)).toBe(expected);
  });
  it('refuses a file over the cap before looking at it, saying the limit and the size in MB', () => {
    const r = checkDocument('big.pdf', Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES)]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.params]).toEqual(['document.too_large', { maxMb: 2, sizeMb: 2.1 }]);
    expect(checkDocument('exact.pdf', Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES - PDF.length)])).ok).toBe(true);
    expect(codeOf('small.pdf', PDF, 4)).toBe('document.too_large');
  });
});

describe('checkDocument under a rule of its own (a pitch deck: PDF only, 20 MiB)', () => {
  const deck = { types: ['application/pdf'] as const, maxBytes: 20 * 1024 * 1024 };
  it.each([
    ['deck.pdf', PDF, 'application/pdf'],
    ['deck.png', PNG, 'document.type_not_allowed'],
    ['deck.pdf', PNG, 'document.type_not_allowed'], // a PNG renamed .pdf: its bytes decide
    ['deck.pdf', Buffer.from('not a pdf'), 'document.type_not_allowed'],
  ])('%s', (name, bytes, expected) => {
    const r = checkDocument(name, bytes, deck);
    expect(r.ok ? r.mediaType : r.error.code).toBe(expected);
  });
  it('names only the rule’s types, and its own cap in MB', () => {
    const refused = checkDocument('deck.pdf', PNG, deck);
    if (!refused.ok) expect(refused.error.params).toEqual({ types: ['PDF'] });
    const big = checkDocument('deck.pdf', Buffer.concat([PDF, Buffer.alloc(deck.maxBytes)]), deck);
    expect(big.ok).toBe(false);
    if (!big.ok) expect([big.error.code, big.error.params]).toEqual(['document.too_large', { maxMb: 20, sizeMb: 20.1 }]);
  });
});
