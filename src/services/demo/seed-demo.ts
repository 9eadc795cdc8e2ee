// Fills an empty database with the deterministic demo data set and, in demo mode, the demo accounts.
import { seedDemoAccountFlows } from './seed-accounts.ts';
import type { Database, Tx } from '../../db/client.ts';
import { insertEnterprises, type NewEnterprise } from '../../db/repositories/enterprises.ts';
import { analyzeNamedTables, insertChunks, PROFILE_TABLE_NAMES } from '../../db/repositories/bulk.ts';
import { countOrganisations, insertOrganisation } from '../../db/repositories/organisations.ts';
import { insertPark } from '../../db/repositories/parks.ts';
import { insertMembership, insertUser } from '../../db/repositories/users.ts';
import type { Role } from '../../domain/access/actor.ts';
import { DEMO_BANK, demoRegistration, generateDemoData, generateDemoMarketplace, generateDemoProfile, type DemoData, type DemoProfile } from '../../domain/demo/index.ts';
import { DEMO_INVESTOR_FUND } from '../../domain/demo/investors.ts';
import { dayOf } from '../../domain/demo/workflow-clock.ts';
import { assessCompleteness } from '../../domain/profile/completeness.ts';
import { fail } from '../../domain/shared/errors.ts';
import { recordAudit, systemContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { hashPassword } from '../shared/passwords.ts';
import { CalendarStore } from '../workflow/calendar-store.ts';
import { installBuiltInLprFixings } from '../workflow/lpr.ts';
import { MARKETPLACE_TABLES, seedDemoMarketplace, type SeededMarketplace } from './seed-marketplace.ts';
import { seedDemoFundraising } from './seed-fundraising.ts';
import { seedDemoInvestors } from './seed-investors.ts';
import { seedDemoProfiles } from './seed-profiles.ts';

export const DEMO_PASSWORD = 'kejin-demo';

export interface DemoAccount {
  email: string;
  role: Role;
  displayName: string;
}

export interface SeedResult {
  parks: number;
  institutions: number;
  enterprises: number;
  /** Products, needs and take-ups of the demo marketplace (seeded with the profiles). */
  marketplace: SeededMarketplace | null;
  accounts: DemoAccount[];
  /** The enterprise the demo enterprise account belongs to (the data set's first). */
  demoEnterpriseId: string;
}

export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  return (await countOrganisations(database.db)) === 0;
}

export async function seedDemo(
  database: Database,
  options: { seed: number; enterprises: number; now: Date; withAccounts: boolean; withProfiles?: boolean },
): Promise<SeedResult> {
  if (!(await isDatabaseEmpty(database))) {
    throw fail('demo.database_not_empty');
  }
  // The marketplace prices products on the loaded LPR fixings: the built-in history comes first.
  await installBuiltInLprFixings(database, new CalendarStore(), options.now);
  const today = dayOf(options.now);
  const data = generateDemoData({ seed: options.seed, enterprises: options.enterprises, today });
  const withProfiles = options.withProfiles !== false;
  const passwordHash = options.withAccounts ? await hashPassword(DEMO_PASSWORD) : '';
  return database.db.transaction(async (tx) => {
    const ids = await insertOrganisations(tx, data, options.now, withProfiles ? { seed: options.seed } : null);
    const users = options.withAccounts ? await insertDemoAccounts(tx, ids, passwordHash, options.now) : null;
    const accounts = users?.accounts ?? [];
    if (users) {
      const parks = data.parks.map((p) => ({ id: ids.parks.get(p.code)!, code: p.code, regionCode: p.regionCode }));
      await seedDemoAccountFlows(tx, {
        parks,
        passwordHash,
        enterpriseId: ids.firstEnterprise,
        admittedEnterprise: admittedByRegistration(data, ids),
        bankId: ids.institutions.get(DEMO_BANK)!,
        inviterId: users.marketplace.enterpriseUsers.get(0)!,
        bankInviterId: users.marketplace.officers.get(DEMO_BANK)!,
        parkAdmins: users.marketplace.parkAdmins,
        now: options.now,
      });
    }
    // The marketplace reads the enterprises' profiles (needs follow revenue and IP), so it comes with them.
    const marketplace = withProfiles
      ? await seedDemoMarketplace(tx, data, generateDemoMarketplace(data, { seed: options.seed, today }), { ...ids, ...users?.marketplace }, options.now)
      : null;
    const fundraisings = withProfiles ? await seedDemoFundraising(tx, data, ids, { seed: options.seed, today, now: options.now }) : 0;
    const investors = await seedDemoInvestors(tx, data, ids, { seed: options.seed, today, now: options.now, passwordHash });
    const ctx = systemContext({ database, now: () => options.now });
    await analyzeNamedTables(tx, ['organisations', 'enterprises', 'investorProfiles', 'investorPortfolioCompanies', ...PROFILE_TABLE_NAMES, ...(marketplace ? MARKETPLACE_TABLES : [])]);
    await recordAudit(tx, ctx, {
      action: 'demo.seed',
      targetType: 'platform',
      targetId: null,
      details: { seed: options.seed, enterprises: data.enterprises.length, accounts: accounts.length, products: marketplace?.products ?? 0, needs: marketplace?.needs ?? 0, fundraisings, investors: investors.investors },
    });
    return { parks: data.parks.length, institutions: data.institutions.length, enterprises: data.enterprises.length, marketplace, accounts, demoEnterpriseId: ids.firstEnterprise };
  });
}

