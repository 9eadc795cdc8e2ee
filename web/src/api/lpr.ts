// The LPR fixings loans are priced on: the list with its out-of-date flag, and loading a file.
import { client, ok } from './client';
import type { Answer, Body } from './types';

export type LprView = Answer<'/api/v1/lpr', 'get'>;
export type LprFixing = NonNullable<LprView['latest']>;
export type LprDue = NonNullable<LprView['next']>;
export type LprSource = LprView['fixings'][number]['source'];
export type LprLoad = Body<'/api/v1/lpr', 'put'>;
export type LprFormat = LprLoad['format'];
export { LPR_FILE_FORMATS as LPR_FORMATS } from '../../../shared/operations.ts';

export const listLprFixings = (signal?: AbortSignal) => ok(client.GET('/api/v1/lpr', { signal }));
export const loadLprFixings = (body: LprLoad) => ok(client.PUT('/api/v1/lpr', { body }));

/** "0.0345" → "3.45%", by the digits. */
export function lprPercent(fraction: string): string {
  const bp = (fraction.split('.')[1] ?? '').padEnd(4, '0');
  return `${Number(bp.slice(0, 2))}.${bp.slice(2, 4)}%`;
}
