// The figure cards every home shows: each a number from GET /home/<role> linking to its filtered list.
import type { ReactNode } from 'react';
import { Col, Row } from '../../components/grid';
import { StatCard } from '../../components/stat-card';

export interface Figure {
  key: string;
  title: string;
  value: number | undefined;
  to: string;
  icon?: ReactNode;
}

export function HomeFigures({ figures, loading, error }: { figures: Figure[]; loading: boolean; error: unknown }) {
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col key={f.key} xs={24} sm={12} xl={Math.max(4, Math.floor(24 / figures.length))}>
          <StatCard title={f.title} value={f.value} loading={loading} error={error} icon={f.icon} to={f.to} testId={`figure-${f.key}`} />
        </Col>
      ))}
    </Row>
  );
}
