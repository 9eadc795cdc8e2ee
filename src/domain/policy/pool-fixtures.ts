// The risk compensation pools as data, for tests and (later) the demo seed.
import type { Pool, PoolInput } from './pool.ts';
import type { PoolLedgerEntry } from './pool-ledger.ts';

const REVIEW: Pool['review'] = {
  filing: { workingDays: 5, documents: ['overdue_notice', 'lawsuit_acceptance_notice'] },
  review: { workingDays: 5, documents: ['loan_contract', 'repayment_record', 'collection_evidence'] },
  approval: { workingDays: 5, documents: ['committee_minutes'] },
};

/**
 * Shanghai: 55% of the net principal loss on non-performing loans to listed key-industry
 * enterprises, 5 percentage points more on an enterprise's first loan, loans under a policy
 * guarantee excluded; funded city : district : bank 4 : 3 : 3.
 */
export const SHANGHAI_POOL: Pool = {
  id: 'shanghai-key-industry-pool',
  version: 1,
  ownerPark: null,
  validFrom: '2025-01-01',
  validTo: '2027-12-31',
  contributors: [
    { id: 'shanghai-municipal', kind: 'government', share: '4' },
    { id: 'pudong-district', kind: 'government', share: '3' },
    { id: 'partner-bank', kind: 'institution', share: '3' },
  ],
  partnerIds: ['partner-bank'],
  coverage: { lossShare: '0.55', firstLoanBonusPoints: '5', requiresKeyIndustry: true, excludePolicyGuaranteed: true },
  partnerCapRatio: '0.8',
  leverage: { target: '10', allowAboveTarget: false },
  nplThreshold: '0.03',
  trigger: { overdueDaysMoreThan: 60, requiresLawsuitAccepted: true },
  review: REVIEW,
};

/** ¥62.5m in fen: the Zhangjiang pool's balance, backing ¥625m of loans at 10×. */
export const ZHANGJIANG_POOL_BALANCE_FEN = 6_250_000_000n;

/** The demo: a Zhangjiang risk pool funded by two banks and a guarantor at 4 : 3 : 3, levered 10×; the two banks register loans. */
export const ZHANGJIANG_POOL: Pool = {
  ...SHANGHAI_POOL,
  id: 'zhangjiang-risk-pool',
  ownerPark: 'zhangjiang',
  validFrom: '2025-01-01',
  validTo: '2026-12-31',
  contributors: [
    { id: 'bank-east', kind: 'institution', share: '4' },
    { id: 'bank-river', kind: 'institution', share: '3' },
    { id: 'guarantor-kechuang', kind: 'institution', share: '3' },
  ],
  partnerIds: ['bank-east', 'bank-river'],
  nplThreshold: '0.05',
};

/** The Zhangjiang pool's opening contributions: ¥62.5m at 4 : 3 : 3. */
export const ZHANGJIANG_CONTRIBUTIONS: PoolLedgerEntry[] = [
  { kind: 'contribution', date: '2025-01-15', amountFen: 2_500_000_000n, contributorId: 'bank-east' },
  { kind: 'contribution', date: '2025-01-15', amountFen: 1_875_000_000n, contributorId: 'bank-river' },
  { kind: 'contribution', date: '2025-01-20', amountFen: 1_875_000_000n, contributorId: 'guarantor-kechuang' },
];

/** A pool as JSON carries it, for validation tests. */
export const poolAsInput = (p: Pool): PoolInput => structuredClone(p);
