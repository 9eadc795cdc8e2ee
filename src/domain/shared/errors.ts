// Errors carry specific codes with parameters. Every code is in one catalogue
// (shared/error-codes), which gives its category (→ HTTP status, mapped only in
// src/server/errors.ts), its English message and the kinds of its parameters; the web translates
// the code with the parameters, so a refusal reads in the user's language.
//
//   throw fail('application.stale_version', { sent, version, state });
//   throw invalidFields([problem('expiresOn', 'grant.expiry_past')]);
import { ERRORS, type ErrorCode } from '../../../shared/error-codes/index.ts';
import type { ErrorCategory } from '../../../shared/error-codes/entry.ts';

export { ERRORS, type ErrorCode } from '../../../shared/error-codes/index.ts';
export type { ErrorCategory } from '../../../shared/error-codes/entry.ts';

type ValueOf<K> = K extends 'number' ? number | bigint : K extends 'list' ? readonly (string | number)[] : string | number;
type SpecOf<C extends ErrorCode> = (typeof ERRORS)[C]['params'];
export type ParamsOf<C extends ErrorCode> = { -readonly [N in keyof SpecOf<C>]: ValueOf<SpecOf<C>[N]> };
/** Parameters as they travel: bigints become decimal strings so the envelope stays JSON. */
export type ParamValues = Record<string, string | number | readonly (string | number)[]>;

/** One field's problem: the field's path, a catalogue code and its parameters, and the English. */
export interface FieldProblem {
  field: string;
  code: ErrorCode;
  params: ParamValues;
  message: string;
}

export interface ErrorExtra {
  fields?: FieldProblem[];
  /** Machine-readable extras kept beside the parameters (a rule name, the allowed moves…). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** A code's parameters (required when it has any) and the error's extras, as `fail` takes them. */
export type ArgsOf<C extends ErrorCode> = keyof SpecOf<C> extends never
  ? [params?: Record<string, never>, extra?: ErrorExtra]
  : [params: ParamsOf<C>, extra?: ErrorExtra];

export class DomainError extends Error {
  readonly category: ErrorCategory;
  readonly fields: FieldProblem[];
  readonly extra: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    readonly params: ParamValues,
    extra: ErrorExtra = {},
    message: string = renderMessage(code, params),
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'DomainError';
    this.category = ERRORS[code].category;
    this.fields = extra.fields ?? [];
    this.extra = extra.details ?? {};
  }

  /** What the envelope's `details` carries: the category, the parameters, field problems, extras. */
  get details(): Record<string, unknown> {
    return { ...this.extra, category: this.category, params: this.params, ...(this.fields.length ? { fields: this.fields } : {}) };
  }
}

const plain = (params: Record<string, unknown> | undefined): ParamValues =>
  Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === 'bigint' ? v.toString() : (v as ParamValues[string])]));

/** The English message of a code with its parameters filled in. */
export function renderMessage(code: ErrorCode, params: ParamValues): string {
  return ERRORS[code].en.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/** The error for a catalogue code: `throw fail('need.not_open', { status })`. */
export function fail<C extends ErrorCode>(code: C, ...[params, extra]: ArgsOf<C>): DomainError {
  return new DomainError(code, plain(params), extra);
}

/** One field's problem for `invalidFields` (or a list the caller sends on). */
export function problem<C extends ErrorCode>(field: string, code: C, ...[params]: ArgsOf<C>): FieldProblem {
  const values = plain(params);
  return { field, code, params: values, message: renderMessage(code, values) };
}

/** 400 for problems with named fields: the first problem's code and parameters head the error. */
export function invalidFields(fields: FieldProblem[], extra: Omit<ErrorExtra, 'fields'> = {}): DomainError {
  const first = fields[0];
  if (!first) return new DomainError('request.invalid', {}, extra);
  return new DomainError(first.code, { ...first.params, field: first.field }, { ...extra, fields }, `${first.field}: ${first.message}`);
}

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && Object.hasOwn(ERRORS, value);
