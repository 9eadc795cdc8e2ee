// Exports one data kind with exactly the import template's columns, so the file re-imports
// without a change. Streams enterprises in keyset pages; nothing is held whole.
import { pageEnterprisesByCreditCode } from '../../db/repositories/imports.ts';
import { findParkByCode } from '../../db/repositories/parks.ts';
import { loadProfilesRows } from '../../db/repositories/profile.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { templateHeader, toCells, type ImportKind } from '../../domain/profile/import-kinds.ts';
import { fail } from '../../domain/shared/errors.ts';
import { writeSpreadsheet, type Cell } from '../../lib/spreadsheet/index.ts';
import type { ServiceContext } from '../shared/context.ts';

const PAGE = 500;

export async function exportKind(ctx: ServiceContext, kind: ImportKind, filePath: string, parkCode?: string): Promise<{ rows: number }> {
  let parkIds = administeredParks(ctx.actor);
  if (parkCode) {
    const park = await findParkByCode(ctx.database.db, parkCode);
    if (!park) throw fail('park.code_not_found', { code: parkCode });
    parkIds = [park.id];
  }
  authorize(ctx.actor, 'import.run', { parkId: parkIds === 'all' ? undefined : parkIds[0] });
  if (parkIds !== 'all') for (const parkId of parkIds) authorize(ctx.actor, 'import.run', { parkId });
  return writeSpreadsheet(filePath, templateHeader(kind), cellsOf(ctx, kind, parkIds));
}

async function* cellsOf(ctx: ServiceContext, kind: ImportKind, parkIds: 'all' | string[]): AsyncGenerator<Cell[]> {
  let after = '';
  for (;;) {
    const page = await pageEnterprisesByCreditCode(ctx.database.db, parkIds, after, PAGE);
    if (!page.length) return;
    after = page.at(-1)!.creditCode;
    if (kind === 'profiles') {
      for (const e of page) yield toCells(kind, { ...e, creditCode: e.creditCode } as never);
      continue;
    }
    const rows = await loadProfilesRows(ctx.database.db, page.map((e) => e.organisationId));
    for (const e of page) {
      const profile = rows.get(e.organisationId)!;
      const items = kind === 'financials' ? [...profile.financials].reverse() : kind === 'staff' ? [...profile.people].reverse() : profile.ip;
      for (const item of items) yield toCells(kind, { ...item, creditCode: e.creditCode } as never);
    }
  }
}
