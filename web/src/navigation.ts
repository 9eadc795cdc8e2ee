// What each role can open: the side menu and the routes are both built from this list (the menu's
// icons are in components/nav-icons.tsx, so the routes load none of them).
import type { Me, Role } from './api/types';
import type { zhCN } from './i18n/zh-CN';
import { HOME_BY_ROLE } from './auth/roles';
import { INVESTOR_ORGANISATION_TYPES } from '../../shared/investors.ts';

type Nav = typeof zhCN.nav;
type NavArea = Exclude<keyof Nav, 'home'>;
export type NavLabelKey = { [A in NavArea]: `nav.${A}.${keyof Nav[A] & string}` }[NavArea];

export interface NavItem {
  /** Path below the role's base, e.g. "parks" → /operator/parks. */
  path: string;
  label: NavLabelKey;
  /** Shown only when the user can act there, as the server's answer about them says (e.g. their park scope). */
  when?: (me: Me) => boolean;
}

/** A park administrator acts on registrations only for the parks they administer. */
const administersParks = (me: Me) => me.parkScope.all || me.parkScope.parks.length > 0;
/** Venture, angel and guidance funds browse fundraisings (the server refuses other institutions). */
const isInvestor = (me: Me) => ['vc_fund', 'angel_fund', 'guidance_fund'].includes(me.organisation?.type ?? '');
/** Members invite colleagues into their own organisation. */
const belongsToOrganisation = (me: Me) => me.organisation !== null;
/** Officers of a VC or angel fund, a corporate VC or a guidance fund keep its investor profile. */
const actsForInvestor = (me: Me) => (INVESTOR_ORGANISATION_TYPES as readonly string[]).includes(me.organisation?.type ?? '');

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
      { path: 'parks', label: 'nav.operator.parks' },
      { path: 'institutions', label: 'nav.operator.institutions' },
      { path: 'users', label: 'nav.operator.users' },
      { path: 'enterprises', label: 'nav.operator.enterprises' },
      { path: 'import', label: 'nav.operator.import' },
      { path: 'audit', label: 'nav.operator.audit' },
      { path: 'models', label: 'nav.operator.models' },
      { path: 'match-runs', label: 'nav.operator.matchRuns' },
      { path: 'calendar', label: 'nav.operator.calendar' },
      { path: 'jobs', label: 'nav.operator.jobs' },
      { path: 'lpr', label: 'nav.operator.lpr' },
      { path: 'registrations', label: 'nav.operator.registrations' },
    ],
  },
  {
    role: 'park_admin',
    base: HOME_BY_ROLE.park_admin,
    items: [
      { path: 'enterprises', label: 'nav.park.enterprises' },
      { path: 'import', label: 'nav.park.import' },
      { path: 'product-approvals', label: 'nav.park.productApprovals' },
      { path: 'unmet-needs', label: 'nav.park.unmetNeeds' },
      { path: 'pipeline', label: 'nav.park.pipeline' },
      { path: 'applications', label: 'nav.park.applications' },
      { path: 'loans', label: 'nav.park.loans' },
      { path: 'programmes', label: 'nav.park.programmes' },
      { path: 'claims', label: 'nav.park.claims' },
      { path: 'pools', label: 'nav.park.riskPool' },
      { path: 'investors', label: 'nav.park.investors' },
      { path: 'registrations', label: 'nav.park.registrations', when: administersParks },
      { path: 'audit', label: 'nav.park.audit' },
      { path: 'warnings', label: 'nav.park.warnings' },
      { path: 'members', label: 'nav.park.members', when: belongsToOrganisation },
    ],
  },
  {
    role: 'institution_officer',
    base: HOME_BY_ROLE.institution_officer,
    items: [
      { path: 'directory', label: 'nav.institution.directory' },
      { path: 'ratings', label: 'nav.institution.ratings' },
      { path: 'products', label: 'nav.institution.products' },
      { path: 'inbox', label: 'nav.institution.inbox' },
      { path: 'leads', label: 'nav.institution.leads' },
      { path: 'reviews', label: 'nav.institution.reviews' },
      { path: 'loan-book', label: 'nav.institution.loanBook' },
      { path: 'subsidies', label: 'nav.institution.subsidies' },
      { path: 'submissions', label: 'nav.institution.submissions' },
      { path: 'pools', label: 'nav.institution.pools' },
      { path: 'investors', label: 'nav.institution.investors' },
      { path: 'investor-profile', label: 'nav.institution.investorProfile', when: actsForInvestor },
      { path: 'warnings', label: 'nav.institution.warnings' },
      { path: 'fundraisings', label: 'nav.institution.fundraisings', when: isInvestor },
      { path: 'members', label: 'nav.institution.members', when: belongsToOrganisation },
    ],
  },
  {
    role: 'enterprise_user',
    base: HOME_BY_ROLE.enterprise_user,
    items: [
      { path: 'profile', label: 'nav.enterprise.profile' },
      { path: 'grants', label: 'nav.enterprise.grants' },
      { path: 'access-log', label: 'nav.enterprise.accessLog' },
      { path: 'rating', label: 'nav.enterprise.rating' },
      { path: 'star', label: 'nav.enterprise.star' },
      { path: 'marketplace', label: 'nav.enterprise.marketplace' },
      { path: 'matches', label: 'nav.enterprise.matches' },
      { path: 'needs', label: 'nav.enterprise.needs' },
      { path: 'applications', label: 'nav.enterprise.applications' },
      { path: 'loans', label: 'nav.enterprise.loans' },
      { path: 'subsidies', label: 'nav.enterprise.subsidies' },
      { path: 'fundraising', label: 'nav.enterprise.fundraising' },
      { path: 'investors', label: 'nav.enterprise.investors' },
      { path: 'members', label: 'nav.enterprise.members', when: belongsToOrganisation },
    ],
  },
];

export function sectionsFor(roles: readonly Role[]): RoleSection[] {
  return SECTIONS.filter((section) => roles.includes(section.role));
}
