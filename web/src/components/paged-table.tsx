// A server-paged list (usePagedList) as a table: its load error with a retry, rows, paging and
// what to say when there are none.
import { Table, type TableColumnsType, type TablePaginationConfig, type TableProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types';
import { ErrorAlert } from './error-alert';

export interface PagedListState<T> {
  data: Page<T> | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  pagination: (t: TFunction) => TablePaginationConfig;
}

interface PagedTableProps<T> {
  list: PagedListState<T>;
  columns: TableColumnsType<T>;
  rowKey: keyof T | ((row: T) => string);
  empty: ReactNode;
  scrollX: number;
  testId: string;
  expandedRowRender?: (row: T) => ReactNode;
  size?: 'small' | 'middle';
  rowSelection?: TableProps<T>['rowSelection'];
}

export function PagedTable<T extends object>({ list, columns, rowKey, empty, scrollX, testId, expandedRowRender, size, rowSelection }: PagedTableProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<T>
        rowKey={rowKey as string | ((row: T) => string)}
        size={size}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        pagination={list.pagination(t)}
        locale={{ emptyText: empty }}
        scroll={{ x: scrollX }}
        tableLayout="fixed"
        expandable={expandedRowRender ? { expandedRowRender } : undefined}
        rowSelection={rowSelection}
        data-testid={testId}
      />
    </>
  );
}
