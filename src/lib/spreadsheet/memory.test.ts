import { expect, test } from 'vitest';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { useTempDir } from './test-files.ts';
import type { Cell } from './types.ts';
import { writeSpreadsheet } from './write-spreadsheet.ts';

const file = useTempDir();
const ROWS = 100_000;

function enterpriseRow(i: number): Cell[] {
  return [`企业${i}`, `91110108${String(i).padStart(10, '0')}`, i * 1.5, i % 2 === 0, null, '北京市海淀区中关村大街1号',
    i, `备注, "引号" ${i}`, -(i + 1), '0012', i % 7, `行${i}\n第二行`];
}

function* enterpriseRows(): Generator<Cell[]> {
  for (let i = 0; i < ROWS; i += 1) yield enterpriseRow(i);
}

/*
 * Measured here: streaming peaks at about 2 MiB of heap growth for XLSX and 17 MiB for CSV, while
 * holding every row takes about 140 MiB (XLSX) and 47 MiB (CSV). The bound leaves room for GC
 * timing; it catches an XLSX reader that holds rows and a CSV reader that reads the file whole.
 */
test.each(['xlsx', 'csv'])('100,000 rows × 12 columns stream through %s without being held', async (format) => {
  const path = file(`enterprises.${format}`);
  const header = Array.from({ length: 12 }, (_, i) => `字段${i + 1}`);
  await writeSpreadsheet(path, header, enterpriseRows());
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  let count = 0;
  for await (const row of readSpreadsheet(path)) {
    if (count > 0) expect(row.cells).toEqual(enterpriseRow(count - 1));
    if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    count += 1;
  }
  expect(count).toBe(ROWS + 1);
  expect(peak).toBeLessThan(64 * 1024 * 1024);
}, 120_000);
