// A stored profile snapshot back into the domain's profile: the snapshot JSON keeps bigints exact
// as { "$fen": "123" } (see snapshotJson in the rating service).
import type { EnterpriseProfile } from '../profile/types.ts';

const isFen = (v: unknown): v is { $fen: string } =>
  typeof v === 'object' && v !== null && Object.keys(v).length === 1 && typeof (v as { $fen?: unknown }).$fen === 'string';

function revive(value: unknown): unknown {
  if (isFen(value)) return BigInt(value.$fen);
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
}

export const profileFromSnapshot = (json: unknown) => revive(json) as EnterpriseProfile;
