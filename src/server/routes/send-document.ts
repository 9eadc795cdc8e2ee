// Sending an uploaded document (a claim's proof, a pool claim's papers): as an attachment under its
// own name, with the type its bytes were told to be, never sniffed again by the browser.
import type { FastifyReply } from 'fastify';
import { DOCUMENT_EXTENSIONS, extensionOf, type DocumentMediaType } from '../../../shared/documents.ts';

/** The download's name: the uploaded one, given the type's extension when it has none; ASCII fallback plus RFC 5987 UTF-8. */
function disposition(name: string, mediaType: DocumentMediaType): string {
  const full = extensionOf(name) ? name : `${name}.${DOCUMENT_EXTENSIONS[mediaType][0]}`;
  const ascii = full.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}

export function sendDocument(reply: FastifyReply, doc: { name: string; mediaType: DocumentMediaType; sha256: string; content: Buffer | Uint8Array }) {
  return reply.type(doc.mediaType).header('content-disposition', disposition(doc.name, doc.mediaType)).header('x-content-type-options', 'nosniff').header('x-document-sha256', doc.sha256).send(doc.content);
}
