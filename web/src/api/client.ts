// The API client: openapi-fetch typed by the server's own OpenAPI document (schema.gen.ts, from
// `npm run gen:api`), with same-origin cookies, the user's language, and errors as ApiError.
import createClient, { type Middleware } from 'openapi-fetch';
import type { ErrorCategory, ErrorCode } from '../../../shared/errors.ts';
import type { paths } from './schema.gen';

/** The server's specific error codes; a category when an answer carried no known code; `network` when no answer came. */
export type ApiErrorCode = ErrorCode | ErrorCategory | 'network';

export interface FieldProblem {
  field: string;
  message: string;
  code?: ErrorCode;
  params?: Record<string, unknown>;
}

export interface ApiErrorDetails {
  fields?: FieldProblem[];
  category?: ErrorCategory;
  params?: Record<string, unknown>;
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The broad kind of refusal (the envelope's details.category, else the HTTP status's). */
  get category(): ErrorCategory | 'network' {
    if (this.code === 'network') return 'network';
    return this.details.category ?? categoryOfStatus(this.status);
  }

  get fields(): FieldProblem[] {
    return Array.isArray(this.details.fields) ? this.details.fields : [];
  }
}

export const API_BASE = '/api/v1';

type Query = Record<string, string | number | boolean | undefined | null>;

let unauthenticatedListener: (() => void) | undefined;
let currentLanguage = 'zh-CN';

/** Called when a request (other than a sign-in attempt) finds the session gone. */
export function onUnauthenticated(listener: (() => void) | undefined): void {
  unauthenticatedListener = listener;
}

/** Sent as Accept-Language so the server may answer in the user's language. */
export function setRequestLanguage(language: string): void {
  currentLanguage = language;
}

/** Empty values are left out, so an unset filter is no filter. */
function searchOf(query?: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    // A list goes as the key repeated (state=a&state=b), which the server reads as an array.
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params.toString();
}

export function buildUrl(path: string, query?: Query): string {
  const search = searchOf(query);
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/** The catalogue's codes, loaded with the first error answer: a page that meets none never loads the catalogue. */
let knownCodes: Promise<ReadonlySet<string>> | undefined;
const loadKnownCodes = () => (knownCodes ??= import('../../../shared/errors.ts').then((m) => new Set<string>(m.ERROR_CODES)));

function categoryOfStatus(status: number): ErrorCategory {
  if (status === 400) return 'invalid_input';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'unavailable';
  return 'internal';
}

/** The `{ error: { code, message, details } }` envelope (or whatever came instead) as an ApiError. */
async function toApiError(response: Response, body: unknown): Promise<ApiError> {
  const error = (body as { error?: { code?: string; message?: string; details?: ApiErrorDetails } } | undefined)?.error;
  const known = error?.code ? (await loadKnownCodes()).has(error.code) : false;
  const code = known ? (error!.code as ErrorCode) : categoryOfStatus(response.status);
  return new ApiError(response.status, code, error?.message ?? response.statusText, error?.details ?? {});
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    request.headers.set('Accept-Language', currentLanguage);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith(`${API_BASE}/auth/`)) unauthenticatedListener?.();
    return response;
  },
};

/** openapi-fetch builds a Request, which needs an absolute URL; in the browser this is the page's origin. */
const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;

/** The typed client: paths, parameters, bodies and answers as the server's OpenAPI document says. */
export const client = createClient<paths>({
  baseUrl: origin,
  credentials: 'same-origin',
  querySerializer: (query) => searchOf(query),
});
client.use(session);

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * Awaits a typed call and gives its data, or throws an ApiError (status 0 `network` when no answer
 * came; an abort is rethrown as it is).
 */
export async function ok<D>(call: Promise<Answer<D>>): Promise<Exclude<D, undefined>> {
  let answer: Answer<D>;
  try {
    answer = await call;
  } catch (cause) {
    if (isAbort(cause)) throw cause;
    throw new ApiError(0, 'network', 'Network error');
  }
  if (!answer.response.ok) throw await toApiError(answer.response, answer.error);
  return answer.data as Exclude<D, undefined>;
}

/**
 * Call options for a multipart upload: OpenAPI does not describe those bodies, so the form goes as
 * it is and the browser sets its Content-Type.
 */
export const multipart = (form: FormData) => ({ body: form as never, bodySerializer: (body: unknown) => body as FormData });

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
