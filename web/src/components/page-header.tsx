// A page's title, what it is about and its actions (plain elements: homes draw without antd).
import type { ReactNode } from 'react';
import './plain/plain.css';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  testId?: string;
}

export function PageHeader({ title, description, extra, testId }: PageHeaderProps) {
  return (
    <div className="kj-page-header">
      <div>
        <h1 data-testid={testId}>{title}</h1>
        {description ? <p>{description}</p> : null}
      </div>
      {extra ? <div className="kj-page-header-extra">{extra}</div> : null}
    </div>
  );
}
