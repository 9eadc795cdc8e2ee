// The text rule at the HTTP edge, for every route at once: JSON bodies are decoded as strict UTF-8 and
// nested at most MAX_JSON_DEPTH deep, query strings are decoded strictly, and before validation every
// string in params, query and body (object keys included) goes through findBadCharacter. A string may
// hold line breaks and tabs only where its zod schema is `multilineText()`. Nothing is stripped or
// replaced: a refused character answers 400 invalid_input naming the field, as zod's errors do.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { badCharacterProblem, decodeUtf8, findBadCharacter } from '../domain/shared/text.ts';
import { type DomainError, fail, invalidFields, problem, type FieldProblem } from '../domain/shared/errors.ts';
import { MULTILINE_TEXT } from './routes/common.ts';

export const MAX_JSON_DEPTH = 32;
const MAX_REPORTED_FIELDS = 20;

type Part = 'params' | 'querystring' | 'body';
type Path = (string | number)[];

export function registerTextRule(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    const text = decodeUtf8(body);
    if (text === null) return done(invalidBody(fail('request.body_not_utf8')), undefined);
    if (nestedDeeperThan(text, MAX_JSON_DEPTH)) return done(invalidBody(fail('request.json_too_deep', { max: MAX_JSON_DEPTH })), undefined);
    parseJson(request, text, done);
  });
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    const text = decodeUtf8(body);
    if (text === null) return done(invalidBody(fail('request.body_not_utf8')), undefined);
    done(null, text);
  });
  app.addHook('preValidation', async (request) => refuseBadText(request));
}

/** The query string decoded strictly: a component that is no valid percent-encoded UTF-8 is remembered, not replaced. */
export function parseQueryString(query: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = Object.create(null);
  const undecodable: string[] = [];
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq));
    const value = decodeComponent(eq === -1 ? '' : pair.slice(eq + 1));
    if (key === null || value === null) {
      undecodable.push(key ?? pair.slice(0, eq === -1 ? undefined : eq));
      continue;
    }
    const previous = result[key];
    result[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  if (undecodable.length) Object.defineProperty(result, UNDECODABLE, { value: undecodable, enumerable: false });
  return result;
}

const UNDECODABLE = Symbol('undecodable query fields');

function decodeComponent(raw: string): string | null {
  const text = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * A multipart text field's value under the same rule (multipart bodies are read by their handlers, part
 * by part). The form parser decodes bytes that are no UTF-8 as U+FFFD, so a field holding U+FFFD is refused
 * as not UTF-8 rather than stored altered; form fields here are codes and column names, never such text.
 */
export function formFieldText(part: { fieldname: string; value: unknown }): string {
  if (typeof part.value !== 'string') throw fieldsRefused('body', [problem(part.fieldname, 'field.not_plain_text')]);
  if (part.value.includes('\ufffd')) throw fieldsRefused('body', [problem(part.fieldname, 'field.not_utf8')]);
  const bad = findBadCharacter(part.value);
  if (bad) throw fieldsRefused('body', [characterProblem(part.fieldname, part.value, bad)]);
  return part.value;
}

function refuseBadText(request: FastifyRequest) {
  if (request.is404) return; // no route: the answer is 404 or 405 whatever was sent
  const schema = (request.routeOptions.schema ?? {}) as { params?: unknown; querystring?: unknown; query?: unknown; body?: unknown };
  const parts: [Part, unknown, unknown][] = [
    ['params', request.params, schema.params],
    ['querystring', request.query, schema.querystring ?? schema.query],
    ['body', request.body, schema.body],
  ];
  for (const [part, value, partSchema] of parts) {
    const problems = problemsIn(value, partSchema as z.ZodType | undefined);
    if (part === 'querystring') problems.unshift(...undecodableFields(value));
    if (problems.length) throw fieldsRefused(part, problems.slice(0, MAX_REPORTED_FIELDS));
  }
}

function undecodableFields(query: unknown): FieldProblem[] {
  const names = query && typeof query === 'object' ? (query as { [UNDECODABLE]?: string[] })[UNDECODABLE] : undefined;
  return (names ?? []).map((field) => problem(field, 'field.not_percent_utf8'));
}

function problemsIn(root: unknown, schema: z.ZodType | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (text: string, path: Path, isKey: boolean) => {
    let bad = findBadCharacter(text, { multiline: true });
    // Tabs and line breaks pass the multi-line rule; whether this field allows them is the schema's say.
    if (!bad && /[\t\n\r]/.test(text) && (isKey || !allowsMultiline(schema, path))) bad = findBadCharacter(text);
    if (bad) problems.push(characterProblem(path.join('.'), text, bad, isKey));
  };
  const walk = (value: unknown, path: Path) => {
    if (problems.length >= MAX_REPORTED_FIELDS) return;
    if (typeof value === 'string') check(value, path, false);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        check(key, [...path, key], true);
        walk(item, [...path, key]);
      }
    }
  };
  walk(root, []);
  return problems;
}

/** Parsed JSON, query objects and the router's params objects; not binary bodies. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer);
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
}

/**
 * Whether the schema lets the string at `path` span lines. Strings typed `unknown` (rows the domain
 * validates field by field) may; they are still held to the rest of the rule.
 */
function allowsMultiline(schema: z.ZodType | undefined, path: Path, at = 0): boolean {
  if (!schema) return false;
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return allowsMultiline(def.innerType, path, at);
    case 'pipe':
      return allowsMultiline(def.in, path, at);
    case 'lazy':
      return allowsMultiline(def.getter?.(), path, at);
    case 'union':
      return (def.options ?? []).some((option) => allowsMultiline(option, path, at));
    case 'intersection':
      return allowsMultiline(def.left, path, at) || allowsMultiline(def.right, path, at);
    case 'unknown':
    case 'any':
      return true;
  }
  if (at === path.length) return def.type === 'string' && MULTILINE_TEXT.get(schema)?.multiline === true;
  const step = path[at]!;
  switch (def.type) {
    case 'object':
      return allowsMultiline(def.shape?.[String(step)] ?? def.catchall, path, at + 1);
    case 'array':
      return allowsMultiline(def.element, path, at + 1);
    case 'tuple':
      return allowsMultiline(def.items?.[Number(step)] ?? def.rest ?? undefined, path, at + 1);
    case 'record':
      return allowsMultiline(def.valueType, path, at + 1);
    default:
      return false;
  }
}

/** Whether JSON text opens more than `limit` arrays or objects inside one another (checked before parsing). */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

function fieldsRefused(part: Part, fields: FieldProblem[]) {
  return invalidFields(fields, { details: { in: part } });
}

function invalidBody(error: DomainError) {
  error.extra.in = 'body';
  return error;
}

/** A refused character; `key` when it is in an object key rather than a value. */
function characterProblem(field: string, text: string, bad: NonNullable<ReturnType<typeof findBadCharacter>>, key = false): FieldProblem {
  const { code, params } = badCharacterProblem(text, bad);
  const found = problem(field, code, params);
  return key ? { ...found, params: { ...found.params, key: 1 }, message: `has a key that ${found.message}` } : found;
}
