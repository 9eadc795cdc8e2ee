// Maps every error to the JSON envelope { error: { code, message, details } } with its status.
// Stack traces go to the log, never to the client.
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

const CODE_OF_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(STATUS_OF).map(([code, status]) => [status, code as ErrorCode]),
);

export interface ErrorBody {
  error: { code: ErrorCode | 'unsupported_media_type' | 'method_not_allowed'; message: string; details?: unknown };
}

export function sendError(reply: FastifyReply, status: number, body: ErrorBody) {
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
  const status = error.statusCode ?? 500;
  if (status === 413) return sendError(reply, 413, { error: { code: 'payload_too_large', message: `Request body is larger than the limit` } });
  if (status === 415) return sendError(reply, 415, { error: { code: 'unsupported_media_type', message: error.message } });
  if (status >= 400 && status < 500) {
    const message = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError ? 'Malformed JSON body' : error.message;
    return sendError(reply, status, { error: { code: CODE_OF_STATUS[status] ?? 'invalid_input', message } });
  }
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
