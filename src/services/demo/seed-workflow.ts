// The demo financing workflow written in bulk after the first scoring: applications (pointing at
// each enterprise's rating and its snapshot) with their history and consent grants, loans with
// their schedules, repayments and recoveries, early-warning signals and the notifications all of
// that sent. Generated in memory by src/domain/demo/workflow.ts, written in one transaction.
import type { Database, Tx } from '../../db/client.ts';
import { analyzeNamedTables, insertChunks, type BulkTable } from '../../db/repositories/bulk.ts';
import {
  activeOfficersAndOwners,
  approvedProductParks,
  countApplications,
  enterpriseRatings,
  institutionNames,
  institutionNamesEn,
  needsWithTakeUps,
  organisationIdNamed,
  parkOperatorOrganisations,
  type NeedRow,
} from '../../db/repositories/demo-workflow.ts';
import { DEMO_BANK, generateDemoData } from '../../domain/demo/index.ts';
import { dayOf } from '../../domain/demo/workflow-clock.ts';
import { INSTITUTION_SPECS } from '../../domain/demo/institution-data.ts';
import { generateDemoWorkflow, type Account, type DemoWorkflow, type WorkflowFirm, type WorkflowInput, type WorkflowNeed, type WorkflowProduct } from '../../domain/demo/workflow.ts';
import { rowFacts } from '../../domain/marketplace/fact-table.ts';
import type { Grade } from '../../domain/rating/expert-model.ts';
import { fail } from '../../domain/shared/errors.ts';
import { FactTableCache } from '../marketplace/facts-store.ts';
import { loadPublishedProducts } from '../marketplace/market.ts';
import { recordAudit, systemContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { CalendarStore } from '../workflow/calendar-store.ts';
import { installBuiltInLprFixings, installDemoLprFixings, lprFixingsOf } from '../workflow/lpr.ts';

export const WORKFLOW_TABLES = ['grants', 'applications', 'applicationEvents', 'loans', 'loanInstalments', 'repayments', 'recoveries', 'signals', 'notifications'] as const satisfies readonly BulkTable[];

export interface SeededWorkflow {
  applications: number;
  events: number;
  loans: number;
  instalments: number;
  repayments: number;
  recoveries: number;
  signals: number;
  notifications: number;
  grants: number;
}

const DEMO_OFFICER = 'officer@bank.kejin.demo';
const DEMO_OWNER = 'owner@enterprise.kejin.demo';

export async function seedDemoWorkflow(database: Database, options: { now: Date; seed: number }): Promise<SeededWorkflow> {
  const db = database.db;
  if ((await countApplications(db)) > 0) throw fail('demo.workflow_seeded');
  const input = await loadInput(database, options);
  const calendars = new CalendarStore();
  const calendar = await calendars.get(db);
  await installBuiltInLprFixings(database, calendars, options.now);
  // Months after the built-in history get demo-labelled fixings (source 'demo'): the demo lends up to today.
  await installDemoLprFixings(db, calendar, dayOf(options.now), options.now);
  const lpr = await lprFixingsOf(db);
  const data = generateDemoWorkflow(input, { seed: options.seed, now: options.now, calendar, lpr, newId });
  return db.transaction(async (tx) => {
    await writeWorkflow(tx, data);
    await analyzeNamedTables(tx, WORKFLOW_TABLES);
    const counts = countsOf(data);
    const ctx = systemContext({ database, now: () => options.now });
    await recordAudit(tx, ctx, { action: 'demo.seed_workflow', targetType: 'platform', targetId: null, details: { seed: options.seed, ...counts } });
    return counts;
  });
}

const countsOf = (d: DemoWorkflow): SeededWorkflow => ({
  applications: d.applications.length,
  events: d.events.length,
  loans: d.loans.length,
  instalments: d.instalments.length,
  repayments: d.repayments.length,
  recoveries: d.recoveries.length,
  signals: d.signals.length,
  notifications: d.notifications.length,
  grants: d.grants.length,
});

async function writeWorkflow(tx: Tx, d: DemoWorkflow): Promise<void> {
  await insertChunks(tx, 'grants', d.grants);
  await insertChunks(tx, 'applications', d.applications);
  await insertChunks(tx, 'applicationEvents', d.events);
  await insertChunks(tx, 'loans', d.loans);
  await insertChunks(tx, 'loanInstalments', d.instalments);
  await insertChunks(tx, 'repayments', d.repayments);
  await insertChunks(tx, 'recoveries', d.recoveries);
  await insertChunks(tx, 'signals', d.signals);
  await insertChunks(tx, 'notifications', d.notifications);
}


const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What the generator reads, in an order that does not depend on the ids (which are random), so
 * the same seed gives the same story: enterprises by credit code, products by what they are.
 */
async function loadInput(database: Database, options: { now: Date; seed: number }): Promise<WorkflowInput> {
  const [firms, products, names, namesEn, operators, accounts] = await Promise.all([loadFirms(database), loadProducts(database), institutionNames(database.db), institutionNamesEn(database.db), parkOperators(database), demoAccounts(database)]);
  const creditCodes = new Map(firms.map((f) => [f.firm.id, f.creditCode]));
  const sortedProducts = products.sort((a, b) => byText(productKey(a, names), productKey(b, names)));
  const loadedNeeds = await loadNeeds(database, creditCodes, names);
  const bank = accounts.roles.get(DEMO_OFFICER)?.organisationId ?? (await organisationNamed(database, INSTITUTION_SPECS.find((s) => s.key === DEMO_BANK)?.name));
  const owner = accounts.roles.get(DEMO_OWNER)?.organisationId ?? (await organisationNamed(database, generateDemoData({ seed: options.seed, enterprises: 1, today: dayOf(options.now) }).enterprises[0]?.name));
  return {
    firms: firms.map((f) => f.firm),
    products: sortedProducts,
    needs: loadedNeeds,
    parkOperators: operators,
    institutionNames: names,
    institutionNamesEn: namesEn,
    accounts: accounts.byOrganisation,
    demo: { enterpriseId: owner ?? null, institutionId: bank ?? null },
  };
}

async function loadFirms(database: Database): Promise<{ firm: WorkflowFirm; creditCode: string }[]> {
  const db = database.db;
  const rows = await enterpriseRatings(db);
  const { table } = await new FactTableCache().get(db);
  const facts = new Map(table.enterpriseIds.map((id, row) => [id, row]));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) latest.set(r.id, r); // ordered by time: the last is the latest rating
  return [...latest.values()].map((r) => {
    const row = facts.get(r.id);
    const rating = { id: r.rating.id, snapshotId: r.rating.snapshotId, grade: r.rating.grade as Grade, pd: Number(r.rating.pd), creditLimitFen: r.rating.creditLimitFen };
    return { creditCode: r.creditCode, firm: { id: r.id, parkId: r.parkId, parkCode: r.parkCode, name: r.name, rating, facts: row === undefined ? null : rowFacts(table, row) } };
  });
}

