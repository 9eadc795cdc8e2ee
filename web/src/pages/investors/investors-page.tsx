// The investor directory: VC and angel funds, corporate VC, guidance funds and individual angels,
// filtered by kind, stage, industry, park and the amount an enterprise seeks; a row opens its drawer.
import { Button, Card, Input, InputNumber, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVESTMENT_STAGES, INVESTOR_KINDS, listInvestors, type InvestmentStage, type InvestorKind, type InvestorListed, type InvestorQuery } from '../../api/investors';
import { listParks } from '../../api/parks';
import { IndustryFilter } from '../../components/industry-filter';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { usePagedList } from '../../lib/use-paged-list';
import { InvestorDrawer } from './investor-drawer';
import { formatTicket, industryNames } from './investor-format';

const FEN_PER_WAN = 1_000_000;

/** Where a portfolio company opens for this reader (by the menu they came from), or names only. */
export function InvestorsPage({ enterpriseBase = null }: { enterpriseBase?: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<InvestorListed, InvestorQuery>((query, signal) => listInvestors(query, signal), {});
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const parkNames = useMemo(() => new Map((parks.data?.items ?? []).map((p) => [p.id, localName(p, language)])), [parks.data, language]);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('investors.directory.title')} description={t('investors.directory.description')} testId="investors-title" />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear placeholder={t('investors.directory.search')} aria-label={t('investors.directory.search')} style={{ width: 240 }} onSearch={(q) => list.setFilters({ q: q || undefined })} data-testid="investor-search" />
          <Select<InvestorKind>
            allowClear
            style={{ width: 180 }}
            placeholder={t('investors.directory.kindFilter')}
            aria-label={t('investors.directory.kindFilter')}
            options={INVESTOR_KINDS.map((kind) => ({ value: kind, label: t(`investors.kinds.${kind}`) }))}
            onChange={(kind) => list.setFilters({ kind })}
            data-testid="investor-kind-filter"
          />
          <Select<InvestmentStage>
            allowClear
            style={{ width: 150 }}
            placeholder={t('investors.directory.stageFilter')}
            aria-label={t('investors.directory.stageFilter')}
            options={INVESTMENT_STAGES.map((stage) => ({ value: stage, label: t(`investors.stages.${stage}`) }))}
            onChange={(stage) => list.setFilters({ stage })}
            data-testid="investor-stage-filter"
          />
          <IndustryFilter placeholder={t('investors.directory.industryFilter')} onSearch={(industryCode) => list.setFilters({ industryCode })} testId="investor-industry-filter" />
          <Select<string>
            allowClear
            style={{ width: 170 }}
            placeholder={t('investors.directory.parkFilter')}
            aria-label={t('investors.directory.parkFilter')}
            options={[...parkNames].map(([value, label]) => ({ value, label }))}
            onChange={(parkId) => list.setFilters({ parkId })}
            data-testid="investor-park-filter"
          />
          <InputNumber<number>
            min={0}
            style={{ width: 190 }}
            placeholder={t('investors.directory.ticketFilter')}
            aria-label={t('investors.directory.ticketFilter')}
            onChange={(wan) => list.setFilters({ ticketFen: wan === null ? undefined : Math.round(wan * FEN_PER_WAN) })}
            data-testid="investor-ticket-filter"
          />
        </Space>
        <PagedTable<InvestorListed>
          list={list}
          rowKey="id"
          empty={t('investors.directory.empty')}
          scrollX={1100}
          testId="investors-table"
          columns={[
            { title: t('investors.fields.name'), key: 'name', width: 260, render: (_, i) => <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpen(i.id)}>{localName(i, language)}</Button> },
            { title: t('investors.fields.kind'), key: 'kind', width: 150, render: (_, i) => <Tag>{t(`investors.kinds.${i.kind}`)}</Tag> },
            { title: t('investors.fields.stages'), key: 'stages', width: 200, render: (_, i) => i.stages.map((s) => t(`investors.stages.${s}`)).join('、') },
            { title: t('investors.fields.industries'), key: 'industries', render: (_, i) => industryNames(i.industryCodes, language).slice(0, 4).join('、') + (i.industryCodes.length > 4 ? '…' : '') },
            { title: t('investors.fields.ticket'), key: 'ticket', width: 180, align: 'right', render: (_, i) => formatTicket(t, i.ticketMinFen, i.ticketMaxFen) },
            { title: t('investors.fields.portfolioCount'), dataIndex: 'portfolioCount', width: 110, align: 'right' },
          ]}
        />
      </Card>
      <InvestorDrawer id={open} parkNames={parkNames} onClose={() => setOpen(null)} enterpriseLink={enterpriseBase ? (code) => `${enterpriseBase}/${code}` : null} />
    </>
  );
}

/** The directory from a park administrator's menu: portfolio companies open in the park's enterprise pages. */
export const ParkInvestorsPage = () => <InvestorsPage enterpriseBase="/park/enterprises" />;
/** From an institution's menu: they open in its enterprise directory. */
export const InstitutionInvestorsPage = () => <InvestorsPage enterpriseBase="/institution/directory" />;
