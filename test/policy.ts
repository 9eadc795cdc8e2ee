// Loans, ratings and reports for subsidy tests, written straight to the tables so a test controls
// every figure a claim is computed from: the loan's rate and dates, each interest repayment, the
// grade in force on the loan date and the report valid that day.
import { desc, eq } from 'drizzle-orm';
import { applications, loans, products, productVersions, ratings, reports, repayments, complianceEvents } from '../src/db/schema/index.ts';
import { newId } from '../src/services/shared/ids.ts';
import type { TestApp } from './app.ts';

export interface TestLoan {
  enterpriseId: string;
  parkId: string;
  institutionId: string;
  disbursedOn: string;
  amountFen: bigint;
  annualRate: string;
  termMonths?: number;
  /** [paidOn, interestFen] */
  repayments: [string, bigint][];
  loanType?: string;
}

/** A loan product of the institution, an application to it and the disbursed loan with its interest repayments. */
export async function lendFor(t: TestApp, l: TestLoan): Promise<string> {
  const db = t.database.db;
  const now = new Date();
  const productId = newId();
  await db.insert(products).values({
    id: productId, institutionId: l.institutionId, kind: 'loan', loanType: l.loanType ?? 'credit', name: '贴息测试贷', nameEn: 'Subsidy test loan', status: 'published',
    amountMinFen: 100_000n, amountMaxFen: 10_000_000_000n, termMinMonths: 6, termMaxMonths: 36, turnaroundDays: 5,
    terms: { rate: { lprTenor: '1y', spreadMinBp: 0, spreadMaxBp: 300 }, feeRate: null, coverRatio: null, repaymentMethods: ['interest_only'], security: ['none'], eligibleLoanTypes: [] },
    preferences: { industries: [], stages: [], regions: [], thesis: '' }, rules: [], createdAt: now, updatedAt: now,
  });
  await db.insert(productVersions).values({ id: newId(), productId, version: 1, content: {}, createdAt: now });
  const applicationId = newId();
  await db.insert(applications).values({ id: applicationId, parkId: l.parkId, enterpriseId: l.enterpriseId, institutionId: l.institutionId, productId, productVersion: 1, productKind: 'loan', amountFen: l.amountFen, termMonths: l.termMonths ?? 12, purpose: '研发', state: 'repaying', createdAt: now, updatedAt: now });
  const loanId = newId();
  await db.insert(loans).values({
    id: loanId, applicationId, parkId: l.parkId, enterpriseId: l.enterpriseId, institutionId: l.institutionId, productId, amountFen: l.amountFen,
    lprTenor: '1y', lprRate: '0.030000', spreadBp: 0, annualRate: l.annualRate, termMonths: l.termMonths ?? 12, method: 'interest_only',
    disbursedOn: l.disbursedOn, maturityOn: l.disbursedOn, status: 'live', outstandingPrincipalFen: l.amountFen, positionOn: l.disbursedOn, createdAt: now, updatedAt: now,
  });
  if (l.repayments.length) {
    await db.insert(repayments).values(l.repayments.map(([paidOn, interestFen]) => ({ id: newId(), loanId, paidOn, amountFen: interestFen, principalFen: 0n, interestFen, source: 'manual', recordedAt: now })));
  }
  return loanId;
}

/** A copy of the enterprise's latest rating with the grade given, made at `ratedAt`. */
export async function rateAt(t: TestApp, enterpriseId: string, grade: string, ratedAt: Date): Promise<void> {
  const db = t.database.db;
  const [latest] = await db.select().from(ratings).where(eq(ratings.enterpriseId, enterpriseId)).orderBy(desc(ratings.ratedAt)).limit(1);
  if (!latest) throw new Error('the enterprise has no rating to copy');
  await db.insert(ratings).values({ ...latest, id: newId(), grade, ratedAt });
}

/** A credit evaluation report issued at `issuedAt`, valid until `validUntil`. */
export async function reportAt(t: TestApp, enterpriseId: string, issuedAt: Date, validUntil: Date): Promise<void> {
  const db = t.database.db;
  const [latest] = await db.select().from(ratings).where(eq(ratings.enterpriseId, enterpriseId)).orderBy(desc(ratings.ratedAt)).limit(1);
  await db.insert(reports).values({ id: newId(), parkId: latest!.parkId, enterpriseId, ratingId: latest!.id, language: 'zh-CN', sha256: '0'.repeat(64), pdf: Buffer.from('%PDF-1.4 test'), issuedAt, validUntil, issuedBy: null, institutionId: null });
}

/** Puts the enterprise on the serious-dishonesty list from `on`. */
export async function listDishonest(t: TestApp, enterpriseId: string, parkId: string, on: string): Promise<void> {
  await t.database.db.insert(complianceEvents).values({ enterpriseId, parkId, kind: 'serious_dishonesty', reference: `失信-${on}`, occurredOn: on, description: '拒不履行法院生效判决', source: 'park_admin', sourceDate: on });
}
