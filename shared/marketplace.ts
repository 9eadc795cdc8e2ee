// The marketplace's vocabularies: product kinds and terms, the operators of eligibility rules, and
// the states of products and of enterprises' financing needs.

export const PRODUCT_KINDS = ['loan', 'guarantee', 'insurance', 'equity'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const LOAN_TYPES = ['credit', 'ip_pledge', 'innovation_points', 'equity_incentive', 'receivables', 'order_financing', 'investment_loan_linkage'] as const;
export type LoanType = (typeof LOAN_TYPES)[number];

export const REPAYMENT_METHODS = ['equal_instalment', 'equal_principal', 'interest_only'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export const SECURITY_KINDS = ['none', 'ip_pledge', 'receivables', 'guarantor', 'equity_pledge', 'real_estate', 'orders'] as const;
export type SecurityKind = (typeof SECURITY_KINDS)[number];

export const LPR_TENORS = ['1y', '5y'] as const;
export type LprTenor = (typeof LPR_TENORS)[number];

/** An enterprise's stage, as the rating model and eligibility rules read it. */
export const STAGES = ['startup', 'growth', 'mature'] as const;
export type Stage = (typeof STAGES)[number];

/** How an eligibility rule compares a fact: `{ fact, op, value | min, max | values }`. */
export const RULE_OPS = ['gte', 'lte', 'between', 'in', 'not_in'] as const;
export type RuleOp = (typeof RULE_OPS)[number];

export const PRODUCT_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** A financing need: open, taken up by an institution, closed (financed) or withdrawn by its enterprise. */
export const NEED_STATUSES = ['open', 'taken_up', 'closed', 'withdrawn'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** How the supermarket orders products: by cost, by turnaround, or newest first (the default). */
export const PRODUCT_SORTS = ['cost', 'turnaround', 'newest'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
