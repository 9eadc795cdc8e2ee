// The side menu: the home and capabilities of each of the user's roles, as links (plain elements:
// the frame draws without antd). When the menu is collapsed, each link shows its icon and says its
// name as a tooltip and to assistive technology.
import type { TFunction } from 'i18next';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { withRememberedFilters } from '../lib/use-paged-list';
import type { Me } from '../api/types';
import { useMe } from '../auth/auth-context';
import { sectionsFor, type RoleSection } from '../navigation';
import { HOME_ICON, NAV_ICONS } from './nav-icons';
import './plain/plain.css';

interface Entry {
  path: string;
  icon: ReactNode;
  label: string;
}

function sectionEntries(section: RoleSection, t: TFunction, me: Me): Entry[] {
  return [
    { path: section.base, icon: HOME_ICON, label: t('nav.home') },
    ...section.items.filter((item) => !item.when || item.when(me)).map((item) => ({ path: `${section.base}/${item.path}`, icon: NAV_ICONS[item.label], label: t(item.label) })),
  ];
}

export function SideNav({ collapsed }: { collapsed: boolean }) {
  const me = useMe();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sections = sectionsFor(me.roles);

  // A home is current only on itself; an item also on the pages below it.
  const current = sections
    .flatMap((s) => [...(pathname === s.base ? [s.base] : []), ...s.items.map((i) => `${s.base}/${i.path}`).filter((path) => pathname === path || pathname.startsWith(`${path}/`))])
    .at(0);

  // A list opens with the filters it had when the user left it.
  const open = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(withRememberedFilters(path));
  };
  const links = (entries: Entry[]) =>
    entries.map((entry) => (
      <li key={entry.path}>
        <Link
          to={entry.path}
          aria-current={entry.path === current ? 'page' : undefined}
          aria-label={collapsed ? entry.label : undefined}
          title={collapsed ? entry.label : undefined}
          onClick={(event) => open(event, entry.path)}
        >
          <span aria-hidden style={{ display: 'contents' }}>
            {entry.icon}
          </span>
          <span className="kj-nav-label">{entry.label}</span>
        </Link>
      </li>
    ));

  return (
    <ul className="kj-nav">
      {sections.length === 1 && sections[0]
        ? links(sectionEntries(sections[0], t, me))
        : sections.map((section) => (
            <li key={section.role}>
              <div className="kj-nav-group" aria-hidden>
                {t(`roles.${section.role}`)}
              </div>
              <ul className="kj-nav" aria-label={t(`roles.${section.role}`)} style={{ padding: 0 }}>
                {links(sectionEntries(section, t, me))}
              </ul>
            </li>
          ))}
    </ul>
  );
}
