// Institution officer: the subsidy claims on the institution's loans, read-only (the receiving
// account number arrives masked).
import { Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listClaims, SUBSIDY_CLAIM_STATES, type Claim, type SubsidyClaimState } from '../../api/policy';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { claimColumns } from './claim-columns';
import { ClaimDrawer } from './claim-drawer';
import { programmeName, useProgrammes } from './use-policy-names';

interface ClaimFilters {
  programme?: string;
  state?: SubsidyClaimState;
}

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
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ width: 240 }}
            placeholder={t('policy.claims.programmeFilter')}
            aria-label={t('policy.claims.programmeFilter')}
            value={list.query.programme}
            options={programmes.items.map((p) => ({ value: p.id, label: programmeName(p, language) }))}
            onChange={(programme?: string) => list.setFilters({ programme: programme ?? undefined })}
          />
          <EnumSelect values={SUBSIDY_CLAIM_STATES} label={(s) => t(`policy.states.${s}`)} placeholder={t('policy.claims.stateFilter')} width={200} value={list.query.state} onChange={(state) => list.setFilters({ state })} />
        </Flex>
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
