// One subsidy claim in a drawer: its terms and deadlines, its proofs (required, uploaded, and an
// upload for the side that provides them), the calculation trail in words, its history, and the
// moves the reader may make from its state.
import { Button, Descriptions, Divider, Drawer, Flex, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getClaim, type ClaimDetail, type ClaimMover, type ClaimTransition } from '../../api/policy';
import { ClaimTrail } from '../../components/claim-trail';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate, formatDateTime, localName } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { formatFen } from '../../lib/money';
import { isDangerMove, moveKey, movesFor } from '../../lib/policy-format';
import { useAsync } from '../../lib/use-async';
import { loanPath } from '../../lib/workflow-paths';
import { ClaimMoveModal } from './claim-move-modal';
import { ClaimProofs } from './claim-proofs';
import { loanText } from './use-policy-names';
import { ClaimStateTag } from './claim-tags';

interface ClaimDrawerProps {
  claimId: string;
  /** Who reads: the moves offered are theirs; none for a read-only reader. */
  mover?: ClaimMover;
  programmeName: (id: string) => string;
  onClose: () => void;
  /** After a move: the list behind reloads. */
  onChanged?: () => void;
}

export function ClaimDrawer({ claimId, mover, programmeName, onClose, onChanged }: ClaimDrawerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const claim = useAsync((signal) => getClaim(claimId, signal), [claimId]);
  const [move, setMove] = useState<ClaimTransition>();
  const c = claim.data;
  const moves = c && mover ? movesFor(c.state, mover) : [];
  return (
    <Drawer open width={720} title={c ? programmeName(c.programmeId) : t('policy.drawer.title')} onClose={onClose} destroyOnHidden data-testid="claim-drawer">
      {claim.error ? <ErrorAlert error={claim.error} onRetry={claim.reload} /> : null}
      {!c ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : (
        <>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
            <Flex gap={8} align="center">
              <ClaimStateTag state={c.state} />
              <Typography.Text strong style={{ fontSize: 20 }} data-testid="claim-amount">
                {formatFen(c.subsidyFen)}
              </Typography.Text>
            </Flex>
            {moves.length ? (
              <Flex gap={8} wrap data-testid="claim-moves">
                {moves.map((m) => (
                  <Button key={`${m.from}-${m.to}`} type={isDangerMove(m) ? 'default' : 'primary'} danger={isDangerMove(m)} onClick={() => setMove(m)} data-testid="claim-move" data-to={m.to}>
                    {labelOr(t, `policy.moves.${moveKey(m)}`, '')}
                  </Button>
                ))}
              </Flex>
            ) : null}
          </Flex>
          <ClaimFacts claim={c} language={language} />
          <Divider />
          <Typography.Title level={5}>{t('policy.proofs.title')}</Typography.Title>
          <ClaimProofs
            claim={c}
            onUploaded={() => {
              claim.reload();
              onChanged?.();
            }}
          />
          <Divider />
          <Typography.Title level={5}>{t('policy.trail.title')}</Typography.Title>
          <ClaimTrail trail={c.trail} />
          <Divider />
          <Typography.Title level={5}>{t('policy.history.title')}</Typography.Title>
          <Timeline
            data-testid="claim-history"
            items={c.events.map((e, i) => ({
              key: i,
              children: (
                <Flex vertical>
                  <span>
                    {labelOr(t, `policy.states.${e.toState}`, '')} · {t('policy.history.by', { mover: labelOr(t, `policy.movers.${e.mover}`, '') })}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(e.at, language)}
                    {e.reason ? ` · ${labelOr(t, `policy.reasons.${e.reason}`, '')}` : ''}
                  </Typography.Text>
                  {e.comment ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.comment}</Typography.Text> : null}
                </Flex>
              ),
            }))}
          />
        </>
      )}
      {c && move ? (
        <ClaimMoveModal
          claim={c}
          move={move}
          programme={programmeName(c.programmeId)}
          onClose={() => setMove(undefined)}
          onMoved={() => {
            claim.reload();
            onChanged?.();
          }}
        />
      ) : null}
    </Drawer>
  );
}

function ClaimFacts({ claim: c, language }: { claim: ClaimDetail; language: string }) {
  const { t } = useTranslation();
  const d = (date: string | null) => formatDate(date, language);
  const items = [
    { key: 'enterprise', label: t('policy.fields.enterprise'), children: c.enterprise.name },
    { key: 'institution', label: t('policy.fields.institution'), children: c.institution.name },
    { key: 'park', label: t('policy.fields.park'), children: localName({ name: c.park.name, nameEn: c.park.nameEn }, language) },
    { key: 'loan', label: t('policy.fields.loan'), children: <Link to={loanPath(c.loanId)}>{loanText(t, language, c.loan)}</Link> },
    { key: 'period', label: t('policy.fields.period'), children: t('policy.periodValue', { from: d(c.periodFrom), to: d(c.periodTo) }) },
    { key: 'grade', label: t('policy.fields.grade'), children: c.grade ?? t('common.none') },
    { key: 'interestPaid', label: t('policy.fields.interestPaid'), children: formatFen(c.interestPaidFen) },
    { key: 'eligible', label: t('policy.fields.eligibleInterest'), children: formatFen(c.eligibleInterestFen) },
    { key: 'computed', label: t('policy.fields.computed'), children: formatFen(c.computedFen) },
    { key: 'amount', label: t('policy.fields.amount'), children: formatFen(c.subsidyFen) },
    ...(c.publishedOn ? [{ key: 'publishedOn', label: t('policy.fields.publishedOn'), children: d(c.publishedOn) }] : []),
    ...(c.objectionUntil ? [{ key: 'objectionUntil', label: t('policy.fields.objectionUntil'), children: d(c.objectionUntil) }] : []),
    ...(c.confirmBy ? [{ key: 'confirmBy', label: t('policy.fields.confirmBy'), children: d(c.confirmBy) }] : []),
    ...(c.account ? [{ key: 'account', label: t('policy.fields.account'), span: 2, children: <span data-testid="claim-account">{`${c.account.name} · ${c.account.bank} · ${c.account.number}`}</span> }] : []),
    ...(c.confirmedOn ? [{ key: 'confirmedOn', label: t('policy.fields.confirmedOn'), children: d(c.confirmedOn) }] : []),
    ...(c.decisionReason ? [{ key: 'reason', label: t('policy.fields.decisionReason'), children: t(`policy.reasons.${c.decisionReason}`) }] : []),
    ...(c.paymentReference ? [{ key: 'reference', label: t('policy.fields.paymentReference'), children: c.paymentReference }] : []),
    ...(c.paidOn ? [{ key: 'paidOn', label: t('policy.fields.paidOn'), children: d(c.paidOn) }] : []),
    ...(c.clawbackFen !== null ? [{ key: 'clawback', label: t('policy.fields.clawback'), children: formatFen(c.clawbackFen) }] : []),
    ...(c.clawedBackOn ? [{ key: 'clawedBackOn', label: t('policy.fields.clawedBackOn'), children: d(c.clawedBackOn) }] : []),
  ];
  return <Descriptions size="small" column={2} bordered items={items} styles={{ label: { whiteSpace: 'nowrap' } }} data-testid="claim-facts" />;
}
