// One investor in a drawer: thesis, stages, industries and regions by name, ticket range in 万元,
// fund size, portfolio (linked to the enterprises on the platform), team, and the association's
// numbers with the note that the public register is the authority.
import { Alert, Descriptions, Drawer, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AMAC_REGISTER_URL, getInvestor, type InvestorDetail } from '../../api/investors';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate, localName } from '../../lib/format';
import { formatWan } from '../../lib/money';
import { useAsync } from '../../lib/use-async';
import { industryLabel } from '../../lib/code-names';
import { formatFundSize, formatTicket, industryNames, regionNames } from './investor-format';

type Company = InvestorDetail['portfolio'][number];

interface Props {
  id: string | null;
  /** Where an enterprise on the platform opens, by its credit code (null: names only). */
  enterpriseLink: ((creditCode: string) => string) | null;
  parkNames: Map<string, string>;
  onClose: () => void;
}

export function InvestorDrawer({ id, enterpriseLink, parkNames, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const detail = useAsync((signal) => (id ? getInvestor(id, signal) : Promise.resolve(undefined)), [id]);
  const d = detail.data;
  return (
    <Drawer open={id !== null} onClose={onClose} width={720} title={d ? localName(d, i18n.language) : ''} destroyOnHidden data-testid="investor-drawer">
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {d ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('investors.fields.kind')}>{t(`investors.kinds.${d.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('investors.fields.thesis')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="investor-thesis">{d.thesis}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('investors.fields.stages')}>{d.stages.map((s) => <Tag key={s}>{t(`investors.stages.${s}`)}</Tag>)}</Descriptions.Item>
            <Descriptions.Item label={t('investors.fields.industries')}>
              <span data-testid="investor-industries">{industryNames(d.industryCodes, i18n.language).join('、')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('investors.fields.regions')}>{regionNames(d.regionCodes, i18n.language).join('、') || t('investors.drawer.none')}</Descriptions.Item>
            <Descriptions.Item label={t('investors.fields.parks')}>{d.parkIds.map((p) => parkNames.get(p) ?? '…').join('、') || t('investors.drawer.none')}</Descriptions.Item>
            <Descriptions.Item label={t('investors.fields.ticket')}>
              <span data-testid="investor-ticket">{formatTicket(t, d.ticketMinFen, d.ticketMaxFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('investors.fields.fundSize')}>{formatFundSize(t, d.fundSizeFen)}</Descriptions.Item>
            {d.kind !== 'individual_angel' ? (
              <>
                <Descriptions.Item label={t('investors.fields.registrationNo')}>{d.managerRegistrationNo ?? t('investors.drawer.none')}</Descriptions.Item>
                <Descriptions.Item label={t('investors.fields.fundRecordCodes')}>{d.fundRecordCodes.join('、') || t('investors.drawer.none')}</Descriptions.Item>
              </>
            ) : null}
          </Descriptions>
          {d.kind !== 'individual_angel' ? (
            <Alert
              type="info"
              showIcon
              data-testid="investor-register-note"
              message={t('investors.drawer.registerNote')}
              description={<a href={AMAC_REGISTER_URL} target="_blank" rel="noreferrer">{t('investors.drawer.registerLink')}</a>}
            />
          ) : null}
          <div>
            <Typography.Title level={5}>{t('investors.fields.portfolio')}</Typography.Title>
            <Table<Company>
              size="small"
              rowKey={(c) => `${c.enterpriseId ?? ''}:${c.companyName}`}
              dataSource={d.portfolio}
              pagination={false}
              locale={{ emptyText: t('investors.drawer.noPortfolio') }}
              data-testid="investor-portfolio"
              columns={[
                {
                  title: t('investors.editor.companyName'),
                  key: 'name',
                  render: (_, c) => (c.enterpriseCreditCode && enterpriseLink ? <Link to={enterpriseLink(c.enterpriseCreditCode)}>{c.companyName}</Link> : c.enterpriseId ? c.companyName : `${c.companyName}（${t('investors.drawer.notOnPlatform')}）`),
                },
                { title: t('investors.fields.industries'), key: 'industry', render: (_, c) => (c.industryCode ? industryLabel(c.industryCode, i18n.language) : '—') },
                { title: t('investors.drawer.round'), key: 'round', render: (_, c) => (c.round ? t(`investors.stages.${c.round}`) : '—') },
                { title: t('investors.drawer.investedOn'), key: 'on', render: (_, c) => formatDate(c.investedOn, i18n.language) },
                ...(d.privateFields ? [{ title: t('investors.drawer.amount'), key: 'amount', align: 'right' as const, render: (_: unknown, c: Company) => (c.amountFen === null ? '—' : formatWan(c.amountFen, t('common.wan'))) }] : []),
              ]}
            />
          </div>
          <div>
            <Typography.Title level={5}>{t('investors.fields.team')}</Typography.Title>
            <List
              size="small"
              dataSource={d.team}
              locale={{ emptyText: t('investors.drawer.noTeam') }}
              renderItem={(m) => (
                <List.Item>
                  <List.Item.Meta title={t('investors.drawer.member', { name: m.name, title: m.title })} description={[m.bio, m.email].filter(Boolean).join(' · ') || null} />
                </List.Item>
              )}
            />
          </div>
          {!d.privateFields ? <Typography.Text type="secondary">{t('investors.drawer.privateHidden')}</Typography.Text> : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
