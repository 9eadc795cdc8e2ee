// Financial statements by year, with the ratios the server computes for each year.
import { Alert, Descriptions, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getFinancials, type ProfileRow } from '../../api/profile';
import { labelOr } from '../../lib/labels';
import { useAsync } from '../../lib/use-async';
import { displayValue } from './field-values';
import { SECTION_SPECS } from './section-specs';
import { SectionTable } from './section-table';

/** Ratios that read as multiples (1.8×); every other ratio is a fraction shown as a percentage. */
const TIMES = new Set(['currentRatio', 'cashRatio']);
const FEATURED = ['grossMargin', 'netMargin', 'debtToAssets', 'rdIntensity'];

export function formatRatio(key: string, value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (TIMES.has(key)) return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)}×`;
  return new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

const ratioLabel = (t: TFunction, key: string) => labelOr(t, `profile.ratios.${key}`, key);

interface Props {
  creditCode: string;
  rows: ProfileRow[];
  editable: boolean;
  onSaved: () => void;
}

export function FinancialsPanel({ creditCode, rows, editable, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const spec = SECTION_SPECS.financials;
  // Reload the ratios whenever the statements change.
  const financials = useAsync((signal) => getFinancials(creditCode, signal), [creditCode, JSON.stringify(rows)]);
  const ratiosOf = (row: ProfileRow) => financials.data?.items.find((item) => item.year === row.year)?.ratios ?? {};
  const ratioColumns: TableColumnsType<ProfileRow> = FEATURED.map((key) => ({
    title: ratioLabel(t, key),
    key: `ratio-${key}`,
    align: 'right',
    width: 96,
    render: (_, row) => (
      <span data-testid={`ratio-${key}`}>{financials.loading && !financials.data ? '…' : formatRatio(key, ratiosOf(row)[key], i18n.language)}</span>
    ),
  }));

  const expandedRow = (row: ProfileRow) => {
    const ratios = Object.entries(ratiosOf(row));
    return (
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))' }}>
        <Descriptions size="small" column={1} bordered title={t('profile.figuresTitle')}>
          {spec.fields
            .filter((f) => f.name !== 'year')
            .map((f) => (
              <Descriptions.Item key={f.name} label={t(`profile.fields.${f.name}`)}>
                {displayValue(f, row[f.name], t, i18n.language)}
              </Descriptions.Item>
            ))}
        </Descriptions>
        <Descriptions size="small" column={1} bordered title={t('profile.ratiosTitle')}>
          {ratios.map(([key, value]) => (
            <Descriptions.Item key={key} label={ratioLabel(t, key)}>
              {formatRatio(key, value, i18n.language)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </div>
    );
  };

  return (
    <>
      {financials.error ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('profile.ratiosUnavailable')} />
      ) : null}
      <SectionTable
        spec={spec}
        rows={rows}
        creditCode={creditCode}
        editable={editable}
        onSaved={onSaved}
        extraColumns={ratioColumns}
        scrollX="max-content"
        unitInHeaders={false}
        title={
          <span>
            {t('profile.tabs.financials')}{' '}
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 12 }}>
              {t('profile.money')}
            </Typography.Text>
          </span>
        }
        expandable={{ expandedRowRender: expandedRow, columnTitle: null }}
      />
    </>
  );
}
