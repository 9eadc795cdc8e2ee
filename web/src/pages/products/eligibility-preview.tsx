// Live preview: how many rated enterprises in the product's parks its rules would let through,
// asked again half a second after the rules or parks stop changing.
import { Alert, Card, Progress, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isAbort, type FieldProblem } from '../../api/client';
import { previewEligibility, type EligibilityPreview, type EligibilityRule } from '../../api/marketplace';
import { EllipsisText } from '../../components/ellipsis-text';
import { errorMessage } from '../../lib/api-errors';
import { useParkLabel } from '../../lib/code-names';
import { formatCount } from '../../lib/format';

export const PREVIEW_DELAY_MS = 500;

interface Props {
  rules: EligibilityRule[];
  parkCodes: string[];
  incomplete: number;
  /** The server's problems with the rules (400 details.fields), or [] when they are fine. */
  onProblems: (problems: FieldProblem[]) => void;
}

export function EligibilityPreviewCard({ rules, parkCodes, incomplete, onProblems }: Props) {
  const { t, i18n } = useTranslation();
  const [preview, setPreview] = useState<EligibilityPreview>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const key = JSON.stringify([rules, parkCodes]);

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      previewEligibility({ rules, parkCodes: parkCodes.length ? parkCodes : undefined }, controller.signal)
        .then((result) => {
          setPreview(result);
          setError(undefined);
          onProblems([]);
        })
        .catch((cause: unknown) => {
          if (isAbort(cause)) return;
          setError(cause);
          onProblems(cause instanceof ApiError ? cause.fields : []);
        })
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for rules and parkCodes, which are new arrays on every render.
  }, [key]);

  const share = preview && preview.total > 0 ? Math.round((100 * preview.eligible) / preview.total) : 0;
  const language = i18n.language;
  const park = useParkLabel(language);
  return (
    <Card title={t('offering.preview.title')} data-testid="eligibility-preview" data-loading={loading ? 'true' : 'false'}>
      <Typography.Paragraph type="secondary">{t('offering.preview.description')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(t, error)} data-testid="preview-error" /> : null}
      <Statistic
        title={t('offering.preview.eligible')}
        value={preview ? formatCount(preview.eligible, language) : '—'}
        suffix={preview ? `/ ${formatCount(preview.total, language)}` : undefined}
        loading={loading && !preview}
        valueRender={(node) => <span data-testid="preview-eligible">{node}</span>}
      />
      <Progress percent={share} size="small" style={{ marginBottom: 12 }} />
      {incomplete ? <Typography.Paragraph type="warning">{t('offering.preview.incomplete', { count: incomplete })}</Typography.Paragraph> : null}
      <Table
        rowKey="parkCode"
        size="small"
        pagination={false}
        dataSource={preview?.byPark ?? []}
        columns={[
          { title: t('offering.preview.park'), dataIndex: 'parkCode', ellipsis: { showTitle: false }, render: (code: string) => <EllipsisText text={park(code)} /> },
          { title: t('offering.preview.eligibleShort'), dataIndex: 'eligible', width: 100, align: 'right', render: (n: number) => formatCount(n, language) },
          { title: t('offering.preview.total'), dataIndex: 'total', width: 100, align: 'right', render: (n: number) => formatCount(n, language) },
        ]}
        data-testid="preview-by-park"
      />
    </Card>
  );
}
