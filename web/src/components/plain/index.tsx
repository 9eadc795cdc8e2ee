// The few building blocks the signed-in frame and the homes need, drawn with plain elements and
// plain.css instead of antd: a home then loads neither antd's code nor its 1 MB stylesheet (see
// ARCHITECTURE.md, "The web's first paint"). They look like their antd counterparts.
import { CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import '../grid.css';
import './plain.css';

interface CardProps {
  title?: ReactNode;
  extra?: ReactNode;
  /** While the content is loading: two grey bars in its place. */
  loading?: boolean;
  /** Its content is on its way but keeps its place (a figure shows a dash): said to assistive technology. */
  busy?: boolean;
  /** The body's least height, kept while its content loads so that nothing below moves when it arrives. */
  minBodyHeight?: number;
  /** Opens this page when clicked (the whole card is the link). */
  to?: string;
  testId?: string;
  children?: ReactNode;
}

export function Card({ title, extra, loading, busy, minBodyHeight, to, testId, children }: CardProps) {
  const card = (
    <section className={to ? 'kj-card kj-card-hoverable' : 'kj-card'} data-testid={testId} aria-busy={loading || busy || undefined}>
      {title || extra ? (
        <div className="kj-card-head">
          {title ? <h2>{title}</h2> : <span />}
          {extra}
        </div>
      ) : null}
      <div className="kj-card-body" style={minBodyHeight ? { minHeight: minBodyHeight + 48 } : undefined}>
        {loading ? (
          <>
            <span className="kj-skeleton" />
            <span className="kj-skeleton" />
          </>
        ) : (
          children
        )}
      </div>
    </section>
  );
  return to ? (
    <Link to={to} className="kj-card-link">
      {card}
    </Link>
  ) : (
    card
  );
}

/** A titled figure, as antd's Statistic draws it. */
export function Statistic({ title, value, prefix }: { title: ReactNode; value: ReactNode; prefix?: ReactNode }) {
  return (
    <div>
      <div className="kj-stat-title">{title}</div>
      <div className="kj-stat-value">
        {prefix}
        <span>{value}</span>
      </div>
    </div>
  );
}

export type TagColor = 'default' | 'blue' | 'green' | 'red' | 'gold';

export function Tag({ color = 'default', children }: { color?: TagColor; children: ReactNode }) {
  return <span className={color === 'default' ? 'kj-tag' : `kj-tag kj-tag-${color}`}>{children}</span>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="kj-empty">{children}</div>;
}

interface AlertProps {
  type: 'error' | 'warning';
  message: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}

export function Alert({ type, message, description, action }: AlertProps) {
  return (
    <div className={type === 'warning' ? 'kj-alert kj-alert-warning' : 'kj-alert'} role="alert">
      {type === 'warning' ? <ExclamationCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}
      <div className="kj-alert-text">
        <div>{message}</div>
        {description ? <p>{description}</p> : null}
      </div>
      {action}
    </div>
  );
}

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant?: 'default' | 'link' | 'text';
  size?: 'middle' | 'small';
}

export function Button({ variant = 'default', size = 'middle', className, ...rest }: ButtonProps) {
  const classes = ['kj-btn', variant !== 'default' ? `kj-btn-${variant}` : '', size === 'small' ? 'kj-btn-small' : '', className ?? ''].filter(Boolean).join(' ');
  return <button type="button" className={classes} {...rest} />;
}

/** A whole-page outcome: a failure to start, or a page this account may not open. */
export function Result({ status, title, subTitle, extra }: { status: 'error' | '403'; title: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div className={status === '403' ? 'kj-result kj-result-403' : 'kj-result'} role={status === 'error' ? 'alert' : undefined}>
      {status === '403' ? <ExclamationCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}
      <h1>{title}</h1>
      {subTitle ? <p>{subTitle}</p> : null}
      {extra}
    </div>
  );
}

/** Label–value pairs in as many columns as fit. */
export function Descriptions({ items }: { items: { key: string; label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="kj-desc">
      {items.map((item) => (
        <div key={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
