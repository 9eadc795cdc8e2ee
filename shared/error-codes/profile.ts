// The credit database: profile sections, grants (consent), criteria rule sets.
import { conflict, forbidden, invalid, notFound } from './entry.ts';

export const PROFILE_ERRORS = {
  'profile.duplicate_items': invalid('Items {first} and {second} have the same {keys}', { first: 'number', second: 'number', keys: 'list' }),
  'profile.granted_before_applied': invalid('The grant date comes before the application date'),
  'profile.granted_needs_date': invalid('A granted item needs its grant date'),
  'profile.valid_to_before_from': invalid('The end of validity is before its start'),
  'profile.ip_taken': conflict('{kind} {number} is registered to another enterprise', { kind: 'text', number: 'text' }),
  'profile.financials_need_grant': forbidden('Reading financial statements needs a grant from the enterprise covering financials'),
  'grant.not_found': notFound('Grant not found'),
  'grant.expiry_past': invalid('The expiry date is in the past'),
  'grant.too_long': invalid('A grant lasts at most three years'),
  'grant.already_revoked': conflict('This grant is already revoked'),
  'rule_set.invalid': invalid('{detail}', { path: 'text', detail: 'text' }),
} as const;
