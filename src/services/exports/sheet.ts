// A list taken to a meeting: the rows the caller's list shows, with the same filters and access,
// streamed through the CLI's spreadsheet writer, refused above a size limit, and audited as the
// read of many records it is (who, which list, which filters, how many rows).
import { fail } from '../../domain/shared/errors.ts';
import type { Page, PageRequest } from '../../db/paging.ts';
import type { Lang } from '../../domain/audit/actions.ts';
import { writeSpreadsheet, type Cell } from '../../lib/spreadsheet/index.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';

/** The most rows one export writes; narrow the filters for more. */
export const EXPORT_ROW_LIMIT = 50_000;
const PAGE_SIZE = 500;

export type ExportList = 'enterprises' | 'loans' | 'review_queue' | 'audit' | 'pipeline' | 'league' | 'payment_batch';

export interface SheetExport {
  /** The download's name, e.g. kejin-enterprises-2026-12-07.xlsx. */
  fileName: string;
  /** Writes the workbook to `path` and records the export; the rows written. */
  write(path: string): Promise<{ rows: number }>;
}

/** Refuses an export of more rows than the limit, saying how many the filters hold. */
export function checkExportSize(total: number): void {
  if (total > EXPORT_ROW_LIMIT) {
    throw fail('export.too_many_rows', { total, limit: EXPORT_ROW_LIMIT });
  }
}

/** Every item of a paged list, page by page, up to the export limit. */
export async function* everyItem<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>): AsyncGenerator<T> {
  let seen = 0;
  for (let page = 1; ; page++) {
    const found = await fetchPage({ page, pageSize: PAGE_SIZE });
    for (const item of found.items) {
      if (seen++ >= EXPORT_ROW_LIMIT) return;
      yield item;
    }
    if (found.items.length < PAGE_SIZE) return;
  }
}

export interface SheetSpec {
  list: ExportList;
  lang: Lang;
  header: string[];
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>;
  /** What the caller filtered by, for the audit record. */
  filters: Record<string, unknown>;
  parkId?: string | null;
  today: string;
}

const SHEET_NAMES: Record<ExportList, readonly [string, string]> = {
  enterprises: ['企业名单', 'Enterprises'],
  loans: ['贷款台账', 'Loan book'],
  review_queue: ['审批队列', 'Review queue'],
  audit: ['审计日志', 'Audit log'],
  pipeline: ['融资漏斗', 'Pipeline'],
  league: ['机构排行', 'League table'],
  payment_batch: ['补贴支付批次', 'Payment batch'],
};

export function sheetExport(ctx: ServiceContext, spec: SheetSpec): SheetExport {
  const [zh, en] = SHEET_NAMES[spec.list];
  return {
    fileName: `kejin-${spec.list.replace('_', '-')}-${spec.today}.xlsx`,
    write: async (path) => {
      const written = await writeSpreadsheet(path, spec.header, spec.rows, { sheetName: spec.lang === 'en' ? en : zh });
      const filters = Object.fromEntries(Object.entries(spec.filters).filter(([, v]) => v !== undefined));
      await mutate(ctx, async () => ({
        result: null,
        audit: { action: `export.${spec.list}`, targetType: 'export', targetId: null, parkId: spec.parkId ?? null, details: { filters, rows: written.rows, lang: spec.lang } },
      }));
      return written;
    },
  };
}
