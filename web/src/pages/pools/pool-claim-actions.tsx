// What the viewer may do on one claim: the moves of its side from the shared transition table (with
// the comment, reason or payment a move needs), a document to add (PDF, JPEG or PNG, sent as
// base64; the server tells the type from the bytes) and, on a paid claim, a recovery to record.
import { App, Button, Flex, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPoolDocument, CLAIM_DOCUMENTS, movePoolClaim, recordPoolRecovery, type PoolClaim, type PoolClaimTransition, type PoolConsole } from '../../api/pools';
import { errorMessage } from '../../lib/api-errors';
import { parseYuanToFen } from '../../lib/money';
import { base64Of, DOCUMENT_ACCEPT, isDangerMove, MAX_DOCUMENT_BYTES, moverOf, movesFor, poolMoveInput } from './pool-actions';

export function ClaimActions({ claim, viewer, onChanged }: { claim: PoolClaim; viewer: PoolConsole['viewer']; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const [amountYuan, setAmountYuan] = useState('');
  const [reference, setReference] = useState('');
  const [kind, setKind] = useState<(typeof CLAIM_DOCUMENTS)[number]>(CLAIM_DOCUMENTS[0]);
  const [recovered, setRecovered] = useState('');
  const [busy, setBusy] = useState(false);
  const mover = moverOf(viewer, claim);
  if (!mover) return null;
  const moves = movesFor(viewer, claim);
  const final = ['paid', 'rejected', 'withdrawn'].includes(claim.state);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      message.success(done);
      setComment('');
      onChanged();
    } catch (err) {
      message.error(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  const move = (m: PoolClaimTransition) => run(() => movePoolClaim(claim.id, poolMoveInput(claim, m, { comment, reason: comment, amountYuan, reference })), t('pools.actions.moved'));
  const upload = async (file: File) => {
    if (file.size > MAX_DOCUMENT_BYTES) return void message.error(t('pools.actions.documentTooLarge'));
    const contentBase64 = base64Of(new Uint8Array(await file.arrayBuffer()));
    await run(() => addPoolDocument(claim.id, { kind, name: file.name, contentBase64 }), t('pools.actions.uploaded'));
  };
  const needsPayment = moves.some((m) => m.needs.includes('payment'));
  return (
    <Flex vertical gap={8} data-testid={`pool-claim-actions-${claim.id}`}>
      {moves.length ? (
        <>
          <Input.TextArea rows={2} maxLength={1000} placeholder={`${t('pools.actions.comment')} / ${t('pools.actions.reason')}`} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="pool-move-comment" />
          {needsPayment ? (
            <Space wrap>
              <Input style={{ width: 320 }} placeholder={t('pools.actions.amount')} value={amountYuan} onChange={(e) => setAmountYuan(e.target.value)} />
              <Input style={{ width: 220 }} maxLength={100} placeholder={t('pools.actions.reference')} value={reference} onChange={(e) => setReference(e.target.value)} />
            </Space>
          ) : null}
          <Space wrap>
            {moves.map((m) => (
              <Button key={m.to} size="small" type={isDangerMove(m) ? 'default' : 'primary'} danger={isDangerMove(m)} loading={busy} onClick={() => void move(m)} data-testid={`pool-move-${m.to}`}>
                {t(`pools.actions.moves.${m.to as 'paid'}`)}
              </Button>
            ))}
          </Space>
        </>
      ) : null}
      {!final ? (
        <Space wrap>
          <Typography.Text>{t('pools.actions.document')}</Typography.Text>
          <Select style={{ minWidth: 200 }} value={kind} onChange={setKind} options={CLAIM_DOCUMENTS.map((d) => ({ value: d, label: t(`pools.documents.${d}`) }))} aria-label={t('pools.actions.documentKind')} />
          <input type="file" accept={DOCUMENT_ACCEPT} disabled={busy} onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void upload(f); }} data-testid="pool-document-file" />
        </Space>
      ) : null}
      {claim.state === 'paid' && mover === 'partner' ? (
        <Space wrap>
          <Typography.Text>{t('pools.actions.recovery')}</Typography.Text>
          <Input style={{ width: 200 }} placeholder={t('pools.actions.recoveryAmount')} value={recovered} onChange={(e) => setRecovered(e.target.value)} />
          <Button
            size="small"
            loading={busy}
            disabled={!(parseYuanToFen(recovered) ?? 0)}
            onClick={() => void run(() => recordPoolRecovery(claim.id, { amountFen: parseYuanToFen(recovered)!, ...(comment.trim() ? { note: comment.trim() } : {}) }), t('pools.actions.recorded'))}
          >
            {t('pools.actions.recovery')}
          </Button>
        </Space>
      ) : null}
    </Flex>
  );
}
