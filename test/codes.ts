import { makeCreditCode } from '../src/domain/codes/index.ts';

let counter = 0;

/** A fresh, valid unified social credit code for a test (unique within the run). */
export function freshCreditCode(regionCode = '310115'): string {
  counter++;
  const serial = `${process.pid % 1000}`.padStart(3, '0') + `${counter}`.padStart(5, '0');
  return makeCreditCode({ registrationAuthority: '9', entityType: '1', regionCode, organisationCode: `T${serial}` });
}

/** Flips the check character of a valid code, so only the check fails. */
export function withWrongCheck(code: string): string {
  const last = code.at(-1)!;
  return code.slice(0, 17) + (last === '0' ? '1' : '0');
}

/** A fresh, valid credit code of 18 digits only: what a spreadsheet turns into a number. */
export function freshDigitsCreditCode(regionCode = '310115'): string {
  for (;;) {
    counter++;
    const serial = `${process.pid % 1000}`.padStart(3, '0') + `${counter}`.padStart(5, '0');
    const code = makeCreditCode({ registrationAuthority: '9', entityType: '1', regionCode, organisationCode: `7${serial}` });
    if (/^\d{18}$/.test(code)) return code;
  }
}
