// One application, for every party that may see it: what was asked, the deadline, the rating it
// carries, the decision (and, when declined, why and what would help), its history, its loan, and
// the moves the viewer may make now.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { Col, Row } from '../../components/grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getApplication, type ApplicationDetail, type Move } from '../../api/applications';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useParkLabel } from '../../lib/code-names';
import { formatDateTime } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { formatMoney } from '../../lib/market-format';
import { useAsync } from '../../lib/use-async';
import { loanPath } from '../../lib/workflow-paths';
import { ApplicationTimeline } from './application-timeline';
import { moveLabel } from './move-label';
import { MoveModal } from './move-modal';
import { ReportsCard } from '../rating/reports-card';
import { RejectionCard, UnmetRulesCard } from './rejection-card';
import { ApplicationStateTag, DeadlineTag } from './workflow-tags';

/** Declining and withdrawing are shown as dangerous; the way forward as the main button. */
function MoveButtons({ application, onMove }: { application: ApplicationDetail; onMove: (move: Move) => void }) {
  const { t } = useTranslation();
  if (!application.moves.length) return null;
  const forward = application.moves.find((m) => !['rejected', 'withdrawn', 'info_requested', 'written_off', 'defaulted'].includes(m.to));
  return (
    <Flex gap={8} wrap data-testid="application-moves">
      {application.moves.map((m) => (
        <Button
          key={m.to}
          type={m === forward ? 'primary' : 'default'}
          danger={m.to === 'rejected' || m.to === 'withdrawn' || m.to === 'defaulted' || m.to === 'written_off'}
          onClick={() => onMove(m)}
          data-testid={`move-${m.to}`}
        >
          {moveLabel(t, application.state, m.to)}
        </Button>
      ))}
    </Flex>
  );
}

function Summary({ a }: { a: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const park = useParkLabel(language);
  const none = t('common.none');
  return (
    <Card title={t('workflow.detail.summary')} style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small" data-testid="application-summary">
        <Descriptions.Item label={t('workflow.fields.enterprise')}>
          {a.enterprise.name}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {a.enterprise.creditCode}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.institution')}>{a.institution.name}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.product')}>
          {a.product.name} · {labelOr(t, `market.kinds.${a.product.kind}`, a.product.kind)}
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.amount')}>
          <span data-testid="detail-amount">{formatMoney(t, a.amountFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.term')}>{a.termMonths === null ? none : t('market.monthsValue', { count: a.termMonths })}</Descriptions.Item>
        {a.approval ? (
          <Descriptions.Item label={t('edges.approval.title')} span={2}>
            <span data-testid="detail-approval">
              {t('edges.approval.amount')} {formatMoney(t, a.approval.amountFen)} · {t('edges.approval.rate')}{' '}
              {t('edges.approval.rateValue', { tenor: a.approval.lprTenor.toUpperCase(), spread: a.approval.spreadBp >= 0 ? `+${a.approval.spreadBp}` : `${a.approval.spreadBp}` })} · {t('edges.approval.term')}{' '}
              {t('market.monthsValue', { count: a.approval.termMonths })}
            </span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('workflow.fields.park')}>{park(a.parkCode)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.submittedAt')}>{formatDateTime(a.submittedAt, language)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.deadline')}>
          <DeadlineTag deadline={a.deadline} withDate />
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.decidedAt')}>{formatDateTime(a.decidedAt, language)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.responseDays')}>
          {a.responseWorkingDays === null ? none : t('market.turnaroundValue', { count: a.responseWorkingDays })}
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.rating')}>
          {a.rating ? t('workflow.detail.ratingValue', { grade: a.rating.grade, score: Math.round(a.rating.score), date: formatDateTime(a.rating.ratedAt, language) }) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.loan')}>
          {a.loan ? (
            <Link to={loanPath(a.loan.id)} data-testid="application-loan-link">
              {t('workflow.detail.viewLoan')}
            </Link>
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.purpose')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{a.purpose}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function ApplicationDetailPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const language = i18n.language;
  const detail = useAsync((signal) => getApplication(id, language, signal), [id, language]);
  const [moving, setMoving] = useState<Move>();
  const a = detail.data;

  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return <Result status="404" title={t('workflow.detail.notFound')} data-testid="application-not-found" />;
  }
  return (
    <>
      <PageHeader
        title={
          <Flex gap={12} align="center" wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('workflow.detail.back')} />
            <span data-testid="application-title">{a ? a.product.name : t('workflow.detail.title')}</span>
            {a ? <ApplicationStateTag state={a.state} /> : null}
          </Flex>
        }
        description={a ? `${a.enterprise.name} → ${a.institution.name}` : undefined}
        extra={a ? <MoveButtons application={a} onMove={setMoving} /> : undefined}
      />
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {!a ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Summary a={a} />
            <RejectionCard application={a} />
            <UnmetRulesCard application={a} />
            {/* The credit report of the rating the application carries, issued under its grant. */}
            {a.state !== 'draft' ? <ReportsCard creditCode={a.enterprise.creditCode} /> : null}
          </Col>
          <Col xs={24} xl={9}>
            <Card title={t('workflow.detail.timeline')}>
              <ApplicationTimeline events={a.timeline} />
            </Card>
          </Col>
        </Row>
      )}
      {a && moving ? <MoveModal application={a} move={moving} onClose={() => setMoving(undefined)} onMoved={detail.reload} /> : null}
    </>
  );
}