async function loadProducts(database: Database): Promise<(WorkflowProduct & { createdAt: Date })[]> {
  const db = database.db;
  const published = await loadPublishedProducts(db);
  const approvals = await approvedProductParks(db);
  const from = new Map<string, Map<string, string>>();
  for (const a of approvals) {
    const byPark = from.get(a.productId) ?? new Map<string, string>();
    byPark.set(a.parkCode, dayOf(a.decidedAt ?? a.requestedAt));
    from.set(a.productId, byPark);
  }
  return published.map(({ product, row }) => ({ product, name: row.name, version: row.version, offeredFrom: from.get(row.id) ?? new Map(), createdAt: row.createdAt }));
}

function productKey(p: WorkflowProduct & { createdAt: Date }, names: ReadonlyMap<string, string>): string {
  const { institutionId, kind, loanType, terms, preferences, rules, parks: codes } = p.product;
  return JSON.stringify([names.get(institutionId) ?? '', p.name, p.createdAt.toISOString(), [...codes].sort(), kind, loanType, terms, preferences, rules], (_k, v) => (typeof v === 'bigint' ? String(v) : v));
}

async function loadNeeds(database: Database, creditCodes: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): Promise<WorkflowNeed[]> {
  const rows = await needsWithTakeUps(database.db);
  const byNeed = new Map<string, { need: NeedRow; takeUps: (typeof rows)[number]['takeUp'][] }>();
  for (const r of rows) {
    const entry = byNeed.get(r.need.id) ?? { need: r.need, takeUps: [] };
    entry.takeUps.push(r.takeUp);
    byNeed.set(r.need.id, entry);
  }
  const key = (n: NeedRow) => `${creditCodes.get(n.enterpriseId) ?? ''} ${n.createdAt.toISOString()} ${n.kind} ${n.amountFen}`;
  return [...byNeed.values()]
    .sort((a, b) => byText(key(a.need), key(b.need)))
    .map(({ need, takeUps }) => ({
      id: need.id,
      enterpriseId: need.enterpriseId,
      kind: need.kind,
      amountFen: need.amountFen,
      termMonths: need.termMonths,
      purpose: need.purpose,
      takeUps: takeUps
        .sort((a, b) => byText(`${names.get(a.institutionId)} ${a.takenAt.toISOString()}`, `${names.get(b.institutionId)} ${b.takenAt.toISOString()}`))
        .map((t) => ({ institutionId: t.institutionId, productId: t.productId, takenOn: dayOf(t.takenAt) })),
    }));
}

async function parkOperators(database: Database): Promise<Map<string, string>> {
  const rows = await parkOperatorOrganisations(database.db);
  const map = new Map<string, string>();
  for (const r of rows) if (r.parkId && !map.has(r.parkId)) map.set(r.parkId, r.id);
  return map;
}

/** The officers and enterprise users who act in the story (the demo accounts, in demo mode). */
async function demoAccounts(database: Database) {
  const rows = await activeOfficersAndOwners(database.db);
  const byOrganisation = new Map<string, Account>();
  const roles = new Map<string, { organisationId: string }>();
  for (const r of rows) {
    if (!byOrganisation.has(r.organisationId)) byOrganisation.set(r.organisationId, { userId: r.userId, email: r.email });
    roles.set(r.email, { organisationId: r.organisationId });
  }
  return { byOrganisation, roles };
}

async function organisationNamed(database: Database, name: string | undefined): Promise<string | undefined> {
  if (!name) return undefined;
  return organisationIdNamed(database.db, name);
}
