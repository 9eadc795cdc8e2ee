// A name in a table cell: one line, cut with an ellipsis when the column is narrower, the whole
// name in a tooltip. Tables keep their key columns (status, actions) in view by letting long names
// give way instead of growing wider than the screen.
import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface EllipsisTextProps {
  /** The whole text, shown in the tooltip (and as the content when there are no children). */
  text: string;
  children?: ReactNode;
  type?: 'secondary' | 'danger';
  strong?: boolean;
  style?: CSSProperties;
  testId?: string;
}

export function EllipsisText({ text, children, type, strong, style, testId }: EllipsisTextProps) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} type={type} strong={strong} style={{ maxWidth: '100%', ...style }} data-testid={testId}>
      {children ?? text}
    </Typography.Text>
  );
}
