// The routes: sign-in, the signed-in shell with each role's pages, and 404.
import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import type { Role } from './api/types';
import { AuthProvider } from './auth/auth-context';
import { NOTIFICATION_SETTINGS_PATH } from './auth/roles';
import { PlainSpin } from './components/plain-spin';
import { APPLICATIONS_AREA, LOANS_AREA } from './lib/workflow-paths';
import { SECTIONS, type RoleSection } from './navigation';
import { LoginPage } from './pages/login/login-page';

// Every page but sign-in is its own chunk, loaded when its route is first shown: the sign-in page
// loads only what it shows, and a home only its own page (charts load with the page that draws them).
// antd's stylesheet: in a build, the parts index.html's loader adds; in development, the whole file.
const antdStyles = () => (import.meta.env.DEV ? import('antd/dist/antd.css') : window.kejinStyles?.antd());
const AntdArea = lazy(() => Promise.all([import('./components/antd-area'), antdStyles()]).then(([m]) => ({ default: m.AntdArea })));
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));
// The route guards load with the shell (the sign-in page needs neither).
const guards = () => import('./auth/require-auth');
const RequireAuth = lazy(() => guards().then((m) => ({ default: m.RequireAuth })));
const RequireRole = lazy(() => guards().then((m) => ({ default: m.RequireRole })));
const HomeRedirect = lazy(() => guards().then((m) => ({ default: m.HomeRedirect })));
const ChangePasswordPage = page(() => import('./pages/accounts/password-pages'), 'ChangePasswordPage');
const ForgotPasswordPage = page(() => import('./pages/accounts/password-pages'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./pages/accounts/password-pages'), 'ResetPasswordPage');
const RegisterPage = page(() => import('./pages/accounts/register-page'), 'RegisterPage');
const AcceptInvitationPage = page(() => import('./pages/accounts/accept-invitation-page'), 'AcceptInvitationPage');
const RegistrationsPage = page(() => import('./pages/accounts/registrations-page'), 'RegistrationsPage');
const MembersPage = page(() => import('./pages/accounts/members-page'), 'MembersPage');
const ParkApplicationsPage = page(() => import('./pages/applications/my-applications-page'), 'ParkApplicationsPage');
const AppShell = page(() => import('./components/app-shell'), 'AppShell');
const ApplicationDetailPage = page(() => import('./pages/applications/application-detail-page'), 'ApplicationDetailPage');
const MyApplicationsPage = page(() => import('./pages/applications/my-applications-page'), 'MyApplicationsPage');
const ReviewQueuePage = page(() => import('./pages/applications/review-queue-page'), 'ReviewQueuePage');
const EnterprisesPage = page(() => import('./pages/enterprises/enterprises-page'), 'EnterprisesPage');
const ImportPage = page(() => import('./pages/imports/import-page'), 'ImportPage');
const EnterpriseHome = page(() => import('./pages/homes/enterprise-home'), 'EnterpriseHome');
const InstitutionHome = page(() => import('./pages/homes/institution-home'), 'InstitutionHome');
const OperatorHome = page(() => import('./pages/homes/operator-home'), 'OperatorHome');
const ParkHome = page(() => import('./pages/homes/park-home'), 'ParkHome');
const LoanBookPage = page(() => import('./pages/loans/loan-book-page'), 'LoanBookPage');
const LoanDetailPage = page(() => import('./pages/loans/loan-detail-page'), 'LoanDetailPage');
const MyLoansPage = page(() => import('./pages/loans/my-loans-page'), 'MyLoansPage');
const PoolsPage = page(() => import('./pages/pools/pools-page'), 'PoolsPage');
const InvestorsPage = page(() => import('./pages/investors/investors-page'), 'InvestorsPage');
const ParkInvestorsPage = page(() => import('./pages/investors/investors-page'), 'ParkInvestorsPage');
const InstitutionInvestorsPage = page(() => import('./pages/investors/investors-page'), 'InstitutionInvestorsPage');
const InvestorProfilePage = page(() => import('./pages/investors/investor-profile-page'), 'InvestorProfilePage');
const PoolConsolePage = page(() => import('./pages/pools/pool-console-page'), 'PoolConsolePage');
const MatchesPage = page(() => import('./pages/market/matches-page'), 'MatchesPage');
const NeedsPage = page(() => import('./pages/market/needs-page'), 'NeedsPage');
const SupermarketPage = page(() => import('./pages/market/supermarket-page'), 'SupermarketPage');
const ModelsPage = page(() => import('./pages/models/models-page'), 'ModelsPage');
const NotFoundPage = page(() => import('./pages/not-found-page'), 'NotFoundPage');
const NotFoundInShell = page(() => import('./pages/not-found-page'), 'NotFoundInShell');
const OpenLinkPage = page(() => import('./pages/open-link-page'), 'OpenLinkPage');
const AuditPage = page(() => import('./pages/operator/audit-page'), 'AuditPage');
const JobsPage = page(() => import('./pages/operator/jobs-page'), 'JobsPage');
const CalendarPage = page(() => import('./pages/operator/calendar-page'), 'CalendarPage');
const LprPage = page(() => import('./pages/operator/lpr-page'), 'LprPage');
const InstitutionsPage = page(() => import('./pages/operator/institutions-page'), 'InstitutionsPage');
const MatchRunsPage = page(() => import('./pages/operator/match-runs-page'), 'MatchRunsPage');
const ParksPage = page(() => import('./pages/operator/parks-page'), 'ParksPage');
const UsersPage = page(() => import('./pages/operator/users-page'), 'UsersPage');
const PipelinePage = page(() => import('./pages/park-market/pipeline-page'), 'PipelinePage');
const ProductApprovalsPage = page(() => import('./pages/park-market/product-approvals-page'), 'ProductApprovalsPage');
const UnmetNeedsPage = page(() => import('./pages/park-market/unmet-needs-page'), 'UnmetNeedsPage');
const InboxPage = page(() => import('./pages/products/inbox-page'), 'InboxPage');
const LeadsPage = page(() => import('./pages/products/leads-page'), 'LeadsPage');
const ProductEditorPage = page(() => import('./pages/products/product-editor-page'), 'ProductEditorPage');
const ProductsPage = page(() => import('./pages/products/products-page'), 'ProductsPage');
const EnterpriseDetailPage = page(() => import('./pages/profile/enterprise-detail-page'), 'EnterpriseDetailPage');
const MyProfilePage = page(() => import('./pages/profile/my-profile-page'), 'MyProfilePage');
const MyRatingPage = page(() => import('./pages/rating/my-rating-page'), 'MyRatingPage');
const MyStarPage = page(() => import('./pages/star/star-pages'), 'MyStarPage');
const EnterpriseStarPage = page(() => import('./pages/star/star-pages'), 'EnterpriseStarPage');
const PortfolioPage = page(() => import('./pages/rating/portfolio-page'), 'PortfolioPage');
const NotificationSettingsPage = page(() => import('./pages/settings/notification-settings-page'), 'NotificationSettingsPage');
const SignalsPage = page(() => import('./pages/signals/signals-page'), 'SignalsPage');
const DirectoryPage = page(() => import('./pages/sharing/directory-page'), 'DirectoryPage');
const AccessLogPage = page(() => import('./pages/sharing/grants-page'), 'AccessLogPage');
const GrantsPage = page(() => import('./pages/sharing/grants-page'), 'GrantsPage');
const FundraisingPage = page(() => import('./pages/fundraising/fundraising-page'), 'FundraisingPage');
const InvestorFundraisingsPage = page(() => import('./pages/fundraising/investor-fundraisings-page'), 'InvestorFundraisingsPage');
const ProductPage = page(() => import('./pages/market/product-page'), 'ProductPage');
const MySubsidiesPage = page(() => import('./pages/policy/my-subsidies-page'), 'MySubsidiesPage');
const ParkClaimsPage = page(() => import('./pages/policy/park-claims-page'), 'ParkClaimsPage');
const PolicyPaymentsPage = page(() => import('./pages/policy/policy-payments-page'), 'PolicyPaymentsPage');
const InstitutionSubsidiesPage = page(() => import('./pages/policy/institution-subsidies-page'), 'InstitutionSubsidiesPage');
const ProgrammesPage = page(() => import('./pages/policy/programmes-page'), 'ProgrammesPage');
const ProgrammeDetailPage = page(() => import('./pages/policy/programme-detail-page'), 'ProgrammeDetailPage');
const ProgrammeEditorPage = page(() => import('./pages/policy/programme-editor-page'), 'ProgrammeEditorPage');

// A signed-in page opened directly starts loading the shell and its role's home with the app,
// not after the session check answers (React.lazy then finds them loaded). A home draws without
// antd (components/plain); any other page starts loading antd at once.
const FIRST_PATH = window.location.pathname.replace(/(.)\/+$/, '$1');
const HOME_MODULES: Record<string, () => Promise<unknown>> = {
  '/operator': () => import('./pages/homes/operator-home'),
  '/park': () => import('./pages/homes/park-home'),
  '/institution': () => import('./pages/homes/institution-home'),
  '/enterprise': () => import('./pages/homes/enterprise-home'),
};
if (FIRST_PATH !== '/login' && FIRST_PATH !== '/' && !HOME_MODULES[FIRST_PATH]) void import('./components/antd-area').catch(() => undefined);
if (!['/login', '/forgot-password', '/reset-password'].includes(FIRST_PATH)) {
  void import('./components/app-shell').catch(() => undefined);
  void guards().catch(() => undefined);
  void HOME_MODULES[FIRST_PATH]?.().catch(() => undefined);
}

const HOMES: Record<Role, ComponentType> = {
  platform_operator: OperatorHome,
  park_admin: ParkHome,
  institution_officer: InstitutionHome,
  enterprise_user: EnterpriseHome,
};

/** Working pages by full path; every other menu item shows what is coming. */
const PAGES: Record<string, ComponentType> = {
  '/operator/parks': ParksPage,
  '/operator/institutions': InstitutionsPage,
  '/operator/users': UsersPage,
  '/operator/enterprises': EnterprisesPage,
  '/operator/import': ImportPage,
  '/operator/audit': AuditPage,
  '/operator/models': ModelsPage,
  '/operator/match-runs': MatchRunsPage,
  '/operator/calendar': CalendarPage,
  '/operator/jobs': JobsPage,
  '/operator/lpr': LprPage,
  '/operator/registrations': RegistrationsPage,
  '/park/enterprises': EnterprisesPage,
  '/park/import': ImportPage,
  '/park/product-approvals': ProductApprovalsPage,
  '/park/unmet-needs': UnmetNeedsPage,
  '/park/pipeline': PipelinePage,
  '/park/warnings': SignalsPage,
  '/park/applications': ParkApplicationsPage,
  '/park/loans': LoanBookPage,
  '/park/programmes': ProgrammesPage,
  '/park/claims': ParkClaimsPage,
  '/park/pools': PoolsPage,
  '/park/investors': ParkInvestorsPage,
  '/park/audit': AuditPage,
  '/park/registrations': RegistrationsPage,
  '/park/members': MembersPage,
  '/institution/directory': DirectoryPage,
  '/institution/ratings': PortfolioPage,
  '/institution/products': ProductsPage,
  '/institution/inbox': InboxPage,
  '/institution/leads': LeadsPage,
  '/institution/reviews': ReviewQueuePage,
  '/institution/loan-book': LoanBookPage,
  '/institution/subsidies': InstitutionSubsidiesPage,
  '/institution/submissions': PolicyPaymentsPage,
  '/institution/pools': PoolsPage,
  '/institution/investors': InstitutionInvestorsPage,
  '/institution/investor-profile': InvestorProfilePage,
  '/institution/warnings': SignalsPage,
  '/institution/fundraisings': InvestorFundraisingsPage,
  '/institution/members': MembersPage,
  '/enterprise/profile': MyProfilePage,
  '/enterprise/grants': GrantsPage,
  '/enterprise/access-log': AccessLogPage,
  '/enterprise/rating': MyRatingPage,
  '/enterprise/star': MyStarPage,
  '/enterprise/marketplace': SupermarketPage,
  '/enterprise/matches': MatchesPage,
  '/enterprise/needs': NeedsPage,
  '/enterprise/applications': MyApplicationsPage,
  '/enterprise/loans': MyLoansPage,
  '/enterprise/subsidies': MySubsidiesPage,
  '/enterprise/fundraising': FundraisingPage,
  '/enterprise/investors': InvestorsPage,
  '/enterprise/members': MembersPage,
};

/** Pages below a menu item, by the item's full path: sub-path → page. */
const SUBPAGES: Record<string, Record<string, ComponentType>> = {
  '/institution/products': { new: ProductEditorPage, ':productId': ProductEditorPage },
  '/enterprise/marketplace': { ':productId': ProductPage },
  '/park/programmes': { new: ProgrammeEditorPage, ':programmeId': ProgrammeDetailPage, ':programmeId/edit': ProgrammeEditorPage },
  '/park/pools': { ':id': PoolConsolePage },
  '/park/enterprises': { ':creditCode/star': EnterpriseStarPage },
  '/operator/enterprises': { ':creditCode/star': EnterpriseStarPage },
  '/institution/pools': { ':id': PoolConsolePage },
};

/** Lists whose rows open one enterprise at <list>/<creditCode>. */
const ENTERPRISE_LISTS = new Set(['/operator/enterprises', '/park/enterprises', '/institution/directory', '/institution/ratings']);

/**
 * One role's pages, matched below its base path (`/operator/*`). React Router ranks every route
 * below a <Routes> on each render; split by role, each <Routes> ranks a few dozen, not all of them.
 */
function RoleArea({ section }: { section: RoleSection }) {
  const Home = HOMES[section.role];
  return (
    <RequireRole roles={[section.role]}>
      <Routes>
        <Route index element={<Home />} />
        <Route element={<AntdArea />}>
          {section.items.map((item) => {
            // A menu shows a capability only when its page exists: an entry without one is not routed.
            const path = `${section.base}/${item.path}`;
            const Page = PAGES[path];
            if (!Page) return [];
            return [
              <Route key={item.path} path={item.path} element={<Page />} />,
              ENTERPRISE_LISTS.has(path) ? <Route key={`${item.path}/detail`} path={`${item.path}/:creditCode`} element={<EnterpriseDetailPage />} /> : null,
              ...Object.entries(SUBPAGES[path] ?? {}).map(([sub, SubPage]) => <Route key={`${item.path}/${sub}`} path={`${item.path}/${sub}`} element={<SubPage />} />),
            ];
          })}
          <Route path="*" element={<NotFoundInShell />} />
        </Route>
      </Routes>
    </RequireRole>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Suspense fallback={<PlainSpin />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <AppShell />
                </RequireAuth>
              }
            >
              {/* The homes draw without antd; every other page loads it (AntdArea) inside the frame. */}
              <Route index element={<HomeRedirect />} />
              {SECTIONS.map((section) => (
                <Route key={section.role} path={`${section.base}/*`} element={<RoleArea section={section} />} />
              ))}
              <Route element={<AntdArea />}>
                <Route path={NOTIFICATION_SETTINGS_PATH} element={<NotificationSettingsPage />} />
                <Route path="/settings/password" element={<ChangePasswordPage />} />
                <Route path="/open/*" element={<OpenLinkPage />} />
                <Route path={`${APPLICATIONS_AREA}/:id`} element={<ApplicationDetailPage />} />
                <Route path={`${LOANS_AREA}/:id`} element={<LoanDetailPage />} />
              </Route>
            </Route>
            <Route element={<AntdArea />}>
              <Route path="/forgot-password" element={<ForgotPasswordPage />} />
              <Route path="/reset-password" element={<ResetPasswordPage />} />
              <Route path="/register" element={<RegisterPage />} />
              <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </AuthProvider>
    </BrowserRouter>
  );
}
