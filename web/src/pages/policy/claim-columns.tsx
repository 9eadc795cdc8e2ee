// Table columns the claim lists share: the programme (opening the claim), the other party, the loan,
// the period, the amount, the state and its deadlines.
import { Flex, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { Claim } from '../../api/policy';
import { EllipsisText } from '../../components/ellipsis-text';
import { formatDate } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { ClaimStateTag } from './claim-tags';
import { loanText } from './use-policy-names';

export interface ClaimColumnsOptions {
  language: string;
  programmeName: (id: string) => string;
  /** Which party the reader needs to see beside the programme. */
  party: 'enterprise' | 'institution' | 'both';
  onOpen: (claim: Claim) => void;
}

/** The deadline that matters in the claim's state: objections and confirmation while published. */
export function ClaimDeadlines({ claim, t, language }: { claim: Claim; t: TFunction; language: string }) {
  if (claim.state !== 'published') return null;
  return (
    <Flex vertical style={{ fontSize: 12 }}>
      {claim.objectionUntil ? <span>{t('policy.objectionUntil', { date: formatDate(claim.objectionUntil, language) })}</span> : null}
      {claim.confirmBy ? <Typography.Text strong style={{ fontSize: 12 }}>{t('policy.confirmBy', { date: formatDate(claim.confirmBy, language) })}</Typography.Text> : null}
    </Flex>
  );
}

export function claimColumns(t: TFunction, o: ClaimColumnsOptions): TableColumnsType<Claim> {
  const d = (date: string) => formatDate(date, o.language);
  const loan = (c: Claim) => loanText(t, o.language, c.loan);
  return [
    {
      title: t('policy.fields.programme'),
      key: 'programme',
      width: 180,
      render: (_, c) => (
        <EllipsisText text={o.programmeName(c.programmeId)}>
          <a role="button" tabIndex={0} onClick={() => o.onOpen(c)} onKeyDown={(e) => (e.key === 'Enter' ? o.onOpen(c) : undefined)} data-testid="claim-link">
            {o.programmeName(c.programmeId)}
          </a>
        </EllipsisText>
      ),
    },
    ...(o.party !== 'institution'
      ? [{ title: t('policy.fields.enterprise'), key: 'enterprise', width: 170, render: (_: unknown, c: Claim) => <EllipsisText text={c.enterprise.name} /> }]
      : []),
    {
      title: o.party === 'enterprise' ? t('policy.fields.loan') : `${t('policy.fields.institution')} / ${t('policy.fields.loan')}`,
      key: 'loan',
      width: 170,
      render: (_, c) =>
        o.party === 'enterprise' ? (
          <EllipsisText text={loan(c)} />
        ) : (
          <Flex vertical style={{ minWidth: 0 }}>
            <EllipsisText text={c.institution.name} />
            <EllipsisText text={loan(c)} type="secondary" style={{ fontSize: 12 }} />
          </Flex>
        ),
    },
    {
      title: t('policy.fields.period'),
      key: 'period',
      width: 110,
      render: (_, c) => (
        <Flex vertical style={{ fontSize: 12 }}>
          <span>{d(c.periodFrom)}</span>
          <span>{d(c.periodTo)}</span>
        </Flex>
      ),
    },
    { title: t('policy.fields.amount'), key: 'amount', width: 120, align: 'right', render: (_, c) => <span data-testid="claim-row-amount">{formatFen(c.subsidyFen)}</span> },
    {
      title: t('policy.fields.state'),
      key: 'state',
      width: 170,
      render: (_, c) => (
        <Flex vertical gap={2} align="flex-start">
          <ClaimStateTag state={c.state} />
          <ClaimDeadlines claim={c} t={t} language={o.language} />
        </Flex>
      ),
    },
  ];
}
