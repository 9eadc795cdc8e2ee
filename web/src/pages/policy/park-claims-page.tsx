// Park administrator: the subsidy claims awaiting the park (by default the review queue's states),
// filtered by programme and state; each row offers the park's moves from its state, and opens the
// claim with its calculation trail and history.
import { Button, Card, Flex, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listClaims, PARK_QUEUE_STATES, SUBSIDY_CLAIM_STATES, type Claim, type ClaimTransition } from '../../api/policy';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { labelOr } from '../../lib/labels';
import { isDangerMove, moveKey, movesFor } from '../../lib/policy-format';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { claimColumns } from './claim-columns';
import { ClaimFilterBar, type ClaimFilters } from './claim-filter-bar';
import { ClaimDrawer } from './claim-drawer';
import { ClaimMoveModal } from './claim-move-modal';
import { useProgrammes } from './use-policy-names';

export function ParkClaimsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const programmes = useProgrammes(language);
  const list = usePagedList<Claim, ClaimFilters>(
    (q, signal) => {
      const state = oneOf(q.state, SUBSIDY_CLAIM_STATES);
      return listClaims({ page: q.page, pageSize: q.pageSize, programme: q.programme || undefined, state: state ?? [...PARK_QUEUE_STATES] }, signal);
    },
    {},
    20,
    [],
    { inUrl: { programme: 'string', state: 'string' } },
  );
  const [open, setOpen] = useState<Claim>();
  const [move, setMove] = useState<{ claim: Claim; move: ClaimTransition }>();

  const columns: TableColumnsType<Claim> = [
    ...claimColumns(t, { language, programmeName: programmes.nameOf, party: 'both', onOpen: setOpen }),
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      fixed: 'right',
      render: (_, c) => (
        <Flex gap={4} wrap data-testid="claim-row-moves">
          {movesFor(c.state, 'park').map((m) => (
            <Button key={m.to} size="small" type={isDangerMove(m) ? 'default' : 'link'} danger={isDangerMove(m)} onClick={() => setMove({ claim: c, move: m })} data-testid="claim-row-move" data-to={m.to}>
              {labelOr(t, `policy.moves.${moveKey(m)}`, '')}
            </Button>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('policy.claims.title')} description={t('policy.claims.description')} testId="park-claims-title" />
      <Card>
        <ClaimFilterBar programmes={programmes.items} query={list.query} setFilters={list.setFilters} testPrefix="claims" />
        <PagedTable<Claim> list={list} rowKey="id" columns={columns} empty={t('policy.claims.empty')} scrollX={1120} testId="park-claims-table" />
      </Card>
      {open ? <ClaimDrawer claimId={open.id} mover="park" programmeName={programmes.nameOf} onClose={() => setOpen(undefined)} onChanged={list.reload} /> : null}
      {move ? <ClaimMoveModal claim={move.claim} move={move.move} programme={programmes.nameOf(move.claim.programmeId)} onClose={() => setMove(undefined)} onMoved={list.reload} /> : null}
    </>
  );
}
