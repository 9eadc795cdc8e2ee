// A server-paged list: query state, loading and error, and antd Table pagination props. A list
// page passes `inUrl` to keep its filters and page in the address (see url-query.ts): leaving the
// page and coming back (the menu opens a list with the filters it last had in this tab), going back
// in history or sharing the link shows the same rows.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { Page } from '../api/types';
import { useAsync } from './use-async';
import { paramsFromQuery, queryFromParams, type UrlSpec } from './url-query';

export interface PageParams {
  page: number;
  pageSize: number;
}

export interface PagedListOptions<Q> {
  /** The filter keys kept in the address, with how each reads back; page and page size always are. */
  inUrl?: UrlSpec<Q>;
}

const REMEMBERED = 'kejin.list:';

/**
 * Where a link to a list page should go: the page with the filters it last showed in this tab, so
 * the menu and "back to the list" buttons return to the same rows.
 */
export function withRememberedFilters(path: string): string {
  try {
    const value = window.sessionStorage.getItem(REMEMBERED + path);
    return value ? `${path}?${value}` : path;
  } catch {
    return path;
  }
}

/** Keeps a list page's filters for `withRememberedFilters`. */
export function rememberFilters(path: string, params: URLSearchParams): void {
  try {
    const value = params.toString();
    if (value) window.sessionStorage.setItem(REMEMBERED + path, value);
    else window.sessionStorage.removeItem(REMEMBERED + path);
  } catch {
    // storage unavailable (private mode): the address alone keeps the filters
  }
}

export function usePagedList<T, Q extends object>(
  fetchPage: (query: Q & PageParams, signal: AbortSignal) => Promise<Page<T>>,
  initialQuery: Q,
  initialPageSize = 20,
  /** Anything else the fetch reads, e.g. the UI language for texts the server writes. */
  deps: readonly unknown[] = [],
  options: PagedListOptions<Q> = {},
) {
  const spec = options.inUrl;
  const [localQuery, setLocalQuery] = useState<Q & PageParams>({ ...initialQuery, page: 1, pageSize: initialPageSize });
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const urlKey = spec ? params.toString() : '';
  // The defaults are the first render's: a page's initial query never changes while it is shown.
  const urlQuery = useMemo(() => (spec ? queryFromParams(params, spec, initialQuery, initialPageSize) : undefined), [urlKey]);
  const query = urlQuery ?? localQuery;

  useEffect(() => {
    if (spec) rememberFilters(pathname, paramsFromQuery(new URLSearchParams(), query, spec, initialQuery, initialPageSize));
  }, [urlKey]);

  const state = useAsync((signal) => fetchPage(query, signal), [JSON.stringify(query), ...deps]);

  const update = useCallback(
    (change: (current: Q & PageParams) => Q & PageParams) => {
      if (!spec) return setLocalQuery(change);
      setParams((current) => paramsFromQuery(current, change(queryFromParams(current, spec, initialQuery, initialPageSize)), spec, initialQuery, initialPageSize), { replace: true });
    },
    [spec ? JSON.stringify(spec) : '', setParams],
  );

  /** Changes filters and goes back to the first page. */
  const setFilters = useCallback((patch: Partial<Q>) => update((current) => ({ ...current, ...patch, page: 1 })), [update]);

  const pagination = (t: TFunction): TablePaginationConfig => ({
    current: query.page,
    pageSize: query.pageSize,
    total: state.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => t('common.total', { count }),
    onChange: (page, pageSize) => update((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize })),
  });

  return { ...state, query, setFilters, pagination };
}
