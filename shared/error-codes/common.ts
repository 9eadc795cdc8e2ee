// Codes for the request itself, fields (zod and the services' own field checks), sign-in and
// access, and the database's "only one" rules.
import { conflict, forbidden, httpOnly, internal, invalid, notFound, rateLimited, tooLarge, unauthenticated, unavailable } from './entry.ts';

export const REQUEST_ERRORS = {
  'request.invalid': invalid('The request is not valid'),
  'request.malformed_json': invalid('Malformed JSON body'),
  'request.empty_json': invalid('The body is empty but its Content-Type says JSON: send a JSON value, or no Content-Type'),
  'request.bad_content_length': invalid('The body size does not match Content-Length'),
  'request.bad_url': invalid('Malformed URL: a path segment is not valid percent-encoded UTF-8'),
  'request.param_too_long': httpOnly('uri_too_long')('A path segment is longer than the limit (100 characters)'),
  'request.form_field_name': invalid('A form field name is not allowed'),
  'request.form_field_json': invalid('A form field declared as JSON is not valid JSON'),
  'request.multipart_required': invalid('Send this as multipart/form-data'),
  'request.multipart_malformed': invalid('The multipart/form-data body cannot be read (no boundary, or a part is cut off)'),
  'request.too_many_form_fields': invalid('The form has more fields than this request takes'),
  'request.content_type_required': invalid('The request has a body but no Content-Type'),
  'request.malformed_http': invalid('Malformed HTTP request'),
  'request.body_not_utf8': invalid('The body is not valid UTF-8'),
  'request.json_too_deep': invalid('The JSON body is nested deeper than {max} levels', { max: 'number' }),
  // The fallback for a malformed request no other code names (what it was is in the server's log).
  'request.bad_request': invalid('The request cannot be read'),
  'request.too_large': tooLarge('Request body is larger than the limit'),
  'request.headers_too_large': tooLarge('The request headers are larger than the limit'),
  'request.timeout': unavailable('The request took too long to arrive'),
  'request.unsupported_media_type': httpOnly('unsupported_media_type')('Unsupported Content-Type: send application/json (or multipart/form-data where a file is uploaded)'),
  'request.not_acceptable': httpOnly('not_acceptable')('The response cannot be given in an accepted format'),
  'request.uri_too_long': httpOnly('uri_too_long')('The URL is longer than the limit'),
  'request.method_not_allowed': httpOnly('method_not_allowed')('{method} is not allowed on {path}; allowed: {allowed}', { method: 'text', path: 'text', allowed: 'list' }),
  'request.route_not_found': notFound('No route {method} {path}', { method: 'text', path: 'text' }),
  'server.internal': internal('Internal error'),
  'server.unavailable': unavailable('The service is unavailable'),
  'server.starting': unavailable('The platform is starting ({pending}); try again in a few seconds', { pending: 'list' }),
  'web.file_not_found': notFound('No file {path}', { path: 'text' }),
  'server.database_unreachable': unavailable('Database unreachable'),
  'file.required': invalid('No file was sent'),
  'file.one_only': invalid('Send one file only'),
  'file.too_large': tooLarge('The file is larger than {maxMb} MB; split it into smaller files', { maxMb: 'number' }),
  'file.unsupported_type': invalid('The file must be one of: {types}', { types: 'list' }),
} as const;

/** Field problems: zod's checks at the edge and the services' own, each next to its field. */
export const FIELD_ERRORS = {
  'field.required': invalid('is required'),
  'field.invalid': invalid('is not valid'),
  'field.invalid_type': invalid('expected {expected}', { expected: 'text' }),
  'field.too_short': invalid('must have at least {min} characters', { min: 'number' }),
  'field.too_long': invalid('must have at most {max} characters', { max: 'number' }),
  'field.too_small': invalid('must be at least {min}', { min: 'number' }),
  'field.too_small_exclusive': invalid('must be more than {min}', { min: 'number' }),
  'field.too_big': invalid('must be at most {max}', { max: 'number' }),
  'field.too_big_exclusive': invalid('must be less than {max}', { max: 'number' }),
  'field.too_few': invalid('needs at least {min} items', { min: 'number' }),
  'field.too_many': invalid('takes at most {max} items', { max: 'number' }),
  'field.not_integer': invalid('must be a whole number'),
  'field.not_multiple': invalid('must be a multiple of {divisor}', { divisor: 'number' }),
  'field.invalid_enum': invalid('must be one of {values}', { values: 'list' }),
  'field.invalid_format': invalid('is not in the expected format'),
  'field.invalid_email': invalid('is not a valid email address'),
  'field.invalid_id': invalid('is not a valid id'),
  'field.invalid_date': invalid('must be a date (YYYY-MM-DD)'),
  'field.invalid_month': invalid('must be a month (YYYY-MM)'),
  'field.invalid_datetime': invalid('must be a date and time (ISO 8601)'),
  'field.invalid_url': invalid('is not a valid URL'),
  'field.unknown_keys': invalid('has unknown keys: {keys}', { keys: 'list' }),
  'field.credit_code_length': invalid('must be 18 characters'),
  'field.invalid_region_code': invalid('must be a six-digit GB/T 2260 code'),
  'field.unknown_region_code': invalid('{value} is not a GB/T 2260 region code we know', { value: 'text' }),
  'field.invalid_industry_code': invalid('must be a GB/T 4754 code such as I6513'),
  'field.unknown_industry_code': invalid('{value} is not a GB/T 4754-2017 industry code we know', { value: 'text' }),
  'field.industry_prefix': invalid('must be a GB/T 4754 code prefix such as C39'),
  'field.region_prefix': invalid('must be a GB/T 2260 code prefix such as 31'),
  'field.park_code_format': invalid('must be 2–32 lower-case letters, digits or hyphens'),
  'field.sha256_format': invalid('must be 64 hexadecimal characters (SHA-256)'),
  'field.negative': invalid('must not be negative'),
  'field.not_positive': invalid('must be more than zero'),
  'field.in_future': invalid('is in the future'),
  'field.in_past': invalid('must be today or later'),
  'field.duplicate': invalid('"{value}" is given twice', { value: 'text' }),
  'field.not_plain_text': invalid('must be plain text'),
  'field.not_utf8': invalid('is not valid UTF-8'),
  'field.not_percent_utf8': invalid('is not valid percent-encoded UTF-8'),
  'field.invalid_phone': invalid('"{value}" is not a mainland China phone number such as 13812345678 or 021-68881234', { value: 'text' }),
  'field.date_order': invalid('must not be before {other}', { other: 'text' }),
} as const;

