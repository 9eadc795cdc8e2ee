// What each profile section holds: its fields, how they are typed and which form its natural key.
// One description drives the tables, the row forms and the payload sent to the server.
import { COMPLIANCE_EVENT_KINDS, EXISTING_LOAN_STATUSES, IP_KINDS, IP_STATUSES, QUALIFICATION_KINDS, TAX_GRADES } from '../../../../shared/profile.ts';
import type { ProfileRow, Section } from '../../api/profile';
import type { Messages } from '../../i18n/zh-CN';

export type FieldName = keyof Messages['profile']['fields'];
export type EnumName = keyof Messages['profile']['enums'];
export type FieldKind = 'text' | 'longText' | 'money' | 'signedMoney' | 'date' | 'month' | 'year' | 'count' | 'enum' | 'list';

export interface FieldSpec {
  name: FieldName;
  kind: FieldKind;
  required?: boolean;
  enumName?: EnumName;
  values?: readonly string[];
  /** Shown as a table column; the rest appear in the form only. */
  column?: boolean;
}

export interface SectionSpec {
  section: Section;
  fields: FieldSpec[];
  /** Fields that identify a row; two rows may not share them. */
  key: FieldName[];
  /** Newest first. */
  order: FieldName;
  /** A date after which the row no longer applies (shown greyed). */
  expiresField?: FieldName;
}

const money = (name: FieldName, column = false): FieldSpec => ({ name, kind: 'money', column });
const signed = (name: FieldName, column = false): FieldSpec => ({ name, kind: 'signedMoney', column });
const count = (name: FieldName): FieldSpec => ({ name, kind: 'count', column: true });

export const SECTION_SPECS: Record<Section, SectionSpec> = {
  financials: {
    section: 'financials',
    key: ['year'],
    order: 'year',
    fields: [
      { name: 'year', kind: 'year', required: true, column: true },
      money('revenueFen', true),
      money('costOfSalesFen'),
      signed('operatingProfitFen'),
      signed('netProfitFen', true),
      money('totalAssetsFen'),
      money('totalLiabilitiesFen'),
      money('currentAssetsFen'),
      money('currentLiabilitiesFen'),
      money('cashFen'),
      signed('operatingCashFlowFen'),
      money('rdExpenseFen'),
      money('rdExpenseDomesticFen'),
      money('taxPaidFen'),
      money('highTechRevenueFen'),
    ],
  },
  people: {
    section: 'people',
    key: ['month'],
    order: 'month',
    fields: [
      { name: 'month', kind: 'month', required: true, column: true },
      count('employees'),
      count('stStaff'),
      count('rdStaff'),
      count('postgradStaff'),
      count('socialInsuranceHeadcount'),
    ],
  },
  ip: {
    section: 'ip',
    key: ['kind', 'number'],
    order: 'appliedOn',
    fields: [
      { name: 'kind', kind: 'enum', enumName: 'ipKind', values: IP_KINDS, required: true, column: true },
      { name: 'number', kind: 'text', required: true, column: true },
      { name: 'title', kind: 'text', required: true, column: true },
      { name: 'status', kind: 'enum', enumName: 'ipStatus', values: IP_STATUSES, required: true, column: true },
      { name: 'appliedOn', kind: 'date', column: true },
      { name: 'grantedOn', kind: 'date', column: true },
    ],
  },
  qualifications: {
    section: 'qualifications',
    key: ['kind', 'certificateNo'],
    order: 'validTo',
    expiresField: 'validTo',
    fields: [
      {
        name: 'kind',
        kind: 'enum',
        enumName: 'qualificationKind',
        values: QUALIFICATION_KINDS,
        required: true,
        column: true,
      },
      { name: 'certificateNo', kind: 'text', required: true, column: true },
      { name: 'validFrom', kind: 'date', required: true, column: true },
      { name: 'validTo', kind: 'date', required: true, column: true },
    ],
  },
  taxGrades: {
    section: 'taxGrades',
    key: ['year'],
    order: 'year',
    fields: [
      { name: 'year', kind: 'year', required: true, column: true },
      { name: 'grade', kind: 'enum', enumName: 'taxGrade', values: TAX_GRADES, required: true, column: true },
    ],
  },
  complianceEvents: {
    section: 'complianceEvents',
    key: ['kind', 'reference'],
    order: 'occurredOn',
    fields: [
      {
        name: 'kind',
        kind: 'enum',
        enumName: 'complianceKind',
        values: COMPLIANCE_EVENT_KINDS,
        required: true,
        column: true,
      },
      { name: 'reference', kind: 'text', required: true, column: true },
      { name: 'occurredOn', kind: 'date', required: true, column: true },
      { name: 'resolvedOn', kind: 'date', column: true },
      money('amountFen', true),
      { name: 'description', kind: 'longText', required: true, column: true },
    ],
  },
  equityRounds: {
    section: 'equityRounds',
    key: ['closedOn', 'round'],
    order: 'closedOn',
    fields: [
      { name: 'closedOn', kind: 'date', required: true, column: true },
      { name: 'round', kind: 'text', required: true, column: true },
      { name: 'amountFen', kind: 'money', required: true, column: true },
      money('postMoneyValuationFen', true),
      { name: 'investors', kind: 'list', column: true },
    ],
  },
  loans: {
    section: 'loans',
    key: ['lender', 'startedOn'],
    order: 'startedOn',
    fields: [
      { name: 'lender', kind: 'text', required: true, column: true },
      { name: 'amountFen', kind: 'money', required: true, column: true },
      { name: 'startedOn', kind: 'date', required: true, column: true },
      { name: 'maturesOn', kind: 'date', required: true, column: true },
      { name: 'status', kind: 'enum', enumName: 'loanStatus', values: EXISTING_LOAN_STATUSES, required: true, column: true },
    ],
  },
};

/** The row as the server takes it: the section's own fields only (no provenance), missing ones as null. */
export function toPayload(spec: SectionSpec, row: ProfileRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const value = row[field.name];
    out[field.name] = field.kind === 'list' ? (Array.isArray(value) ? value : []) : (value ?? null);
  }
  return out;
}

export function sameKey(spec: SectionSpec, a: ProfileRow, b: ProfileRow): boolean {
  return spec.key.every((k) => String(a[k] ?? '') === String(b[k] ?? ''));
}

/** Newest first by the section's order field; rows without it last. */
export function sortRows(spec: SectionSpec, rows: ProfileRow[]): ProfileRow[] {
  const value = (row: ProfileRow) => String(row[spec.order] ?? '');
  return [...rows].sort((a, b) => value(b).localeCompare(value(a), undefined, { numeric: true }));
}
