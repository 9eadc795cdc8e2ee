// Enterprise: the products it is eligible for, best fit first with the reasons (and a way to apply),
// and the near-misses with what each unmet rule requires and how to meet it.
import { Button, Card, Flex, Result, Segmented, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { PRODUCT_KINDS } from '../../api/marketplace';
import { getEnterpriseMatches, type MatchItem, type MatchPage, type MatchQuery } from '../../api/needs';
import { useMe } from '../../auth/auth-context';
import { EnumSelect } from '../../components/enum-select';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use-paged-list';
import { applyAction, useOpenApplications } from '../applications/apply-button';
import { MatchList } from './match-list';

export type EligibleFilter = 'all' | 'eligible' | 'nearMiss';
export const ELIGIBLE_QUERY: Record<EligibleFilter, boolean | undefined> = { all: undefined, eligible: true, nearMiss: false };

/** Eligible / near-miss and kind filters, shared by the enterprise's and a need's matches (a need has one kind). */
export function MatchFilters({ query, onChange, withKind = true }: { query: MatchQuery; onChange: (patch: Partial<MatchQuery>) => void; withKind?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <Segmented<EligibleFilter>
        value={query.eligible === true ? 'eligible' : query.eligible === false ? 'nearMiss' : 'all'}
        options={(['all', 'eligible', 'nearMiss'] as const).map((value) => ({ value, label: t(`market.matches.filters.${value}`) }))}
        onChange={(value) => onChange({ eligible: ELIGIBLE_QUERY[value] })}
        data-testid="match-eligible-filter"
      />
      {withKind ? (
        <EnumSelect values={PRODUCT_KINDS} label={(kind) => t(`market.kinds.${kind}`)} placeholder={t('market.fields.kind')} value={query.kind} onChange={(kind) => onChange({ kind })} />
      ) : null}
    </Flex>
  );
}

function NotRated() {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t('market.matches.notRated')}
      subTitle={t('market.matches.notRatedDetail')}
      extra={
        <Link to="/enterprise/rating">
          <Button type="primary">{t('market.matches.goRating')}</Button>
        </Link>
      }
      data-testid="matches-not-rated"
    />
  );
}

function Matches({ creditCode }: { creditCode: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<MatchItem, MatchQuery>(
    (q, signal) => getEnterpriseMatches(creditCode, { ...q, lang: language }, signal),
    {},
    20,
    [language],
    { inUrl: { eligible: 'boolean', kind: 'string' } },
  );
  const data = list.data as MatchPage | undefined;
  const open = useOpenApplications();
  if (list.error instanceof ApiError && list.error.status === 409) return <NotRated />;
  return (
    <>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" gap={16} wrap>
          <Space size={48} wrap>
            <Statistic title={t('market.matches.eligibleCount')} value={data?.eligibleCount ?? 0} loading={list.loading && !data} />
            <Statistic title={t('market.matches.shown')} value={data?.total ?? 0} loading={list.loading && !data} />
            <Statistic title={t('market.matches.ratedAt')} value={formatDateTime(data?.ratedAt, language)} loading={list.loading && !data} />
          </Space>
          <MatchFilters query={list.query} onChange={list.setFilters} />
        </Flex>
      </Card>
      <MatchList
        items={data?.items ?? []}
        loading={list.loading}
        pagination={{ ...list.pagination(t), showSizeChanger: false }}
        action={applyAction(open)}
      />
    </>
  );
}

export function MatchesPage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode;
  return (
    <>
      <PageHeader title={t('market.matches.title')} description={t('market.matches.description')} testId="matches-title" />
      {creditCode ? <Matches creditCode={creditCode} /> : <Result status="info" subTitle={t('profile.noEnterprise')} />}
    </>
  );
}
