// What an uploaded document is, told by its bytes and never by the name or the declared type: a
// PDF, PNG or JPEG under the cap, whose name (when it has an extension) says the same type.
import { DOCUMENT_EXTENSIONS, DOCUMENT_MEDIA_TYPES, extensionOf, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB, type DocumentMediaType } from '../../../shared/documents.ts';
import { fail, type DomainError } from '../shared/errors.ts';

export { MAX_DOCUMENT_BYTES, type DocumentMediaType };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** What the first bytes say a file is: PDF, PNG or JPEG, else null. */
export function sniffDocument(bytes: Uint8Array): DocumentMediaType | null {
  const starts = (sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts(PDF)) return 'application/pdf';
  if (starts(PNG)) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

const mb = (bytes: number) => Math.ceil((bytes / (1024 * 1024)) * 10) / 10;

/** Which documents a use takes: the types (by their bytes) and the size cap. Proofs take PDF, PNG and JPEG up to 2 MiB. */
export interface DocumentRule {
  types: readonly DocumentMediaType[];
  maxBytes: number;
}
export const PROOF_DOCUMENTS: DocumentRule = { types: DOCUMENT_MEDIA_TYPES, maxBytes: MAX_DOCUMENT_BYTES };

const TYPE_NAMES: Record<DocumentMediaType, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/** The document's type, or the refusal: too large (the limit in MB), not one of the rule's types by its bytes, or named as another type. */
export function checkDocument(name: string, bytes: Uint8Array, rule: DocumentRule = PROOF_DOCUMENTS): { ok: true; mediaType: DocumentMediaType } | { ok: false; error: DomainError } {
  const { maxBytes } = rule;
  if (bytes.length > maxBytes) return { ok: false, error: fail('document.too_large', { maxMb: maxBytes === MAX_DOCUMENT_BYTES ? MAX_DOCUMENT_MB : mb(maxBytes), sizeMb: mb(bytes.length) }) };
  const mediaType = sniffDocument(bytes);
  if (!mediaType || !rule.types.includes(mediaType)) return { ok: false, error: fail('document.type_not_allowed', { types: rule.types.map((t) => TYPE_NAMES[t]) }) };
  const extension = extensionOf(name);
  if (extension !== null && !DOCUMENT_EXTENSIONS[mediaType].includes(extension)) {
    return { ok: false, error: fail('document.extension_mismatch', { extension, detected: DOCUMENT_EXTENSIONS[mediaType][0]!.toUpperCase() }) };
  }
  return { ok: true, mediaType };
}

export const isDocumentMediaType = (v: string): v is DocumentMediaType => (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(v);
