import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { datasetFromCsv } from './csv-dataset.ts';
import type { CategoricalFeature, NumericFeature } from './types.ts';

const read = (text: string, label = 'y', positive?: string) => datasetFromCsv(text, { label, positive });
const refusal = (text: string, label = 'y', positive?: string, maxRows?: number) => {
  try {
    datasetFromCsv(text, { label, positive, maxRows });
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).category).toBe('invalid_input');
    return (err as DomainError).message;
  }
  throw new Error('expected a refusal');
};

describe('datasetFromCsv', () => {
  it('infers numeric and categorical columns, reads missing markers, quotes and a BOM', () => {
    const { dataset, positive, negative } = read('\uFEFFx,c,y\n1.5,"a, b",1\n?,b,0\n-2e3,,0\nNA,"say ""hi""",1\n');
    expect([positive, negative]).toEqual(['1', '0']);
    expect(dataset.rows).toBe(4);
    expect(Array.from(dataset.labels)).toEqual([1, 0, 0, 1]);
    const [x, c] = dataset.features as [NumericFeature, CategoricalFeature];
    expect(x.kind).toBe('numeric');
    expect(Array.from(x.values)).toEqual([1.5, NaN, -2000, NaN]);
    expect(c.kind).toBe('categorical');
    expect(c.categories).toEqual(['a, b', 'b', 'say "hi"']);
    expect(Array.from(c.codes)).toEqual([0, 1, -1, 2]);
  });

  it('uses the named positive value, and 1 by default for a 0/1 label', () => {
    expect(Array.from(read('x,y\n1,good\n2,bad\n3,good\n', 'y', 'bad').dataset.labels)).toEqual([0, 1, 0]);
    expect(read('x,y\n1,0\n2,1\n', 'y').positive).toBe('1');
  });

  it.each([
    ['a missing label column', 'x,z\n1,0\n2,1\n', /label column "y" is not in the file; its columns are: x, z/],
    ['one class only', 'x,y\n1,1\n2,1\n', /one class only/],
    ['a label with three values', 'x,y\n1,0\n2,1\n3,2\n', /not binary/],
    ['two label values without --positive', 'x,y\n1,good\n2,bad\n', /the positive class \(the event to predict\): good, bad/],
    ['a single row', 'x,y\n1,1\n', /1 data row\(s\); training needs at least 2/],
    ['a label blank on a row', 'x,y\n1,1\n2,\n3,0\n', /missing on line 3/],
    ['an all-missing column', 'x,e,y\n1,,0\n2,?,1\n', /"e" is empty/],
    ['a constant column', 'x,k,y\n1,7,0\n2,7,1\n', /Constant column\(s\).*k \(7\)/],
    ['a ragged row', 'x,y\n1,0\n2,1,3\n', /Line 3 has 3 cells but the header has 2 columns/],
  ])('refuses %s', (_what, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it('names the column and line of text in a numeric column', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i},${i % 2}`);
    rows[29] = 'n/a please,1';
    expect(refusal(`amount,y\n${rows.join('\n')}\n`)).toMatch(/"amount" is numeric but has text on line 31: "n\/a please"/);
  });

  it('keeps a mostly-text column categorical and a one-value column with blanks', () => {
    const { dataset } = read('grade,flag,y\nA,1,0\n1,,1\nB,1,0\n');
    expect(dataset.features.map((f) => f.kind)).toEqual(['categorical', 'numeric']);
  });

  it('refuses a positive value that does not occur', () => {
    expect(refusal('x,y\n1,good\n2,bad\n', 'y', 'Bad')).toMatch(/"Bad" does not occur/);
  });

  it('says why a CSV cannot be read with a code, the line and the widths, not csv-parse\'s English', () => {
    const codeOf = (text: string) => {
      try {
        datasetFromCsv(text, { label: 'y' });
      } catch (err) {
        return { code: (err as DomainError).code, params: (err as DomainError).params };
      }
      throw new Error('expected a refusal');
    };
    expect(codeOf('x,y\n1,0\n2,1,3\n')).toEqual({ code: 'dataset.csv_row_width', params: { line: 3, expected: 2, got: 3 } });
    expect(codeOf('x,y\n1,0\n"2,1\n3,0\n')).toEqual({ code: 'dataset.csv_quote_not_closed', params: { line: 4 } });
    expect(codeOf('x,y\n1,0\n"2"x,1\n')).toEqual({ code: 'dataset.csv_stray_quote', params: { line: 3 } });
  });

  it('refuses too many rows before parsing, and files that are not text', () => {
    expect(refusal('x,y\n1,0\n2,1\n3,0\n', 'y', undefined, 2)).toMatch(/4 lines; the model lab takes at most 2 rows/);
    expect(() => datasetFromCsv(new Uint8Array([0x78, 0x2c, 0x79, 0x0a, 0x00, 0x01]), { label: 'y' })).toThrow(/not text/);
    expect(() => datasetFromCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), { label: 'y' })).toThrow(/xlsx/);
    expect(() => datasetFromCsv(new Uint8Array([0x78, 0x2c, 0x79, 0x0a, 0xc4, 0xe3, 0x0a]), { label: 'y' })).toThrow(/not UTF-8/);
    expect(() => datasetFromCsv('', { label: 'y' })).toThrow(/empty/);
  });
});
