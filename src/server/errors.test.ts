// What handleError answers for a client error no code names: the generic code, without the
// framework's English message (which goes to the log only).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { handleError, type ErrorBody } from './errors.ts';

function answer(error: Partial<FastifyError> & { message: string }) {
  const logged: unknown[] = [];
  const sent: { status?: number; body?: ErrorBody } = {};
  const request = { id: 'req-1', headers: {}, log: { info: (entry: unknown) => logged.push(entry), error: (entry: unknown) => logged.push(entry) } };
  const reply = {
    request,
    header: () => reply,
    type: () => reply,
    status: (status: number) => ((sent.status = status), reply),
    send: (body: ErrorBody) => ((sent.body = body), reply),
  };
  handleError(Object.assign(new Error(error.message), error) as FastifyError, request as unknown as FastifyRequest, reply as unknown as FastifyReply);
  return { ...sent, logged };
}

describe('handleError', () => {
  it('answers an unclassified client error with request.bad_request and no parameters, logging what it was', () => {
    const { status, body, logged } = answer({ code: 'FST_SOMETHING_NEW', statusCode: 400, message: 'Something new went wrong with "x"' });
    expect(status).toBe(400);
    expect(body?.error.code).toBe('request.bad_request');
    expect(body?.error.details).toEqual({ category: 'invalid_input', params: {} });
    expect(JSON.stringify(body)).not.toContain('Something new');
    expect(logged).toHaveLength(1);
  });

  it('answers multipart limits by their own codes with 400, not as a body too large', () => {
    expect(answer({ code: 'FST_FILES_LIMIT', statusCode: 413, message: 'reach files limit' })).toMatchObject({ status: 400, body: { error: { code: 'file.one_only' } } });
    expect(answer({ code: 'FST_FIELDS_LIMIT', statusCode: 413, message: 'reach fields limit' })).toMatchObject({ status: 400, body: { error: { code: 'request.too_many_form_fields' } } });
    expect(answer({ code: 'FST_REQ_FILE_TOO_LARGE', statusCode: 413, message: 'request file too large' })).toMatchObject({ status: 413, body: { error: { code: 'request.too_large' } } });
  });

  it('answers a missing Content-Type by its code', () => {
    expect(answer({ code: 'FST_ERR_ROUTE_MISSING_CONTENT_TYPE', statusCode: 400, message: "Method 'POST' must provide a 'Content-Type' header." })).toMatchObject({ status: 400, body: { error: { code: 'request.content_type_required', details: { params: {} } } } });
  });
});
