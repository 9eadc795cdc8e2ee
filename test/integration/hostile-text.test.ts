// Walks the OpenAPI document and sends NUL, a lone surrogate and a control character to every string
// field of every operation (path and query parameters, JSON bodies), one field at a time in an
// otherwise minimal body built from the schema: never a 5xx, always 400 naming that field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../multipart.ts';
import { createTestApp, type TestApp } from '../app.ts';

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  minLength?: number;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Path = (string | number)[];

const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];
const UUID = '00000000-0000-7000-8000-000000000000';

// What goes into JSON strings, and the same characters percent-encoded for URLs.
// `code` is the field problem each answers with; `urlCode` where the percent-encoding itself is refused.
const HOSTILE = [
  { name: 'NUL', json: 'a\u0000b', url: 'a%00b', code: 'text.nul', urlCode: 'text.nul' },
  { name: 'lone surrogate', json: 'a\ud800b', url: 'a%ED%A0%80b', code: 'text.lone_surrogate', urlCode: 'field.not_percent_utf8' },
  { name: 'control character', json: 'a\u001bb', url: 'a%1Bb', code: 'text.control', urlCode: 'text.control' },
];
const C1 = { name: 'C1 control', json: 'a\u0085b', url: 'a%C2%85b', code: 'text.control', urlCode: 'text.control' };

/** The first alternative of a union that is not null. */
function resolved(schema: Schema): Schema {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return resolved(options.find((o) => o.type !== 'null') ?? options[0]!);
  if (schema.allOf) return resolved(Object.assign({}, ...schema.allOf.map(resolved)) as Schema);
  return schema;
}

/** A minimal value of the schema with every property present, so that every field can be reached. */
function sample(raw: Schema): unknown {
  const schema = resolved(raw);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return UUID;
      if (schema.format === 'date') return '2026-01-15';
      if (schema.format === 'date-time') return '2026-01-15T08:00:00.000Z';
      if (schema.format === 'email') return 'someone@example.com';
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return schema.items ? [sample(schema.items)] : [];
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) value[key] = sample(property);
      if (typeof schema.additionalProperties === 'object') value.k = sample(schema.additionalProperties);
      return value;
    }
    default:
      return 'x';
  }
}

/** The paths of every string leaf of the schema, as sample() builds it. */
function stringPaths(raw: Schema, path: Path = []): Path[] {
  const schema = resolved(raw);
  if (schema.type === 'string') return [path];
  if (schema.type === 'array' && schema.items) return stringPaths(schema.items, [...path, 0]);
  if (schema.type === 'object') {
    const paths = Object.entries(schema.properties ?? {}).flatMap(([key, property]) => stringPaths(property, [...path, key]));
    if (typeof schema.additionalProperties === 'object') paths.push(...stringPaths(schema.additionalProperties, [...path, 'k']));
    return paths;
  }
  return [];
}

function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

interface Probe {
  label: string;
  method: Method;
  url: string;
  body?: unknown;
  /** The field the 400 must name; undefined where the URL itself is refused before routing. */
  field: string | undefined;
  /** The code the named field's problem must carry (or the error's, where no field is named). */
  code: string;
}

/** One probe per operation, string field and hostile value. */
function probesOf(doc: { paths: Record<string, Partial<Record<Method, Operation>>> }): { probes: Probe[]; operations: string[] } {
  const probes: Probe[] = [];
  const operations: string[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push(`${method.toUpperCase()} ${template}`);
      const parameters = operation.parameters ?? [];
      const pathParams = parameters.filter((p) => p.in === 'path');
      const queryParams = parameters.filter((p) => p.in === 'query');
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const base = (p: Parameter) => encodeURIComponent(String(sample(p.schema ?? { type: 'string' })));
      const urlWith = (hostile?: { param: Parameter; value: string }) => {
        const path = template.replace(/\{(\w+)\}/g, (_all, name: string) =>
          hostile?.param.in === 'path' && hostile.param.name === name ? hostile.value : base(pathParams.find((p) => p.name === name)!),
        );
        const query = queryParams
          .filter((p) => p.required || hostile?.param === p)
          .map((p) => `${p.name}=${hostile?.param === p ? hostile.value : base(p)}`);
        return query.length ? `${path}?${query.join('&')}` : path;
      };
      const baseBody = bodySchema ? sample(bodySchema) : undefined;
      const label = `${method.toUpperCase()} ${template}`;
      for (const value of HOSTILE) {
        for (const param of [...pathParams, ...queryParams]) {
          // A path segment that is no UTF-8 is refused by the router, before any route (and field) is known.
          const field = param.in === 'path' && value.name === 'lone surrogate' ? undefined : param.name;
          const code = field === undefined ? 'request.bad_url' : value.urlCode;
          probes.push({ label: `${label} ${param.in} ${param.name} (${value.name})`, method, url: urlWith({ param, value: value.url }), body: baseBody, field, code });
        }
        for (const path of bodySchema ? stringPaths(bodySchema) : []) {
          probes.push({ label: `${label} body ${path.join('.')} (${value.name})`, method, url: urlWith(), body: withValueAt(baseBody, path, value.json), field: path.join('.'), code: value.code });
        }
      }
    }
  }
  return { probes, operations };
}

