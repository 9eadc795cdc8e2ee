// One list of error codes (shared/errors.ts, read by the web too). Domain and services throw these;
// only the server maps them to HTTP.
import type { ErrorCode, FieldProblem } from '../../../shared/errors.ts';

export { ERROR_CODES, type ErrorCode, type FieldProblem } from '../../../shared/errors.ts';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalidInput = (message: string, fields: FieldProblem[] = []) =>
  new DomainError('invalid_input', message, fields.length ? { fields } : undefined);
export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError('forbidden', message);
export const conflict = (message: string, field?: string) =>
  new DomainError('conflict', message, field ? { fields: [{ field, message }] } : undefined);
export const unauthenticated = (message = 'Sign in first') => new DomainError('unauthenticated', message);
