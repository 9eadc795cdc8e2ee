// Saving, publishing and reading subsidy programmes. A save is validated with field paths (shape,
// contradictory rules, caps above budget, an exclusive programme overlapping another one); a new
// version of a published programme may not start before today (no retroactive rule change), and
// the version in force on a loan's date decides its claim.
import { findPark, findParkByCode } from '../../db/repositories/parks.ts';
import { insertProgramme, listProgrammeVersions, publishedOfKind, updateProgramme, versionsOf, type ProgrammeListed, type ProgrammeRow } from '../../db/repositories/programmes.ts';
import { managesProgramme, programmeParkScope } from '../../domain/access/policy-access.ts';
import { authorize, mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import { administeredParks, isOperator } from '../../domain/access/actor.ts';
import { overlapIssues } from '../../domain/policy/overlap.ts';
import { validateProgramme, type Programme } from '../../domain/policy/programme.ts';
import { fail, invalidFields, type FieldProblem } from '../../domain/shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';

/** A stored programme version as the domain reads it (the body was validated when it was saved). */
export function programmeOf(row: ProgrammeRow): Programme {
  const checked = validateProgramme(row.body);
  if (!checked.ok) throw new Error(`stored programme ${row.code} v${row.version} no longer validates: ${checked.issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
  return checked.programme;
}

/** The body as JSON: fen as numbers (exact: the schema caps them at 10^15). */
export const programmeJson = (p: Programme): Record<string, unknown> => JSON.parse(JSON.stringify(p, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))) as Record<string, unknown>;

export interface SaveProgrammeInput {
  /** The programme as the domain defines it (src/domain/policy/programme.ts); `version` may be left out (the next one). */
  programme: Record<string, unknown>;
  nameZh: string;
  nameEn: string;
  /** draft (the simulator's, published later) or published (in force). */
  status: 'draft' | 'published';
}

/** Every programme in the actor's view, each with all its versions (newest first). */
export async function listProgrammes(ctx: ServiceContext): Promise<ProgrammeListed[]> {
  const attempt = mayAttempt(ctx.actor, 'programme.read');
  if (!attempt.allowed) throw refusalOf(attempt);
  const rows = await listProgrammeVersions(ctx.database.db, { parkIds: programmeParkScope(ctx.actor) });
  // Others see only what is published; drafts are their park's.
  return rows.filter((r) => r.status === 'published' || mayManage(ctx, r.parkId));
}

const mayManage = (ctx: ServiceContext, parkId: string | null) => managesProgramme(ctx.actor, parkId);

/** One programme's versions, newest first; not found when the actor may not see any of them. */
export async function readProgramme(ctx: ServiceContext, code: string): Promise<ProgrammeListed[]> {
  const attempt = mayAttempt(ctx.actor, 'programme.read');
  if (!attempt.allowed) throw refusalOf(attempt);
  const visible = (await versionsOf(ctx.database.db, code)).filter((r) => r.status === 'published' || mayManage(ctx, r.parkId));
  if (!visible.length) throw fail('programme.not_found', { id: code });
  return visible;
}

export async function saveProgramme(ctx: ServiceContext, input: SaveProgrammeInput): Promise<ProgrammeListed> {
  const db = ctx.database.db;
  const code = typeof input.programme.id === 'string' ? input.programme.id : '';
  const existing = code ? await versionsOf(db, code) : [];
  const ownerPark = await ownerParkOf(ctx, input.programme.ownerPark, existing[0]);
  const version = typeof input.programme.version === 'number' ? input.programme.version : (existing[0]?.version ?? 0) + 1;
  const draft = existing.find((r) => r.status === 'draft');
  const checked = validateProgramme({ ...input.programme, version: draft && input.programme.version === undefined ? draft.version : version, ownerPark: ownerPark?.code ?? null });
  if (!checked.ok) throw invalidFields(checked.issues.map(asField));
  const programme = checked.programme;
  if (existing[0] && existing[0].kind !== programme.kind) throw invalidFields([{ field: 'kind', ...fieldOf(fail('programme.kind_changed', { id: programme.id, kind: existing[0].kind })) }]);
  const published = existing.filter((r) => r.status === 'published');
  if (input.status === 'published') {
    const others = (await publishedOfKind(db, programme.kind)).filter((r) => r.code !== programme.id).map(programmeOf);
    const overlaps = overlapIssues(programme, others);
    if (overlaps.length) throw invalidFields(overlaps.map(asField));
    const today = todayOf(ctx);
    if (published.length && programme.validFrom < today) throw invalidFields([{ field: 'validFrom', ...fieldOf(fail('programme.retroactive_change', { validFrom: programme.validFrom, today })) }]);
  }
  if (published.some((r) => r.version >= programme.version)) throw invalidFields([{ field: 'version', ...fieldOf(fail('unique.programme_version_once')) }]);
  return mutate(ctx, async (tx) => {
    const values = {
      kind: programme.kind,
      parkId: ownerPark?.id ?? null,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      status: input.status,
      validFrom: programme.validFrom,
      validTo: programme.validTo,
      budgetFen: programme.caps.budgetFen,
      body: programmeJson(programme),
      publishedAt: input.status === 'published' ? ctx.now() : null,
    };
    // A draft is edited in place until it is published; a published version is never changed.
    const row = draft && draft.version === programme.version ? await updateProgramme(tx, draft.id, values) : await insertProgramme(tx, { id: newId(), code: programme.id, version: programme.version, createdBy: ctx.actor.userId, createdAt: ctx.now(), ...values });
    const listed: ProgrammeListed = { ...row!, parkCode: ownerPark?.code ?? null, parkName: ownerPark?.name ?? null, parkNameEn: ownerPark?.nameEn ?? null };
    return { result: listed, audit: { action: input.status === 'published' ? 'programme.published' : 'programme.saved', targetType: 'programme', targetId: row!.id, parkId: ownerPark?.id ?? null, details: { code: programme.id, version: programme.version, kind: programme.kind } } };
  });
}

const fieldOf = (e: { code: FieldProblem['code']; params: FieldProblem['params']; message: string }) => ({ code: e.code, params: e.params, message: e.message });
export const asField = (i: { path: string; code: FieldProblem['code']; params: FieldProblem['params']; message: string }): FieldProblem => ({ field: i.path, code: i.code, params: i.params, message: i.message });

/** The park that owns the programme: the one named, else the earlier version's, else the administrator's only park; null for city-wide (operator only). */
async function ownerParkOf(ctx: ServiceContext, named: unknown, earlier: ProgrammeListed | undefined) {
  const db = ctx.database.db;
  const parks = administeredParks(ctx.actor);
  let code: string | null;
  if (typeof named === 'string') code = named;
  else if (named === null) code = null;
  else if (earlier) code = earlier.parkCode;
  else code = !isOperator(ctx.actor) && parks !== 'all' && parks.length === 1 ? ((await findPark(db, parks[0]!))?.code ?? null) : null;
  if (earlier && earlier.parkCode !== code) throw invalidFields([{ field: 'id', ...fieldOf(fail('programme.id_taken', { id: earlier.code })) }]);
  if (code === null) {
    if (!isOperator(ctx.actor)) throw invalidFields([{ field: 'ownerPark', ...fieldOf(fail('programme.city_wide_operator_only')) }]);
    return null;
  }
  const park = await findParkByCode(db, code);
  if (!park) throw invalidFields([{ field: 'ownerPark', ...fieldOf(fail('programme.park_not_yours', { park: code })) }]);
  authorize(ctx.actor, 'programme.manage', { parkId: park.id });
  return park;
}

/** Publishes the programme's draft (the simulator's draft becomes the version in force). */
export async function publishProgramme(ctx: ServiceContext, code: string): Promise<ProgrammeListed> {
  const versions = await versionsOf(ctx.database.db, code);
  if (!versions.length || !versions.some((r) => r.status === 'published' || managesProgramme(ctx.actor, r.parkId))) throw fail('programme.not_found', { id: code });
  const draft = versions.find((r) => r.status === 'draft');
  if (!draft) throw fail('programme.no_draft', { id: code });
  return saveProgramme(ctx, { programme: draft.body as Record<string, unknown>, nameZh: draft.nameZh, nameEn: draft.nameEn, status: 'published' });
}
