import type { PageRequest } from '../../db/paging.ts';
import { listImports as selectImports } from '../../db/repositories/imports.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { ServiceContext } from '../shared/context.ts';

export async function listImports(ctx: ServiceContext, page: PageRequest) {
  authorize(ctx.actor, 'import.run');
  return selectImports(ctx.database.db, administeredParks(ctx.actor), page);
}
