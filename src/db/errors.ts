// Recognises PostgreSQL errors through drizzle's wrapper, the same on PGlite and pg.
interface PgErrorLike {
  code?: string;
  constraint?: string;
  message?: string;
  cause?: unknown;
}

function pgError(err: unknown): PgErrorLike | undefined {
  let current: unknown = err;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as PgErrorLike;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}

/** A unique-constraint violation, optionally of the named constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = pgError(err);
  if (e?.code !== '23505') return false;
  return !constraint || e.constraint === constraint || (e.message ?? '').includes(constraint);
}

export function isForeignKeyViolation(err: unknown): boolean {
  return pgError(err)?.code === '23503';
}

/** An "only one" rule the database holds with a unique index, as a client is told it was broken. */
export interface UniqueRule {
  /** A stable name for the rule, sent in the error's details. */
  rule: string;
  message: string;
  /** The input field the rule is about, if one. */
  field?: string;
}

/**
 * Every unique index that holds a business rule, by name. The services check the common case
 * first with a friendlier message; the index is what holds under concurrency, and a violation that
 * gets past the check is reported with the rule it broke (409).
 */
export const UNIQUE_RULES: Readonly<Record<string, UniqueRule>> = {
  applications_open_key: { rule: 'one_open_application_per_product', message: 'You already have an open application to this product', field: 'productId' },
  applications_idempotency_key: { rule: 'idempotency_key_once', message: 'This Idempotency-Key was already used for another application', field: 'Idempotency-Key' },
  need_take_ups_key: { rule: 'take_up_once_per_institution', message: 'Your institution has already taken up this need' },
  model_versions_active_key: { rule: 'one_active_model', message: 'Another model version was activated at the same time; reload and try again' },
  model_versions_version_key: { rule: 'model_version_name_unique', message: 'A model version with this name already exists', field: 'version' },
  product_versions_key: { rule: 'product_version_once', message: 'This product was changed at the same time; reload and try again' },
  repayments_reference_key: { rule: 'repayment_reference_once_per_loan', message: 'A repayment with this reference is already recorded for this loan', field: 'reference' },
  loans_application_key: { rule: 'one_loan_per_application', message: 'This application already has a loan' },
  users_email_key: { rule: 'user_email_unique', message: 'A user with this email already exists', field: 'email' },
  memberships_user_org_role_key: { rule: 'membership_once', message: 'This user already has this role in this organisation', field: 'role' },
  organisations_credit_code_key: { rule: 'credit_code_unique', message: 'An organisation with this credit code already exists', field: 'creditCode' },
  enterprises_credit_code_key: { rule: 'credit_code_unique', message: 'An enterprise with this credit code already exists', field: 'creditCode' },
  parks_code_unique: { rule: 'park_code_unique', message: 'A park with this code already exists', field: 'code' },
  invitations_open_key: { rule: 'one_open_invitation_per_email', message: 'This e-mail already has an open invitation to your organisation', field: 'email' },
  registrations_pending_code_key: { rule: 'one_pending_registration_per_credit_code', message: 'A registration of this credit code is already awaiting its park', field: 'creditCode' },
  registrations_pending_email_key: { rule: 'one_pending_registration_per_email', message: 'A registration with this e-mail is already awaiting its park', field: 'email' },
  fundraising_documents_one_deck_key: { rule: 'one_pitch_deck', message: 'Another pitch deck was uploaded at the same time; reload and try again' },
  subsidy_claims_loan_period_key: { rule: 'one_claim_per_loan_and_period', message: 'This loan already has a claim under this programme for this period' },
  programmes_code_version_key: { rule: 'programme_version_once', message: 'This programme version already exists; reload and try again' },
  programmes_one_draft_key: { rule: 'one_draft_per_programme', message: 'This programme already has a draft; edit it instead', field: 'id' },
  pools_code_key: { rule: 'pool_code_unique', message: 'A pool with this code already exists', field: 'id' },
  pool_loans_pool_loan_key: { rule: 'pool_loan_once', message: 'This loan is already registered with the pool', field: 'loanId' },
  pool_claims_one_open_key: { rule: 'one_open_pool_claim_per_loan', message: 'This loan already has an open claim on the pool', field: 'loanId' },
  pool_ledger_entries_one_payout_key: { rule: 'one_payout_per_pool_claim', message: 'This claim has already been paid' },
  investor_profiles_organisation_key: { rule: 'one_investor_profile_per_organisation', message: 'This organisation already has an investor profile; edit it instead' },
  investor_profiles_owner_key: { rule: 'one_investor_profile_per_user', message: 'This user already has an angel profile; edit it instead' },
  rule_sets_code_version_key: { rule: 'rule_set_version_once', message: 'This rule set version is already installed' },
};

/** The rule a unique violation broke; undefined for any other error. */
export function brokenUniqueRule(err: unknown): UniqueRule | undefined {
  const e = pgError(err);
  if (e?.code !== '23505') return undefined;
  const constraint = e.constraint ?? Object.keys(UNIQUE_RULES).find((name) => (e.message ?? '').includes(`"${name}"`));
  return (constraint && UNIQUE_RULES[constraint]) || { rule: 'unique', message: 'This already exists' };
}
