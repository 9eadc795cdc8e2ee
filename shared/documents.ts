// Documents people upload as proof (subsidy claims, pool claims): the types taken, told by their
// first bytes, the size cap, and the name extensions each type goes by. Both sides read these: the
// server refuses, the web checks before sending.

export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** The largest document taken: 2 MiB. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
export const MAX_DOCUMENT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);

/** The name extensions of each type (lower case, without the dot). */
export const DOCUMENT_EXTENSIONS: Record<DocumentMediaType, readonly string[]> = { 'application/pdf': ['pdf'], 'image/png': ['png'], 'image/jpeg': ['jpg', 'jpeg'] };

/** The extension a file name ends with (lower case), or null when it has none. */
export function extensionOf(name: string): string | null {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return m ? m[1]!.toLowerCase() : null;
}
