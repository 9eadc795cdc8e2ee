// One loan, for every party that may see it: its terms (LPR used plus the spread gives the annual
// rate), its position today, the schedule, repayments and recoveries. The lending institution
// records repayments here, and recoveries once the loan is in default.
import { ArrowLeftOutlined, DollarOutlined, SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Statistic, Typography } from 'antd';
import { Col, Row } from '../../components/grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { getLoan, type LoanDetail } from '../../api/loans';
import { useMe } from '../../auth/auth-context';
import { hasRole } from '../../auth/roles';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { formatMoney } from '../../lib/market-format';
import { useAsync } from '../../lib/use-async';
import { formatDecimalRate, formatSpread } from '../../lib/workflow-format';
import { applicationPath } from '../../lib/workflow-paths';
import { RecoveryModal, RepaymentModal } from './loan-forms';
import { ClassificationTag, LoanStatusTag } from './loan-tags';
import { RecoveriesTable, RepaymentsTable, ScheduleTable } from './loan-tables';

function Terms({ loan }: { loan: LoanDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Card title={t('loans.detail.terms')} style={{ height: '100%' }}>
      <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small" data-testid="loan-terms">
        <Descriptions.Item label={t('loans.fields.enterprise')}>{loan.enterprise.name}</Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.institution')}>{loan.institution.name}</Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.amount')}>
          <span data-testid="loan-amount">{formatMoney(t, loan.amountFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.product')}>
          <Link to={applicationPath(loan.applicationId)}>{loan.productName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.lpr')}>
          LPR {loan.lprTenor.toUpperCase()} {formatDecimalRate(loan.lprRate)}
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.spread')}>{formatSpread(loan.spreadBp)}</Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.annualRate')}>
          <Typography.Text strong data-testid="loan-annual-rate">
            {formatDecimalRate(loan.annualRate)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.method')}>{labelOr(t, `market.repayment.${loan.method}`, loan.method)}</Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.term')}>{t('market.monthsValue', { count: loan.termMonths })}</Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.disbursedOn')}>{formatDate(loan.disbursedOn, language)}</Descriptions.Item>
        <Descriptions.Item label={t('loans.fields.maturityOn')}>{formatDate(loan.maturityOn, language)}</Descriptions.Item>
        {loan.closedOn ? <Descriptions.Item label={t('loans.fields.closedOn')}>{formatDate(loan.closedOn, language)}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}

function Position({ loan }: { loan: LoanDetail }) {
  const { t, i18n } = useTranslation();
  const p = loan.position;
  const money = (fen: number) => formatMoney(t, fen);
  return (
    <Card
      title={t('loans.detail.position')}
      extra={<Typography.Text type="secondary">{t('loans.detail.asOf', { date: formatDate(loan.asOf, i18n.language) })}</Typography.Text>}
      style={{ height: '100%' }}
      data-testid="loan-position"
    >
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <Statistic title={t('loans.fields.outstanding')} value={money(p.outstandingPrincipalFen)} />
        </Col>
        <Col span={12}>
          <Statistic title={t('loans.detail.outstandingInterest')} value={money(p.outstandingInterestFen)} />
        </Col>
        <Col span={12}>
          <Statistic title={t('loans.detail.overdue')} value={money(p.overdueFen)} valueStyle={p.overdueFen > 0 ? { color: '#cf1322' } : undefined} />
        </Col>
        <Col span={12}>
          <Statistic title={t('loans.fields.daysOverdue')} value={p.daysOverdue} valueStyle={p.daysOverdue > 0 ? { color: '#cf1322' } : undefined} />
        </Col>
        <Col span={24}>
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">{t('loans.fields.classification')}</Typography.Text>
            <ClassificationTag classification={p.classification} />
            {p.paidOff ? <Typography.Text type="success">{t('loans.detail.paidOff')}</Typography.Text> : null}
          </Flex>
        </Col>
        {loan.defaultedOn ? (
          <Col span={24}>
            <Descriptions column={1} size="small" data-testid="loan-default">
              <Descriptions.Item label={t('loans.fields.defaultedOn')}>{formatDate(loan.defaultedOn, i18n.language)}</Descriptions.Item>
              <Descriptions.Item label={t('loans.fields.defaultExposure')}>{loan.defaultExposureFen === null ? t('common.none') : money(loan.defaultExposureFen)}</Descriptions.Item>
              <Descriptions.Item label={t('loans.fields.recovered')}>{money(loan.recoveredFen)}</Descriptions.Item>
              <Descriptions.Item label={t('loans.fields.writtenOff')}>{loan.writtenOffFen === null ? t('common.none') : money(loan.writtenOffFen)}</Descriptions.Item>
            </Descriptions>
          </Col>
        ) : null}
      </Row>
    </Card>
  );
}

type Recording = 'repayment' | 'recovery';

export function LoanDetailPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const id = useParams().id ?? '';
  const detail = useAsync((signal) => getLoan(id, i18n.language, signal), [id, i18n.language]);
  const [recording, setRecording] = useState<Recording>();
  const loan = detail.data;
  const lender = !!loan && hasRole(me, 'institution_officer') && me.organisation?.id === loan.institution.id;

  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return <Result status="404" title={t('loans.detail.notFound')} />;
  }
  return (
    <>
      <PageHeader
        title={
          <Flex gap={12} align="center" wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('workflow.detail.back')} />
            <span data-testid="loan-title">{loan ? loan.productName : t('loans.detail.title')}</span>
            {loan ? <LoanStatusTag status={loan.status} /> : null}
          </Flex>
        }
        description={loan ? `${loan.enterprise.name} · ${loan.institution.name}` : undefined}
        extra={
          lender ? (
            <>
              {loan.status === 'live' ? (
                <Button type="primary" icon={<DollarOutlined />} onClick={() => setRecording('repayment')} data-testid="record-repayment">
                  {t('loans.forms.repaymentTitle')}
                </Button>
              ) : null}
              {loan.status === 'defaulted' ? (
                <Button icon={<SafetyOutlined />} onClick={() => setRecording('recovery')} data-testid="record-recovery">
                  {t('loans.forms.recoveryTitle')}
                </Button>
              ) : null}
            </>
          ) : undefined
        }
      />
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {!loan ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Terms loan={loan} />
          </Col>
          <Col xs={24} xl={10}>
            <Position loan={loan} />
          </Col>
          <Col span={24}>
            <Card title={t('loans.detail.schedule')}>
              <ScheduleTable instalments={loan.instalments} asOf={loan.asOf} />
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('loans.detail.repayments')}>
              <RepaymentsTable repayments={loan.repayments} />
            </Card>
          </Col>
          {loan.defaultedOn || loan.recoveries.length ? (
            <Col span={24}>
              <Card title={t('loans.detail.recoveries')}>
                <RecoveriesTable recoveries={loan.recoveries} />
              </Card>
            </Col>
          ) : null}
        </Row>
      )}
      {recording === 'repayment' ? <RepaymentModal loanId={id} onClose={() => setRecording(undefined)} onSaved={detail.reload} /> : null}
      {recording === 'recovery' ? <RecoveryModal loanId={id} onClose={() => setRecording(undefined)} onSaved={detail.reload} /> : null}
    </>
  );
}
