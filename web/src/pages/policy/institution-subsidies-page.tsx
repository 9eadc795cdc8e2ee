// Institution officer: the subsidy claims on the institution's loans, read-only (the receiving
// account number arrives masked).
import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listClaims, SUBSIDY_CLAIM_STATES, type Claim } from '../../api/policy';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { claimColumns } from './claim-columns';
import { ClaimFilterBar, type ClaimFilters } from './claim-filter-bar';
import { ClaimDrawer } from './claim-drawer';
import { useProgrammes } from './use-policy-names';

export function InstitutionSubsidiesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const programmes = useProgrammes(language);
  const list = usePagedList<Claim, ClaimFilters>(
    (q, signal) => listClaims({ page: q.page, pageSize: q.pageSize, programme: q.programme || undefined, state: oneOf(q.state, SUBSIDY_CLAIM_STATES) }, signal),
    {},
    20,
    [],
    { inUrl: { programme: 'string', state: 'string' } },
  );
  const [open, setOpen] = useState<Claim>();
  return (
    <>
      <PageHeader title={t('policy.institution.title')} description={t('policy.institution.description')} testId="institution-subsidies-title" />
      <Card>
        <ClaimFilterBar programmes={programmes.items} query={list.query} setFilters={list.setFilters} />
        <PagedTable<Claim>
          list={list}
          rowKey="id"
          columns={claimColumns(t, { language, programmeName: programmes.nameOf, party: 'enterprise', onOpen: setOpen })}
          empty={t('policy.institution.empty')}
          scrollX={920}
          testId="institution-claims-table"
        />
      </Card>
      {open ? <ClaimDrawer claimId={open.id} programmeName={programmes.nameOf} onClose={() => setOpen(undefined)} /> : null}
    </>
  );
}
