// A server-paged list: query state, loading and error, and antd Table pagination props.
import { useCallback, useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import type { Page } from '../api/types';
import { useAsync } from './use-async';

export interface PageParams {
  page: number;
  pageSize: number;
}

export function usePagedList<T, Q extends object>(
  fetchPage: (query: Q & PageParams, signal: AbortSignal) => Promise<Page<T>>,
  initialQuery: Q,
  initialPageSize = 20,
  /** Anything else the fetch reads, e.g. the UI language for texts the server writes. */
  deps: readonly unknown[] = [],
) {
  const [query, setQueryState] = useState<Q & PageParams>({ ...initialQuery, page: 1, pageSize: initialPageSize });
  const state = useAsync((signal) => fetchPage(query, signal), [JSON.stringify(query), ...deps]);

  /** Changes filters and goes back to the first page. */
  const setFilters = useCallback((patch: Partial<Q>) => {
    setQueryState((current) => ({ ...current, ...patch, page: 1 }));
  }, []);

  const pagination = (t: TFunction): TablePaginationConfig => ({
    current: query.page,
    pageSize: query.pageSize,
    total: state.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => t('common.total', { count }),
    onChange: (page, pageSize) =>
      setQueryState((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize })),
  });

  return { ...state, query, setFilters, pagination };
}
