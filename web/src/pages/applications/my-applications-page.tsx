// Enterprise: its financing applications, newest change first, each opening its timeline. The park
// administrator's applications page is the same list over the parks (ParkApplicationsPage).
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { APPLICATION_STATES, listApplications, type Application, type ApplicationQuery } from '../../api/applications';
import type { ApplicationUrlFilters } from '../../api/homes';
import { EnumSelect } from '../../components/enum-select';
import { FilterNotice, type ActiveFilter } from '../../components/filter-notice';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { applicationColumns, type Counterparty } from './application-columns';

const DUE_VALUES = ['today', 'overdue'] as const;

function ApplicationsList({ title, description, counterparty, empty }: { title: string; description: string; counterparty: Counterparty; empty: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<Application, ApplicationQuery & ApplicationUrlFilters>(
    (q, signal) => {
      const filters: ApplicationQuery & ApplicationUrlFilters = { ...q, state: oneOf(q.state, APPLICATION_STATES), due: oneOf(q.due, DUE_VALUES) };
      return listApplications({ ...filters, lang: language }, signal);
    },
    {},
    20,
    [language],
    { inUrl: { state: 'string', open: 'boolean', due: 'string' } },
  );
  const active: ActiveFilter[] = [
    ...(list.query.open ? [{ key: 'open', label: t('homes.filters.open'), onClear: () => list.setFilters({ open: undefined }) }] : []),
    ...(list.query.due ? [{ key: 'due', label: t(list.query.due === 'today' ? 'homes.filters.dueToday' : 'homes.filters.dueOverdue'), onClear: () => list.setFilters({ due: undefined }) }] : []),
  ];
  return (
    <>
      <PageHeader title={title} description={description} testId="applications-title" />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <EnumSelect
            values={APPLICATION_STATES}
            label={(state) => t(`workflow.states.${state}`)}
            placeholder={t('workflow.stateFilter')}
            value={list.query.state}
            onChange={(state) => list.setFilters({ state })}
            width={180}
            testId="applications-state-filter"
          />
        </Flex>
        <FilterNotice filters={active} />
        <PagedTable<Application> list={list} rowKey="id" columns={applicationColumns(t, language, counterparty)} empty={empty} scrollX={1100} testId="applications-table" />
      </Card>
    </>
  );
}

export function MyApplicationsPage() {
  const { t } = useTranslation();
  return (
    <ApplicationsList
      title={t('workflow.mine.title')}
      description={t('workflow.mine.description')}
      counterparty="institution"
      empty={
        <span>
          {t('workflow.mine.empty')} <Link to="/enterprise/matches">{t('workflow.mine.goMatches')}</Link>
        </span>
      }
    />
  );
}

export function ParkApplicationsPage() {
  const { t } = useTranslation();
  return <ApplicationsList title={t('nav.park.applications')} description={t('homes.park.applicationsDescription')} counterparty="enterprise" empty={t('workflow.review.empty')} />;
}
