// Every route, tried as every role: the expected status of each pair is written down here, and
// a route missing from the table fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type DemoRole, type TestApp } from '../app.ts';
import { freshCreditCode } from '../codes.ts';

type Who = 'anonymous' | Exclude<DemoRole, 'otherParkAdmin' | 'guarantor' | 'insurer' | 'investor' | 'angel'>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const WHO: Who[] = ['anonymous', 'operator', 'parkAdmin', 'officer', 'enterprise'];

interface Ids {
  zhangjiang: string;
  qingdao: string;
  zizhu: string;
  bank: string;
  otherInstitution: string;
  ownEnterprise: string;
  qingdaoEnterprise: string;
  zizhuAdminUser: string;
  grant: string;
  product: string; // a published product of the officer's bank, approved in zhangjiang
  need: string; // an open loan need of the demo enterprise
  application: string; // the demo enterprise's application to `product`, submitted
  investor: string; // an investor profile (a VC fund none of the roles is an officer of)
}

interface Case {
  route: string; // "METHOD /path/:param" exactly as registered
  url: (ids: Ids) => string;
  body?: (ids: Ids, who: Who) => unknown;
  freshSession?: boolean;
  expect: Record<Who, number>;
}

const all = (status: number, anonymous = 401): Record<Who, number> => ({
  anonymous,
  operator: status,
  parkAdmin: status,
  officer: status,
  enterprise: status,
});
const operatorOnly = (status: number) => ({ anonymous: 401, operator: status, parkAdmin: 403, officer: 403, enterprise: 403 });

const enterpriseBody = (parkId: string) => ({
  creditCode: freshCreditCode(),
  name: `测试企业${freshCreditCode().slice(10, 16)}有限公司`,
  parkId,
  industryCode: 'I6510',
  regionCode: '310115',
  foundedOn: '2019-05-01',
  registeredCapitalFen: 500_000_000,
  employees: 42,
  legalRepresentative: '张伟',
  address: '上海市浦东新区张江路1号',
});

const investorBody = {
  thesis: '产业链战略投资',
  stages: ['series_a'],
  industryCodes: ['I6520'],
  regionCodes: ['310000'],
  parkIds: [],
  ticketMinFen: 1_000_000_000,
  ticketMaxFen: 5_000_000_000,
  fundSizeFen: null,
  managerRegistrationNo: 'P1000001',
  fundRecordCodes: [],
  website: null,
  team: [],
  portfolio: [],
};

