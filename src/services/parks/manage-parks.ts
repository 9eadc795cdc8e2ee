import { isUniqueViolation } from '../../db/errors.ts';
import { insertOrganisation } from '../../db/repositories/organisations.ts';
import { findPark, insertPark, listParks as selectParks, updatePark as savePark } from '../../db/repositories/parks.ts';
import { administeredParks, hasRole } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { fail, problem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { validateCodes } from '../shared/validate-codes.ts';

/** Operators see every park, park administrators theirs, everyone else the active ones. */
export async function listParks(ctx: ServiceContext) {
  authorize(ctx.actor, 'park.list');
  const administered = administeredParks(ctx.actor);
  if (administered === 'all') return selectParks(ctx.database.db, {});
  if (hasRole(ctx.actor, 'park_admin') && !ctx.actor.memberships.some((m) => m.role !== 'park_admin')) {
    return selectParks(ctx.database.db, { ids: administered });
  }
  return selectParks(ctx.database.db, { activeOnly: true });
}

export interface ParkInput {
  code: string;
  name: string;
  nameEn: string;
  regionCode: string;
}

/** A park comes with its operator organisation, through which its administrators are members. */
export async function createPark(ctx: ServiceContext, input: ParkInput) {
  authorize(ctx.actor, 'park.create');
  validateCodes({ regionCode: input.regionCode });
  try {
    return await mutate(ctx, async (tx) => {
      const now = ctx.now();
      const park = await insertPark(tx, { id: newId(), ...input, createdAt: now, updatedAt: now });
      await insertOrganisation(tx, {
        id: newId(),
        type: 'park_operator',
        name: `${input.name}管理委员会`,
        nameEn: `${input.nameEn} Administration`,
        parkId: park.id,
        regionCode: input.regionCode,
        createdAt: now,
        updatedAt: now,
      });
      return {
        result: { ...park, enterpriseCount: 0 },
        audit: { action: 'park.create', targetType: 'park', targetId: park.id, parkId: park.id, details: { code: input.code } },
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw fail('park.code_taken', { code: input.code }, { fields: [problem('code', 'park.code_taken', { code: input.code })] });
    throw err;
  }
}

export async function updatePark(ctx: ServiceContext, id: string, changes: Partial<Omit<ParkInput, 'code'>> & { status?: 'active' | 'deactivated' }) {
  authorize(ctx.actor, 'park.update');
  validateCodes({ regionCode: changes.regionCode });
  return mutate(ctx, async (tx) => {
    if (!(await findPark(tx, id))) throw fail('park.not_found');
    const park = (await savePark(tx, id, { ...changes, updatedAt: ctx.now() }))!;
    const [withCount] = await selectParks(tx, { ids: [id] });
    const action = changes.status === 'deactivated' ? 'park.deactivate' : 'park.update';
    return { result: withCount!, audit: { action, targetType: 'park', targetId: park.id, parkId: park.id, details: { fields: Object.keys(changes) } } };
  });
}
