// One place that takes an uploaded document for any claim: checked by the pure rule (size, type by
// its bytes, a name that says the same type), then hashed; a refusal throws before anything is written.
import { createHash } from 'node:crypto';
import { checkDocument, type DocumentMediaType, type DocumentRule } from '../../domain/documents/sniff.ts';

export interface AcceptedDocument {
  mediaType: DocumentMediaType;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

/** The document under the rule (proofs' by default: PDF, PNG or JPEG up to 2 MiB), or its refusal thrown. */
export function acceptDocument(name: string, content: Buffer, rule?: DocumentRule): AcceptedDocument {
  const checked = checkDocument(name, content, rule);
  if (!checked.ok) throw checked.error;
  return { mediaType: checked.mediaType, sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), content };
}