describe('hostile text in every string field of every operation', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 1 });
    cookie = await t.cookieOf('operator');
  });
  afterAll(async () => t?.close());

  it('refuses NUL, lone surrogates and control characters with 400 naming the field, never 5xx', async () => {
    const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    const { probes, operations } = probesOf(doc);
    expect(operations.length).toBeGreaterThan(80);
    // Every operation is probed through at least one field (the few without any string input are named here).
    const probed = new Set(probes.map((p) => p.label.split(' ').slice(0, 2).join(' ')));
    const unprobed = operations.filter((o) => !probed.has(o));
    expect(unprobed.every((o) => !/\{/.test(o))).toBe(true);

    const failures: string[] = [];
    const BATCH = 8;
    for (let i = 0; i < probes.length; i += BATCH) {
      await Promise.all(
        probes.slice(i, i + BATCH).map(async (probe) => {
          const res = await t.app.inject({
            method: probe.method.toUpperCase() as 'GET',
            url: probe.url,
            headers: { cookie, ...(probe.body !== undefined ? { 'content-type': 'application/json' } : {}) },
            ...(probe.body !== undefined ? { payload: JSON.stringify(probe.body) } : {}),
          });
          const body = res.json() as { error?: { code?: string; details?: { category?: string; fields?: { field: string; code: string }[] } } };
          const named =
            probe.field === undefined ? body.error?.code === probe.code : (body.error?.details?.fields ?? []).some((f) => f.field === probe.field && f.code === probe.code);
          if (res.statusCode !== 400 || body.error?.details?.category !== 'invalid_input' || !named) failures.push(`${probe.label}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(probes.length).toBeGreaterThan(500);
  });

  it('refuses them in multipart form fields too', async () => {
    const cases: { url: string; fields: Record<string, string>; file: { name: string; content: string } }[] = [
      { url: '/api/v1/imports', fields: { kind: 'profiles', parkCode: 'zhangjiang' }, file: { name: 'x.csv', content: 'a\n' } },
      { url: '/api/v1/models/train', fields: { label: 'y', positive: '1' }, file: { name: 'x.csv', content: 'x,y\n1,0\n' } },
    ];
    for (const { url, fields, file } of cases) {
      for (const name of Object.keys(fields)) {
        // A lone surrogate has no UTF-8 form: the nearest a form can send is its CESU-8 bytes, which are no UTF-8.
        const values = [
          ...[...HOSTILE, C1].filter((v) => v.name !== 'lone surrogate').map((v) => ({ name: v.name, bytes: Buffer.from(v.json), code: v.code })),
          { name: 'CESU-8 surrogate', bytes: Buffer.from([0x61, 0xed, 0xa0, 0x80]), code: 'field.not_utf8' },
        ];
        for (const value of values) {
          const res = await t.app.inject({ method: 'POST', url, ...withCookie(multipart({ ...fields, [name]: value.bytes }, file), cookie) });
          expect(res.statusCode, `${url} ${name} (${value.name}): ${res.body}`).toBe(400);
          expect(res.json().error.details).toMatchObject({ category: 'invalid_input' });
          expect(res.json().error.details.fields).toEqual([{ field: name, code: value.code, params: expect.any(Object), message: expect.any(String) }]);
        }
      }
    }
  });
});

function withCookie(form: { payload: Buffer; headers: Record<string, string> }, cookie: string) {
  return { payload: form.payload, headers: { ...form.headers, cookie } };
}
