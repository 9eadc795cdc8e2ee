import { randomBytes } from 'node:crypto';

/** UUID version 7: time-ordered, so new rows land at the end of their indexes. */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `count` UUIDs version 7 for one instant from one read of random bytes (a run creates tens of thousands). */
export function newIds(count: number, now: number = Date.now()): string[] {
  const random = randomBytes(16 * count);
  const out: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const bytes = random.subarray(16 * i, 16 * i + 16);
    bytes.writeUIntBE(now, 0, 6);
    bytes[6] = (bytes[6]! & 0x0f) | 0x70;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    out[i] = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return out;
}
