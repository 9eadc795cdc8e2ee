// Sends an export: written whole to a temporary file by the CLI's streaming writer (so a failure is
// an error answer, never half a workbook), then streamed to the client and removed.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { SheetExport } from '../../../services/exports/sheet.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function sendSheet(reply: FastifyReply, sheet: SheetExport) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kejin-export-'));
  const file = path.join(dir, sheet.fileName);
  try {
    const { rows } = await sheet.write(file);
    const { size } = await stat(file);
    const stream = createReadStream(file);
    stream.once('close', () => void rm(dir, { recursive: true, force: true }));
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${sheet.fileName}"`)
      .header('content-length', size)
      .header('x-export-rows', String(rows))
      .header('cache-control', 'no-store')
      .send(stream);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
