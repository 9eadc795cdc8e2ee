// The products that fit one need: the need's own amount, term and security checked as extra rules;
// applying to one from here carries the need.
import { Drawer, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getNeedMatches, type MatchItem, type MatchPage, type MatchQuery, type Need } from '../../api/needs';
import { ErrorAlert } from '../../components/error-alert';
import { formatMoney } from '../../lib/market-format';
import { usePagedList } from '../../lib/use-paged-list';
import { applyAction, useOpenApplications } from '../applications/apply-button';
import { MatchList } from './match-list';
import { MatchFilters } from './matches-page';

function NeedMatches({ needId, need }: { needId: string; need?: Need }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<MatchItem, MatchQuery>((q, signal) => getNeedMatches(needId, { ...q, lang: language }, signal), {}, 10, [language]);
  const data = list.data as MatchPage | undefined;
  const open = useOpenApplications();
  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" data-testid="need-matches-count">
          {t('market.needs.matchesCount', { eligible: data?.eligibleCount ?? 0, total: data?.total ?? 0 })}
        </Typography.Text>
        <MatchFilters query={list.query} onChange={list.setFilters} withKind={false} />
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <MatchList
        items={data?.items ?? []}
        loading={list.loading}
        pagination={{ ...list.pagination(t), showSizeChanger: false }}
        testId="need-match-list"
        action={applyAction(open, need)}
      />
    </>
  );
}

export function NeedMatchesDrawer({ needId, need, onClose }: { needId: string | null; need?: Need; onClose: () => void }) {
  const { t } = useTranslation();
  const title = need ? t('market.needs.matchesTitleOf', { kind: t(`market.kinds.${need.kind}`), amount: formatMoney(t, need.amountFen) }) : t('market.needs.matchesTitle');
  return (
    <Drawer open={needId !== null} onClose={onClose} width={960} title={title} destroyOnHidden>
      {needId ? <NeedMatches needId={needId} need={need} /> : null}
    </Drawer>
  );
}