/** Characters the text rule refuses (src/domain/shared/text.ts); `key` when an object key holds it. */
const at = { character: 'text', position: 'number' } as const;
export const TEXT_ERRORS = {
  'text.nul': invalid('must not contain the NUL character ({character}) (character {position})', at),
  'text.lone_surrogate': invalid('must not contain a lone UTF-16 surrogate ({character}), which is no character (character {position})', at),
  'text.line_break': invalid('must be a single line: it holds a line break ({character}) (character {position})', at),
  'text.control': invalid('must not contain the control character {character} (character {position})', at),
  'text.carriage_return': invalid('must not contain a carriage return (U+000D) that is not part of CRLF (character {position})', at),
} as const;

export const AUTH_ERRORS = {
  'auth.sign_in_required': unauthenticated('Sign in first'),
  'auth.invalid_credentials': unauthenticated('Email or password is incorrect'),
  'auth.too_many_attempts': rateLimited('Too many failed sign-in attempts; try again in {retryAfterSeconds} seconds', { retryAfterSeconds: 'number' }),
  'auth.cross_site': forbidden('Cross-site request refused'),
  'auth.foreign_origin': forbidden('Request from origin {origin} refused', { origin: 'text' }),
} as const;

/** The access policy's refusals (src/domain/access). */
export const ACCESS_ERRORS = {
  'access.role_may_not': forbidden('Your role may not {action}', { action: 'text' }),
  'access.enterprise_grants_only': forbidden('Only the enterprise itself grants or revokes access'),
  'access.no_park': forbidden('You administer no park'),
  'access.not_your_park': forbidden('This park is not one you administer'),
  'access.not_your_organisation': forbidden('This belongs to another organisation'),
  'access.not_a_party': forbidden('Only the enterprise and the institution it concerns may act on it'),
  'access.not_a_party_to_move': forbidden('Only the enterprise and the institution this application concerns may move it'),
  'access.denied': forbidden('You are not allowed to do this'),
} as const;

/** The database's "only one" rules (UNIQUE_RULES in src/db/errors.ts), as a violation is reported. */
export const UNIQUE_ERRORS = {
  'unique.one_open_application_per_product': conflict('You already have an open application to this product'),
  'unique.idempotency_key_once': conflict('This Idempotency-Key was already used for another application'),
  'unique.take_up_once_per_institution': conflict('Your institution has already taken up this need'),
  'unique.one_active_model': conflict('Another model version was activated at the same time; reload and try again'),
  'unique.model_version_name_unique': conflict('A model version with this name already exists'),
  'unique.product_version_once': conflict('This product was changed at the same time; reload and try again'),
  'unique.repayment_reference_once_per_loan': conflict('A repayment with this reference is already recorded for this loan'),
  'unique.one_loan_per_application': conflict('This application already has a loan'),
  'unique.one_open_invitation_per_email': conflict('This e-mail already has an open invitation to your organisation'),
  'unique.one_pending_registration_per_credit_code': conflict('A registration of this credit code is already awaiting its park'),
  'unique.one_pending_registration_per_email': conflict('A registration with this e-mail is already awaiting its park'),
  'unique.user_email_unique': conflict('A user with this email already exists'),
  'unique.membership_once': conflict('This user already has this role in this organisation'),
  'unique.credit_code_unique': conflict('An organisation with this credit code already exists'),
  'unique.park_code_unique': conflict('A park with this code already exists'),
  'unique.rule_set_version_once': conflict('This rule set version is already installed'),
  'unique.one_claim_per_loan_and_period': conflict('This loan already has a claim under this programme for this period'),
  'unique.programme_version_once': conflict('This programme version already exists; reload and try again'),
  'unique.one_draft_per_programme': conflict('This programme already has a draft; edit it instead'),
  'unique.violated': conflict('This already exists'),
} as const;
