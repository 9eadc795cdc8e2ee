// Seeds the demo investors: the investor organisations the base institution list lacks, the
// individual angels (users without an organisation), and a profile with team and portfolio for
// every investor. Portfolio companies link to the demo enterprises they were drawn from.
import type { Tx } from '../../db/client.ts';
import { insertChunks } from '../../db/repositories/bulk.ts';
import { insertOrganisation } from '../../db/repositories/organisations.ts';
import { insertUser } from '../../db/repositories/users.ts';
import type { DemoData } from '../../domain/demo/index.ts';
import { generateDemoInvestors, type DemoInvestor } from '../../domain/demo/investors.ts';
import { newId } from '../shared/ids.ts';

export interface InvestorSeedIds {
  parks: Map<string, string>;
  institutions: Map<string, string>;
  enterprises: string[];
}

export interface SeededInvestors {
  investors: number;
  /** Institution key or angel key → investor profile id. */
  profiles: Map<string, string>;
}

export async function seedDemoInvestors(tx: Tx, data: DemoData, ids: InvestorSeedIds, options: { seed: number; today: string; now: Date; passwordHash: string }): Promise<SeededInvestors> {
  const generated = generateDemoInvestors(data, { seed: options.seed, today: options.today });
  const at = { createdAt: options.now, updatedAt: options.now };
  const organisations = new Map(ids.institutions);
  for (const o of generated.organisations) {
    const id = newId();
    await insertOrganisation(tx, { id, type: o.type, name: o.name, nameEn: o.nameEn, creditCode: o.creditCode, regionCode: o.regionCode, ...at });
    organisations.set(o.key, id);
  }
  const profiles = new Map<string, string>();
  const rows = [];
  for (const investor of generated.investors) {
    const owner = investor.angel ? await insertAngel(tx, investor, options) : null;
    const id = newId();
    profiles.set(investor.key, id);
    rows.push({
      id,
      kind: investor.kind,
      organisationId: investor.institutionKey ? organisations.get(investor.institutionKey)! : null,
      ownerUserId: owner,
      displayName: investor.angel?.name ?? null,
      thesis: investor.thesis,
      stages: investor.stages,
      industryCodes: investor.industryCodes,
      regionCodes: investor.regionCodes,
      parkIds: investor.parkCodes.map((code) => ids.parks.get(code)!),
      ticketMinFen: investor.ticketMinFen,
      ticketMaxFen: investor.ticketMaxFen,
      fundSizeFen: investor.fundSizeFen,
      managerRegistrationNo: investor.managerRegistrationNo,
      fundRecordCodes: investor.fundRecordCodes,
      website: null,
      ...at,
    });
  }
  await insertChunks(tx, 'investorProfiles', rows);
  await insertChunks(tx, 'investorTeamMembers', generated.investors.flatMap((inv) => inv.team.map((m, position) => ({ id: newId(), investorId: profiles.get(inv.key)!, position, ...m }))));
  await insertChunks(
    tx,
    'investorPortfolioCompanies',
    generated.investors.flatMap((inv) =>
      inv.portfolio.map((c, position) => {
        const enterprise = data.enterprises[c.enterpriseIndex]!;
        return { id: newId(), investorId: profiles.get(inv.key)!, position, enterpriseId: ids.enterprises[c.enterpriseIndex]!, companyName: enterprise.name, industryCode: enterprise.industryCode, round: c.round, investedOn: c.investedOn, amountFen: c.amountFen };
      }),
    ),
  );
  return { investors: rows.length, profiles };
}

/** An individual angel is a user of their own; with the demo accounts they sign in with the demo password. */
async function insertAngel(tx: Tx, investor: DemoInvestor, options: { now: Date; passwordHash: string }): Promise<string> {
  const angel = investor.angel!;
  const user = await insertUser(tx, { id: newId(), email: angel.email, passwordHash: options.passwordHash, displayName: angel.name, createdAt: options.now, updatedAt: options.now });
  return user.id;
}
