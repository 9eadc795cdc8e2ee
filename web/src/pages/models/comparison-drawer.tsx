// Champion/challenger: a shadow version against the active model on the same snapshots — agreement,
// mean score difference, PSI and the grade migration matrix (AAA…C on both axes).
import { Alert, Card, Drawer, Empty, Skeleton, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Col, Row } from '../../components/grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, getModelComparison, type ModelComparison, type ModelVersion } from '../../api/rating';
import { ErrorAlert } from '../../components/error-alert';
import { formatPercent } from '../../lib/rating-format';
import { useAsync } from '../../lib/use-async';

type PsiReading = 'psiStable' | 'psiModerate' | 'psiLarge';
const PSI_COLORS: Record<PsiReading, string> = { psiStable: 'green', psiModerate: 'gold', psiLarge: 'red' };

/** The usual reading of a population stability index. */
export function psiReading(psi: number): PsiReading {
  if (psi < 0.1) return 'psiStable';
  if (psi <= 0.25) return 'psiModerate';
  return 'psiLarge';
}

/** AAA…C, then any grade the server sends that we do not know. */
function gradeAxis(migration: ModelComparison['migration']): string[] {
  const seen = new Set<string>(Object.keys(migration));
  for (const row of Object.values(migration)) for (const g of Object.keys(row)) seen.add(g);
  const known = GRADES as readonly string[];
  return [...known, ...[...seen].filter((g) => !known.includes(g)).sort()];
}

interface MatrixRow {
  champion: string;
  counts: Record<string, number>;
  total: number;
}

function MigrationMatrix({ migration }: { migration: ModelComparison['migration'] }) {
  const { t } = useTranslation();
  const axis = useMemo(() => gradeAxis(migration), [migration]);
  const rows: MatrixRow[] = useMemo(
    () =>
      axis.map((champion) => {
        const counts = migration[champion] ?? {};
        return { champion, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
      }),
    [axis, migration],
  );
  const max = Math.max(1, ...rows.flatMap((r) => Object.values(r.counts)));
  const cellStyle = (champion: string, challenger: string, n: number) => {
    if (!n) return {};
    const alpha = 0.12 + 0.68 * (n / max);
    const rgb = champion === challenger ? '56, 158, 13' : '21, 86, 184';
    return { background: `rgba(${rgb}, ${alpha.toFixed(2)})`, color: alpha > 0.5 ? '#fff' : undefined, fontWeight: 500 };
  };
  const columns: TableColumnsType<MatrixRow> = [
    { title: t('models.compare.champion'), dataIndex: 'champion', fixed: 'left', width: 140, render: (g: string) => <Typography.Text strong>{g}</Typography.Text> },
    ...axis.map((challenger) => ({
      title: challenger,
      key: challenger,
      align: 'center' as const,
      width: 56,
      onCell: (r: MatrixRow) => ({ style: cellStyle(r.champion, challenger, r.counts[challenger] ?? 0) }),
      render: (_: unknown, r: MatrixRow) => r.counts[challenger] || <Typography.Text type="secondary">·</Typography.Text>,
    })),
    { title: t('models.compare.total'), dataIndex: 'total', align: 'right', width: 70, render: (n: number) => <Typography.Text strong>{n}</Typography.Text> },
  ];
  return (
    <Table<MatrixRow>
      rowKey="champion"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 760 }}
      data-testid="migration-matrix"
    />
  );
}

function Figures({ comparison: c }: { comparison: ModelComparison }) {
  const { t } = useTranslation();
  const share = (v: number | null) => (v === null ? t('common.none') : formatPercent(v));
  const reading = c.psi === null ? null : psiReading(c.psi);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="comparison-figures">
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic title={t('models.compare.enterprises')} value={c.enterprises} />
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic
            title={t('models.compare.meanScoreDifference')}
            value={c.meanScoreDifference === null ? t('common.none') : `${c.meanScoreDifference > 0 ? '+' : ''}${c.meanScoreDifference.toFixed(1)}`}
          />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic
            title={t('models.compare.psi')}
            value={c.psi === null ? t('common.none') : c.psi.toFixed(3)}
            suffix={reading ? <Tag color={PSI_COLORS[reading]} style={{ marginLeft: 8 }} data-testid="psi-reading">{t(`models.compare.${reading}`)}</Tag> : null}
          />
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic title={t('models.compare.sameGrade')} value={share(c.sameGrade)} />
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic title={t('models.compare.withinOneNotch')} value={share(c.withinOneNotch)} />
        </Card>
      </Col>
    </Row>
  );
}

function Comparison({ id }: { id: string }) {
  const { t } = useTranslation();
  const comparison = useAsync((signal) => getModelComparison(id, signal), [id]);
  if (comparison.error) return <ErrorAlert error={comparison.error} onRetry={comparison.reload} />;
  if (!comparison.data) return <Skeleton active />;
  const c = comparison.data;
  return (
    <div data-testid="model-comparison">
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('models.compare.intro')} />
      {c.enterprises === 0 ? (
        <Empty
          data-testid="comparison-empty"
          description={
            <>
              <Typography.Text strong>{t('models.compare.noData')}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('models.compare.noDataDetail')}</Typography.Text>
            </>
          }
        />
      ) : (
        <>
          <Figures comparison={c} />
          <Typography.Paragraph type="secondary">{t('models.compare.psiHint')}</Typography.Paragraph>
          <Typography.Title level={5}>{t('models.compare.migration')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('models.compare.migrationHint')}</Typography.Paragraph>
          <MigrationMatrix migration={c.migration} />
        </>
      )}
    </div>
  );
}

export function ComparisonDrawer({ model, onClose }: { model: ModelVersion | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={model !== null} onClose={onClose} width={880} title={t('models.compare.title', { version: model?.version ?? '' })} destroyOnHidden>
      {model ? <Comparison id={model.id} /> : null}
    </Drawer>
  );
}
