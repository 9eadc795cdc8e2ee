// Risk compensation pools as stored: finding a pool, a registered loan or a claim, a claim moved by
// someone else meanwhile, the documents a claim carries, and the "only one" rules the database holds.
import { conflict, invalid, notFound } from './entry.ts';

export const POOL_RECORD_ERRORS = {
  'pool.not_found': notFound('No such risk compensation pool'),
  'pool.claim_not_found': notFound('No such pool claim'),
  'pool.loan_not_found': notFound('No such loan'),
  'pool.park_not_yours': invalid('You do not administer park {park}', { park: 'text' }),
  'pool.partner_not_institution': invalid('{id} is not a financial institution on the platform', { id: 'text' }),
  'pool.loan_not_partners': conflict('The loan was not made by your institution'),
  'pool.loan_not_in_park': conflict('The loan was made in another park than the pool’s'),
  'pool.loan_not_live': conflict('A loan that is {status} has nothing left to cover and cannot be registered', { status: 'text' }),
  'pool.closed': conflict('The pool is closed'),
  'pool.not_a_party': conflict('Your institution is neither a partner nor a contributor of this pool'),
  'pool.claim_stale_version': conflict('The pool claim changed since you read it (you sent version {sent}, it is now {version}); reload and try again', { sent: 'number', version: 'number' }),
  'pool.claim_trigger_unmet': conflict('A claim cannot be filed on this loan yet: {reasons}', { reasons: 'list' }),
  'pool.claim_not_paid': conflict('Recoveries are shared back only on a paid claim; this one is {state}', { state: 'text' }),
  'pool.registration_not_found': notFound('No such proposed pool registration'),
  'pool.registration_not_proposed': conflict('This registration is {status}, no longer awaiting your confirmation', { status: 'text' }),
  'unique.pool_code_unique': conflict('A pool with this code already exists'),
  'unique.pool_loan_once': conflict('This loan is already registered with the pool'),
  'unique.one_open_pool_claim_per_loan': conflict('This loan already has an open claim on the pool'),
  'unique.one_payout_per_pool_claim': conflict('This claim has already been paid'),
} as const;
