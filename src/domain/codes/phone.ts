// Mainland China phone numbers in one canonical form, so a number is stored once however it was
// typed ("138 1234 5678", "+86 139-1234-5678", "(021) 6888-1234") and can be masked reliably.
//
// - Mobiles: 11 digits starting 13–19, written without separators: 13812345678.
// - Landlines: area code and local number joined by a hyphen: 010 and 02x have 8-digit local
//   numbers, other (4-digit) area codes 7 or 8; a local number never starts with 0 or 1.
// - Nationwide service numbers: 400-123-4567 / 800-123-4567.
// A country prefix (+86, 0086, 86) is dropped; a landline's area code then gains its leading 0.

export type PhoneCheck = { ok: true; phone: string } | { ok: false; message: string };

/** Separators people type inside a number; anything else (letters, extensions) is refused. */
const SEPARATORS = /[\s\u3000\-–—.()（）]/g;

const MOBILE = /^1[3-9]\d{9}$/;
const SHORT_AREA = /^(010|02\d)([2-9]\d{7})$/;
const LONG_AREA = /^(0[3-9]\d{2})([2-9]\d{6,7})$/;
const SERVICE = /^([48]00)(\d{3})(\d{4})$/;

export function normalizePhone(input: string): PhoneCheck {
  const text = input.trim();
  const compact = text.replace(/^＋/, '+').replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return refuse(text);
  const national = withoutCountryPrefix(compact);
  if (national === null) return refuse(text);
  if (MOBILE.test(national)) return { ok: true, phone: national };
  const landline = SHORT_AREA.exec(national) ?? LONG_AREA.exec(national);
  if (landline) return { ok: true, phone: `${landline[1]}-${landline[2]}` };
  const service = SERVICE.exec(national);
  if (service) return { ok: true, phone: `${service[1]}-${service[2]}-${service[3]}` };
  return refuse(text);
}

/** The number within China: "+86 21 …" is "021 …"; null for another country's number. */
function withoutCountryPrefix(compact: string): string | null {
  const prefixed = /^(?:\+86|0086)(\d+)$/.exec(compact) ?? (/^86(1[3-9]\d{9})$/.exec(compact));
  if (compact.startsWith('+') && !prefixed) return null;
  if (!prefixed) return compact;
  const rest = prefixed[1]!;
  return rest.startsWith('1') || rest.startsWith('0') ? rest : `0${rest}`;
}

function refuse(text: string): PhoneCheck {
  return { ok: false, message: `"${text}" is not a mainland China phone number such as 13812345678 or 021-68881234` };
}

/**
 * A phone with its middle hidden, for people who need not see it: 138****5678, 021-****1234,
 * 400-***-4567. Numbers stored before normalisation are normalised first; anything else keeps
 * only its last four digits.
 */
export function maskPhone(phone: string): string {
  const check = normalizePhone(phone);
  const canonical = check.ok ? check.phone : phone;
  if (MOBILE.test(canonical)) return `${canonical.slice(0, 3)}****${canonical.slice(-4)}`;
  const parts = canonical.split('-');
  if (check.ok && parts.length === 2) return `${parts[0]}-${'*'.repeat(parts[1]!.length - 4)}${parts[1]!.slice(-4)}`;
  if (check.ok && parts.length === 3) return `${parts[0]}-***-${parts[2]}`;
  const digits = canonical.replace(/\D/g, '');
  return `${'*'.repeat(Math.max(digits.length - 4, 4))}${digits.slice(-4)}`;
}
