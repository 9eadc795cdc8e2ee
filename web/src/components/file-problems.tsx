// The problems the server found in a loaded file, each by where it is (holidays[2].date, line 7.one_year).
import { Alert, Typography } from 'antd';
import type { FieldProblem } from '../api/client';

export function FileProblems({ problems, testId }: { problems: FieldProblem[]; testId: string }) {
  if (!problems.length) return null;
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
              {p.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
