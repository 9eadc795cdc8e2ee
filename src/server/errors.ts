// Maps every error to the JSON envelope { error: { code, message, details } } with its status.
// `code` is the specific catalogue code (shared/error-codes); `details.category` its
// broad kind, which alone decides the status; `details.params` what the web needs to say it in the
// user's language; `details.fields` the problems by field. Stack traces go to the log, never to the client.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, fail, invalidFields, type ErrorCode, type ErrorCategory } from '../domain/shared/errors.ts';
import { zodFieldProblem } from '../domain/shared/zod-issues.ts';

export const STATUS_OF: Record<ErrorCategory, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  not_acceptable: 406,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  401: 'auth.sign_in_required',
  403: 'access.denied',
  404: 'request.route_not_found',
  406: 'request.not_acceptable',
  413: 'request.too_large',
  414: 'request.uri_too_long',
  415: 'request.unsupported_media_type',
  503: 'server.unavailable',
};

/** Framework errors whose own message says too little (or echoes the whole request) to a client. */
const CODE_OF_FRAMEWORK: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.empty_json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.bad_content_length',
  FST_ERR_BAD_URL: 'request.bad_url',
  FST_ERR_MAX_PARAM_LENGTH: 'request.param_too_long',
  FST_PROTO_VIOLATION: 'request.form_field_name',
  FST_INVALID_JSON_FIELD_ERROR: 'request.form_field_json',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.multipart_required',
  FST_ERR_ROUTE_MISSING_CONTENT_TYPE: 'request.content_type_required',
  // Every upload takes one file; the limits on fields and parts are counts, not sizes.
  FST_FILES_LIMIT: 'file.one_only',
  FST_FIELDS_LIMIT: 'request.too_many_form_fields',
  FST_PARTS_LIMIT: 'request.too_many_form_fields',
};

/** Multipart's own statuses for malformed forms (406) are client errors of the input: 400. */
const STATUS_OF_FRAMEWORK_CODE: Record<string, number> = {
  FST_INVALID_JSON_FIELD_ERROR: 400,
  FST_INVALID_MULTIPART_CONTENT_TYPE: 400,
  FST_FILES_LIMIT: 400,
  FST_FIELDS_LIMIT: 400,
  FST_PARTS_LIMIT: 400,
};

/** busboy's errors for a multipart body it cannot split (they carry no code, only these messages). */
const MALFORMED_MULTIPART = /^Multipart: Boundary not found$|^Unexpected end of (multipart data|form)$|terminated early due to unexpected end of multipart data$|^Malformed part header$/;

/** A multipart body busboy cannot split, or whose file part ends before its boundary (the stream closes early). */
const isMalformedMultipart = (error: FastifyError, request: FastifyRequest) =>
  (!error.code && MALFORMED_MULTIPART.test(error.message)) || (error.code === 'ERR_STREAM_PREMATURE_CLOSE' && /^multipart\//i.test(request.headers['content-type'] ?? ''));

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: Record<string, unknown> };
}

export function sendError(reply: FastifyReply, status: number, body: ErrorBody) {
  // Errors refused before routing (bad URLs) skip the onSend hook that sets these.
  reply.header('x-request-id', reply.request.id).header('x-content-type-options', 'nosniff');
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** The envelope of a DomainError, with the status of its category (or `status` where HTTP needs a finer one). */
export function sendDomainError(reply: FastifyReply, error: DomainError, status = STATUS_OF[error.category]) {
  return sendError(reply, status, bodyOf(error));
}

const bodyOf = (error: DomainError): ErrorBody => ({ error: { code: error.code, message: error.message, details: error.details } });

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    // In the parameters (auth.too_many_attempts) or, beside them, in the extras (account.too_many_requests).
    const retry = error.params.retryAfterSeconds ?? error.extra.retryAfterSeconds;
    if (error.category === 'rate_limited' && typeof retry === 'number') reply.header('retry-after', String(retry));
    return sendDomainError(reply, error);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    return sendDomainError(reply, invalidFields(error.validation.map((v) => zodFieldProblem(v)), { details: { in: where } }));
  }
  if (isResponseSerializationError(error)) return internal(error, request, reply);
  if (isMalformedMultipart(error, request)) return sendDomainError(reply, fail('request.multipart_malformed'));
  const status = STATUS_OF_FRAMEWORK_CODE[error.code] ?? error.statusCode ?? 500;
  const frameworkCode = CODE_OF_FRAMEWORK[error.code];
  if (status === 413 && !frameworkCode) return sendDomainError(reply, fail('request.too_large'));
  if (status >= 400 && status < 500) {
    const code = frameworkCode ?? (error instanceof SyntaxError ? 'request.malformed_json' : CODE_OF_STATUS[status]);
    if (code) return sendDomainError(reply, fail(code as 'request.invalid'), status);
    // What it was stays in the log; the client is told only that the request cannot be read.
    request.log.info({ err: error }, 'unclassified client error');
    return sendDomainError(reply, fail('request.bad_request'), status);
  }
  if (status === 503) return sendDomainError(reply, fail('server.unavailable'));
  return internal(error, request, reply);
}

function internal(error: Error, request: FastifyRequest, reply: FastifyReply) {
  request.log.error({ err: error }, 'unhandled error');
  return sendDomainError(reply, fail('server.internal', {}, { details: { requestId: request.id } }));
}

/** Requests Node cannot parse as HTTP (no route, no reply object): the envelope written to the socket. */
export function handleClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, refusal]: [number, DomainError] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, fail('request.timeout')]
    : error.code === 'HPE_HEADER_OVERFLOW' ? [431, fail('request.headers_too_large')]
    : [400, fail('request.malformed_http')];
  const body = JSON.stringify(bodyOf(refusal));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
