// Turning ApiErrors into words for people and into messages on the right form field. The server
// names each problem by a catalogue code with parameters (shared/error-codes); the texts are in
// web/src/i18n/{zh-CN,en}/api-errors.ts, keyed by code (loaded with the page's language, see
// i18n/api-error-texts.ts), and filled in here. The server's own
// message (English) is shown only where no code came, in English.
import type { FormInstance } from 'antd';
import i18next, { type TFunction } from 'i18next';
import { ApiError, type FieldProblem } from '../api/client';
import { apiErrorTexts, type ApiErrorLanguage } from '../i18n/api-error-texts';
import { labelOr } from './labels';
import { formatFen } from './money';

export type { ApiErrorLanguage };

const LIST_SEPARATORS: Record<ApiErrorLanguage, string> = { 'zh-CN': '、', en: ', ' };
const FIELD_SEPARATORS: Record<ApiErrorLanguage, string> = { 'zh-CN': '：', en: ': ' };

/** The categories with a generic sentence under `errors.` in the app's translations. */
const CATEGORY_TEXTS = ['network', 'unauthenticated', 'forbidden', 'not_found', 'conflict', 'rate_limited', 'payload_too_large', 'unavailable', 'internal', 'invalid_input'] as const;
type CategoryWithText = (typeof CATEGORY_TEXTS)[number];
const hasCategoryText = (category: string): category is CategoryWithText => (CATEGORY_TEXTS as readonly string[]).includes(category);

/** The language the page is shown in now (i18next's), as one of the two the texts exist in. */
export function apiErrorLanguage(language: string | undefined = i18next.resolvedLanguage ?? i18next.language): ApiErrorLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

