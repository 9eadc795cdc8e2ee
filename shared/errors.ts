// The error catalogue's codes, read by both sides: the server throws them (DomainError, src/domain/shared/errors.ts)
// and answers them in its envelope; the web translates them (web/src/i18n/*/api-errors.ts).
import { ERRORS, type ErrorCode } from './error-codes/index.ts';

export { ERRORS, type ErrorCode } from './error-codes/index.ts';
export type { ErrorCategory, ParamKind } from './error-codes/entry.ts';

export const ERROR_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];
