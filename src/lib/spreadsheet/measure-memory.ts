/**
 * Shows that reading and writing stay streaming: writes a 100,000-row × 12-column workbook and CSV,
 * reads them back, and prints how far heap and RSS grew above where they started.
 *   npx tsx --expose-gc src/lib/spreadsheet/measure-memory.ts [rows]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSpreadsheet } from './read-spreadsheet.ts';
import type { Cell } from './types.ts';
import { writeSpreadsheet } from './write-spreadsheet.ts';

const rowCount = Number(process.argv[2] ?? 100_000);
const header = Array.from({ length: 12 }, (_, i) => `字段${i + 1}`);

function* generateRows(): Generator<Cell[]> {
  for (let i = 0; i < rowCount; i += 1) {
    yield [`企业${i}`, `9111010${String(i).padStart(11, '0')}`, i * 1.5, i % 2 === 0, null, '北京市海淀区中关村大街1号',
      i, `备注, "引号" ${i}`, -i, '0012', i % 7, `行${i}\n第二行`];
  }
}

class Peak {
  private readonly heapStart: number;
  private readonly rssStart: number;
  heap = 0;
  rss = 0;

  constructor() {
    globalThis.gc?.();
    ({ heapUsed: this.heapStart, rss: this.rssStart } = process.memoryUsage());
  }

  sample(): void {
    const { heapUsed, rss } = process.memoryUsage();
    this.heap = Math.max(this.heap, heapUsed - this.heapStart);
    this.rss = Math.max(this.rss, rss - this.rssStart);
  }

  toString(): string {
    return `peak heap +${(this.heap / 1048576).toFixed(1)} MiB, peak RSS +${(this.rss / 1048576).toFixed(1)} MiB`;
  }
}

async function measure(path: string): Promise<void> {
  const writing = new Peak();
  const started = Date.now();
  await writeSpreadsheet(path, header, (function* () {
    let i = 0;
    for (const row of generateRows()) {
      if (++i % 1000 === 0) writing.sample();
      yield row;
    }
  })());
  const size = (await stat(path)).size;
  console.log(`write ${path.slice(-4)}: ${rowCount} rows, ${(size / 1048576).toFixed(1)} MiB in ${Date.now() - started} ms; ${writing}`);
  const reading = new Peak();
  const readStarted = Date.now();
  let rows = 0;
  for await (const _ of readSpreadsheet(path)) if (++rows % 1000 === 0) reading.sample();
  console.log(`read  ${path.slice(-4)}: ${rows} rows in ${Date.now() - readStarted} ms; ${reading}`);
}

const dir = await mkdtemp(join(tmpdir(), 'kejin-spreadsheet-memory-'));
try {
  if (!globalThis.gc) console.log('(run with --expose-gc for a steadier baseline)');
  await measure(join(dir, 'enterprises.xlsx'));
  await measure(join(dir, 'enterprises.csv'));
} finally {
  await rm(dir, { recursive: true, force: true });
}
