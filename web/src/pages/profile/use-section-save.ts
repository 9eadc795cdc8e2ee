// Saving a profile section: the whole list goes to the server, which replaces the section. A 400
// names its problems as items.<index>.<field>; they are matched back to the rows that were sent.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { replaceSection, type ProfileRow } from '../../api/profile';
import { errorMessage, problemMessage } from '../../lib/api-errors';
import { toPayload, type SectionSpec } from './section-specs';

/** Field name → message; '' for a problem with the row as a whole. */
export type RowErrors = Record<string, string>;

export type SaveOutcome =
  | { ok: true }
  | { ok: false; /** problems of the row being edited */ own?: RowErrors; /** problems elsewhere */ others: number; message: string };

export function errorsByRow(error: unknown): Map<number, RowErrors> {
  const byRow = new Map<number, RowErrors>();
  if (!(error instanceof ApiError)) return byRow;
  for (const problem of error.fields) {
    const match = /^items\.(\d+)(?:\.([^.]+))?/.exec(problem.field);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2] ?? '';
    const errors = byRow.get(index) ?? {};
    errors[field] ??= problemMessage(problem);
    byRow.set(index, errors);
  }
  return byRow;
}

export function useSectionSave(creditCode: string, spec: SectionSpec, onSaved: () => void) {
  const { t } = useTranslation();
  const [rowErrors, setRowErrors] = useState<Map<ProfileRow, RowErrors>>(() => new Map());

  const save = useCallback(
    async (next: ProfileRow[], edited?: ProfileRow): Promise<SaveOutcome> => {
      try {
        await replaceSection(creditCode, spec.section, next.map((row) => toPayload(spec, row)));
        setRowErrors(new Map());
        onSaved();
        return { ok: true };
      } catch (error) {
        const others = new Map<ProfileRow, RowErrors>();
        let own: RowErrors | undefined;
        errorsByRow(error).forEach((errors, index) => {
          const row = next[index];
          if (row && row === edited) own = errors;
          else if (row) others.set(row, errors);
        });
        setRowErrors(others);
        const message = others.size > 0 ? t('profile.rowErrors', { count: others.size }) : errorMessage(t, error);
        return { ok: false, own, others: others.size, message };
      }
    },
    [creditCode, spec, onSaved, t],
  );

  return { save, rowErrors };
}
