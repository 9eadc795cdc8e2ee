// The side menu: the home and capabilities of each of the user's roles.
import { Menu, type MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { withRememberedFilters } from '../lib/use-paged-list';
import type { Me } from '../api/types';
import { useMe } from '../auth/auth-context';
import { HOME_ICON, sectionsFor, type RoleSection } from '../navigation';

type MenuItem = Required<MenuProps>['items'][number];

function sectionItems(section: RoleSection, t: TFunction, me: Me): MenuItem[] {
  return [
    { key: section.base, icon: HOME_ICON, label: t('nav.home') },
    ...section.items.filter((item) => !item.when || item.when(me)).map((item) => ({
      key: `${section.base}/${item.path}`,
      icon: item.icon,
      label: t(item.label),
    })),
  ];
}

export function SideNav() {
  const me = useMe();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sections = sectionsFor(me.roles);

  const items: MenuItem[] =
    sections.length === 1 && sections[0]
      ? sectionItems(sections[0], t, me)
      : sections.map((section) => ({
          key: `group:${section.role}`,
          type: 'group' as const,
          label: t(`roles.${section.role}`),
          children: sectionItems(section, t, me),
        }));

  // A home is selected only on itself; an item also on the pages below it.
  const selected = sections
    .flatMap((s) => [
      ...(pathname === s.base ? [s.base] : []),
      ...s.items.map((i) => `${s.base}/${i.path}`).filter((key) => pathname === key || pathname.startsWith(`${key}/`)),
    ])
    .at(0);

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => navigate(withRememberedFilters(key))}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
