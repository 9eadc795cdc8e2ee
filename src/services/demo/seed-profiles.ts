// Demo profiles (statements, people, IP, qualifications, compliance, financing) for the seeded
// enterprises, generated deterministically and written in bulk.
import type { Tx } from '../../db/client.ts';
import { insertChunks, type BulkRow } from '../../db/repositories/bulk.ts';
import type { DemoProfile } from '../../domain/demo/profiles.ts';

interface Seeded {
  profile: DemoProfile;
  organisationId: string;
  parkId: string;
}

/** Writes generated profiles; the caller stores their completeness with the enterprises. */
export async function seedDemoProfiles(tx: Tx, seeded: Seeded[], options: { today: string }): Promise<void> {
  const tables = {
    financials: [] as BulkRow<'financialStatements'>[],
    people: [] as BulkRow<'peopleMonths'>[],
    ip: [] as BulkRow<'ipItems'>[],
    qualifications: [] as BulkRow<'qualifications'>[],
    taxGrades: [] as BulkRow<'taxGrades'>[],
    complianceEvents: [] as BulkRow<'complianceEvents'>[],
    equityRounds: [] as BulkRow<'equityRounds'>[],
    loans: [] as BulkRow<'existingLoans'>[],
  };
  for (const { profile: p, organisationId, parkId } of seeded) {
    const own = { parkId, enterpriseId: organisationId, source: 'demo' as const, sourceDate: options.today, updatedBy: null };
    tables.financials.push(...p.financials.map((r) => ({ ...r, ...own })));
    tables.people.push(...p.people.map((r) => ({ ...r, ...own })));
    tables.ip.push(...p.ip.map((r) => ({ ...r, ...own })));
    tables.qualifications.push(...p.qualifications.map((r) => ({ ...r, ...own })));
    tables.taxGrades.push(...p.taxGrades.map((r) => ({ ...r, ...own })));
    tables.complianceEvents.push(...p.complianceEvents.map((r) => ({ ...r, ...own })));
    tables.equityRounds.push(...p.equityRounds.map((r) => ({ ...r, ...own })));
    tables.loans.push(...p.loans.map((r) => ({ ...r, ...own })));
  }
  await insertChunks(tx, 'financialStatements', tables.financials);
  await insertChunks(tx, 'peopleMonths', tables.people);
  await insertChunks(tx, 'ipItems', tables.ip);
  await insertChunks(tx, 'qualifications', tables.qualifications);
  await insertChunks(tx, 'taxGrades', tables.taxGrades);
  await insertChunks(tx, 'complianceEvents', tables.complianceEvents);
  await insertChunks(tx, 'equityRounds', tables.equityRounds);
  await insertChunks(tx, 'existingLoans', tables.loans);
}