function formatParam(value: unknown, language: ApiErrorLanguage): string {
  if (Array.isArray(value)) return value.map((v) => formatParam(v, language)).join(LIST_SEPARATORS[language]);
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An amount the server sends in fen (a whole number, or its digits as text), shown in yuan; anything else as it came. */
function formatFenParam(value: unknown, language: ApiErrorLanguage): string {
  const fen = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof fen === 'number' && Number.isSafeInteger(fen) ? formatFen(fen) : formatParam(value, language);
}

/**
 * The text of a catalogue code with its parameters filled in; undefined when the code has no text.
 * `{{name}}` is the parameter as it came, `{{name:fen}}` an amount in fen shown in yuan.
 */
export function translateApiError(language: ApiErrorLanguage, code: string, params: Record<string, unknown> = {}): string | undefined {
  const texts = apiErrorTexts(language);
  if (!texts || !Object.hasOwn(texts, code)) return undefined;
  return texts[code]?.replace(/\{\{\s*(\w+)(?::(fen))?\s*\}\}/g, (_, name: string, format?: string) => (format === 'fen' ? formatFenParam(params[name], language) : formatParam(params[name], language)));
}

/** Parameters that are the server's state names, said with the app's own labels where it has them. */
const STATE_PARAMS: readonly { prefix: string; params: readonly string[]; labels: string }[] = [
  { prefix: 'application.', params: ['state', 'from', 'to', 'allowed'], labels: 'workflow.states' },
  { prefix: 'loan.', params: ['status', 'from', 'to', 'allowed'], labels: 'loans.statuses' },
  { prefix: 'server.starting', params: ['pending'], labels: 'errors.startupSteps' },
  { prefix: 'field.invalid_type', params: ['expected'], labels: 'errors.valueTypes' },
  { prefix: 'dataset.kind_mismatch', params: ['datasetKind', 'modelKind'], labels: 'errors.featureKinds' },
  { prefix: 'dataset.class_too_thin', params: ['class'], labels: 'errors.labelClasses' },
  { prefix: 'product.kind_mismatch', params: ['productKind', 'needKind'], labels: 'market.kinds' },
  { prefix: 'need.kind_mismatch', params: ['productKind', 'needKind'], labels: 'market.kinds' },
  { prefix: 'product.loan_type_only_for_loans', params: ['kind'], labels: 'market.kinds' },
  { prefix: 'job.already_active', params: ['kind'], labels: 'jobs.kinds' },
  { prefix: 'job.already_active', params: ['status'], labels: 'jobs.statuses' },
  { prefix: 'import.unknown_kind', params: ['kinds'], labels: 'imports.kinds' },
  { prefix: 'profile.ip_taken', params: ['kind'], labels: 'profile.enums.ipKind' },
  { prefix: 'claim.', params: ['state', 'from', 'to', 'allowed'], labels: 'policy.states' },
  { prefix: 'claim.wrong_mover', params: ['by'], labels: 'policy.movers' },
  { prefix: 'claim.move_needs', params: ['field'], labels: 'policy.needs' },
  { prefix: 'claim.unknown_reason', params: ['reasons'], labels: 'policy.reasons' },
  { prefix: 'programme.', params: ['kind'], labels: 'policy.kinds' },
  { prefix: 'pool.claim_', params: ['from', 'to', 'allowed'], labels: 'pools.states' },
  { prefix: 'pool.claim_wrong_mover', params: ['mover'], labels: 'pools.movers' },
  { prefix: 'pool.claim_documents_missing', params: ['missing'], labels: 'pools.documents' },
  { prefix: 'pool.claim_documents_missing', params: ['step'], labels: 'pools.reviewSteps' },
  { prefix: 'pool.registration_not_proposed', params: ['status'], labels: 'pools.registrationStatuses' },
  { prefix: 'pool.loan_not_live', params: ['status'], labels: 'loans.statuses' },
  { prefix: 'programme.proof', params: ['proof'], labels: 'policy.proofKinds' },
  { prefix: 'claim.proof', params: ['proof', 'required', 'missing'], labels: 'policy.proofKinds' },
  { prefix: 'claim.proof', params: ['by'], labels: 'policy.proofProviders' },
];


function labelledParams(t: TFunction, code: string, params: Record<string, unknown>): Record<string, unknown> {
  const labelled = { ...params };
  for (const rule of STATE_PARAMS.filter((r) => code.startsWith(r.prefix))) {
    // A dotted value (a job kind such as match.full) is labelled under its underscored key, as i18next nests on dots.
    const label = (value: unknown) => (typeof value === 'string' ? labelOr(t, `${rule.labels}.${value.replaceAll('.', '_')}`, value) : value);
    for (const name of rule.params) {
      const value = labelled[name];
      if (value !== undefined) labelled[name] = Array.isArray(value) ? value.map(label) : label(value);
    }
  }
  return labelled;
}

/** The generic sentence of a category (`errors.internal` for the categories without one). */
function categoryMessage(t: TFunction, category: string): string {
  return t(`errors.${hasCategoryText(category) ? category : 'internal'}`);
}

/** A problem with a code (a field's, an import row's): its translated text, else the message it came with. */
export function problemMessage(problem: { code?: string; params?: Record<string, unknown>; message?: string }, language = apiErrorLanguage()): string {
  const text = problem.code ? translateApiError(language, problem.code, labelledParams(i18next.t, problem.code, problem.params ?? {})) : undefined;
  return text ?? problem.message ?? '';
}

/**
 * A sentence for the user: the error's code translated with its parameters (prefixed by the field
 * it is about when it is a field problem), else the generic sentence of its category.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.internal');
  const language = apiErrorLanguage();
  const params = error.details.params ?? {};
  const text = translateApiError(language, error.code, labelledParams(t, error.code, params));
  if (text === undefined) return categoryMessage(t, error.category);
  const field = params.field;
  return typeof field === 'string' && field && error.fields.length > 0 ? `${field}${FIELD_SEPARATORS[language]}${text}` : text;
}

/**
 * Puts the server's field problems (error.details.fields) on the matching form fields, each in the
 * user's language by its code and parameters.
 * `fieldMap` renames server fields to form fields (e.g. registeredCapitalFen → registeredCapitalWan).
 * Returns true when at least one problem found a field.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldMap: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const language = apiErrorLanguage();
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  // Validation names its fields in details.fields; a conflict may name one in details.field.
  const fieldProblems = error.fields.map((p: FieldProblem) => ({ field: p.field, message: problemMessage(p, language) }));
  const named = typeof error.details.field === 'string' ? [{ field: error.details.field, message: errorMessage(i18next.t, error) }] : [];
  const problems = [...fieldProblems, ...named]
    .map((p) => ({ name: fieldMap[p.field] ?? p.field, message: p.message }))
    .filter((p) => registered.has(p.name));
  if (problems.length === 0) return false;
  form.setFields(problems.map((p) => ({ name: p.name, errors: [p.message] })));
  form.scrollToField(problems[0]?.name ?? '');
  return true;
}
