// The routes: sign-in, the signed-in shell with each role's pages, and 404.
import type { ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import type { Role } from './api/types';
import { AuthProvider } from './auth/auth-context';
import { HomeRedirect, RequireAuth, RequireRole } from './auth/require-auth';
import { NOTIFICATION_SETTINGS_PATH } from './auth/roles';
import { AppProviders } from './components/app-providers';
import { AppShell } from './components/app-shell';
import { APPLICATIONS_AREA, LOANS_AREA } from './lib/workflow-paths';
import { SECTIONS } from './navigation';
import { ApplicationDetailPage } from './pages/applications/application-detail-page';
import { MyApplicationsPage } from './pages/applications/my-applications-page';
import { ReviewQueuePage } from './pages/applications/review-queue-page';
import { EnterprisesPage } from './pages/enterprises/enterprises-page';
import { ImportPage } from './pages/imports/import-page';
import { EnterpriseHome } from './pages/homes/enterprise-home';
import { InstitutionHome } from './pages/homes/institution-home';
import { OperatorHome } from './pages/homes/operator-home';
import { ParkHome } from './pages/homes/park-home';
import { LoanBookPage } from './pages/loans/loan-book-page';
import { LoanDetailPage } from './pages/loans/loan-detail-page';
import { MyLoansPage } from './pages/loans/my-loans-page';
import { LoginPage } from './pages/login-page';
import { MatchesPage } from './pages/market/matches-page';
import { NeedsPage } from './pages/market/needs-page';
import { SupermarketPage } from './pages/market/supermarket-page';
import { ProductPage } from './pages/market/product-page';
import { ModelsPage } from './pages/models/models-page';
import { NotFoundPage } from './pages/not-found-page';
import { OpenLinkPage } from './pages/open-link-page';
import { AuditPage } from './pages/operator/audit-page';
import { JobsPage } from './pages/operator/jobs-page';
import { CalendarPage } from './pages/operator/calendar-page';
import { LprPage } from './pages/operator/lpr-page';
import { InstitutionsPage } from './pages/operator/institutions-page';
import { MatchRunsPage } from './pages/operator/match-runs-page';
import { ParksPage } from './pages/operator/parks-page';
import { UsersPage } from './pages/operator/users-page';
import { PipelinePage } from './pages/park-market/pipeline-page';
import { ProductApprovalsPage } from './pages/park-market/product-approvals-page';
import { UnmetNeedsPage } from './pages/park-market/unmet-needs-page';
import { InboxPage } from './pages/products/inbox-page';
import { LeadsPage } from './pages/products/leads-page';
import { ProductEditorPage } from './pages/products/product-editor-page';
import { ProductsPage } from './pages/products/products-page';
import { EnterpriseDetailPage } from './pages/profile/enterprise-detail-page';
import { MyProfilePage } from './pages/profile/my-profile-page';
import { MyRatingPage } from './pages/rating/my-rating-page';
import { PortfolioPage } from './pages/rating/portfolio-page';
import { NotificationSettingsPage } from './pages/settings/notification-settings-page';
import { SignalsPage } from './pages/signals/signals-page';
import { DirectoryPage } from './pages/sharing/directory-page';
import { AccessLogPage, GrantsPage } from './pages/sharing/grants-page';

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
  '/park/enterprises': EnterprisesPage,
  '/park/import': ImportPage,
  '/park/product-approvals': ProductApprovalsPage,
  '/park/unmet-needs': UnmetNeedsPage,
  '/park/pipeline': PipelinePage,
  '/park/warnings': SignalsPage,
  '/institution/directory': DirectoryPage,
  '/institution/ratings': PortfolioPage,
  '/institution/products': ProductsPage,
  '/institution/inbox': InboxPage,
  '/institution/leads': LeadsPage,
  '/institution/reviews': ReviewQueuePage,
  '/institution/loan-book': LoanBookPage,
  '/institution/warnings': SignalsPage,
  '/enterprise/profile': MyProfilePage,
  '/enterprise/grants': GrantsPage,
  '/enterprise/access-log': AccessLogPage,
  '/enterprise/rating': MyRatingPage,
  '/enterprise/marketplace': SupermarketPage,
  '/enterprise/matches': MatchesPage,
  '/enterprise/needs': NeedsPage,
  '/enterprise/applications': MyApplicationsPage,
  '/enterprise/loans': MyLoansPage,
};

/** Pages below a menu item, by the item's full path: sub-path → page. */
const SUBPAGES: Record<string, Record<string, ComponentType>> = {
  '/institution/products': { new: ProductEditorPage, ':productId': ProductEditorPage },
  '/enterprise/marketplace': { ':productId': ProductPage },
};

/** Lists whose rows open one enterprise at <list>/<creditCode>. */
const ENTERPRISE_LISTS = new Set(['/operator/enterprises', '/park/enterprises', '/institution/directory', '/institution/ratings']);

function roleRoutes() {
  return SECTIONS.map((section) => {
    const Home = HOMES[section.role];
    return (
      <Route key={section.role} path={section.base} element={<RequireRole roles={[section.role]} />}>
        <Route index element={<Home />} />
        {section.items.map((item) => {
          // A menu shows a capability only when its page exists: an entry without one is not routed.
          const Page = PAGES[`${section.base}/${item.path}`];
          if (!Page) return [];
          const element = <Page />;
          const path = `${section.base}/${item.path}`;
          return [
            <Route key={item.path} path={item.path} element={element} />,
            ENTERPRISE_LISTS.has(path) ? (
              <Route key={`${item.path}/detail`} path={`${item.path}/:creditCode`} element={<EnterpriseDetailPage />} />
            ) : null,
            ...Object.entries(SUBPAGES[path] ?? {}).map(([sub, SubPage]) => (
              <Route key={`${item.path}/${sub}`} path={`${item.path}/${sub}`} element={<SubPage />} />
            )),
          ];
        })}
      </Route>
    );
  });
}

export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <AuthProvider>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <AppShell />
                </RequireAuth>
              }
            >
              <Route index element={<HomeRedirect />} />
              <Route path={NOTIFICATION_SETTINGS_PATH} element={<NotificationSettingsPage />} />
              <Route path="/open/*" element={<OpenLinkPage />} />
              <Route path={`${APPLICATIONS_AREA}/:id`} element={<ApplicationDetailPage />} />
              <Route path={`${LOANS_AREA}/:id`} element={<LoanDetailPage />} />
              {roleRoutes()}
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </AuthProvider>
      </BrowserRouter>
    </AppProviders>
  );
}
