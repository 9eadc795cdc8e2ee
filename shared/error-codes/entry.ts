// The shape of one entry in the error catalogue: its category (which decides the HTTP status),
// its English message with `{param}` placeholders, and the kinds of its parameters.

/** The broad kind of a refusal; the server maps each to one HTTP status. */
export type ErrorCategory =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unavailable'
  | 'internal'
  // Refusals only the HTTP layer makes (before any route runs).
  | 'method_not_allowed'
  | 'not_acceptable'
  | 'uri_too_long'
  | 'unsupported_media_type';

/** `text` a string shown as is (a name, a code, a value the user sent), `number`, `list` of strings or numbers. */
export type ParamKind = 'text' | 'number' | 'list';

export interface ErrorEntry<P extends Readonly<Record<string, ParamKind>> = Readonly<Record<string, ParamKind>>> {
  readonly category: ErrorCategory;
  /** English, for API users and logs; the web translates the code instead. */
  readonly en: string;
  readonly params: P;
}

type Params = Readonly<Record<string, ParamKind>>;
const make =
  (category: ErrorCategory) =>
  <const P extends Params = Record<never, never>>(en: string, params?: P): ErrorEntry<P> => ({ category, en, params: (params ?? {}) as P });

export const invalid = make('invalid_input');
export const unauthenticated = make('unauthenticated');
export const forbidden = make('forbidden');
export const notFound = make('not_found');
export const conflict = make('conflict');
export const rateLimited = make('rate_limited');
export const tooLarge = make('payload_too_large');
export const unavailable = make('unavailable');
export const internal = make('internal');
export const httpOnly = (category: 'method_not_allowed' | 'not_acceptable' | 'uri_too_long' | 'unsupported_media_type') => make(category);
