// A connector over files a data exchange drops in a folder: registration.json, tax.json,
// social-insurance.json and ip.json, each an object keyed by credit code. Validated on load.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IP_KINDS, IP_STATUSES, TAX_GRADES } from '../../domain/profile/types.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { zodIssueProblem } from '../../domain/shared/zod-issues.ts';
import type { PublicDataConnector, RegistrationFacts, SocialInsuranceMonth } from './connector.ts';

const Date = z.iso.date();
const Registration = z.object({
  name: z.string().min(1),
  legalRepresentative: z.string().min(1),
  foundedOn: Date,
  registeredCapitalFen: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform((v) => BigInt(v)),
  regionCode: z.string().regex(/^\d{6}$/),
  industryCode: z.string().regex(/^[A-T]\d{0,4}$/),
  address: z.string().min(1),
});
const Tax = z.array(z.object({ year: z.number().int(), grade: z.enum(TAX_GRADES) }));
const Social = z.array(z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), headcount: z.number().int().nonnegative() }));
const Ip = z.array(
  z.object({
    kind: z.enum(IP_KINDS),
    number: z.string().min(1),
    title: z.string().min(1),
    status: z.enum(IP_STATUSES),
    appliedOn: Date.nullable(),
    grantedOn: Date.nullable(),
  }),
);

function load<T extends z.ZodType>(dir: string, file: string, item: T): Record<string, z.infer<T>> {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return {};
  const text = fs.readFileSync(full, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw fail('connector.file_not_json', { file });
  }
  const parsed = z.record(z.string(), item).safeParse(json);
  if (!parsed.success) {
    // Each problem as a field code at its path (`X.0.grade`: field.invalid_enum {values}), as the edge says them.
    const fields = parsed.error.issues.map((issue) => zodIssueProblem(issue));
    throw fail('connector.file_invalid', { file, count: fields.length }, { fields });
  }
  return parsed.data;
}

export function createFileConnector(dir: string): PublicDataConnector & { creditCodes(): string[] } {
  if (!fs.existsSync(dir)) throw invalidFields([problem('dir', 'connector.folder_missing', { dir })]);
  const registration = load(dir, 'registration.json', Registration);
  const tax = load(dir, 'tax.json', Tax);
  const social = load(dir, 'social-insurance.json', Social);
  const ip = load(dir, 'ip.json', Ip);
  return {
    name: `file:${path.basename(path.resolve(dir))}`,
    creditCodes: () => [...new Set([...Object.keys(registration), ...Object.keys(tax), ...Object.keys(social), ...Object.keys(ip)])],
    registration: async (code) => (registration[code] as RegistrationFacts | undefined) ?? null,
    taxGrades: async (code) => tax[code] ?? [],
    socialInsurance: async (code) => (social[code] as SocialInsuranceMonth[] | undefined) ?? [],
    intellectualProperty: async (code) => ip[code] ?? [],
  };
}
