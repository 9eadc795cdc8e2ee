// One list of error codes: the server throws them (DomainError) and answers them in its envelope,
// the web reads them from ApiError.
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one field, in `details.fields` of an `invalid_input` (or `conflict`) error. */
export interface FieldProblem {
  field: string;
  message: string;
}
