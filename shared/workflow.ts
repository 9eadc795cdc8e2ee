// The financing workflow's vocabularies, read by the server (domain tables, zod schemas) and the web
// (filters, labels, forms). The moves themselves live in src/domain/workflow/states.ts.

export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'accepted', // accepted for review
  'info_requested',
  'approved',
  'rejected',
  'withdrawn',
  'contract_signed',
  'disbursed',
  'repaying',
  'closed',
  'overdue',
  'defaulted',
  'written_off',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** What a move needs besides the version: a reason code, a comment, or loan terms (disbursement). */
/** States whose decision is still open (the deadline runs, or is paused while info is requested): an institution's review queue. */
export const UNDECIDED_STATES = ['submitted', 'accepted', 'info_requested'] as const satisfies readonly ApplicationState[];
/** Applications still on their way to money: an enterprise has one such per product at most. */
export const OPEN_STATES = ['draft', 'submitted', 'accepted', 'info_requested', 'approved', 'contract_signed'] as const satisfies readonly ApplicationState[];

export const MOVE_NEEDS = ['reason', 'comment', 'approval', 'loan'] as const;
export type MoveNeed = (typeof MOVE_NEEDS)[number];

/** Why an institution declines (texts and advice in src/domain/workflow/rejections.ts). */
export const REJECTION_REASONS = [
  'credit_grade',
  'financials',
  'collateral',
  'debt_level',
  'legal_risk',
  'documents',
  'product_scope',
  'industry_policy',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const isRejectionReason = (s: string): s is RejectionReason => (REJECTION_REASONS as readonly string[]).includes(s);

/** Where an application stands against its response deadline. */
export const DEADLINE_STATUSES = ['none', 'on_time', 'due_soon', 'missed', 'paused', 'met', 'late'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const LOAN_STATUSES = ['live', 'closed', 'defaulted', 'written_off'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

/** The five-category loan classification by days overdue. */
export const LOAN_CLASSIFICATIONS = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'] as const;
export type LoanClassification = (typeof LOAN_CLASSIFICATIONS)[number];

/** Where money recovered after a default came from. */
export const RECOVERY_SOURCES = ['collateral', 'guarantor', 'insurance', 'compensation_pool', 'enterprise', 'court', 'other'] as const;
export type RecoverySource = (typeof RECOVERY_SOURCES)[number];

export const SIGNAL_KINDS = ['rating_downgrade', 'headcount_drop', 'legal_event', 'tax_grade_change', 'overdue_repayment'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const SIGNAL_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];
