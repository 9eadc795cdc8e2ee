// Maps every error to the JSON envelope { error: { code, message, details } } with its status.
// Stack traces go to the log, never to the client.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode } from '../domain/shared/errors.ts';

export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** Codes of refusals the HTTP layer makes itself, beside the domain's list. */
type HttpCode = 'method_not_allowed' | 'not_acceptable' | 'uri_too_long' | 'unsupported_media_type';

const CODE_OF_STATUS: Record<number, ErrorCode | HttpCode> = {
  ...Object.fromEntries(Object.entries(STATUS_OF).map(([code, status]) => [status, code as ErrorCode])),
  405: 'method_not_allowed',
  406: 'not_acceptable',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
};

/** Framework errors whose own message says too little (or echoes the whole request) to a client. */
const MESSAGE_OF: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Malformed JSON body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty but its Content-Type says JSON: send a JSON value, or no Content-Type',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported Content-Type: send application/json (or multipart/form-data where a file is uploaded)',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The body size does not match Content-Length',
  FST_ERR_BAD_URL: 'Malformed URL: a path segment is not valid percent-encoded UTF-8',
  FST_ERR_MAX_PARAM_LENGTH: 'A path segment is longer than the limit (100 characters)',
  FST_PROTO_VIOLATION: 'A form field name is not allowed',
  FST_INVALID_JSON_FIELD_ERROR: 'A form field declared as JSON is not valid JSON',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'Send this as multipart/form-data',
};

/** Multipart's own statuses for malformed forms (406) are client errors of the input: 400. */
const STATUS_OF_FRAMEWORK_CODE: Record<string, number> = {
  FST_INVALID_JSON_FIELD_ERROR: 400,
  FST_INVALID_MULTIPART_CONTENT_TYPE: 400,
};

export interface ErrorBody {
  error: { code: ErrorCode | HttpCode; message: string; details?: unknown };
}

export function sendError(reply: FastifyReply, status: number, body: ErrorBody) {
  // Errors refused before routing (bad URLs) skip the onSend hook that sets these.
  reply.header('x-request-id', reply.request.id).header('x-content-type-options', 'nosniff');
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    if (error.code === 'rate_limited' && typeof error.details?.retryAfterSeconds === 'number') {
      reply.header('retry-after', String(error.details.retryAfterSeconds));
    }
    return sendError(reply, STATUS_OF[error.code], { error: { code: error.code, message: error.message, details: error.details } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const fields = error.validation.map((v) => ({
      field: fieldName(v.instancePath, v.params),
      message: v.message ?? 'is invalid',
    }));
    const first = fields[0];
    return sendError(reply, 400, {
      error: {
        code: 'invalid_input',
        message: first ? `Invalid ${where}: ${first.field || where} ${first.message}` : `Invalid ${where}`,
        details: { in: where, fields },
      },
    });
  }
  if (isResponseSerializationError(error)) return internal(error, request, reply);
  const status = STATUS_OF_FRAMEWORK_CODE[error.code] ?? error.statusCode ?? 500;
  if (status === 413) return sendError(reply, 413, { error: { code: 'payload_too_large', message: 'Request body is larger than the limit' } });
  if (status >= 400 && status < 500) {
    const message = MESSAGE_OF[error.code] ?? (error instanceof SyntaxError ? 'Malformed JSON body' : error.message);
    return sendError(reply, status, { error: { code: CODE_OF_STATUS[status] ?? 'invalid_input', message } });
  }
  if (status === 503) return sendError(reply, 503, { error: { code: 'unavailable', message: error.message } });
  return internal(error, request, reply);
}

function internal(error: Error, request: FastifyRequest, reply: FastifyReply) {
  request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, 500, { error: { code: 'internal', message: 'Internal error', details: { requestId: request.id } } });
}

function fieldName(instancePath: string | undefined, params: unknown): string {
  const path = (params as { issue?: { path?: (string | number)[] } } | undefined)?.issue?.path;
  if (path?.length) return path.join('.');
  return (instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
}

/** Requests Node cannot parse as HTTP (no route, no reply object): the envelope written to the socket. */
export function handleClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, ErrorCode, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'unavailable', 'The request took too long to arrive']
    : error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'payload_too_large', 'The request headers are larger than the limit']
    : [400, 'invalid_input', 'Malformed HTTP request'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
