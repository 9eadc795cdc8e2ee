// What the HTTP edge refuses before a route's handler runs, and that every such refusal is the one
// error envelope { error: { code, message, details } } with the request id.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/server/text-rule.ts';
import { createTestApp, type TestApp } from '../app.ts';

let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp({ enterprises: 1 });
  cookie = await t.cookieOf('operator');
});
afterAll(async () => t?.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'PROPFIND';
const send = (method: Method, url: string, options: { payload?: string | Buffer; headers?: Record<string, string> } = {}) =>
  t.app.inject({ method: method as 'GET', url, payload: options.payload, headers: { cookie, ...options.headers } });
const json = { 'content-type': 'application/json' };

function expectEnvelope(res: Awaited<ReturnType<typeof send>>, status: number, code: string, category: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['x-request-id']).toEqual(expect.any(String));
  const body = res.json() as { error: { code: string; message: string; details: { category: string; params: Record<string, unknown> } & Record<string, unknown> } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.details.category).toBe(category);
  expect(body.error.details.params).toEqual(expect.any(Object));
  return body.error;
}

describe('framework errors answer the envelope', () => {
  it('a path parameter over the length limit: 414', async () => {
    const error = expectEnvelope(await send('GET', `/api/v1/enterprises/${'9'.repeat(200)}`), 414, 'request.param_too_long', 'uri_too_long');
    expect(error.message).not.toContain('9'.repeat(200));
  });

  it('a path segment that is no percent-encoded UTF-8: 400', async () => {
    for (const segment of ['%FF', '%E0%A4%A', '%ED%A0%80']) expectEnvelope(await send('GET', `/api/v1/parks/${segment}`), 400, 'request.bad_url', 'invalid_input');
  });

  it('an unknown route: 404', async () => {
    const error = expectEnvelope(await send('GET', '/api/v1/nothing-here'), 404, 'request.route_not_found', 'not_found');
    expect(error.message).toBe('No route GET /api/v1/nothing-here');
    expect(error.details.params).toEqual({ method: 'GET', path: '/api/v1/nothing-here' });
  });

  it('a method the path does not take: 405 with Allow', async () => {
    for (const method of ['DELETE', 'PROPFIND', 'OPTIONS'] as const) {
      const res = await send(method, '/api/v1/parks');
      expect(expectEnvelope(res, 405, 'request.method_not_allowed', 'method_not_allowed').details).toEqual({
        category: 'method_not_allowed',
        params: { method, path: '/api/v1/parks', allowed: ['GET', 'HEAD', 'POST'] },
        allow: ['GET', 'HEAD', 'POST'],
      });
      expect(res.headers.allow).toBe('GET, HEAD, POST');
    }
    const withParams = await send('PUT', '/api/v1/products/00000000-0000-7000-8000-000000000000');
    expect(expectEnvelope(withParams, 405, 'request.method_not_allowed', 'method_not_allowed').details).toMatchObject({
      params: { method: 'PUT', allowed: ['GET', 'HEAD', 'PATCH'] },
      allow: ['GET', 'HEAD', 'PATCH'],
    });
    // A trailing slash is another path, not another method.
    expectEnvelope(await send('GET', '/api/v1/parks/'), 404, 'request.route_not_found', 'not_found');
  });

  it('a body of a type no route reads: 415', async () => {
    expectEnvelope(await send('POST', '/api/v1/parks', { payload: '<park/>', headers: { 'content-type': 'application/xml' } }), 415, 'request.unsupported_media_type', 'unsupported_media_type');
  });

  it('an empty, malformed or poisoned JSON body: 400', async () => {
    const cases = [
      ['', 'request.empty_json'],
      ['{', 'request.malformed_json'],
      ['{"__proto__":{"admin":true}}', 'request.malformed_json'],
      ['{"constructor":{"prototype":{}}}', 'request.malformed_json'],
    ] as const;
    for (const [payload, code] of cases) {
      expectEnvelope(await send('POST', '/api/v1/parks', { payload, headers: json }), 400, code, 'invalid_input');
    }
  });

  it('a Content-Length that does not match the body: 400', async () => {
    expectEnvelope(await send('POST', '/api/v1/parks', { payload: '{}', headers: { ...json, 'content-length': '10' } }), 400, 'request.bad_content_length', 'invalid_input');
  });

  it(`JSON nested deeper than ${MAX_JSON_DEPTH} levels: 400, before anything walks it`, async () => {
    const deep = (n: number) => `{"rules":${'['.repeat(n)}${']'.repeat(n)}}`;
    const error = expectEnvelope(await send('POST', '/api/v1/products/preview', { payload: deep(100_000), headers: json }), 400, 'request.json_too_deep', 'invalid_input');
    expect(error.message).toContain('nested deeper');
    expect(error.details.params).toEqual({ max: MAX_JSON_DEPTH });
    // Brackets inside strings are text, not nesting.
    const inString = await send('POST', '/api/v1/parks', { payload: JSON.stringify({ code: '['.repeat(100), name: '{'.repeat(100) }), headers: json });
    expect(inString.json().error.code).not.toBe('request.json_too_deep');
    expect(inString.json().error.message).not.toContain('nested deeper');
    const atLimit = await send('POST', '/api/v1/products/preview', { payload: deep(MAX_JSON_DEPTH - 1), headers: json });
    expect(atLimit.json().error.code).not.toBe('request.json_too_deep');
    expect(atLimit.json().error.message).not.toContain('nested deeper');
  });

  it('a multipart field declared as JSON that is not: 400', async () => {
    const boundary = 'kejinboundary';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\nContent-Type: application/json\r\n\r\n{nope\r\n--${boundary}--\r\n`;
    expectEnvelope(await send('POST', '/api/v1/imports', { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }), 400, 'request.form_field_json', 'invalid_input');
  });

  describe('multipart bodies the server cannot split: each cause its own code, no English detail', () => {
    const boundary = 'kejinboundary';
    const multipart = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const field = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nx\r\n`;
    const file = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\r\n`;

    it('a multipart Content-Type without a boundary: 400 request.multipart_malformed', async () => {
      const error = expectEnvelope(await send('POST', '/api/v1/imports', { payload: field('kind'), headers: { 'content-type': 'multipart/form-data' } }), 400, 'request.multipart_malformed', 'invalid_input');
      expect(error.details.params).toEqual({});
    });

    it('a file part cut off before its end: 400 request.multipart_malformed', async () => {
      const payload = `${field('kind')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na,b\n1,`;
      expectEnvelope(await send('POST', '/api/v1/models/train', { payload, headers: multipart }), 400, 'request.multipart_malformed', 'invalid_input');
    });

    it('two files where one is taken: 400 file.one_only', async () => {
      const payload = `${field('label')}${file('a.csv')}${file('b.csv')}--${boundary}--\r\n`;
      expectEnvelope(await send('POST', '/api/v1/models/train', { payload, headers: multipart }), 400, 'file.one_only', 'invalid_input');
    });

    it('more form fields than the route takes: 400 request.too_many_form_fields', async () => {
      const payload = `${Array.from({ length: 12 }, (_, i) => field(`f${i}`)).join('')}--${boundary}--\r\n`;
      const error = expectEnvelope(await send('POST', '/api/v1/imports', { payload, headers: multipart }), 400, 'request.too_many_form_fields', 'invalid_input');
      expect(error.details.params).toEqual({});
    });
  });
});

describe('requests that are no HTTP', () => {
  const raw = async (request: string) => {
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = new URL(address);
    return new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
  };

  it('answers a request line Node cannot parse with the envelope', async () => {
    const answer = await raw('NOT HTTP AT ALL\r\n\r\n');
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body!)).toEqual({ error: { code: 'request.malformed_http', message: 'Malformed HTTP request', details: { category: 'invalid_input', params: {} } } });
  });
});

describe('nothing the user sent is silently altered', () => {
  it('refuses a JSON body that is not UTF-8 instead of decoding it with U+FFFD', async () => {
    const payload = Buffer.concat([Buffer.from('{"email":"a'), Buffer.from([0xff]), Buffer.from('@example.com","password":"secret-password"}')]);
    const error = expectEnvelope(await send('POST', '/api/v1/auth/login', { payload, headers: json }), 400, 'request.body_not_utf8', 'invalid_input');
    expect(error.message).toBe('The body is not valid UTF-8');
    const cesu = Buffer.concat([Buffer.from('{"code":"a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    expectEnvelope(await send('POST', '/api/v1/parks', { payload: cesu, headers: json }), 400, 'request.body_not_utf8', 'invalid_input');
  });

  it('refuses query values that are no percent-encoded UTF-8, naming them', async () => {
    for (const value of ['%FF', '%ED%A0%80', 'a%']) {
      const error = expectEnvelope(await send('GET', `/api/v1/enterprises?q=${value}`), 400, 'field.not_percent_utf8', 'invalid_input');
      expect(error.details).toEqual({
        in: 'querystring',
        category: 'invalid_input',
        params: { field: 'q' },
        fields: [{ field: 'q', code: 'field.not_percent_utf8', params: {}, message: 'is not valid percent-encoded UTF-8' }],
      });
    }
    // Well-formed encodings, '+' for space and repeated keys keep working.
    const fine = await send('GET', '/api/v1/enterprises?q=%E5%BC%A0%E6%B1%9F+1&page=1');
    expect(fine.statusCode, fine.body).toBe(200);
  });

  it('refuses a lone surrogate sent as a JSON escape, naming the field', async () => {
    const error = expectEnvelope(await send('POST', '/api/v1/auth/login', { payload: '{"email":"a\\ud800@example.com","password":"secret-password"}', headers: json }), 400, 'text.lone_surrogate', 'invalid_input');
    expect(error.details).toEqual({
      in: 'body',
      category: 'invalid_input',
      params: { character: 'U+D800', position: 2, field: 'email' },
      fields: [{ field: 'email', code: 'text.lone_surrogate', params: { character: 'U+D800', position: 2 }, message: expect.stringContaining('lone UTF-16 surrogate (U+D800)') }],
    });
  });

  it('checks object keys too', async () => {
    const error = expectEnvelope(await send('POST', '/api/v1/parks', { payload: JSON.stringify({ 'co\u0000de': 'x' }), headers: json }), 400, 'text.nul', 'invalid_input');
    expect(error.details).toEqual({
      in: 'body',
      category: 'invalid_input',
      params: expect.objectContaining({ character: 'U+0000', position: 3, field: 'co\u0000de' }),
      fields: [{ field: 'co\u0000de', code: 'text.nul', params: expect.objectContaining({ character: 'U+0000', position: 3 }), message: expect.stringMatching(/^has a key that must not contain the NUL/) }],
    });
  });
});

describe('single-line and multi-line text', () => {
  const enterprise = (address: string, name = '测试企业有限公司') => ({
    creditCode: 'not-a-credit-code',
    name,
    parkId: '00000000-0000-7000-8000-000000000000',
    industryCode: 'I6510',
    regionCode: '310115',
    foundedOn: '2019-05-01',
    registeredCapitalFen: 100,
    employees: 1,
    legalRepresentative: '张伟',
    address,
  });
  const fieldsOf = async (body: unknown) => {
    const res = await send('POST', '/api/v1/enterprises', { payload: JSON.stringify(body), headers: json });
    expect(res.statusCode).toBe(400);
    return (res.json().error.details.fields as { field: string; message: string }[]).map((f) => f.field);
  };

  it('lets a multi-line field hold LF, CRLF and tab, so validation goes on to the other fields', async () => {
    expect(await fieldsOf(enterprise('上海市浦东新区\r\n张江路1号\t3楼\n'))).toEqual(['creditCode']);
  });

  it('keeps a field multi-line in schemas derived from it (partial, omit, extend)', async () => {
    const res = await send('PATCH', '/api/v1/enterprises/91310115MA1K4XXXXX', { payload: JSON.stringify({ address: '张江路1号\n3楼', employees: -1 }), headers: json });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['employees']);
  });

  it('refuses a lone CR even in multi-line text', async () => {
    expect(await fieldsOf(enterprise('上海市\r张江路'))).toEqual(['address']);
  });

  it('refuses line breaks and tabs in single-line fields', async () => {
    expect(await fieldsOf(enterprise('张江路1号', '测试\n企业'))).toEqual(['name']);
    expect(await fieldsOf(enterprise('张江路1号', '测试\t企业'))).toEqual(['name']);
    const error = expectEnvelope(await send('GET', '/api/v1/enterprises?q=a%0Ab'), 400, 'text.line_break', 'invalid_input');
    expect(error.details).toEqual({
      in: 'querystring',
      category: 'invalid_input',
      params: { character: 'U+000A', position: 2, field: 'q' },
      fields: [{ field: 'q', code: 'text.line_break', params: { character: 'U+000A', position: 2 }, message: expect.stringContaining('single line') }],
    });
  });
});
