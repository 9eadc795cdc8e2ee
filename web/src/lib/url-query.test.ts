import { describe, expect, it } from 'vitest';
import { paramsFromQuery, queryFromParams, type UrlSpec } from './url-query';

interface Query {
  q?: string;
  status?: string;
  employeesMin?: number;
  all?: boolean;
}
const SPEC: UrlSpec<Query> = { q: 'string', status: 'string', employeesMin: 'number', all: 'boolean' };

describe('list filters in the address', () => {
  it('reads declared keys with their types over the defaults, and ignores the rest', () => {
    const params = new URLSearchParams('q=91310115&employeesMin=20&all=true&page=3&pageSize=50&lang=en&sql=drop');
    expect(queryFromParams<Query>(params, SPEC, { status: 'open' }, 20)).toEqual({
      q: '91310115',
      status: 'open',
      employeesMin: 20,
      all: true,
      page: 3,
      pageSize: 50,
    });
  });

  it('keeps a long digit-only search as text, not a rounded number', () => {
    expect(queryFromParams<Query>(new URLSearchParams('q=913101150000000000'), SPEC, {}, 20).q).toBe('913101150000000000');
  });

  it('treats an empty value as a cleared default and bad numbers as absent', () => {
    const query = queryFromParams<Query>(new URLSearchParams('status=&employeesMin=ten&page=-2&pageSize=33'), SPEC, { status: 'open' }, 20);
    expect(query).toEqual({ status: undefined, employeesMin: undefined, page: 1, pageSize: 20 });
  });

  it('writes only what differs from the defaults, keeping other parameters', () => {
    const current = new URLSearchParams('tab=loans&page=4');
    const next = paramsFromQuery<Query>(current, { status: undefined, q: 'chip', all: true, page: 1, pageSize: 20 }, SPEC, { status: 'open' }, 20);
    expect(Object.fromEntries(next)).toEqual({ tab: 'loans', status: '', q: 'chip', all: 'true' });
    expect(paramsFromQuery<Query>(new URLSearchParams(), { status: 'open', page: 2, pageSize: 50 }, SPEC, { status: 'open' }, 20).toString()).toBe('page=2&pageSize=50');
  });

  it('round-trips a query through the address', () => {
    const query = { q: '芯片', status: 'closed', employeesMin: 100, all: false, page: 2, pageSize: 10 };
    expect(queryFromParams<Query>(paramsFromQuery<Query>(new URLSearchParams(), query, SPEC, {}, 20), SPEC, {}, 20)).toEqual(query);
  });

  it('reads a home figure\'s link as the list\'s filters, and clearing a tag drops it from the address', () => {
    interface LoanFilters {
      status?: string;
      overdue?: boolean;
      disbursedFrom?: string;
      disbursedTo?: string;
    }
    const spec: UrlSpec<LoanFilters> = { status: 'string', overdue: 'boolean', disbursedFrom: 'string', disbursedTo: 'string' };
    const link = new URLSearchParams('overdue=true&disbursedFrom=2026-12-01&disbursedTo=2026-12-31');
    const query = queryFromParams<LoanFilters>(link, spec, {}, 20);
    expect(query).toEqual({ overdue: true, disbursedFrom: '2026-12-01', disbursedTo: '2026-12-31', page: 1, pageSize: 20 });
    const cleared = paramsFromQuery<LoanFilters>(link, { ...query, overdue: undefined, disbursedFrom: undefined }, spec, {}, 20);
    expect(cleared.toString()).toBe('disbursedTo=2026-12-31');
  });
});
