import { describe, expect, it } from 'vitest';
import { nestedDeeperThan, parseQueryString } from './text-rule.ts';

describe('parseQueryString', () => {
  const cases: [string, Record<string, string | string[]>][] = [
    ['', {}],
    ['q=abc', { q: 'abc' }],
    ['q=%E5%BC%A0%E6%B1%9F&page=2', { q: '张江', page: '2' }],
    ['q=a+b%2Bc', { q: 'a b+c' }],
    ['flag', { flag: '' }],
    ['a=1&a=2&a=3', { a: ['1', '2', '3'] }],
    ['a=1&&b=2', { a: '1', b: '2' }],
    ['q=a%00b', { q: 'a\u0000b' }], // decoded faithfully; the text rule refuses it afterwards
    ['q=x=y', { q: 'x=y' }],
  ];
  it.each(cases)('parses %j', (query, expected) => {
    expect({ ...parseQueryString(query) }).toEqual(expected);
  });

  it('leaves out what cannot be decoded, and remembers its name', () => {
    const parsed = parseQueryString('q=%FF&page=1&%ED%A0%80=x&r=%');
    expect({ ...parsed }).toEqual({ page: '1' });
    const undecodable = Object.getOwnPropertySymbols(parsed).map((s) => (parsed as unknown as Record<symbol, string[]>)[s]);
    expect(undecodable).toEqual([['q', '%ED%A0%80', 'r']]);
  });

  it('makes no prototype of a key', () => {
    const parsed = parseQueryString('__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(parsed.__proto__).toBe('x');
  });
});

describe('nestedDeeperThan', () => {
  const cases: [string, number, boolean][] = [
    ['{}', 1, false],
    ['{"a":[]}', 1, true],
    ['{"a":[]}', 2, false],
    ['[[[]]]', 2, true],
    ['[[],[],[]]', 2, false],
    ['{"a":"[[[[[["}', 1, false],
    ['{"a":"\\"[[[["}', 1, false],
    ['{"a":"\\\\"}', 1, false],
    ['{"a":"\\\\","b":[[]]}', 2, true],
    ['"just a string"', 0, false],
  ];
  it.each(cases)('%s deeper than %i: %s', (text, limit, expected) => {
    expect(nestedDeeperThan(text, limit)).toBe(expected);
  });
});
