// The profile's sections as tabs: only those the viewer may see, editable for the enterprise itself.
import type { ReactNode } from 'react';
import { Card, Empty, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { EnterpriseProfile, Section } from '../../api/profile';
import { FinancialsPanel } from './financials-panel';
import { RegistrationPanel } from './registration-panel';
import { SECTION_SPECS } from './section-specs';
import { SectionTable } from './section-table';

type TabKey = 'registration' | 'financials' | 'people' | 'ip' | 'qualifications' | 'compliance' | 'financing';

const TAB_SECTIONS: Record<Exclude<TabKey, 'registration'>, Section[]> = {
  financials: ['financials'],
  people: ['people'],
  ip: ['ip'],
  qualifications: ['qualifications'],
  compliance: ['taxGrades', 'complianceEvents'],
  financing: ['equityRounds', 'loans'],
};

export interface ExtraTab {
  key: string;
  label: string;
  children: ReactNode;
}

interface Props {
  profile: EnterpriseProfile;
  editable: boolean;
  onSaved: () => void;
  extraTabs?: ExtraTab[];
}

export function ProfileTabs({ profile, editable, onSaved, extraTabs = [] }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sections = profile.profile ?? {};

  const sectionTable = (section: Section) => (
    <SectionTable
      key={section}
      spec={SECTION_SPECS[section]}
      rows={sections[section] ?? []}
      creditCode={profile.creditCode}
      editable={editable}
      onSaved={onSaved}
    />
  );

  const items: ExtraTab[] = [];
  if (profile.categories.includes('registration')) {
    items.push({ key: 'registration', label: t('profile.tabs.registration'), children: <RegistrationPanel profile={profile} editable={editable} onSaved={onSaved} /> });
  }
  for (const [tab, tabSections] of Object.entries(TAB_SECTIONS) as [Exclude<TabKey, 'registration'>, Section[]][]) {
    const visible = tabSections.filter((section) => sections[section] !== undefined);
    if (visible.length === 0) continue;
    const children =
      tab === 'financials' ? (
        <FinancialsPanel creditCode={profile.creditCode} rows={sections.financials ?? []} editable={editable} onSaved={onSaved} />
      ) : (
        visible.map(sectionTable)
      );
    items.push({ key: tab, label: t(`profile.tabs.${tab}`), children });
  }
  items.push(...extraTabs);

  if (items.length === 0) {
    return (
      <Card>
        <Empty description={t('enterpriseDetail.noGrantedSections')} />
      </Card>
    );
  }
  const requested = params.get('tab');
  const active = items.some((item) => item.key === requested) ? (requested ?? undefined) : items[0]?.key;

  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={active}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          next.set('tab', key);
          setParams(next, { replace: true });
        }}
        items={items.map((item) => ({ ...item, children: <div data-testid={`tab-${item.key}`}>{item.children}</div> }))}
      />
    </Card>
  );
}
