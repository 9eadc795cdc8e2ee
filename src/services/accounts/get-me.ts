import { findOrganisation, type OrganisationRow } from '../../db/repositories/organisations.ts';
import { listParks, type ParkRow } from '../../db/repositories/parks.ts';
import type { UserRow } from '../../db/repositories/users.ts';
import { administeredParks, isOperator, type Role } from '../../domain/access/actor.ts';
import type { ServiceContext } from '../shared/context.ts';

export interface Me {
  user: UserRow;
  roles: Role[];
  organisation: OrganisationRow | null;
  parkScope: { all: boolean; parks: ParkRow[] };
}

export async function getMe(ctx: ServiceContext, user: UserRow): Promise<Me> {
  const { actor } = ctx;
  const db = ctx.database.db;
  const roles = [...new Set(actor.memberships.map((m) => m.role))];
  const primary = actor.memberships[0];
  const organisation = primary ? ((await findOrganisation(db, primary.organisationId)) ?? null) : null;
  const administered = administeredParks(actor);
  const scopeIds =
    administered === 'all'
      ? undefined
      : [...new Set([...administered, ...actor.memberships.filter((m) => m.role === 'enterprise_user' && m.parkId).map((m) => m.parkId!)])];
  const parks = await listParks(db, { ids: scopeIds });
  return { user, roles, organisation, parkScope: { all: isOperator(actor), parks } };
}
