// A pool's claims with everything behind each: the payout's calculation step by step, the moves,
// the documents (with their SHA-256) and the recoveries shared back.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, List, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { poolDocumentUrl, type PoolClaim, type PoolConsole } from '../../api/pools';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { hasClaimActions } from './pool-actions';
import { ClaimActions } from './pool-claim-actions';

const STATE_COLORS: Record<PoolClaim['state'], string> = { filed: 'blue', under_review: 'processing', awaiting_approval: 'gold', returned: 'orange', approved: 'cyan', paid: 'green', rejected: 'red', withdrawn: 'default' };

export const ClaimStateTag = ({ state }: { state: PoolClaim['state'] }) => {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`pools.states.${state}`)}</Tag>;
};

/** A key built at run time with its parameters; the step's name stands when no text exists for it. */
type LooseT = (key: string, options: Record<string, string>) => string;

/** One trail step in words: amounts (keys ending in Fen) as money, the rest as sent. */
export function trailText(t: TFunction, step: Record<string, unknown>): string {
  const params: Record<string, string> = Object.fromEntries(Object.entries(step).map(([k, v]) => (k.endsWith('Fen') && typeof v === 'number' ? [k.slice(0, -3), formatMoney(t, v)] : [k, String(v)])));
  const name = String(step.step);
  return (t as unknown as LooseT)(`pools.steps.${name}`, { ...params, defaultValue: name });
}

function ClaimDetail({ claim, viewer, onChanged }: { claim: PoolClaim; viewer?: PoolConsole['viewer']; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (fen: number | null) => (fen === null ? '—' : formatMoney(t, fen));
  return (
    <Descriptions column={1} size="small" bordered data-testid={`pool-claim-${claim.id}`}>
      {viewer && onChanged && hasClaimActions(viewer, claim) ? (
        <Descriptions.Item label={t('pools.actions.title')}>
          <ClaimActions claim={claim} viewer={viewer} onChanged={onChanged} />
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('pools.claim.trail')}>
        {claim.trail.length ? (
          <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="pool-claim-trail">
            {claim.trail.map((s, i) => (
              <li key={i}>{trailText(t, s)}</li>
            ))}
          </ol>
        ) : (
          <Typography.Text type="secondary">{t('pools.claim.noTrail')}</Typography.Text>
        )}
        {claim.limitedBy ? <Typography.Text type="secondary">{t(`pools.claim.limitedBy.${claim.limitedBy}`)}</Typography.Text> : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('pools.claim.events')}>
        <List
          size="small"
          dataSource={claim.events}
          renderItem={(e) => (
            <List.Item>
              {formatDateTime(e.at, language)} · {t(`pools.movers.${e.mover as 'partner' | 'administrator'}`)} · {e.fromState ? `${t(`pools.states.${e.fromState as PoolClaim['state']}`)} → ` : ''}
              {t(`pools.states.${e.toState as PoolClaim['state']}`)}
              {e.reason || e.comment ? ` — ${[e.reason, e.comment].filter(Boolean).join('；')}` : ''}
            </List.Item>
          )}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('pools.claim.documents')}>
        <List
          size="small"
          dataSource={claim.documents}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="download" type="link" size="small" icon={<DownloadOutlined />} href={poolDocumentUrl(claim.id, d.id)} download data-testid="pool-document-download">
                  {t('pools.claim.download')}
                </Button>,
              ]}
            >
              {t(`pools.documents.${d.kind}`)} · {d.name} · {Math.ceil(d.sizeBytes / 1024)} KB · <Typography.Text code>{d.sha256.slice(0, 16)}…</Typography.Text>
            </List.Item>
          )}
        />
      </Descriptions.Item>
      {claim.recoveries.length ? (
        <Descriptions.Item label={t('pools.claim.recoveries')}>
          {claim.recoveries.map((r) => (
            <div key={r.id}>
              {t('pools.claim.recovery', { date: formatDate(r.recoveredOn, language), amount: money(r.amountFen), refund: money(r.refundFen) })}
              {r.trail.map((s, i) => (
                <div key={i}>
                  <Typography.Text type="secondary">{trailText(t, s)}</Typography.Text>
                </div>
              ))}
            </div>
          ))}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

export function PoolClaimsTable({ claims, viewer, onChanged }: { claims: PoolClaim[]; viewer?: PoolConsole['viewer']; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (fen: number | null) => (fen === null ? '—' : formatMoney(t, fen));
  return (
    <Table<PoolClaim>
      rowKey="id"
      size="small"
      dataSource={claims}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="pool-claims-table"
      expandable={{ expandedRowRender: (claim) => <ClaimDetail claim={claim} viewer={viewer} onChanged={onChanged} /> }}
      columns={[
        { title: t('pools.claim.enterprise'), key: 'enterprise', render: (_, c) => c.enterprise.name },
        { title: t('pools.claim.partner'), key: 'partner', render: (_, c) => c.partner.name },
        { title: t('pools.claim.state'), key: 'state', render: (_, c) => <ClaimStateTag state={c.state} /> },
        { title: t('pools.claim.filedOn'), key: 'filedOn', render: (_, c) => formatDate(c.filedOn, language) },
        { title: t('pools.claim.overdueDays'), key: 'overdueDays', align: 'right', dataIndex: 'overdueDays' },
        { title: t('pools.claim.netLoss'), key: 'netLoss', align: 'right', render: (_, c) => money(c.netLossFen ?? c.principalAtDefaultFen) },
        { title: t('pools.claim.approved'), key: 'approved', align: 'right', render: (_, c) => money(c.approvedFen) },
        { title: t('pools.claim.paid'), key: 'paid', align: 'right', render: (_, c) => money(c.paidFen) },
        {
          title: t('pools.claim.deadline'),
          key: 'clock',
          render: (_, c) => (c.clock ? <Typography.Text type={c.clock.overdue ? 'danger' : undefined}>{`${formatDate(c.clock.dueOn, language)}${c.clock.overdue ? ` · ${t('pools.claim.overdueClock')}` : ''}`}</Typography.Text> : '—'),
        },
      ]}
    />
  );
}