/** The Zhangjiang enterprise (after the demo enterprise) whose account came by self-registration. */
function admittedByRegistration(data: DemoData, ids: SeededIds) {
  const index = data.enterprises.findIndex((e, i) => i > 0 && e.parkCode === 'zhangjiang');
  const e = data.enterprises[index];
  return e ? { ...e, id: ids.enterprises[index]! } : undefined;
}

interface SeededIds {
  platform: string;
  parks: Map<string, string>; // park code → id
  parkOperators: Map<string, string>; // park code → operator organisation id
  institutions: Map<string, string>; // institution key → id
  enterprises: string[]; // in the data set's order
  firstEnterprise: string;
}

async function insertOrganisations(tx: Tx, data: DemoData, now: Date, profiles: { seed: number } | null): Promise<SeededIds> {
  const at = { createdAt: now, updatedAt: now };
  const platform = newId();
  await insertOrganisation(tx, { id: platform, type: 'platform', name: '科金平台运营中心', nameEn: 'Kejin Platform Operations', ...at });
  const parkIds = new Map<string, string>();
  const parkOperators = new Map<string, string>();
  for (const p of data.parks) {
    const park = await insertPark(tx, { id: newId(), code: p.code, name: p.name, nameEn: p.nameEn, regionCode: p.regionCode, ...at });
    parkIds.set(p.code, park.id);
    const operator = newId();
    await insertOrganisation(tx, { id: operator, type: 'park_operator', name: `${p.name}管理委员会`, nameEn: `${p.nameEn} Administration`, parkId: park.id, regionCode: p.regionCode, ...at });
    parkOperators.set(p.code, operator);
  }
  const institutions = new Map<string, string>();
  for (const i of data.institutions) {
    const id = newId();
    await insertOrganisation(tx, { id, type: i.type, name: i.name, nameEn: i.nameEn, creditCode: i.creditCode, regionCode: i.regionCode, ...at });
    institutions.set(i.key, id);
  }
  const enterpriseIds = await insertDemoEnterprises(tx, data, parkIds, now, profiles);
  return { platform, parks: parkIds, parkOperators, institutions, enterprises: enterpriseIds, firstEnterprise: enterpriseIds[0]! };
}

