const MS_PER_DAY = 86_400_000;
/** Serial 0 is 1899-12-31 in Excel's eyes; counting from 1899-12-30 absorbs the fictional 1900-02-29 for serials after it. */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
/** Serial 60 is 1900-02-29, a date that never existed; Lotus 1-2-3 had it and Excel kept it. */
const FICTIONAL_LEAP_DAY = 60;

/**
 * Converts an Excel serial date (1900 date system) to "YYYY-MM-DD", or "YYYY-MM-DDTHH:mm:ss" when
 * it has a time of day. Returns undefined for serials that are not dates (negative, the fictional
 * 1900-02-29, or beyond 9999-12-31).
 */
export function excelSerialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const day = Math.floor(serial);
  if (day === FICTIONAL_LEAP_DAY) return undefined;
  const epoch = day > FICTIONAL_LEAP_DAY ? EPOCH_AFTER_LEAP_BUG : EPOCH_BEFORE_LEAP_BUG;
  // Round to the second: serials store the time of day as a binary fraction.
  const seconds = Math.round((serial - day) * 86_400);
  const iso = new Date(epoch + day * MS_PER_DAY + seconds * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
