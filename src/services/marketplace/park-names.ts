// Park names for server-written sentences (match reasons, rule requirements, advice): every park,
// a small table read once per page shown.
import { listParks } from '../../db/repositories/parks.ts';
import type { Executor } from '../../db/client.ts';
import { parkNames, type CodeNames } from '../../domain/marketplace/code-names.ts';

export async function loadParkNames(db: Executor): Promise<CodeNames> {
  return parkNames(await listParks(db, {}));
}
