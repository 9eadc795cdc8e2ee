// Writing validated spreadsheet rows, kind by kind, as idempotent upserts keyed by credit code
// (and year, month or IP number). Rows arrive in batches inside the import's one transaction.
import type { Tx } from '../../db/client.ts';
import type { EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { insertImportedEnterprises, updateImportedRegistration, type NewEnterprise } from '../../db/repositories/imports.ts';
import { upsertFinancials, upsertIp, upsertPeople } from '../../db/repositories/profile.ts';
import type { ImportKind } from '../../domain/profile/import-kinds.ts';
import { newId } from '../shared/ids.ts';

export type TypedRow = Record<string, unknown> & { creditCode: string };

export interface WriteContext {
  tx: Tx;
  byCode: Map<string, EnterpriseWithPark>;
  /** Park for enterprises a profiles import creates. */
  newEnterprisePark: string | null;
  userId: string | null;
  today: string;
  now: Date;
}

/** Writes one batch; returns the ids of the enterprises it touched and how many rows changed. */
export async function writeBatch(kind: ImportKind, rows: TypedRow[], w: WriteContext): Promise<{ touched: string[]; changed: number }> {
  if (kind === 'profiles') return writeProfiles(rows, w);
  const provenance = (r: TypedRow) => {
    const e = w.byCode.get(r.creditCode)!;
    return { parkId: e.parkId, enterpriseId: e.organisationId, source: 'import' as const, sourceDate: w.today, updatedBy: w.userId, updatedAt: w.now };
  };
  const strip = ({ creditCode: _c, ...rest }: TypedRow) => rest;
  const values = rows.map((r) => ({ ...strip(r), ...provenance(r) }));
  const changed =
    kind === 'financials'
      ? await upsertFinancials(w.tx, values as never[])
      : kind === 'staff'
        ? await upsertPeople(w.tx, values as never[])
        : await upsertIp(w.tx, values as never[]);
  return { touched: [...new Set(values.map((v) => v.enterpriseId))], changed };
}

const REGISTRATION_FIELDS = ['name', 'legalRepresentative', 'foundedOn', 'registeredCapitalFen', 'regionCode', 'industryCode', 'address', 'admittedOn', 'employees'] as const;

async function writeProfiles(rows: TypedRow[], w: WriteContext) {
  const touched: string[] = [];
  let changed = 0;
  const fresh = rows.filter((r) => !w.byCode.has(r.creditCode));
  if (fresh.length) {
    const orgs = fresh.map((r) => ({
      id: newId(w.now.getTime()),
      type: 'enterprise' as const,
      name: String(r.name),
      creditCode: r.creditCode,
      parkId: w.newEnterprisePark!,
      regionCode: String(r.regionCode),
      createdAt: w.now,
      updatedAt: w.now,
    }));
    await insertImportedEnterprises(
      w.tx,
      orgs,
      fresh.map((r, i) => ({
        ...pick(r),
        organisationId: orgs[i]!.id,
        parkId: w.newEnterprisePark!,
        creditCode: r.creditCode,
        source: 'import' as const,
        sourceDate: w.today,
        updatedBy: w.userId,
        createdAt: w.now,
        updatedAt: w.now,
      })) as NewEnterprise[],
    );
    touched.push(...orgs.map((o) => o.id));
    changed += fresh.length;
  }
  for (const r of rows.filter((row) => w.byCode.has(row.creditCode))) {
    const existing = w.byCode.get(r.creditCode)!;
    const changes = pick(r);
    const differs = REGISTRATION_FIELDS.some((f) => changes[f] !== (existing as unknown as Record<string, unknown>)[f]);
    if (!differs) continue; // re-importing the same file changes nothing
    await updateImportedRegistration(
      w.tx,
      existing.organisationId,
      { ...changes, source: 'import', sourceDate: w.today, updatedBy: w.userId, updatedAt: w.now } as Partial<NewEnterprise>,
      { name: String(r.name), regionCode: String(r.regionCode), updatedAt: w.now },
    );
    touched.push(existing.organisationId);
    changed++;
  }
  return { touched, changed };
}

function pick(r: TypedRow): Record<(typeof REGISTRATION_FIELDS)[number], unknown> {
  return Object.fromEntries(REGISTRATION_FIELDS.map((f) => [f, r[f] ?? null])) as Record<(typeof REGISTRATION_FIELDS)[number], unknown>;
}
