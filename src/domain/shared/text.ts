// The text rule for everything a user sends (request fields, spreadsheet cells): characters that are
// no text, or that PostgreSQL refuses, are refused — never stripped or replaced.
//
// Refused everywhere: NUL, lone UTF-16 surrogates, C0 controls (U+0001–U+001F) and DEL/C1 controls
// (U+007F–U+009F). Multi-line text may also hold tab, line feed and CR as part of CRLF; single-line
// text holds none of them.

export type BadCharacterReason = 'nul' | 'lone_surrogate' | 'control' | 'line_break';

export interface BadCharacter {
  /** UTF-16 index of the character in the text. */
  index: number;
  /** The code point (for a lone surrogate, the surrogate's code unit). */
  codePoint: number;
  reason: BadCharacterReason;
}

export interface TextRule {
  /** Tab, line feed and CRLF are allowed. */
  multiline?: boolean;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** The first character of `text` the rule refuses, or null when the text is clean. */
export function findBadCharacter(text: string, rule: TextRule = {}): BadCharacter | null {
  const multiline = rule.multiline === true;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x20 && unit < 0x7f) continue;
    if (unit >= 0xa0 && (unit < 0xd800 || unit > 0xdfff)) continue;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return { index, codePoint: unit, reason: 'lone_surrogate' };
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return { index, codePoint: unit, reason: 'lone_surrogate' };
    if (unit === 0) return { index, codePoint: unit, reason: 'nul' };
    if (unit === LF || unit === CR) {
      if (!multiline) return { index, codePoint: unit, reason: 'line_break' };
      if (unit === LF) continue;
      if (text.charCodeAt(index + 1) === LF) {
        index++;
        continue;
      }
      return { index, codePoint: unit, reason: 'control' };
    }
    if (unit === TAB && multiline) continue;
    return { index, codePoint: unit, reason: 'control' };
  }
  return null;
}

/** A field message for a refused character, e.g. "must not contain the NUL character (U+0000) (character 4)". */
export function describeBadCharacter(text: string, bad: BadCharacter): string {
  const code = `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = `character ${characterPosition(text, bad.index)}`;
  switch (bad.reason) {
    case 'nul':
      return `must not contain the NUL character (${code}) (${where})`;
    case 'lone_surrogate':
      return `must not contain a lone UTF-16 surrogate (${code}), which is no character (${where})`;
    case 'line_break':
      return `must be a single line: it holds a line break (${code}) (${where})`;
    case 'control':
      return bad.codePoint === CR
        ? `must not contain a carriage return (U+000D) that is not part of CRLF (${where})`
        : `must not contain the control character ${code} (${where})`;
  }
}

/** A refused character as a catalogue code with its parameters (the character and where it is). */
export function badCharacterProblem(text: string, bad: BadCharacter): { code: BadCharacterCode; params: { character: string; position: number } } {
  const params = { character: `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}`, position: characterPosition(text, bad.index) };
  const code: BadCharacterCode =
    bad.reason === 'control' && bad.codePoint === CR ? 'text.carriage_return' : (`text.${bad.reason}` as BadCharacterCode);
  return { code, params };
}

export type BadCharacterCode = 'text.nul' | 'text.lone_surrogate' | 'text.line_break' | 'text.control' | 'text.carriage_return';

/** The field message for `text`, or null when the rule accepts it. */
export function textProblem(text: string, rule: TextRule = {}): string | null {
  const bad = findBadCharacter(text, rule);
  return bad ? describeBadCharacter(text, bad) : null;
}

/** 1-based position counted in characters (code points), as a person reading the text counts. */
function characterPosition(text: string, index: number): number {
  let position = 1;
  for (let i = 0; i < index; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    position++;
  }
  return position;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes as UTF-8 text, or null when they are not valid UTF-8 (never replaced with U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
