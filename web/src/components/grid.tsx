// Rows and columns like antd's Row and Col (24 tracks, a gutter, widths per breakpoint), laid out
// by CSS alone (grid.css). antd's Row subscribes to the screen size in a layout effect and renders
// its whole content a second time, synchronously, when it mounts: on a page of cards in rows that
// doubled the first render and made it one long task.
import type { CSSProperties, ReactNode } from 'react';
import './grid.css';

type Gutter = number | [number, number];

interface RowProps {
  gutter?: Gutter;
  align?: 'middle';
  style?: CSSProperties;
  children?: ReactNode;
  'data-testid'?: string;
}

export function Row({ gutter = 0, align, style, children, 'data-testid': testId }: RowProps) {
  const [x, y] = typeof gutter === 'number' ? [gutter, 0] : gutter;
  const vars = { '--kj-gx': `${x}px`, '--kj-gy': `${y}px` } as CSSProperties;
  return (
    <div className={align === 'middle' ? 'kj-row kj-row-middle' : 'kj-row'} style={{ ...vars, ...style }} data-testid={testId}>
      {children}
    </div>
  );
}

const BREAKPOINTS = ['xs', 'sm', 'md', 'lg', 'xl', 'xxl'] as const;
type Breakpoint = (typeof BREAKPOINTS)[number];

type ColProps = Partial<Record<Breakpoint, number>> & { span?: number; style?: CSSProperties; children?: ReactNode };

const width = (span: number) => `${(span / 24) * 100}%`;

export function Col({ span, style, children, ...at }: ColProps) {
  const vars: Record<string, string> = {};
  if (span !== undefined) vars['--kj-xs'] = width(span);
  // A width not given is reset, so a Col inside another Col does not inherit the outer one's.
  for (const b of BREAKPOINTS) vars[`--kj-${b}`] = at[b] !== undefined ? width(at[b]) : b === 'xs' && span !== undefined ? width(span) : 'initial';
  return (
    <div className="kj-col" style={{ ...(vars as CSSProperties), ...style }}>
      {children}
    </div>
  );
}
