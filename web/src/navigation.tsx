// What each role can open: the side menu and the routes are both built from this list.
import type { ReactNode } from 'react';
import {
  AimOutlined,
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  ExperimentOutlined,
  FilterOutlined,
  FormOutlined,
  FileSearchOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  InboxOutlined,
  PieChartOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  ShareAltOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Me, Role } from './api/types';
import type { zhCN } from './i18n/zh-CN';
import { HOME_BY_ROLE } from './auth/roles';

type Nav = typeof zhCN.nav;
type NavArea = Exclude<keyof Nav, 'home'>;
export type NavLabelKey = { [A in NavArea]: `nav.${A}.${keyof Nav[A] & string}` }[NavArea];

export interface NavItem {
  /** Path below the role's base, e.g. "parks" → /operator/parks. */
  path: string;
  label: NavLabelKey;
  icon: ReactNode;
  /** Shown only when the user can act there, as the server's answer about them says (e.g. their park scope). */
  when?: (me: Me) => boolean;
}

/** A park administrator acts on registrations only for the parks they administer. */
const administersParks = (me: Me) => me.parkScope.all || me.parkScope.parks.length > 0;
/** Members invite colleagues into their own organisation. */
const belongsToOrganisation = (me: Me) => me.organisation !== null;

export interface RoleSection {
  role: Role;
  base: string;
  items: NavItem[];
}

export const SECTIONS: RoleSection[] = [
  {
    role: 'platform_operator',
    base: HOME_BY_ROLE.platform_operator,
    items: [
      { path: 'parks', label: 'nav.operator.parks', icon: <AppstoreOutlined /> },
      { path: 'institutions', label: 'nav.operator.institutions', icon: <BankOutlined /> },
      { path: 'users', label: 'nav.operator.users', icon: <TeamOutlined /> },
      { path: 'enterprises', label: 'nav.operator.enterprises', icon: <ShopOutlined /> },
      { path: 'import', label: 'nav.operator.import', icon: <CloudUploadOutlined /> },
      { path: 'audit', label: 'nav.operator.audit', icon: <AuditOutlined /> },
      { path: 'models', label: 'nav.operator.models', icon: <ExperimentOutlined /> },
      { path: 'match-runs', label: 'nav.operator.matchRuns', icon: <ThunderboltOutlined /> },
      { path: 'calendar', label: 'nav.operator.calendar', icon: <CalendarOutlined /> },
      { path: 'jobs', label: 'nav.operator.jobs', icon: <ScheduleOutlined /> },
      { path: 'lpr', label: 'nav.operator.lpr', icon: <FundOutlined /> },
      { path: 'registrations', label: 'nav.operator.registrations', icon: <FormOutlined /> },
    ],
  },
  {
    role: 'park_admin',
    base: HOME_BY_ROLE.park_admin,
    items: [
      { path: 'enterprises', label: 'nav.park.enterprises', icon: <ShopOutlined /> },
      { path: 'import', label: 'nav.park.import', icon: <CloudUploadOutlined /> },
      { path: 'product-approvals', label: 'nav.park.productApprovals', icon: <CheckSquareOutlined /> },
      { path: 'unmet-needs', label: 'nav.park.unmetNeeds', icon: <PieChartOutlined /> },
      { path: 'pipeline', label: 'nav.park.pipeline', icon: <FilterOutlined /> },
      { path: 'applications', label: 'nav.park.applications', icon: <SolutionOutlined /> },
      { path: 'loans', label: 'nav.park.loans', icon: <ProfileOutlined /> },
      { path: 'registrations', label: 'nav.park.registrations', icon: <FormOutlined />, when: administersParks },
      { path: 'audit', label: 'nav.park.audit', icon: <AuditOutlined /> },
      { path: 'warnings', label: 'nav.park.warnings', icon: <AlertOutlined /> },
      { path: 'members', label: 'nav.park.members', icon: <UsergroupAddOutlined />, when: belongsToOrganisation },
    ],
  },
  {
    role: 'institution_officer',
    base: HOME_BY_ROLE.institution_officer,
    items: [
      { path: 'directory', label: 'nav.institution.directory', icon: <BookOutlined /> },
      { path: 'ratings', label: 'nav.institution.ratings', icon: <TrophyOutlined /> },
      { path: 'products', label: 'nav.institution.products', icon: <AppstoreOutlined /> },
      { path: 'inbox', label: 'nav.institution.inbox', icon: <InboxOutlined /> },
      { path: 'leads', label: 'nav.institution.leads', icon: <UserOutlined /> },
      { path: 'reviews', label: 'nav.institution.reviews', icon: <FileSearchOutlined /> },
      { path: 'loan-book', label: 'nav.institution.loanBook', icon: <ProfileOutlined /> },
      { path: 'warnings', label: 'nav.institution.warnings', icon: <AlertOutlined /> },
      { path: 'members', label: 'nav.institution.members', icon: <UsergroupAddOutlined />, when: belongsToOrganisation },
    ],
  },
  {
    role: 'enterprise_user',
    base: HOME_BY_ROLE.enterprise_user,
    items: [
      { path: 'profile', label: 'nav.enterprise.profile', icon: <IdcardOutlined /> },
      { path: 'grants', label: 'nav.enterprise.grants', icon: <ShareAltOutlined /> },
      { path: 'access-log', label: 'nav.enterprise.accessLog', icon: <HistoryOutlined /> },
      { path: 'rating', label: 'nav.enterprise.rating', icon: <TrophyOutlined /> },
      { path: 'marketplace', label: 'nav.enterprise.marketplace', icon: <ShopOutlined /> },
      { path: 'matches', label: 'nav.enterprise.matches', icon: <AimOutlined /> },
      { path: 'needs', label: 'nav.enterprise.needs', icon: <FundOutlined /> },
      { path: 'applications', label: 'nav.enterprise.applications', icon: <SolutionOutlined /> },
      { path: 'loans', label: 'nav.enterprise.loans', icon: <BarChartOutlined /> },
      { path: 'members', label: 'nav.enterprise.members', icon: <UsergroupAddOutlined />, when: belongsToOrganisation },
    ],
  },
];

export const HOME_ICON = <HomeOutlined />;

export function sectionsFor(roles: readonly Role[]): RoleSection[] {
  return SECTIONS.filter((section) => roles.includes(section.role));
}
