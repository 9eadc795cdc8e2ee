import { fenToJson, iso } from '../common.ts';

const OWNER_KEYS = new Set(['parkId', 'enterpriseId']);

/** A profile row for JSON: fen as integer numbers, timestamps as ISO strings, owner keys dropped. */
export function presentRow(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (OWNER_KEYS.has(key)) continue;
    out[key] = typeof value === 'bigint' ? fenToJson(value) : value instanceof Date ? iso(value) : value;
  }
  return out;
}
