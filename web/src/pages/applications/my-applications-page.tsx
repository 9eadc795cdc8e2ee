// Enterprise: its financing applications, newest change first, each opening its timeline.
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { APPLICATION_STATES, listApplications, type Application, type ApplicationQuery } from '../../api/applications';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { usePagedList } from '../../lib/use-paged-list';
import { applicationColumns } from './application-columns';

export function MyApplicationsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<Application, ApplicationQuery>((q, signal) => listApplications({ ...q, lang: language }, signal), {}, 20, [language], {
    inUrl: { state: 'string' },
  });
  return (
    <>
      <PageHeader title={t('workflow.mine.title')} description={t('workflow.mine.description')} testId="applications-title" />
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
        <PagedTable<Application>
          list={list}
          rowKey="id"
          columns={applicationColumns(t, language, 'institution')}
          empty={
            <span>
              {t('workflow.mine.empty')} <Link to="/enterprise/matches">{t('workflow.mine.goMatches')}</Link>
            </span>
          }
          scrollX={1100}
          testId="applications-table"
        />
      </Card>
    </>
  );
}
