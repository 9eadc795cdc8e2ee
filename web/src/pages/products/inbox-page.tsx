// Institution officer: the needs inbox — open needs its published products could serve (or every open
// need in its parks), with the enterprise masked until it grants access; take one up.
import { Button, Card, Flex, Segmented, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_KINDS } from '../../api/marketplace';
import { listNeeds, type Need, type NeedQuery } from '../../api/needs';
import { useMe } from '../../auth/auth-context';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { usePagedList } from '../../lib/use-paged-list';
import { useParkLabel } from '../../lib/code-names';
import { firmColumns, needFirm } from '../market/firm-columns';
import { needColumns } from '../market/need-columns';
import { TakeUpModal } from './take-up-modal';

type Scope = 'inbox' | 'all';

export function InboxPage() {
  const { t, i18n } = useTranslation();
  const institutionId = useMe().organisation?.id;
  const list = usePagedList<Need, NeedQuery>((q, signal) => listNeeds(q, signal), {}, undefined, [], { inUrl: { all: 'boolean', kind: 'string' } });
  const [taking, setTaking] = useState<Need>();
  const park = useParkLabel(i18n.language);

  const columns: TableColumnsType<Need> = [
    ...firmColumns(t, needFirm, ['profile', 'grade'], park),
    ...needColumns(t, i18n.language),
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, n) =>
        n.takeUps.some((u) => u.institutionId === institutionId) ? (
          <Tag color="green" data-testid="taken-up">
            {t('offering.inbox.takenUpTag')}
          </Tag>
        ) : n.status === 'open' || n.status === 'taken_up' ? (
          <Button type="link" size="small" onClick={() => setTaking(n)} data-testid="take-up">
            {t('offering.inbox.takeUp')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('offering.inbox.title')} description={t('offering.inbox.description')} testId="inbox-title" />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented<Scope>
            value={list.query.all ? 'all' : 'inbox'}
            options={(['inbox', 'all'] as const).map((value) => ({ value, label: t(`offering.inbox.scopes.${value}`) }))}
            onChange={(scope) => list.setFilters({ all: scope === 'all' ? true : undefined })}
            data-testid="inbox-scope"
          />
          <EnumSelect values={PRODUCT_KINDS} label={(kind) => t(`market.kinds.${kind}`)} placeholder={t('market.fields.kind')} value={list.query.kind} onChange={(kind) => list.setFilters({ kind })} />
        </Flex>
        <PagedTable<Need> list={list} rowKey="id" columns={columns} empty={t('offering.inbox.empty')} scrollX={1090} testId="inbox-table" />
      </Card>
      {taking ? <TakeUpModal need={taking} onClose={() => setTaking(undefined)} onSaved={list.reload} /> : null}
    </>
  );
}
