// One pool's console, for the park and its partner institutions: the balance and what it backs
// (coverage, leverage against the target, headroom), the NPL ratio against the threshold, claims by
// state with their calculation trail, and each partner's and contributor's figures.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { getPool, POOL_CLAIM_STATES, type PoolConsole } from '../../api/pools';
import { ErrorAlert } from '../../components/error-alert';
import { Col, Row } from '../../components/grid';
import { PageHeader } from '../../components/page-header';
import { formatDate, localName } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { useAsync } from '../../lib/use-async';
import { ClaimStateTag, PoolClaimsTable } from './pool-claims';
import { formatMultiple, formatPercent } from './pool-format';
import { ContributionCard, PartnerLoanCard, ProposalsCard } from './pool-panels';

type Partner = PoolConsole['partnerFigures'][number];
type Contributor = PoolConsole['contributorFigures'][number];
type Loan = PoolConsole['loans'][number];

function Figures({ pool }: { pool: PoolConsole }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (fen: number) => formatMoney(t, fen);
  const danger = { color: '#cf1322' };
  const nplAbove = Number(pool.nplRatio.replace('…', '')) > Number(pool.nplThreshold);
  const stats: [string, string, boolean][] = [
    [t('pools.console.balance'), money(pool.balanceFen), false],
    [t('pools.console.covered'), money(pool.coveredFen), false],
    [t('pools.console.leverage'), pool.leverage === null ? t('pools.console.leverageNone') : t('pools.console.leverageValue', { leverage: formatMultiple(pool.leverage, language), target: pool.leverageTarget }), pool.aboveTarget],
    [t('pools.console.headroom'), money(pool.headroomFen), false],
    [t('pools.console.npl'), t('pools.console.nplValue', { ratio: formatPercent(pool.nplRatio, language), threshold: formatPercent(pool.nplThreshold, language) }), nplAbove],
    [t('pools.console.contributed'), money(pool.contributedFen), false],
    [t('pools.console.paid'), money(pool.paidFen), false],
    [t('pools.console.refunded'), money(pool.refundedFen), false],
  ];
  return (
    <Card extra={<Typography.Text type="secondary">{t('pools.console.asOf', { date: formatDate(pool.asOf, language) })}</Typography.Text>} data-testid="pool-figures">
      <Row gutter={[16, 16]}>
        {stats.map(([title, value, alarm]) => (
          <Col key={title} xs={24} sm={12} lg={6}>
            <Statistic title={title} value={value} valueStyle={alarm ? danger : undefined} />
          </Col>
        ))}
        <Col span={24}>
          <Flex gap={8} wrap align="center" data-testid="pool-claims-by-state">
            <Typography.Text type="secondary">{t('pools.console.claimsByState')}</Typography.Text>
            {POOL_CLAIM_STATES.filter((s) => (pool.claimsByState[s] ?? 0) > 0).map((s) => (
              <span key={s}>
                <ClaimStateTag state={s} /> {pool.claimsByState[s]}
              </span>
            ))}
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}

function PartnersTable({ pool }: { pool: PoolConsole }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatMoney(t, fen);
  return (
    <Table<Partner>
      rowKey="partnerId"
      size="small"
      pagination={false}
      dataSource={pool.partnerFigures}
      scroll={{ x: 1000 }}
      data-testid="pool-partners"
      columns={[
        { title: t('pools.partner.name'), key: 'name', dataIndex: 'name' },
        { title: t('pools.partner.loans'), key: 'loans', dataIndex: 'loans', align: 'right' },
        { title: t('pools.partner.outstanding'), key: 'outstanding', align: 'right', render: (_, p) => money(p.outstandingFen) },
        { title: t('pools.partner.nplRatio'), key: 'npl', align: 'right', render: (_, p) => formatPercent(p.nplRatio, i18n.language) },
        { title: t('pools.partner.standing'), key: 'standing', render: (_, p) => (p.suspended ? <Tag color="red">{t('pools.partner.suspended')}</Tag> : <Tag color="green">{t('pools.partner.good')}</Tag>) },
        { title: t('pools.partner.claims'), key: 'claims', dataIndex: 'claims', align: 'right' },
        { title: t('pools.partner.open'), key: 'open', dataIndex: 'openClaims', align: 'right' },
        { title: t('pools.partner.loss'), key: 'loss', align: 'right', render: (_, p) => money(p.lossFen) },
        { title: t('pools.partner.paid'), key: 'paid', align: 'right', render: (_, p) => money(p.paidFen) },
        { title: t('pools.partner.refunded'), key: 'refunded', align: 'right', render: (_, p) => money(p.refundedFen) },
      ]}
    />
  );
}

function ContributorsTable({ pool }: { pool: PoolConsole }) {
  const { t } = useTranslation();
  const money = (fen: number) => formatMoney(t, fen);
  return (
    <Table<Contributor>
      rowKey="contributorId"
      size="small"
      pagination={false}
      dataSource={pool.contributorFigures}
      scroll={{ x: 800 }}
      data-testid="pool-contributors"
      columns={[
        { title: t('pools.contributor.name'), key: 'name', dataIndex: 'name' },
        { title: t('pools.contributor.kind'), key: 'kind', render: (_, c) => t(`pools.contributor.kinds.${c.kind}`) },
        { title: t('pools.contributor.share'), key: 'share', dataIndex: 'share', align: 'right' },
        { title: t('pools.contributor.contributed'), key: 'contributed', align: 'right', render: (_, c) => money(c.contributedFen) },
        { title: t('pools.contributor.payouts'), key: 'payouts', align: 'right', render: (_, c) => money(c.payoutsFen) },
        { title: t('pools.contributor.refunds'), key: 'refunds', align: 'right', render: (_, c) => money(c.refundsFen) },
        { title: t('pools.contributor.balance'), key: 'balance', align: 'right', render: (_, c) => money(c.balanceFen) },
      ]}
    />
  );
}

function LoansTable({ pool }: { pool: PoolConsole }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatMoney(t, fen);
  return (
    <Table<Loan>
      rowKey="loanId"
      size="small"
      dataSource={pool.loans}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      data-testid="pool-loans"
      columns={[
        { title: t('pools.loan.enterprise'), key: 'enterprise', dataIndex: 'enterpriseName' },
        { title: t('pools.loan.partner'), key: 'partner', dataIndex: 'partnerName' },
        { title: t('pools.loan.share'), key: 'share', align: 'right', render: (_, l) => `${formatPercent(l.share, i18n.language)}${l.firstLoan ? ` · ${t('pools.loan.firstLoan')}` : ''}` },
        { title: t('pools.loan.principal'), key: 'principal', align: 'right', render: (_, l) => money(l.principalFen) },
        { title: t('pools.loan.outstanding'), key: 'outstanding', align: 'right', render: (_, l) => money(l.outstandingFen) },
        { title: t('pools.loan.status'), key: 'status', render: (_, l) => `${t(`loans.statuses.${l.loanStatus as 'live'}`)} · ${t(`loans.classifications.${l.classification as 'normal'}`)}` },
        { title: t('pools.loan.registeredOn'), key: 'registeredOn', render: (_, l) => formatDate(l.registeredOn, i18n.language) },
      ]}
    />
  );
}

export function PoolConsolePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const loaded = useAsync((signal) => getPool(id, signal), [id]);
  const pool = loaded.data;
  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <Result status="404" title={t('pools.console.notFound')} />;
  return (
    <>
      <PageHeader
        title={
          <Flex gap={12} align="center" wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('workflow.detail.back')} />
            <span data-testid="pool-title">{pool ? localName({ name: pool.name, nameEn: pool.nameEn }, i18n.language) : t('pools.list.title')}</span>
            {pool ? <Tag color={pool.status === 'active' ? 'green' : 'default'}>{t(`pools.statuses.${pool.status}`)}</Tag> : null}
          </Flex>
        }
        description={
          pool
            ? `${pool.park ? localName({ name: pool.park.name, nameEn: pool.park.nameEn }, i18n.language) : t('pools.fields.cityWide')} · ${formatDate(pool.validFrom, i18n.language)} – ${formatDate(pool.validTo, i18n.language)} · ${t('pools.fields.lossShare')} ${formatPercent(pool.lossShare, i18n.language)}`
            : undefined
        }
      />
      {loaded.error ? <ErrorAlert error={loaded.error} /> : null}
      {!pool ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          {pool.viewer.role !== 'administrator' ? <Alert type="info" showIcon message={t(pool.viewer.role === 'partner' ? 'pools.console.viewerPartner' : 'pools.console.viewerContributor')} /> : null}
          <Figures pool={pool} />
          <ProposalsCard pool={pool} onChanged={loaded.reload} />
          {pool.viewer.role === 'administrator' && pool.status === 'active' ? <ContributionCard pool={pool} onChanged={loaded.reload} /> : null}
          {pool.viewer.role === 'partner' && pool.status === 'active' ? <PartnerLoanCard pool={pool} onChanged={loaded.reload} /> : null}
          <Card title={t('pools.console.claims')}>
            <PoolClaimsTable claims={pool.claims} viewer={pool.viewer} onChanged={loaded.reload} />
          </Card>
          <Card title={t('pools.console.partners')}>
            <PartnersTable pool={pool} />
          </Card>
          <Card title={t('pools.console.contributors')}>
            <ContributorsTable pool={pool} />
          </Card>
          {pool.loans.length ? (
            <Card title={t('pools.console.loans')}>
              <LoansTable pool={pool} />
            </Card>
          ) : null}
        </Flex>
      )}
    </>
  );
}
