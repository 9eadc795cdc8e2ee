// zod's issues as field problems with catalogue codes and parameters (field.too_long {max}, …),
// so the web can say each in the user's language next to its field. A schema may name its own
// field code as a check's message (`.regex(re, 'field.invalid_region_code')`) or, for a custom
// issue, in `params: { code, params }`.
import { isErrorCode, renderMessage, type FieldProblem, type ErrorCode, type ParamValues } from './errors.ts';

/** The parts of a zod issue read here (zod's own issue or fastify-type-provider-zod's copy of it). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  [key: string]: unknown;
}

const FORMAT_CODES: Record<string, ErrorCode> = {
  email: 'field.invalid_email',
  uuid: 'field.invalid_id',
  guid: 'field.invalid_id',
  date: 'field.invalid_date',
  datetime: 'field.invalid_datetime',
  url: 'field.invalid_url',
};

/** A field problem of a fastify-type-provider-zod validation entry. */
export function zodFieldProblem(v: { keyword: string; instancePath?: string; message?: string; params?: unknown }): FieldProblem {
  const path = (v.instancePath ?? '').replace(/^\//, '').split('/').filter(Boolean);
  return zodIssueProblem({ ...(v.params as Record<string, unknown>), code: v.keyword, path, message: v.message });
}

export function zodIssueProblem(zodIssue: { code: string; path: readonly PropertyKey[]; message?: string }): FieldProblem {
  const issue = zodIssue as IssueLike;
  const field = issue.path.map(String).join('.');
  const [code, params] = codeOf(issue);
  return { field, code, params, message: renderMessage(code, params) };
}

const num = (value: unknown) => (typeof value === 'bigint' ? Number(value) : Number(value));

function codeOf(issue: IssueLike): [ErrorCode, ParamValues] {
  if (isErrorCode(issue.message)) return [issue.message, {}];
  const custom = issue.params as { code?: unknown; params?: ParamValues } | undefined;
  if (issue.code === 'custom' && isErrorCode(custom?.code)) return [custom.code, custom.params ?? {}];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return ['field.not_integer', {}];
      // zod reports the input only when asked (reportInput), so without it the message tells.
      return ('input' in issue ? issue.input === undefined : /received undefined/.test(issue.message ?? ''))
        ? ['field.required', {}]
        : ['field.invalid_type', { expected: String(issue.expected) }];
    case 'too_small':
      return small(issue);
    case 'too_big':
      return big(issue);
    case 'invalid_value':
      return ['field.invalid_enum', { values: ((issue.values as unknown[]) ?? []).map(String) }];
    case 'invalid_format':
      return [FORMAT_CODES[String(issue.format)] ?? 'field.invalid_format', {}];
    case 'unrecognized_keys':
      return ['field.unknown_keys', { keys: ((issue.keys as unknown[]) ?? []).map(String) }];
    case 'not_multiple_of':
      return ['field.not_multiple', { divisor: num(issue.divisor) }];
    default:
      return ['field.invalid', {}];
  }
}

function small(issue: IssueLike): [ErrorCode, ParamValues] {
  const min = num(issue.minimum);
  if (issue.origin === 'string') return min <= 1 ? ['field.required', {}] : ['field.too_short', { min }];
  if (issue.origin === 'array' || issue.origin === 'set') return ['field.too_few', { min }];
  return issue.inclusive === false ? ['field.too_small_exclusive', { min }] : ['field.too_small', { min }];
}

function big(issue: IssueLike): [ErrorCode, ParamValues] {
  const max = num(issue.maximum);
  if (issue.origin === 'string') return ['field.too_long', { max }];
  if (issue.origin === 'array' || issue.origin === 'set') return ['field.too_many', { max }];
  return issue.inclusive === false ? ['field.too_big_exclusive', { max }] : ['field.too_big', { max }];
}
