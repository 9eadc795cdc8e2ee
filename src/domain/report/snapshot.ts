// A profile snapshot as stored JSON and back: the JSON keeps bigints exact as { "$fen": "123" }.
import type { EnterpriseProfile } from '../profile/types.ts';

const isFen = (v: unknown): v is { $fen: string } =>
  typeof v === 'object' && v !== null && Object.keys(v).length === 1 && typeof (v as { $fen?: unknown }).$fen === 'string';

function revive(value: unknown): unknown {
  if (isFen(value)) return BigInt(value.$fen);
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
}

/** JSON with bigints kept exact (as decimal strings tagged "$fen"). */
export const snapshotJson = (value: unknown) => JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? { $fen: v.toString() } : v)));

/** The profile a snapshot froze, bigints restored. */
export const profileFromSnapshot = (json: unknown) => revive(json) as EnterpriseProfile;
