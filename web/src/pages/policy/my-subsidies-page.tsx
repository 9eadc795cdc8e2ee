// Enterprise: the subsidies it qualifies for (免申即享) — the amount expected this year, one card per
// programme with its loans that qualify and those that do not (and why), what the enterprise itself
// lacks, and its claims, each opening the calculation trail and the moves it may make.
import { Alert, Card, Empty, Flex, List, Result, Statistic, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getEnterpriseSubsidies, type Claim, type ProgrammeOutlook } from '../../api/policy';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { Col, Row } from '../../components/grid';
import { PageHeader } from '../../components/page-header';
import { PlainSpin } from '../../components/plain-spin';
import { useParkLabel, type ParkLabel } from '../../lib/code-names';
import { formatFen } from '../../lib/money';
import { formatPercent, reasonText } from '../../lib/policy-format';
import { useAsync } from '../../lib/use-async';
import { claimColumns } from './claim-columns';
import { ClaimDrawer } from './claim-drawer';
import { programmeName, useLoanLabels } from './use-policy-names';

export function MySubsidiesPage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode ?? null;
  if (!creditCode) return <Result status="info" title={t('policy.mine.title')} subTitle={t('policy.mine.noEnterprise')} />;
  return <MySubsidies creditCode={creditCode} />;
}

function MySubsidies({ creditCode }: { creditCode: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const subsidies = useAsync((signal) => getEnterpriseSubsidies(creditCode, signal), [creditCode]);
  const loanLabel = useLoanLabels(t, language);
  const parkLabel = useParkLabel(language);
  const [open, setOpen] = useState<Claim>();
  const s = subsidies.data;
  const names = new Map((s?.programmes ?? []).map((p) => [p.programme.id, programmeName(p.programme, language)]));
  const nameOf = (id: string) => names.get(id) ?? '…';

  return (
    <>
      <PageHeader title={t('policy.mine.title')} description={t('policy.mine.description')} testId="subsidies-title" />
      {subsidies.error ? <ErrorAlert error={subsidies.error} onRetry={subsidies.reload} /> : null}
      {!s ? (
        subsidies.error ? null : <PlainSpin />
      ) : (
        <Flex vertical gap={16}>
          <Card>
            <Statistic title={t('policy.mine.expected', { year: s.year })} value={formatFen(s.expectedThisYearFen)} data-testid="subsidies-expected" />
          </Card>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('policy.mine.programmes')}
          </Typography.Title>
          {s.programmes.length === 0 ? (
            <Card>
              <Empty description={t('policy.mine.noProgrammes')} />
            </Card>
          ) : (
            <Row gutter={16}>
              {s.programmes.map((p) => (
                <Col key={p.programme.id} span={24} style={{ marginBottom: 16 }}>
                  <ProgrammeCard outlook={p} t={t} language={language} loanLabel={loanLabel} parkLabel={parkLabel} />
                </Col>
              ))}
            </Row>
          )}
          <Card title={t('policy.mine.claims')}>
            <Table<Claim>
              rowKey="id"
              dataSource={s.claims}
              columns={claimColumns(t, { language, programmeName: nameOf, party: 'institution', onOpen: setOpen })}
              locale={{ emptyText: t('policy.mine.noClaims') }}
              pagination={false}
              scroll={{ x: 920 }}
              tableLayout="fixed"
              data-testid="subsidy-claims"
            />
          </Card>
        </Flex>
      )}
      {open ? <ClaimDrawer claimId={open.id} mover="enterprise" programmeName={nameOf} onClose={() => setOpen(undefined)} onChanged={subsidies.reload} /> : null}
    </>
  );
}

interface ProgrammeCardProps {
  outlook: ProgrammeOutlook;
  t: TFunction;
  language: string;
  loanLabel: (id: string) => string | undefined;
  parkLabel: ParkLabel;
}

function ProgrammeCard({ outlook: o, t, language, loanLabel, parkLabel }: ProgrammeCardProps) {
  const qualifying = o.loans.filter((l) => l.eligible);
  const notQualifying = o.loans.filter((l) => !l.eligible);
  const label = (id: string) => loanLabel(id) ?? t('policy.fields.loan');
  return (
    <Card
      title={programmeName(o.programme, language)}
      extra={<Typography.Text type="secondary">{t(`policy.kinds.${o.programme.kind}`)}</Typography.Text>}
      data-testid="subsidy-programme"
    >
      <Flex gap={32} wrap style={{ marginBottom: 16 }}>
        <Statistic title={t('policy.fields.share')} value={formatPercent(o.programme.share)} />
        <Statistic title={t('policy.fields.capPerYear')} value={o.capPerEnterpriseYearFen === null ? t('policy.noCap') : formatFen(o.capPerEnterpriseYearFen)} />
        <Statistic title={t('policy.mine.expectedShort')} value={formatFen(o.expectedFen)} data-testid="programme-expected" />
      </Flex>
      {o.enterpriseReasons.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('policy.mine.advice')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="subsidy-advice">
              {o.enterpriseReasons.map((r, i) => (
                <li key={i}>{reasonText(t, r, language, parkLabel)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <List
            size="small"
            header={<Typography.Text strong>{t('policy.mine.qualifying')}</Typography.Text>}
            locale={{ emptyText: t('policy.mine.noLoans') }}
            dataSource={qualifying}
            renderItem={(l) => (
              <List.Item extra={<Typography.Text strong>{formatFen(l.expectedFen)}</Typography.Text>} data-testid="loan-qualifies">
                {label(l.loanId)}
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} md={12}>
          <List
            size="small"
            header={<Typography.Text strong>{t('policy.mine.notQualifying')}</Typography.Text>}
            locale={{ emptyText: t('policy.mine.noLoans') }}
            dataSource={notQualifying}
            renderItem={(l) => (
              <List.Item data-testid="loan-not-qualifies">
                <Flex vertical>
                  <span>{label(l.loanId)}</span>
                  {l.reasons.map((r, i) => (
                    <Typography.Text key={i} type="secondary" style={{ fontSize: 12 }}>
                      {reasonText(t, r, language, parkLabel)}
                    </Typography.Text>
                  ))}
                </Flex>
              </List.Item>
            )}
          />
        </Col>
      </Row>
    </Card>
  );
}