const CASES: Case[] = [
  { route: 'GET /healthz', url: () => '/healthz', expect: all(200, 200) },
  { route: 'GET /readyz', url: () => '/readyz', expect: all(200, 200) },
  { route: 'GET /metrics', url: () => '/metrics', expect: all(200, 200) },
  { route: 'GET /api/openapi.json', url: () => '/api/openapi.json', expect: all(200, 200) },
  // The web app is public; the test app has no build, so its page and files are not found for anyone.
  { route: 'GET /', url: () => '/', expect: all(404, 404) },
  { route: 'GET /assets/*', url: () => '/assets/index-0000.js', expect: all(404, 404) },
  { route: 'POST /api/v1/auth/login', url: () => '/api/v1/auth/login', body: () => ({ email: 'nobody@kejin.demo', password: 'wrong-password' }), expect: all(401, 401) },
  { route: 'POST /api/v1/auth/logout', url: () => '/api/v1/auth/logout', freshSession: true, expect: all(204, 204) },
  { route: 'GET /api/v1/me', url: () => '/api/v1/me', expect: all(200) },
  { route: 'GET /api/v1/auth/session', url: () => '/api/v1/auth/session', expect: all(200, 200) },
  { route: 'GET /api/v1/me/organisation', url: () => '/api/v1/me/organisation', expect: all(200) },
  { route: 'GET /api/v1/parks', url: () => '/api/v1/parks', expect: all(200) },
  {
    route: 'POST /api/v1/parks',
    url: () => '/api/v1/parks',
    body: (_ids, who) => ({ code: `p-${who.toLowerCase()}`, name: '测试园区', nameEn: 'Test Park', regionCode: '310115' }),
    expect: operatorOnly(201),
  },
  { route: 'PATCH /api/v1/parks/:id', url: (i) => `/api/v1/parks/${i.zhangjiang}`, body: () => ({ nameEn: 'Zhangjiang Science City' }), expect: operatorOnly(200) },
  { route: 'POST /api/v1/parks/:id/deactivate', url: (i) => `/api/v1/parks/${i.zizhu}/deactivate`, expect: operatorOnly(200) },
  { route: 'GET /api/v1/institutions', url: () => '/api/v1/institutions', expect: all(200) },
  { route: 'GET /api/v1/institutions/:id', url: (i) => `/api/v1/institutions/${i.bank}`, expect: all(200) },
  {
    route: 'POST /api/v1/institutions',
    url: () => '/api/v1/institutions',
    body: () => ({ name: '测试银行', type: 'bank', creditCode: freshCreditCode('310000'), regionCode: '310000' }),
    expect: operatorOnly(201),
  },
  { route: 'PATCH /api/v1/institutions/:id', url: (i) => `/api/v1/institutions/${i.otherInstitution}`, body: () => ({ nameEn: 'Renamed' }), expect: operatorOnly(200) },
  { route: 'POST /api/v1/institutions/:id/deactivate', url: (i) => `/api/v1/institutions/${i.otherInstitution}/deactivate`, expect: operatorOnly(200) },
  { route: 'GET /api/v1/users', url: () => '/api/v1/users', expect: operatorOnly(200) },
  {
    route: 'POST /api/v1/users',
    url: () => '/api/v1/users',
    body: (i, who) => ({ email: `new-${who.toLowerCase()}@example.com`, displayName: '新用户', password: 'a-long-password', role: 'institution_officer', organisationId: i.bank }),
    expect: operatorOnly(201),
  },
  { route: 'PATCH /api/v1/users/:id', url: (i) => `/api/v1/users/${i.zizhuAdminUser}`, body: () => ({ displayName: '紫竹管理员' }), expect: operatorOnly(200) },
  { route: 'POST /api/v1/users/:id/deactivate', url: (i) => `/api/v1/users/${i.zizhuAdminUser}/deactivate`, expect: operatorOnly(200) },
  { route: 'GET /api/v1/enterprises', url: () => '/api/v1/enterprises', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/enterprises/:creditCode', url: (i) => `/api/v1/enterprises/${i.qingdaoEnterprise}`, expect: all(200) },
  {
    route: 'POST /api/v1/enterprises',
    url: () => '/api/v1/enterprises',
    body: (i) => enterpriseBody(i.zhangjiang),
    expect: { anonymous: 401, operator: 201, parkAdmin: 201, officer: 403, enterprise: 403 },
  },
  {
    route: 'PATCH /api/v1/enterprises/:creditCode',
    url: (i) => `/api/v1/enterprises/${i.ownEnterprise}`,
    body: () => ({ employees: 88 }),
    expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 },
  },
  { route: 'GET /api/v1/audit', url: () => '/api/v1/audit', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/audit/actions', url: () => '/api/v1/audit/actions', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  // Homes and exports
  { route: 'GET /api/v1/home/institution', url: () => '/api/v1/home/institution', expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'GET /api/v1/home/enterprise', url: () => '/api/v1/home/enterprise', expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 200 } },
  { route: 'GET /api/v1/home/park', url: () => '/api/v1/home/park', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/home/operator', url: () => '/api/v1/home/operator', expect: operatorOnly(200) },
  { route: 'GET /api/v1/enterprises/export.xlsx', url: () => '/api/v1/enterprises/export.xlsx', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/loans/export.xlsx', url: () => '/api/v1/loans/export.xlsx', expect: all(200) },
  { route: 'GET /api/v1/applications/review-queue/export.xlsx', url: () => '/api/v1/applications/review-queue/export.xlsx', expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'GET /api/v1/audit/export.xlsx', url: () => '/api/v1/audit/export.xlsx', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/workflow/pipeline/export.xlsx', url: () => '/api/v1/workflow/pipeline/export.xlsx', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/workflow/league/export.xlsx', url: () => '/api/v1/workflow/league/export.xlsx', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/directory', url: () => '/api/v1/directory', expect: all(200) },
  // The officer's bank holds a grant from the enterprise (made in beforeAll), so it sees the rating.
  { route: 'GET /api/v1/ratings/granted', url: () => '/api/v1/ratings/granted', expect: all(200) },
  { route: 'GET /api/v1/models', url: () => '/api/v1/models', expect: operatorOnly(200) },
  { route: 'GET /api/v1/models/:id', url: () => '/api/v1/models/00000000-0000-7000-8000-000000000000', expect: operatorOnly(404) },
  { route: 'POST /api/v1/models/train', url: () => '/api/v1/models/train', body: () => ({ label: 'y' }), expect: operatorOnly(400) },
  { route: 'GET /api/v1/models/stability', url: () => '/api/v1/models/stability?from=2026-01-01&to=2026-12-31', expect: operatorOnly(200) },
  { route: 'POST /api/v1/models/:id/shadow', url: () => '/api/v1/models/00000000-0000-7000-8000-000000000000/shadow', expect: operatorOnly(404) },
  { route: 'GET /api/v1/models/:id/comparison', url: () => '/api/v1/models/00000000-0000-7000-8000-000000000000/comparison', expect: operatorOnly(404) },
  // Subsidy programmes and claims: parks manage and run them; enterprises confirm their claims; lenders, guarantors and insurers submit fees and premiums.
  { route: 'GET /api/v1/programmes', url: () => '/api/v1/programmes', expect: all(200) },
  { route: 'GET /api/v1/programmes/:id', url: () => '/api/v1/programmes/no-such', expect: all(404) },
  { route: 'POST /api/v1/programmes', url: () => '/api/v1/programmes', body: () => ({ id: 'zj-matrix' }), expect: { anonymous: 401, operator: 400, parkAdmin: 400, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/programmes/simulate', url: () => '/api/v1/programmes/simulate', body: () => ({ programme: { id: 'zj-matrix' }, from: '2026-01-01', to: '2026-06-30', source: 'loans' }), expect: { anonymous: 401, operator: 400, parkAdmin: 400, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/programmes/:id/publish', url: () => '/api/v1/programmes/no-such/publish', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/programmes/:id/runs', url: () => '/api/v1/programmes/no-such/runs', body: () => ({}), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/programmes/:id/runs/:jobId', url: () => '/api/v1/programmes/no-such/runs/00000000-0000-4000-8000-000000000000', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/programmes/:id/publish-claims', url: () => '/api/v1/programmes/no-such/publish-claims', body: () => ({}), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/programmes/:id/batches', url: () => '/api/v1/programmes/no-such/batches', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/programmes/:id/batches', url: () => '/api/v1/programmes/no-such/batches', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/payment-batches/:id/pay', url: () => '/api/v1/payment-batches/00000000-0000-7000-8000-000000000000/pay', body: () => ({ reference: 'CZ-1', paidOn: '2026-12-01' }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/payment-batches/:id/export.xlsx', url: () => '/api/v1/payment-batches/00000000-0000-7000-8000-000000000000/export.xlsx', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/claims', url: () => '/api/v1/claims', expect: all(200) },
  { route: 'GET /api/v1/claims/:id', url: () => '/api/v1/claims/00000000-0000-7000-8000-000000000000', expect: all(404) },
  { route: 'POST /api/v1/claims/:id/moves', url: () => '/api/v1/claims/00000000-0000-7000-8000-000000000000/moves', body: () => ({ to: 'approved', version: 1 }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 404 } },
  { route: 'POST /api/v1/claims/:id/documents', url: () => '/api/v1/claims/00000000-0000-7000-8000-000000000000/documents', body: () => ({ kind: 'application_form', name: 'form.pdf', contentBase64: 'JVBERi0xLjQK' }), expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 404 } },
  { route: 'GET /api/v1/claims/:id/documents/:documentId', url: () => '/api/v1/claims/00000000-0000-7000-8000-000000000000/documents/00000000-0000-7000-8000-000000000001', expect: all(404) },
  { route: 'POST /api/v1/policy-payments', url: () => '/api/v1/policy-payments', body: () => ({ payments: [{ loanId: '00000000-0000-7000-8000-000000000000', kind: 'premium', contractNo: 'P-1', paidOn: '2026-01-05', amountFen: 100, coverageFrom: '2026-01-05', coverageTo: '2027-01-04', coveredAmountFen: 10000, feeRate: '0.01' }] }), expect: { anonymous: 401, operator: 400, parkAdmin: 403, officer: 400, enterprise: 403 } },
  { route: 'GET /api/v1/policy-payments', url: () => '/api/v1/policy-payments', expect: all(200) },
  { route: 'GET /api/v1/policy-payments/loans', url: () => '/api/v1/policy-payments/loans?q=a', expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'POST /api/v1/policy-payments/surrender', url: () => '/api/v1/policy-payments/surrender', body: () => ({ loanId: '00000000-0000-7000-8000-000000000000', contractNo: 'P-1', surrenderedOn: '2026-06-01' }), expect: { anonymous: 401, operator: 400, parkAdmin: 403, officer: 400, enterprise: 403 } },
  { route: 'GET /api/v1/enterprises/:creditCode/subsidies', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/subsidies`, expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 } },
  // Risk compensation pools: the park manages, partner institutions register and claim; a pool or claim you have no part in is not found.
  // Equity investors: every member reads the directory; only the investor's own people and the operator edit a profile.
  { route: 'GET /api/v1/investors', url: () => '/api/v1/investors?stage=series_a', expect: all(200) },
  { route: 'GET /api/v1/investors/:id', url: (i) => `/api/v1/investors/${i.investor}`, expect: all(200) },
  { route: 'PUT /api/v1/investors/:id', url: (i) => `/api/v1/investors/${i.investor}`, body: () => investorBody, expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/me/investor-profile', url: () => '/api/v1/me/investor-profile', expect: all(404) },
  { route: 'PUT /api/v1/me/investor-profile', url: () => '/api/v1/me/investor-profile', body: () => investorBody, expect: all(404) },
  { route: 'GET /api/v1/pools', url: () => '/api/v1/pools', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 200, enterprise: 403 } },
  { route: 'POST /api/v1/pools', url: () => '/api/v1/pools', body: () => ({ id: 'zj-matrix', name: '矩阵', nameEn: 'Matrix' }), expect: { anonymous: 401, operator: 400, parkAdmin: 400, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/pools/:id', url: () => '/api/v1/pools/00000000-0000-7000-8000-000000000000', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/pools/:id/contributions', url: () => '/api/v1/pools/00000000-0000-7000-8000-000000000000/contributions', body: () => ({ amountFen: 100, contributorId: null }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/pools/:id/loans', url: () => '/api/v1/pools/00000000-0000-7000-8000-000000000000/loans', body: () => ({ loanId: '00000000-0000-7000-8000-000000000000' }), expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/pool-loans/:id/confirm', url: () => '/api/v1/pool-loans/00000000-0000-7000-8000-000000000000/confirm', expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/pool-loans/:id/decline', url: () => '/api/v1/pool-loans/00000000-0000-7000-8000-000000000000/decline', expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/pools/:id/claims', url: () => '/api/v1/pools/00000000-0000-7000-8000-000000000000/claims', body: () => ({ loanId: '00000000-0000-7000-8000-000000000000', lawsuitAcceptedOn: null }), expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 403 } },
  { route: 'GET /api/v1/pool-claims/:id', url: () => '/api/v1/pool-claims/00000000-0000-7000-8000-000000000000', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  { route: 'GET /api/v1/pool-claims/:id/documents/:documentId', url: () => '/api/v1/pool-claims/00000000-0000-7000-8000-000000000000/documents/00000000-0000-7000-8000-000000000000', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/pool-claims/:id/moves', url: () => '/api/v1/pool-claims/00000000-0000-7000-8000-000000000000/moves', body: () => ({ to: 'under_review', version: 1 }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/pool-claims/:id/documents', url: () => '/api/v1/pool-claims/00000000-0000-7000-8000-000000000000/documents', body: () => ({ kind: 'overdue_notice', name: 'notice.pdf', contentBase64: 'JVBERi0xLjQK' }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  // Fundraising: the demo enterprise's own (its park sees it; a bank without a data-room grant does not); documents only by consent.
  { route: 'GET /api/v1/enterprises/:creditCode/fundraising', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/fundraising`, expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 } },
  {
    route: 'PUT /api/v1/enterprises/:creditCode/fundraising',
    url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/fundraising`,
    body: () => ({ round: 'series_a', amountSoughtFen: 3_000_000_000, valuationMinFen: 18_000_000_000, valuationMaxFen: 24_000_000_000, useOfFunds: '研发', milestones: [], status: 'open' }),
    expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 200 },
  },
  // Sent as JSON, not multipart: who may upload gets as far as the form's refusal.
  { route: 'POST /api/v1/enterprises/:creditCode/fundraising/documents', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/fundraising/documents`, body: () => ({ kind: 'pitch_deck' }), expect: { anonymous: 401, operator: 400, parkAdmin: 403, officer: 403, enterprise: 400 } },
  { route: 'GET /api/v1/enterprises/:creditCode/fundraising/documents/:documentId', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/fundraising/documents/00000000-0000-7000-8000-000000000000`, expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 404 } },
  { route: 'DELETE /api/v1/enterprises/:creditCode/fundraising/documents/:documentId', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/fundraising/documents/00000000-0000-7000-8000-000000000000`, expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 404 } },
  { route: 'GET /api/v1/enterprises/:creditCode/fundraising/downloads', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/fundraising/downloads`, expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 200 } },
  // Investors only: a bank's officer is refused, the operator sees all.
  { route: 'GET /api/v1/fundraisings', url: () => '/api/v1/fundraisings', expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/pool-claims/:id/recoveries', url: () => '/api/v1/pool-claims/00000000-0000-7000-8000-000000000000/recoveries', body: () => ({ amountFen: 1 }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/models/:id/activate', url: () => '/api/v1/models/00000000-0000-7000-8000-000000000000/activate', expect: operatorOnly(404) },
  { route: 'POST /api/v1/ratings/jobs', url: () => '/api/v1/ratings/jobs', expect: operatorOnly(202) },
  { route: 'GET /api/v1/ratings/jobs', url: () => '/api/v1/ratings/jobs', expect: operatorOnly(200) },
  { route: 'GET /api/v1/ratings/jobs/:id', url: () => '/api/v1/ratings/jobs/00000000-0000-7000-8000-000000000000', expect: operatorOnly(404) },
  { route: 'GET /api/v1/enterprises/:creditCode/rating', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/rating`, expect: all(200) },
  { route: 'POST /api/v1/enterprises/:creditCode/reports', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/reports`, body: () => ({ language: 'en' }), expect: all(201) },
  { route: 'GET /api/v1/enterprises/:creditCode/reports', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/reports`, expect: all(200) },
  // STAR readiness: the enterprise, its park and the operator; the bank is no investor, whatever it was granted.
  { route: 'GET /api/v1/enterprises/:creditCode/star-readiness', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/star-readiness`, expect: { ...all(200), officer: 403 } },
  { route: 'GET /api/v1/enterprises/:creditCode/star-readiness.pdf', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/star-readiness.pdf?lang=en`, expect: { ...all(200), officer: 403 } },
  { route: 'GET /api/v1/reports/:id/pdf', url: () => '/api/v1/reports/00000000-0000-7000-8000-000000000000/pdf', expect: all(404) },
  { route: 'POST /api/v1/reports/verify', url: () => '/api/v1/reports/verify', body: () => ({ reportId: '00000000-0000-7000-8000-000000000000', digest: '0'.repeat(64) }), expect: all(200, 200) },
  { route: 'GET /verify/:reportId', url: () => '/verify/00000000-0000-7000-8000-000000000000', expect: all(200, 200) },
  // Verification is public; a body that is no form upload is refused with 400.
  { route: 'POST /verify/:reportId', url: () => '/verify/00000000-0000-7000-8000-000000000000', body: () => ({ digest: '0'.repeat(64) }), expect: all(400, 400) },
  {
    route: 'GET /api/v1/enterprises/:creditCode/financials',
    url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/financials`,
    expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 },
  },
  ...['financials', 'people', 'ip', 'qualifications', 'taxGrades', 'complianceEvents', 'equityRounds', 'loans'].map(
    (section): Case => ({
      route: `PUT /api/v1/enterprises/:creditCode/profile/${section}`,
      url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/profile/${section}`,
      body: () => ({ items: [] }),
      expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 },
    }),
  ),
  {
    route: 'POST /api/v1/enterprises/:creditCode/grants',
    url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/grants`,
    body: (i) => ({ institutionId: i.bank, categories: ['ip'], purpose: '授信审查', expiresOn: '2027-12-31' }),
    expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 201 },
  },
  { route: 'GET /api/v1/enterprises/:creditCode/grants', url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/grants`, expect: all(200) },
  { route: 'DELETE /api/v1/grants/:id', url: (i) => `/api/v1/grants/${i.grant}`, expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 200 } },
  {
    route: 'GET /api/v1/enterprises/:creditCode/access-log',
    url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/access-log`,
    expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 },
  },
  { route: 'GET /api/v1/imports/templates/:file', url: () => '/api/v1/imports/templates/profiles.csv', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  // Authorised callers get past access and are told the body is not a multipart upload.
  { route: 'POST /api/v1/imports', url: () => '/api/v1/imports', body: () => ({ kind: 'profiles' }), expect: { anonymous: 401, operator: 400, parkAdmin: 400, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/imports', url: () => '/api/v1/imports', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  // Marketplace: products and matching
  { route: 'GET /api/v1/match-facts', url: () => '/api/v1/match-facts', expect: all(200) },
  {
    route: 'POST /api/v1/products/preview',
    url: () => '/api/v1/products/preview',
    body: () => ({ rules: [{ fact: 'grade', op: 'gte', value: 'BBB' }], parkCodes: ['zhangjiang'] }),
    expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 },
  },
  { route: 'GET /api/v1/products', url: () => '/api/v1/products', expect: all(200) },
  { route: 'GET /api/v1/products/:id', url: (i) => `/api/v1/products/${i.product}`, expect: all(200) },
  { route: 'GET /api/v1/products/:id/versions', url: (i) => `/api/v1/products/${i.product}/versions`, expect: all(200) },
  {
    route: 'POST /api/v1/products',
    url: () => '/api/v1/products',
    body: (i, who) => ({
      ...(who === 'operator' ? { institutionId: i.bank } : {}),
      kind: 'loan',
      loanType: 'credit',
      name: '授权测试科创贷',
      terms: { amountMinFen: 10_000_000, amountMaxFen: 500_000_000, termMinMonths: 6, termMaxMonths: 36, rate: { lprTenor: '1y', spreadMinBp: 30, spreadMaxBp: 150 }, repaymentMethods: ['equal_instalment'], security: ['none', 'ip_pledge'], turnaroundDays: 5 },
      preferences: { industries: [], stages: [], regions: [], thesis: '' },
      rules: [{ fact: 'grade', op: 'gte', value: 'C' }],
      parkCodes: ['zhangjiang'],
    }),
    expect: { anonymous: 401, operator: 201, parkAdmin: 403, officer: 201, enterprise: 403 },
  },
  {
    route: 'PATCH /api/v1/products/:id',
    url: (i) => `/api/v1/products/${i.product}`,
    body: () => ({ description: '授权测试' }),
    expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 },
  },
  // Withdraw, then publish again: ids.product ends published for the cases after these.
  { route: 'POST /api/v1/products/:id/withdraw', url: (i) => `/api/v1/products/${i.product}/withdraw`, expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'POST /api/v1/products/:id/publish', url: (i) => `/api/v1/products/${i.product}/publish`, expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  {
    route: 'POST /api/v1/products/:id/parks/:parkCode/decision',
    url: (i) => `/api/v1/products/${i.product}/parks/zhangjiang/decision`,
    body: () => ({ approve: true, note: '复核通过' }),
    expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 },
  },
  { route: 'GET /api/v1/product-approvals', url: () => '/api/v1/product-approvals', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  {
    route: 'GET /api/v1/enterprises/:creditCode/matches',
    url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/matches`,
    expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 },
  },
  {
    route: 'GET /api/v1/enterprises/:creditCode/products/:productId/fit',
    url: (i) => `/api/v1/enterprises/${i.ownEnterprise}/products/${i.product}/fit`,
    expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 },
  },
  { route: 'GET /api/v1/products/:id/leads', url: (i) => `/api/v1/products/${i.product}/leads`, expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'POST /api/v1/match-runs', url: () => '/api/v1/match-runs', expect: operatorOnly(202) },
  { route: 'GET /api/v1/match-runs', url: () => '/api/v1/match-runs', expect: operatorOnly(200) },
  // (end: products and matching)
  // Marketplace: needs and notifications
  {
    route: 'POST /api/v1/needs',
    url: () => '/api/v1/needs',
    body: (i, who) => ({ ...(who === 'operator' ? { creditCode: i.ownEnterprise } : {}), kind: 'loan', amountFen: 30_000_000, termMonths: 12, purpose: '授权测试', offers: ['ip_pledge'] }),
    expect: { anonymous: 401, operator: 201, parkAdmin: 403, officer: 403, enterprise: 201 },
  },
  // The officer's inbox holds ids.need: its bank's product is approved in zhangjiang and fits.
  { route: 'GET /api/v1/needs', url: () => '/api/v1/needs', expect: all(200) },
  { route: 'GET /api/v1/needs/:id', url: (i) => `/api/v1/needs/${i.need}`, expect: all(200) },
  { route: 'GET /api/v1/needs/:id/matches', url: (i) => `/api/v1/needs/${i.need}/matches`, expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 200 } },
  {
    route: 'PATCH /api/v1/needs/:id',
    url: (i) => `/api/v1/needs/${i.need}`,
    body: () => ({ purpose: '授权测试：流动资金' }),
    expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 403, enterprise: 200 },
  },
  // The operator belongs to no institution and names no product, so it has none to take the need up for.
  { route: 'POST /api/v1/needs/:id/take-up', url: (i) => `/api/v1/needs/${i.need}/take-up`, body: () => ({ note: '授权测试' }), expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'GET /api/v1/institutions/:id/take-up-rate', url: (i) => `/api/v1/institutions/${i.bank}/take-up-rate`, expect: all(200) },
  // The operator closes ids.need first; authorised callers after it are told it is already closed.
  { route: 'POST /api/v1/needs/:id/close', url: (i) => `/api/v1/needs/${i.need}/close`, expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 403, enterprise: 409 } },
  { route: 'POST /api/v1/needs/:id/withdraw', url: (i) => `/api/v1/needs/${i.need}/withdraw`, expect: { anonymous: 401, operator: 409, parkAdmin: 403, officer: 403, enterprise: 409 } },
  { route: 'GET /api/v1/parks/:parkCode/unmet-needs', url: () => '/api/v1/parks/zhangjiang/unmet-needs', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/notifications', url: () => '/api/v1/notifications', expect: all(200) },
  { route: 'POST /api/v1/notifications/:id/read', url: () => '/api/v1/notifications/00000000-0000-7000-8000-000000000000/read', expect: all(404) },
  { route: 'POST /api/v1/notifications/read-all', url: () => '/api/v1/notifications/read-all', expect: all(204) },
  // (end: needs and notifications)
  // Notification preferences: every signed-in user, their own only
  { route: 'GET /api/v1/me/notification-preferences', url: () => '/api/v1/me/notification-preferences', expect: all(200) },
  {
    route: 'PUT /api/v1/me/notification-preferences',
    url: () => '/api/v1/me/notification-preferences',
    body: () => ({ topics: [{ topic: 'signals', inApp: true, email: false }] }),
    expect: all(200),
  },
  // (end: notification preferences)
  // Financing workflow: applications, loans, signals, pipeline, calendar
  { route: 'POST /api/v1/applications', url: () => '/api/v1/applications', body: (i) => ({ productId: i.product, amountFen: 50_000_000, termMonths: 12, purpose: '授权测试' }), expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 403, enterprise: 409 } },
  { route: 'GET /api/v1/applications', url: () => '/api/v1/applications', expect: all(200) },
  { route: 'GET /api/v1/applications/review-queue', url: () => '/api/v1/applications/review-queue', expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'GET /api/v1/applications/:id', url: (i) => `/api/v1/applications/${i.application}`, expect: all(200) },
  { route: 'POST /api/v1/applications/:id/transitions', url: (i) => `/api/v1/applications/${i.application}/transitions`, body: () => ({ to: 'accepted', version: 1 }), expect: { anonymous: 401, operator: 403, parkAdmin: 403, officer: 200, enterprise: 409 } },
  { route: 'GET /api/v1/loans', url: () => '/api/v1/loans', expect: all(200) },
  { route: 'GET /api/v1/loans/:id', url: () => '/api/v1/loans/00000000-0000-7000-8000-000000000000', expect: all(404) },
  { route: 'POST /api/v1/loans/:id/repayments', url: () => '/api/v1/loans/00000000-0000-7000-8000-000000000000/repayments', body: () => ({ amountFen: 100, paidOn: '2026-01-05' }), expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/loans/repayment-files', url: () => '/api/v1/loans/repayment-files', body: () => ({ csv: 'loan_id,paid_on,amount_fen,reference\n00000000-0000-7000-8000-000000000000,2026-01-05,100,R1\n' }), expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/loans/:id/recoveries', url: () => '/api/v1/loans/00000000-0000-7000-8000-000000000000/recoveries', body: () => ({ amountFen: 100, recoveredOn: '2026-01-05', source: 'guarantor' }), expect: { anonymous: 401, operator: 404, parkAdmin: 403, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/workflow/sweep', url: () => '/api/v1/workflow/sweep', expect: operatorOnly(200) },
  { route: 'GET /api/v1/jobs', url: () => '/api/v1/jobs', expect: operatorOnly(200) },
  { route: 'GET /api/v1/jobs/:id', url: () => '/api/v1/jobs/00000000-0000-7000-8000-000000000000', expect: operatorOnly(404) },
  { route: 'GET /api/v1/signals', url: () => '/api/v1/signals', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 200, enterprise: 403 } },
  { route: 'POST /api/v1/signals/:id/acknowledge', url: () => '/api/v1/signals/00000000-0000-7000-8000-000000000000/acknowledge', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  { route: 'POST /api/v1/signals/:id/resolve', url: () => '/api/v1/signals/00000000-0000-7000-8000-000000000000/resolve', body: () => ({ note: '已电话核实' }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 403 } },
  { route: 'GET /api/v1/workflow/pipeline', url: () => '/api/v1/workflow/pipeline', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/workflow/league', url: () => '/api/v1/workflow/league', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/calendar/years', url: () => '/api/v1/calendar/years', expect: all(200) },
  { route: 'GET /api/v1/lpr', url: () => '/api/v1/lpr', expect: all(200) },
  { route: 'PUT /api/v1/lpr', url: () => '/api/v1/lpr', body: () => ({ format: 'csv', content: 'date,one_year,five_year\n2025-05-20,3.00,3.50' }), expect: operatorOnly(200) },
  {
    route: 'PUT /api/v1/calendar/years/:year',
    url: () => '/api/v1/calendar/years/2031',
    body: () => ({ format: 'json', content: JSON.stringify({ year: 2031, holidays: [{ date: '2031-01-01', name: '元旦' }], workdays: [] }) }),
    expect: operatorOnly(200),
  },
  { route: 'GET /api/v1/models/outcomes.csv', url: () => '/api/v1/models/outcomes.csv', expect: operatorOnly(200) },
  { route: 'POST /api/v1/models/train-on-outcomes', url: () => '/api/v1/models/train-on-outcomes', body: () => ({ kind: 'scorecard' }), expect: operatorOnly(409) },
  // (end: financing workflow)
  // Accounts: public flows answer alike for everyone; invalid tokens are refused at the edge here so the throttle is not spent.
  { route: 'POST /api/v1/me/password', url: () => '/api/v1/me/password', body: () => ({ currentPassword: 'not-the-password', newPassword: 'a-long-new-password' }), expect: all(400) },
  { route: 'POST /api/v1/auth/password-reset', url: () => '/api/v1/auth/password-reset', body: () => ({ email: 'nobody@kejin.demo' }), expect: all(202, 202) },
  { route: 'POST /api/v1/auth/password-reset/confirm', url: () => '/api/v1/auth/password-reset/confirm', body: () => ({ token: 'short', newPassword: 'a-long-new-password' }), expect: all(400, 400) },
  { route: 'GET /api/v1/registration/parks', url: () => '/api/v1/registration/parks', expect: all(200, 200) },
  { route: 'POST /api/v1/registrations', url: () => '/api/v1/registrations', body: () => ({}), expect: all(400, 400) },
  { route: 'GET /api/v1/registrations', url: () => '/api/v1/registrations', expect: { anonymous: 401, operator: 200, parkAdmin: 200, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/registrations/:id/admit', url: () => '/api/v1/registrations/00000000-0000-7000-8000-000000000000/admit', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'POST /api/v1/registrations/:id/reject', url: () => '/api/v1/registrations/00000000-0000-7000-8000-000000000000/reject', body: () => ({ reason: '资料不全' }), expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 403, enterprise: 403 } },
  { route: 'GET /api/v1/organisations/:id/invitations', url: (i) => `/api/v1/organisations/${i.bank}/invitations`, expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'POST /api/v1/organisations/:id/invitations', url: (i) => `/api/v1/organisations/${i.bank}/invitations`, body: (_i, who) => ({ email: `${who}-invitee@authz.kejin.test`, role: 'institution_officer' }), expect: { anonymous: 401, operator: 201, parkAdmin: 403, officer: 201, enterprise: 403 } },
  { route: 'GET /api/v1/organisations/:id/members', url: (i) => `/api/v1/organisations/${i.bank}/members`, expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 200, enterprise: 403 } },
  { route: 'POST /api/v1/invitations/:id/revoke', url: () => '/api/v1/invitations/00000000-0000-7000-8000-000000000000/revoke', expect: { anonymous: 401, operator: 404, parkAdmin: 404, officer: 404, enterprise: 404 } },
  { route: 'POST /api/v1/invitations/preview', url: () => '/api/v1/invitations/preview', body: () => ({ token: 'short' }), expect: all(400, 400) },
  { route: 'POST /api/v1/invitations/accept', url: () => '/api/v1/invitations/accept', body: () => ({ token: 'short', displayName: '张三', password: 'a-long-new-password' }), expect: all(400, 400) },
];

// Scope: the same routes on another park's or another organisation's data.
const SCOPE_CASES: (Omit<Case, 'route'> & { name: string; method: Method })[] = [
  {
    name: 'register an enterprise in another park',
    method: 'POST',
    url: () => '/api/v1/enterprises',
    body: (i) => enterpriseBody(i.qingdao),
    expect: { anonymous: 401, operator: 201, parkAdmin: 403, officer: 403, enterprise: 403 },
  },
  {
    name: "edit another park's enterprise",
    method: 'PATCH',
    url: (i) => `/api/v1/enterprises/${i.qingdaoEnterprise}`,
    body: () => ({ employees: 12 }),
    expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 403, enterprise: 403 },
  },
  {
    name: "list another park's enterprises",
    method: 'GET',
    url: (i) => `/api/v1/enterprises?parkId=${i.qingdao}`,
    expect: { anonymous: 401, operator: 200, parkAdmin: 403, officer: 403, enterprise: 403 },
  },
];

describe('authorization matrix', () => {
  let t: TestApp;
  let ids: Ids;

  beforeAll(async () => {
    t = await createTestApp();
    const get = async (url: string, as: DemoRole = 'operator') => (await t.request('GET', url, { as })).json();
    const parks = (await get('/api/v1/parks')).items as { id: string; code: string }[];
    const parkId = (code: string) => parks.find((p) => p.code === code)!.id;
    const institutions = (await get('/api/v1/institutions?type=insurer')).items as { id: string }[];
    const qd = (await get(`/api/v1/enterprises?parkId=${parkId('qingdao')}&pageSize=1`)).items[0] as { creditCode: string };
    const users = (await get('/api/v1/users?q=zizhu')).items as { id: string }[];
    ids = {
      zhangjiang: parkId('zhangjiang'),
      qingdao: parkId('qingdao'),
      zizhu: parkId('zizhu'),
      bank: (await get('/api/v1/me', 'officer')).organisation.id,
      otherInstitution: institutions[0]!.id,
      ownEnterprise: (await get('/api/v1/me', 'enterprise')).organisation.creditCode,
      qingdaoEnterprise: qd.creditCode,
      zizhuAdminUser: users[0]!.id,
      grant: '',
      product: '',
      need: '',
      application: '',
      investor: ((await get('/api/v1/investors?kind=corporate_vc&pageSize=1')).items[0] as { id: string }).id,
    };
    const grant = await t.request('POST', `/api/v1/enterprises/${ids.ownEnterprise}/grants`, {
      as: 'enterprise',
      body: { institutionId: ids.bank, categories: ['people'], purpose: '贷后管理', expiresOn: '2027-12-31' },
    });
    ids.grant = grant.json().id;
    // Marketplace fixtures: products and matching
    const productBody = CASES.find((c) => c.route === 'POST /api/v1/products')!.body!(ids, 'officer');
    const product = await t.request('POST', '/api/v1/products', { as: 'officer', body: productBody });
    ids.product = product.json().id;
    await t.request('POST', `/api/v1/products/${ids.product}/parks/zhangjiang/decision`, { as: 'parkAdmin', body: { approve: true } });
    const published = await t.request('POST', `/api/v1/products/${ids.product}/publish`, { as: 'officer' });
    if (published.json().status !== 'published') throw new Error(`product fixture: ${published.body}`);
    // (end: products and matching)
    // Marketplace fixtures: needs and notifications
    const need = await t.request('POST', '/api/v1/needs', { as: 'enterprise', body: { kind: 'loan', amountFen: 50_000_000, termMonths: 12, purpose: '流动资金', offers: ['ip_pledge'] } });
    if (need.statusCode !== 201) throw new Error(`need fixture: ${need.body}`);
    ids.need = need.json().id;
    // (end: needs and notifications)
    // Workflow fixtures: an application to the bank's product
    const application = await t.request('POST', '/api/v1/applications', { as: 'enterprise', body: { productId: ids.product, amountFen: 50_000_000, termMonths: 12, purpose: '流动资金' } });
    if (application.statusCode !== 201) throw new Error(`application fixture: ${application.body}`);
    ids.application = application.json().id;
    // (end: workflow)
  });
  afterAll(() => t?.close());

  it('has an expectation for every registered route', () => {
    const registered = t.app.kejin.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect(CASES.map((c) => c.route).sort()).toEqual(registered);
  });

  const freshCookie = async (who: Exclude<Who, 'anonymous'>) => {
    const res = await t.request('POST', '/api/v1/auth/login', { body: { email: DEMO[who], password: 'kejin-demo' } });
    return `kejin_session=${res.cookies.find((k) => k.name === 'kejin_session')!.value}`;
  };

  const call = async (method: Method, c: Omit<Case, 'route'>, who: Who) => {
    const headers: Record<string, string> = {};
    if (who !== 'anonymous') headers.cookie = c.freshSession ? await freshCookie(who) : await t.cookieOf(who);
    return t.request(method, c.url(ids), { headers, body: c.body?.(ids, who) });
  };

  for (const c of CASES) {
    it.each(WHO)(`${c.route} as %s`, async (who) => {
      const res = await call(c.route.split(' ')[0] as Method, c, who);
      expect(res.statusCode, res.body).toBe(c.expect[who]);
      if (res.statusCode >= 400) expect(res.json().error.code).toBeTypeOf('string');
    });
  }

  for (const c of SCOPE_CASES) {
    it.each(WHO)(`${c.method}: ${c.name} as %s`, async (who) => {
      const res = await call(c.method, c, who);
      expect(res.statusCode, res.body).toBe(c.expect[who]);
    });
  }
});
