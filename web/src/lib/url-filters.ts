// A list page keeps its filters in the address through usePagedList's `inUrl` (see url-query.ts),
// which reads each value back as a plain string; a home figure links to a list with its filter in
// the URL (?due=today). `oneOf` narrows such a string to the values the list API accepts.

/** Only the values of `allowed` (anything else in the URL is ignored). */
export const oneOf = <V extends string>(value: string | undefined, allowed: readonly V[]): V | undefined =>
  value !== undefined && (allowed as readonly string[]).includes(value) ? (value as V) : undefined;
