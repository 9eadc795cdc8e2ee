// Enterprise: its financing needs — post one, see which institutions took each up, see the products
// that fit each, withdraw one that is no longer wanted.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Result, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listNeeds, NEED_STATUSES, withdrawNeed, type Need, type NeedQuery } from '../../api/needs';
import { useMe } from '../../auth/auth-context';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { errorMessage } from '../../lib/api-errors';
import { formatDate } from '../../lib/format';
import { usePagedList } from '../../lib/use-paged-list';
import { needColumns } from './need-columns';
import { NeedFormModal } from './need-form-modal';
import { NeedMatchesDrawer } from './need-matches-drawer';

function TakeUps({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  if (!need.takeUps.length) return <Typography.Text type="secondary">{t('market.needs.noTakeUps')}</Typography.Text>;
  return (
    <Flex vertical gap={2} data-testid="need-take-ups">
      {need.takeUps.map((u) => (
        <Typography.Text key={u.institutionId} title={u.note ?? undefined}>
          {u.institutionName}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' · '}
            {formatDate(u.takenAt, i18n.language)}
          </Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}

function WithdrawButton({ need, onDone }: { need: Need; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const withdraw = async () => {
    try {
      await withdrawNeed(need.id);
      message.success(t('market.needs.withdrawn'));
      onDone();
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
  return (
    <Popconfirm title={t('market.needs.withdrawConfirm')} okText={t('market.needs.withdraw')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={withdraw}>
      <Button type="link" size="small" danger>
        {t('market.needs.withdraw')}
      </Button>
    </Popconfirm>
  );
}

export function NeedsPage() {
  const { t, i18n } = useTranslation();
  const creditCode = useMe().organisation?.creditCode;
  const [params, setParams] = useSearchParams();
  const list = usePagedList<Need, NeedQuery>((q, signal) => listNeeds(q, signal), {}, undefined, [], { inUrl: { status: 'string' } });
  const [creating, setCreating] = useState(false);
  const openId = params.get('need');
  const open = (id: string | null) => setParams(id ? { need: id } : {}, { replace: true });
  if (!creditCode) return <Result status="info" title={t('market.needs.title')} subTitle={t('profile.noEnterprise')} />;

  const columns: TableColumnsType<Need> = [
    ...needColumns(t, i18n.language),
    { title: t('market.needs.takeUps'), key: 'takeUps', width: 160, render: (_, n) => <TakeUps need={n} /> },
    { title: t('market.needs.createdAt'), dataIndex: 'createdAt', width: 112, render: (d: string) => formatDate(d, i18n.language) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, n) => (
        <Flex wrap>
          <Button type="link" size="small" onClick={() => open(n.id)} data-testid="need-matches">
            {t('market.needs.matches')}
          </Button>
          {n.status === 'open' ? <WithdrawButton need={n} onDone={list.reload} /> : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('market.needs.title')}
        description={t('market.needs.description')}
        testId="needs-title"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-need">
            {t('market.needs.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <EnumSelect
            values={NEED_STATUSES}
            label={(s) => t(`market.needStatuses.${s}`)}
            placeholder={t('market.needs.statusFilter')}
            width={160}
            value={list.query.status}
            onChange={(status) => list.setFilters({ status })}
          />
        </Flex>
        <PagedTable<Need> list={list} rowKey="id" columns={columns} empty={t('market.needs.empty')} scrollX={1090} testId="needs-table" />
      </Card>
      {creating ? <NeedFormModal onClose={() => setCreating(false)} onSaved={list.reload} /> : null}
      <NeedMatchesDrawer needId={openId} need={list.data?.items.find((n) => n.id === openId)} onClose={() => open(null)} />
    </>
  );
}
