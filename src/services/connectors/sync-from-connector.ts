// Pulls what a public-data connector knows of enterprises into their profiles, in one
// transaction, as idempotent upserts with source "connector".
import type { Tx } from '../../db/client.ts';
import { analyzeNamedAfterBulkWrite, PROFILE_TABLE_NAMES } from '../../db/repositories/bulk.ts';
import { findEnterprisesByCreditCodes, updateEnterprise, type EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { mergeSocialInsuranceHeadcount, upsertIp, upsertTaxGrades } from '../../db/repositories/profile.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { validateCodes } from '../shared/validate-codes.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { refreshCompleteness } from '../profile/completeness.ts';
import type { PublicDataConnector } from './connector.ts';

export interface SyncResult {
  enterprises: number;
  unknown: string[];
  changed: { registration: number; taxGrades: number; socialInsurance: number; ip: number };
}

export async function syncFromConnector(ctx: ServiceContext, connector: PublicDataConnector, creditCodes: string[]): Promise<SyncResult> {
  authorize(ctx.actor, 'import.run');
  const found = await findEnterprisesByCreditCodes(ctx.database.db, creditCodes);
  const parks = administeredParks(ctx.actor);
  const inScope = found.filter((e) => parks === 'all' || parks.includes(e.parkId));
  const known = new Set(found.map((e) => e.creditCode));
  const day = todayOf(ctx);
  const changed = { registration: 0, taxGrades: 0, socialInsurance: 0, ip: 0 };
  await mutate(ctx, async (tx) => {
    for (const e of inScope) await syncOne(tx, connector, e, day, ctx, changed);
    const written = changed.registration + changed.taxGrades + changed.socialInsurance + changed.ip;
    await analyzeNamedAfterBulkWrite(tx, written, ['enterprises', ...PROFILE_TABLE_NAMES]);
    await refreshCompleteness(tx, inScope.map((e) => e.organisationId), day);
    return { result: null, audit: { action: 'connector.sync', targetType: 'connector', targetId: connector.name, details: { enterprises: inScope.length, changed } } };
  });
  return { enterprises: inScope.length, unknown: creditCodes.filter((c) => !known.has(c)), changed };
}

async function syncOne(tx: Tx, connector: PublicDataConnector, e: EnterpriseWithPark, day: string, ctx: ServiceContext, changed: SyncResult['changed']) {
  const own = { parkId: e.parkId, enterpriseId: e.organisationId, source: 'connector' as const, sourceDate: day, updatedBy: ctx.actor.userId, updatedAt: ctx.now() };
  const registration = await connector.registration(e.creditCode);
  if (registration) {
    validateCodes({ industryCode: registration.industryCode, regionCode: registration.regionCode });
    const differs = (Object.keys(registration) as (keyof typeof registration)[]).some((k) => registration[k] !== e[k]);
    if (differs) {
      await updateEnterprise(tx, e.organisationId, { ...registration, source: 'connector', sourceDate: day, updatedAt: ctx.now() });
      changed.registration++;
    }
  }
  changed.taxGrades += await upsertTaxGrades(tx, (await connector.taxGrades(e.creditCode)).map((g) => ({ ...g, ...own })));
  changed.ip += await upsertIp(tx, (await connector.intellectualProperty(e.creditCode)).map((i) => ({ ...i, ...own })));
  for (const month of await connector.socialInsurance(e.creditCode)) {
    // Social insurance knows one headcount: merge it into the month, keep the other figures.
    if (await mergeSocialInsuranceHeadcount(tx, { ...own, month: month.month, socialInsuranceHeadcount: month.headcount })) changed.socialInsurance++;
  }
}
