export interface Utf8Scan {
  /** Index of the first byte that cannot be UTF-8, or -1. */
  invalidAt: number;
  /** Where a multi-byte sequence cut off by the end of the buffer starts (buffer length if none). */
  completeEnd: number;
}

/**
 * Finds the first invalid UTF-8 byte exactly. TextDecoder's fatal mode only says "somewhere in this
 * chunk", and the CSV reader needs the exact place to decide between GBK and a mixed file and to
 * name the row.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) return { invalidAt: i, completeEnd: i };
    for (let k = 1; k < length; k += 1) {
      if (i + k >= bytes.length) return { invalidAt: -1, completeEnd: i };
      if (!isContinuation(lead, k, bytes[i + k]!)) return { invalidAt: i, completeEnd: i };
    }
    i += length;
  }
  return { invalidAt: -1, completeEnd: bytes.length };
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The second byte's range is narrower after some leads: that is what rules out overlong forms and surrogates. */
function isContinuation(lead: number, position: number, byte: number): boolean {
  if (position === 1) {
    if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
    if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
    if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
    if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  }
  return byte >= 0x80 && byte <= 0xbf;
}
