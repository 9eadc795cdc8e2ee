import { expect, test } from 'vitest';
import { columnIndex, columnLetter, SpreadsheetError } from './spreadsheet-error.ts';

test.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [701, 'ZZ'],
  [702, 'AAA'],
  [16_383, 'XFD'],
])('column %i is %s and back', (index, letters) => {
  expect(columnLetter(index)).toBe(letters);
  expect(columnIndex(letters)).toBe(index);
});

test.each(['', 'a1', 'ABCD', '1'])('%j is not a column', (text) => {
  expect(columnIndex(text)).toBe(-1);
});

test.each([
  [{ row: 7, column: 2 }, 'Row 7, column C: bad'],
  [{ row: 7 }, 'Row 7: bad'],
  [{ column: 0 }, 'Column A: bad'],
  [{}, 'Bad'],
])('the message names the place %o', (place, message) => {
  expect(new SpreadsheetError('malformed', 'bad', place).message).toBe(message);
});
