import { describe, expect, it } from 'vitest';
import { decodeUtf8, describeBadCharacter, findBadCharacter, textProblem, type BadCharacter } from './text.ts';

const single = { multiline: false };
const multi = { multiline: true };

describe('findBadCharacter', () => {
  const cases: [string, string, { multiline: boolean }, BadCharacter | null][] = [
    ['plain ASCII', 'Zhangjiang Hi-Tech Park', single, null],
    ['Chinese text', '上海市浦东新区张江路1号', single, null],
    ['an emoji (a surrogate pair)', 'rocket 🚀 launch', single, null],
    ['no-break space and accents', 'café\u00a0crème', single, null],
    ['the empty string', '', single, null],
    ['NUL', 'a\u0000b', single, { index: 1, codePoint: 0, reason: 'nul' }],
    ['NUL in multi-line text', 'a\nb\u0000', multi, { index: 3, codePoint: 0, reason: 'nul' }],
    ['a lone high surrogate at the end', 'ab\ud83d', single, { index: 2, codePoint: 0xd83d, reason: 'lone_surrogate' }],
    ['a lone high surrogate before a letter', '\ud83dx', multi, { index: 0, codePoint: 0xd83d, reason: 'lone_surrogate' }],
    ['a lone low surrogate', 'x\ude80', single, { index: 1, codePoint: 0xde80, reason: 'lone_surrogate' }],
    ['two high surrogates', '\ud83d\ud83d\ude80', single, { index: 0, codePoint: 0xd83d, reason: 'lone_surrogate' }],
    ['a control character (BEL)', 'ding\u0007', multi, { index: 4, codePoint: 7, reason: 'control' }],
    ['ESC', '\u001b[31m', single, { index: 0, codePoint: 0x1b, reason: 'control' }],
    ['unit separator U+001F', 'a\u001f', multi, { index: 1, codePoint: 0x1f, reason: 'control' }],
    ['vertical tab', 'a\u000bb', multi, { index: 1, codePoint: 0x0b, reason: 'control' }],
    ['form feed', 'a\u000cb', multi, { index: 1, codePoint: 0x0c, reason: 'control' }],
    ['DEL', 'a\u007f', multi, { index: 1, codePoint: 0x7f, reason: 'control' }],
    ['a C1 control (NEL)', 'a\u0085', multi, { index: 1, codePoint: 0x85, reason: 'control' }],
    ['the last C1 control', '\u009f', single, { index: 0, codePoint: 0x9f, reason: 'control' }],
    ['the first character after C1', '\u00a0', single, null],
    ['space, the first printable', ' ', single, null],
    ['tilde, the last before DEL', '~', single, null],
    ['a line feed in single-line text', 'a\nb', single, { index: 1, codePoint: 0x0a, reason: 'line_break' }],
    ['CRLF in single-line text', 'a\r\nb', single, { index: 1, codePoint: 0x0d, reason: 'line_break' }],
    ['a tab in single-line text', 'a\tb', single, { index: 1, codePoint: 0x09, reason: 'control' }],
    ['line feeds in multi-line text', 'one\ntwo\n', multi, null],
    ['CRLF in multi-line text', 'one\r\ntwo\r\n', multi, null],
    ['a tab in multi-line text', 'name\tvalue', multi, null],
    ['a lone CR in multi-line text', 'one\rtwo', multi, { index: 3, codePoint: 0x0d, reason: 'control' }],
    ['a CR at the end of multi-line text', 'one\r', multi, { index: 3, codePoint: 0x0d, reason: 'control' }],
    ['CR CR LF in multi-line text', 'a\r\r\n', multi, { index: 1, codePoint: 0x0d, reason: 'control' }],
    ['the first bad character wins', 'a\u0001\u0000', multi, { index: 1, codePoint: 1, reason: 'control' }],
  ];
  it.each(cases)('%s', (_name, text, rule, expected) => {
    expect(findBadCharacter(text, rule)).toEqual(expected);
  });

  it('treats text as single-line unless told otherwise', () => {
    expect(findBadCharacter('a\nb')).toEqual({ index: 1, codePoint: 0x0a, reason: 'line_break' });
  });
});

describe('describeBadCharacter', () => {
  const cases: [string, { multiline: boolean }, string][] = [
    ['ab\u0000', single, 'must not contain the NUL character (U+0000) (character 3)'],
    ['🚀\ud83d', single, 'must not contain a lone UTF-16 surrogate (U+D83D), which is no character (character 2)'],
    ['a\nb', single, 'must be a single line: it holds a line break (U+000A) (character 2)'],
    ['\u0085', multi, 'must not contain the control character U+0085 (character 1)'],
    ['x\ry', multi, 'must not contain a carriage return (U+000D) that is not part of CRLF (character 2)'],
  ];
  it.each(cases)('describes %j', (text, rule, message) => {
    const bad = findBadCharacter(text, rule);
    expect(bad).not.toBeNull();
    expect(describeBadCharacter(text, bad!)).toBe(message);
    expect(textProblem(text, rule)).toBe(message);
  });

  it('has no problem with clean text', () => {
    expect(textProblem('企业名称', single)).toBeNull();
  });
});

describe('decodeUtf8', () => {
  const cases: [string, number[], string | null][] = [
    ['ASCII', [0x61, 0x62], 'ab'],
    ['Chinese', [...Buffer.from('张江')], '张江'],
    ['a four-byte character', [0xf0, 0x9f, 0x9a, 0x80], '🚀'],
    ['a byte order mark, kept', [0xef, 0xbb, 0xbf, 0x61], '\ufeffa'],
    ['a stray continuation byte', [0x61, 0x80], null],
    ['a truncated sequence', [0xe5, 0xbc], null],
    ['an overlong encoding of "/"', [0xc0, 0xaf], null],
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80], null],
    ['0xFF', [0xff], null],
  ];
  it.each(cases)('%s', (_name, bytes, expected) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toBe(expected);
  });
});
