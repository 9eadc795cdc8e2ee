// The problems the server found in a loaded file, each by where it is (holidays[2].date, line 7.one_year),
// in the user's language by its code.
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client';
import { apiErrorLanguage, problemMessage } from '../lib/api-errors';

export function FileProblems({ problems, testId }: { problems: FieldProblem[]; testId: string }) {
  const { i18n } = useTranslation();
  if (!problems.length) return null;
  const language = apiErrorLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={
        <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 220, overflow: 'auto' }} data-testid={testId}>
          {problems.map((p) => (
            <li key={`${p.field}:${p.message}`}>
              {p.field ? <Typography.Text strong>{p.field}: </Typography.Text> : null}
              {problemMessage(p, language)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
