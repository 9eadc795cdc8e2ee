// The one catalogue of error codes: each with its category (→ HTTP status), English message and
// parameter kinds. The web translates every code (web/src/i18n/{zh-CN,en}/api-errors.ts); a test
// walks this catalogue against both files. Codes are `<area>.<what>`, lower snake case.
import { ACCESS_ERRORS, AUTH_ERRORS, FIELD_ERRORS, REQUEST_ERRORS, TEXT_ERRORS, UNIQUE_ERRORS } from './common.ts';
import { ACCOUNT_ERRORS } from './accounts.ts';
import { ADMIN_ERRORS } from './admin.ts';
import { IMPORT_ERRORS } from './imports.ts';
import { INVESTOR_ERRORS } from './investors.ts';
import { MARKET_ERRORS } from './market.ts';
import { MODEL_LAB_ERRORS } from './model-lab.ts';
import { POLICY_ERRORS } from './policy.ts';
import { CLAIM_ERRORS, PAYMENT_ERRORS } from './claims.ts';
import { DOCUMENT_ERRORS } from './documents.ts';
import { FUNDRAISING_ERRORS } from './fundraising.ts';
import { POOL_ERRORS } from './pools.ts';
import { POOL_RECORD_ERRORS } from './pool-records.ts';
import { PROFILE_ERRORS } from './profile.ts';
import { RATING_ERRORS } from './rating.ts';
import { ROADSHOW_ERRORS } from './roadshow.ts';
import { WORKFLOW_ERRORS } from './workflow.ts';

export const ERRORS = {
  ...REQUEST_ERRORS,
  ...FIELD_ERRORS,
  ...TEXT_ERRORS,
  ...AUTH_ERRORS,
  ...ACCESS_ERRORS,
  ...UNIQUE_ERRORS,
  ...ADMIN_ERRORS,
  ...ACCOUNT_ERRORS,
  ...PROFILE_ERRORS,
  ...IMPORT_ERRORS,
  ...RATING_ERRORS,
  ...MODEL_LAB_ERRORS,
  ...MARKET_ERRORS,
  ...WORKFLOW_ERRORS,
  ...POLICY_ERRORS,
  ...CLAIM_ERRORS,
  ...PAYMENT_ERRORS,
  ...DOCUMENT_ERRORS,
  ...FUNDRAISING_ERRORS,
  ...POOL_ERRORS,
  ...POOL_RECORD_ERRORS,
  ...ROADSHOW_ERRORS,
  ...INVESTOR_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERRORS;
