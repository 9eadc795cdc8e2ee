// Shapes of the demo marketplace: institutions' products with their park approvals, enterprises'
// posted needs and the institutions that took them up. Times are days before "today" so the
// seeder can place them before its clock; ids are made by the seeder, keys link things here.
import type { LoanType, ProductKind, ProductPreferences, ProductTerms, SecurityKind } from '../marketplace/products.ts';
import type { EligibilityRule } from '../marketplace/rules.ts';
import type { ApprovalStatus, ProductStatus } from '../../../shared/marketplace.ts';

export type { ProductStatus };
export type ParkDecision = ApprovalStatus;
export type NeedStatus = 'open' | 'taken_up' | 'closed' | 'withdrawn';

/** What a product says, before it belongs to anyone. */
export interface ProductDraft {
  kind: ProductKind;
  loanType: LoanType | null;
  name: string;
  nameEn: string;
  description: string;
  terms: ProductTerms;
  preferences: ProductPreferences;
  rules: EligibilityRule[];
}

export interface DemoProductPark {
  parkCode: string;
  status: ParkDecision;
  /** The administrator's note on a decision (always given on a rejection). */
  note: string | null;
  requestedDaysAgo: number;
  /** null while pending. */
  decidedDaysAgo: number | null;
}

export interface DemoProduct extends ProductDraft {
  /** Unique in the data set, e.g. 'demo-bank/credit'. */
  key: string;
  institutionKey: string;
  status: ProductStatus;
  createdDaysAgo: number;
  parks: DemoProductPark[];
}

export interface DemoTakeUp {
  institutionKey: string;
  productKey: string | null;
  daysAgo: number;
  note: string;
}

export interface DemoNeed {
  /** Index of the enterprise in DemoData.enterprises. */
  enterpriseOrdinal: number;
  parkCode: string;
  kind: ProductKind;
  amountFen: bigint;
  termMonths: number | null;
  purpose: string;
  neededBy: string | null; // YYYY-MM-DD
  offers: SecurityKind[];
  status: NeedStatus;
  createdDaysAgo: number;
  takeUps: DemoTakeUp[];
}

export interface DemoMarketplace {
  products: DemoProduct[];
  needs: DemoNeed[];
}

export interface DemoMarketOptions {
  seed: number;
  today: string; // YYYY-MM-DD
}
