// A list's filters and page as URL search parameters, so that leaving a list and coming back (or
// sharing its address) shows the same rows. Only the keys a page declares are read: anything else
// in the address is ignored rather than sent to the API.

export type UrlValueType = 'string' | 'number' | 'boolean';
/** Which filter keys a list keeps in its address, and how each reads back. */
export type UrlSpec<Q> = Partial<Record<keyof Q & string, UrlValueType>>;

export interface UrlPaging {
  page: number;
  pageSize: number;
}

const PAGE_SIZES = [10, 20, 50, 100];

function readValue(raw: string, type: UrlValueType): unknown {
  if (raw === '') return undefined;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (type === 'number') {
    const value = Number(raw);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  return raw;
}

function readPositive(raw: string | null, fallback: number, allowed?: readonly number[]): number {
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) return fallback;
  return allowed && !allowed.includes(value) ? fallback : value;
}

/**
 * The query a list shows for these search parameters: the page's defaults, overridden by each
 * declared key present in the address (present and empty means "cleared", i.e. undefined).
 */
export function queryFromParams<Q extends object>(params: URLSearchParams, spec: UrlSpec<Q>, defaults: Q, pageSize: number): Q & UrlPaging {
  const query: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, type] of Object.entries(spec) as [string, UrlValueType][]) {
    const raw = params.get(key);
    if (raw !== null) query[key] = readValue(raw, type);
  }
  query.page = readPositive(params.get('page'), 1);
  query.pageSize = readPositive(params.get('pageSize'), pageSize, PAGE_SIZES);
  return query as Q & UrlPaging;
}

/**
 * The search parameters for a query: only what differs from the page's defaults, so a list as it
 * first opens has a bare address. Other parameters already in the address are kept.
 */
export function paramsFromQuery<Q extends object>(
  current: URLSearchParams,
  query: Q & UrlPaging,
  spec: UrlSpec<Q>,
  defaults: Q,
  pageSize: number,
): URLSearchParams {
  const next = new URLSearchParams(current);
  const values = query as Record<string, unknown>;
  const initial = defaults as Record<string, unknown>;
  for (const key of Object.keys(spec)) {
    const value = values[key];
    if (value === initial[key] || (value === undefined && !(key in initial))) next.delete(key);
    else next.set(key, value === undefined || value === null ? '' : String(value));
  }
  if (query.page === 1) next.delete('page');
  else next.set('page', String(query.page));
  if (query.pageSize === pageSize) next.delete('pageSize');
  else next.set('pageSize', String(query.pageSize));
  return next;
}
