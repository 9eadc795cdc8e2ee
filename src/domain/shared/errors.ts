// One list of error codes. Domain and services throw these; only the server maps them to HTTP.
export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unavailable'
  | 'internal';

export interface FieldProblem {
  field: string;
  message: string;
}

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
