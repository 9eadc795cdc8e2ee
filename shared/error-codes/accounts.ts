// Accounts: password changes and resets, self-registration of enterprises, invitations; and the
// everyday features beside them (homes, exports, the audit log's filters).
import { conflict, forbidden, invalid, notFound, rateLimited } from './entry.ts';

export const ACCOUNT_ERRORS = {
  'account.too_many_requests': rateLimited('Too many requests; try again in {seconds} seconds', { seconds: 'number' }),
  'account.link_unusable': invalid('This link is invalid, expired or already used; ask for a new one'),
  'account.current_password_wrong': invalid('The current password is not correct'),
  'account.password_unchanged': invalid('The new password must differ from the current one'),
  'account.email_taken': conflict('A user with this e-mail already exists'),
  'registration.not_found': notFound('Registration not found'),
  'registration.already_decided': conflict('This registration is already {status}', { status: 'text' }),
  'registration.decided_meanwhile': conflict('This registration was decided at the same time; reload'),
  'registration.credit_code_outside_park': conflict('This credit code belongs to an organisation outside this park'),
  'registration.park_unknown': invalid('Unknown park'),
  'invitation.not_found': notFound('Invitation not found'),
  'invitation.already_closed': conflict('This invitation is already {status}', { status: 'text' }),
  'invitation.used_meanwhile': conflict('This invitation was used or revoked at the same time; reload'),
  'invitation.role_not_in_organisation': invalid('This role is not one of this organisation'),
  'home.not_enterprise_user': forbidden('You are no enterprise’s user'),
  'export.too_many_rows': invalid('The list holds {total} rows; an export takes at most {limit}. Narrow the filters and export again.', { total: 'number', limit: 'number' }),
} as const;
