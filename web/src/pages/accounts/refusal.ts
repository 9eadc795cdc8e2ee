// What a refusal of a public account form says: a field problem's own sentence (never the server's
// field key in front of it, which means nothing to the person), else the error's.
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorMessage, problemMessage } from '../../lib/api-errors';

export function refusalText(t: TFunction, error: unknown): string {
  const field = error instanceof ApiError ? error.fields.find((f) => f.code) : undefined;
  return field ? problemMessage(field) : errorMessage(t, error);
}
