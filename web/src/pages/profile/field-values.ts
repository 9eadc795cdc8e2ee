// Field values three ways: as shown in a table, as held in a form, and as sent to the server.
// Money is entered in 万元 as text and converted exactly to integer fen (never through a float).
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { ProfileRow } from '../../api/profile';
import { formatCount } from '../../lib/format';
import { enumLabel } from '../../lib/labels';
import { fenToWan, fenToWanInput, parseSignedWanToFen, parseWanToFen } from '../../lib/money';
import type { FieldSpec, SectionSpec } from './section-specs';

export type FormValues = Record<string, unknown>;

/** A value for reading: 万元 with separators, enum labels, dates as they are. */
export function displayValue(field: FieldSpec, value: unknown, t: TFunction, language: string): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  switch (field.kind) {
    case 'money':
    case 'signedMoney':
      return typeof value === 'number' && Number.isSafeInteger(value) ? fenToWan(value) : String(value);
    case 'count':
    case 'year':
      return typeof value === 'number' ? (field.kind === 'year' ? String(value) : formatCount(value, language)) : String(value);
    case 'enum':
      return field.enumName ? enumLabel(t, field.enumName, String(value)) : String(value);
    case 'list':
      return Array.isArray(value) && value.length ? value.join('、') : t('common.none');
    default:
      return String(value);
  }
}

/** The row as the form holds it: 万元 strings, dayjs dates. */
export function toFormValues(spec: SectionSpec, row: ProfileRow | undefined): FormValues {
  const values: FormValues = {};
  if (!row) return values;
  for (const field of spec.fields) {
    const value = row[field.name];
    if (value === null || value === undefined) continue;
    if ((field.kind === 'money' || field.kind === 'signedMoney') && typeof value === 'number') values[field.name] = fenToWanInput(value);
    else if (field.kind === 'date' && typeof value === 'string') values[field.name] = dayjs(value);
    else if (field.kind === 'month' && typeof value === 'string') values[field.name] = dayjs(`${value}-01`);
    else values[field.name] = value;
  }
  return values;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The form's values as a row the server takes; the rules have already checked them. */
export function fromFormValues(spec: SectionSpec, values: FormValues): ProfileRow {
  const row: ProfileRow = {};
  for (const field of spec.fields) {
    const value = values[field.name];
    if (field.kind === 'list') {
      row[field.name] = Array.isArray(value) ? value.map((v) => String(v).trim()).filter(Boolean) : [];
      continue;
    }
    if (isBlank(value)) {
      row[field.name] = null;
      continue;
    }
    switch (field.kind) {
      case 'money':
        row[field.name] = parseWanToFen(String(value));
        break;
      case 'signedMoney':
        row[field.name] = parseSignedWanToFen(String(value));
        break;
      case 'date':
        row[field.name] = (value as Dayjs).format('YYYY-MM-DD');
        break;
      case 'month':
        row[field.name] = (value as Dayjs).format('YYYY-MM');
        break;
      case 'text':
      case 'longText':
        row[field.name] = String(value).trim();
        break;
      default:
        row[field.name] = value;
    }
  }
  return row;
}