async function insertDemoEnterprises(tx: Tx, data: DemoData, parkIds: Map<string, string>, now: Date, profiles: { seed: number } | null): Promise<string[]> {
  const ids: string[] = [];
  const CHUNK = 500; // keeps each statement well under the bind-parameter limit
  const today = dayOf(now);
  for (let start = 0; start < data.enterprises.length; start += CHUNK) {
    const chunk = data.enterprises.slice(start, start + CHUNK);
    // Completeness is assessed on the generated profiles in memory, not read back from the tables.
    const generated = profiles ? chunk.map((e) => generateDemoProfile(e, { seed: profiles.seed, today })) : null;
    const orgRows = chunk.map((e) => ({
      id: newId(),
      type: 'enterprise' as const,
      name: e.name,
      creditCode: e.creditCode,
      parkId: parkIds.get(e.parkCode)!,
      regionCode: e.regionCode,
      createdAt: now,
      updatedAt: now,
    }));
    await insertChunks(tx, 'organisations', orgRows);
    const rows: NewEnterprise[] = chunk.map((e, i) => ({
      organisationId: orgRows[i]!.id,
      parkId: orgRows[i]!.parkId,
      creditCode: e.creditCode,
      name: e.name,
      industryCode: e.industryCode,
      regionCode: e.regionCode,
      foundedOn: e.foundedOn,
      admittedOn: e.admittedOn,
      registeredCapitalFen: e.registeredCapitalFen,
      employees: e.employees,
      legalRepresentative: e.legalRepresentative,
      address: e.address,
      completeness: generated ? storedCompleteness(e, generated[i]!, today) : 0,
      createdAt: now,
      updatedAt: now,
    }));
    await insertEnterprises(tx, rows);
    ids.push(...orgRows.map((o) => o.id));
    if (generated) {
      const seeded = generated.map((profile, i) => ({ profile, organisationId: orgRows[i]!.id, parkId: orgRows[i]!.parkId }));
      await seedDemoProfiles(tx, seeded, { today });
    }
  }
  return ids;
}

/** Completeness as the stored tables will give it: "declared none" is not stored yet, so not counted. */
function storedCompleteness(enterprise: DemoData['enterprises'][number], profile: DemoProfile, today: string): number {
  return assessCompleteness({ registration: demoRegistration(enterprise), ...profile, declaredNone: undefined }, today).score;
}

/** The demo accounts, and which of them act in the seeded marketplace. */
async function insertDemoAccounts(tx: Tx, ids: SeededIds, passwordHash: string, now: Date) {
  const accounts: (DemoAccount & { organisationId: string })[] = [
    { email: 'operator@kejin.demo', role: 'platform_operator', displayName: '平台运营 王敏', organisationId: ids.platform },
    { email: 'admin@zhangjiang.kejin.demo', role: 'park_admin', displayName: '张江管理员 李强', organisationId: ids.parkOperators.get('zhangjiang')! },
    { email: 'admin@zizhu.kejin.demo', role: 'park_admin', displayName: '紫竹管理员 陈静', organisationId: ids.parkOperators.get('zizhu')! },
    { email: 'admin@qingdao.kejin.demo', role: 'park_admin', displayName: '青岛管理员 刘洋', organisationId: ids.parkOperators.get('qingdao')! },
    { email: 'officer@bank.kejin.demo', role: 'institution_officer', displayName: '客户经理 赵磊', organisationId: ids.institutions.get('demo-bank')! },
    { email: 'owner@enterprise.kejin.demo', role: 'enterprise_user', displayName: '企业负责人 孙悦', organisationId: ids.firstEnterprise },
    // The guarantor and the insurer who submit Zizhu's guarantee fees and Qingdao's premiums.
    { email: 'officer@guarantor.kejin.demo', role: 'institution_officer', displayName: '担保业务经理 徐丽', organisationId: ids.institutions.get('zichen-guarantee')! },
    { email: 'officer@insurer.kejin.demo', role: 'institution_officer', displayName: '保险业务经理 高峰', organisationId: ids.institutions.get('jiaodong-marine-insurance')! },
    // The VC fund whose investment manager keeps its investor profile.
    { email: 'investor@vc.kejin.demo', role: 'institution_officer', displayName: '投资经理 周文', organisationId: ids.institutions.get(DEMO_INVESTOR_FUND)! },
  ];
  const userIds = new Map<string, string>();
  for (const a of accounts) {
    const user = await insertUser(tx, { id: newId(), email: a.email, passwordHash, displayName: a.displayName, createdAt: now, updatedAt: now });
    await insertMembership(tx, { id: newId(), userId: user.id, organisationId: a.organisationId, role: a.role, createdAt: now });
    userIds.set(a.email, user.id);
  }
  const user = (email: string) => userIds.get(email)!;
  return {
    accounts: accounts.map(({ email, role, displayName }): DemoAccount => ({ email, role, displayName })),
    marketplace: {
      parkAdmins: new Map(['zhangjiang', 'zizhu', 'qingdao'].map((code) => [code, user(`admin@${code}.kejin.demo`)])),
      officers: new Map([[DEMO_BANK, user('officer@bank.kejin.demo')]]),
      enterpriseUsers: new Map([[0, user('owner@enterprise.kejin.demo')]]),
    },
  };
}
