import { expect, test } from 'vitest';
import { excelSerialToIsoDate } from './excel-date.ts';

test.each([
  [1, '1900-01-01'],
  [59, '1900-02-28'],
  [61, '1900-03-01'], // 60 is Excel's fictional 1900-02-29
  [366, '1900-12-31'],
  [25569, '1970-01-01'],
  [45292, '2024-01-01'],
  [45351, '2024-02-29'],
  [45292.5, '2024-01-01T12:00:00'],
  [45292.99998843, '2024-01-01T23:59:59'],
  [45292.999999, '2024-01-02'], // rounds to midnight of the next day
  [2958465, '9999-12-31'],
])('serial %d is %s', (serial, iso) => {
  expect(excelSerialToIsoDate(serial)).toBe(iso);
});

test.each([0, -1, 60, 60.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('serial %d is not a date', (serial) => {
  expect(excelSerialToIsoDate(serial)).toBeUndefined();
});
