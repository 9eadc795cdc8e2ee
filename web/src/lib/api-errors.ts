// Turning ApiErrors into words for people and into messages on the right form field.
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A sentence for the user. Validation and conflict messages come from the server, which knows the detail. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.internal');
  if ((error.category === 'invalid_input' || error.category === 'conflict') && error.message) return error.message;
  return t(`errors.${error.category}`);
}

/**
 * Puts the server's field problems (error.details.fields) on the matching form fields.
 * `fieldMap` renames server fields to form fields (e.g. registeredCapitalFen → registeredCapitalWan).
 * Returns true when at least one problem found a field.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldMap: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  // Validation names its fields in details.fields; a conflict may name one in details.field.
  const named = typeof error.details.field === 'string' ? [{ field: error.details.field, message: error.message }] : [];
  const problems = [...error.fields, ...named]
    .map((p) => ({ name: fieldMap[p.field] ?? p.field, message: p.message }))
    .filter((p) => registered.has(p.name));
  if (problems.length === 0) return false;
  form.setFields(problems.map((p) => ({ name: p.name, errors: [p.message] })));
  form.scrollToField(problems[0]?.name ?? '');
  return true;
}
