/** Characters XML 1.0 cannot hold at all, lone surrogates included. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** OOXML's own escape for characters XML cannot carry (Excel writes "_x000D_" for a carriage return). */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text content for a worksheet cell: characters illegal in XML are dropped (no spreadsheet can hold
 * them), a carriage return becomes a character reference (a literal one would be read back as a
 * newline), and text that looks like an OOXML escape is itself escaped so it reads back unchanged.
 */
export function escapeCellText(text: string): string {
  return text
    .replace(ILLEGAL_XML, '')
    .replace(OOXML_ESCAPE, '_x005F$&')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

export function escapeXmlAttribute(text: string): string {
  return text.replace(ILLEGAL_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
}

export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Element and attribute names without their prefix: some producers write <x:row> instead of <row>. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
