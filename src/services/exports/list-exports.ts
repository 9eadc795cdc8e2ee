// The lists a user takes to a meeting, as spreadsheets: the same services, filters and access as
// the lists themselves, headers in the reader's language, money as exact yuan.
import { listAuditEvents } from '../../db/repositories/audit.ts';
import { auditScope } from '../../domain/access/audit-access.ts';
import { findIndustry } from '../../domain/codes/index.ts';
import type { Lang } from '../../domain/audit/actions.ts';
import { applicationStateText, classificationText, deadlineStatusText, enterpriseStatusText, headerOf, loanStatusText, repaymentMethodText, yuanOf } from '../../domain/exports/labels.ts';
import { businessDateOf, localTimeOf } from '../../domain/shared/business-time.ts';
import type { Cell } from '../../lib/spreadsheet/index.ts';
import { auditFilterOf, presentAuditEvent, type AuditQuery } from '../audit/list-audit.ts';
import { listEnterprises, type EnterpriseListFilter } from '../enterprises/manage-enterprises.ts';
import { gradesOf } from '../rating/read-rating.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { institutionLeague, pipeline } from '../workflow/pipeline.ts';
import { readApplications, type ApplicationQuery } from '../workflow/read-applications.ts';
import { readLoans, type LoanQuery } from '../workflow/read-loans.ts';
import { checkExportSize, everyItem, sheetExport, type SheetExport } from './sheet.ts';

type Columns = readonly (readonly [string, string])[];
const text = (v: string | null | undefined): Cell => v ?? '';

const ENTERPRISE_COLUMNS: Columns = [
  ['统一社会信用代码', 'Credit code'],
  ['企业名称', 'Name'],
  ['园区', 'Park'],
  ['行业代码', 'Industry code'],
  ['行业', 'Industry'],
  ['区划代码', 'Region code'],
  ['成立日期', 'Founded'],
  ['员工人数', 'Employees'],
  ['注册资本（元）', 'Registered capital (yuan)'],
  ['档案完整度', 'Completeness'],
  ['最新评级', 'Latest grade'],
  ['状态', 'Status'],
];

export async function exportEnterprises(ctx: ServiceContext, filter: EnterpriseListFilter, lang: Lang): Promise<SheetExport> {
  const first = await listEnterprises(ctx, filter, { page: 1, pageSize: 1 });
  checkExportSize(first.total);
  async function* rows(): AsyncGenerator<Cell[]> {
    let batch: Awaited<ReturnType<typeof listEnterprises>>['items'] = [];
    const flush = async function* () {
      const grades = await gradesOf(ctx, batch.map((e) => e.organisationId));
      for (const e of batch) {
        const industry = findIndustry(e.industryCode);
        yield [e.creditCode, e.name, e.parkName, e.industryCode, text(lang === 'en' ? industry?.nameEn : industry?.nameZh), e.regionCode, e.foundedOn, e.employees, yuanOf(e.registeredCapitalFen), e.completeness, text(grades.get(e.organisationId)), enterpriseStatusText(e.status, lang)];
      }
      batch = [];
    };
    for await (const e of everyItem((page) => listEnterprises(ctx, filter, page))) {
      batch.push(e);
      if (batch.length === 500) yield* flush();
    }
    yield* flush();
  }
  return sheetExport(ctx, { list: 'enterprises', lang, header: headerOf(ENTERPRISE_COLUMNS, lang), rows: rows(), filters: { ...filter }, parkId: filter.parkId, today: todayOf(ctx) });
}

const LOAN_COLUMNS: Columns = [
  ['企业', 'Enterprise'],
  ['统一社会信用代码', 'Credit code'],
  ['金融机构', 'Institution'],
  ['产品', 'Product'],
  ['放款金额（元）', 'Amount (yuan)'],
  ['年利率', 'Annual rate'],
  ['期限（月）', 'Term (months)'],
  ['还款方式', 'Repayment method'],
  ['放款日', 'Disbursed'],
  ['到期日', 'Maturity'],
  ['状态', 'Status'],
  ['五级分类', 'Classification'],
  ['逾期天数', 'Days overdue'],
  ['未还本金（元）', 'Outstanding principal (yuan)'],
];

export async function exportLoans(ctx: ServiceContext, query: Omit<LoanQuery, 'page' | 'pageSize'>, lang: Lang): Promise<SheetExport> {
  const first = await readLoans(ctx, { ...query, page: 1, pageSize: 1 });
  checkExportSize(first.total);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const l of everyItem((page) => readLoans(ctx, { ...query, ...page }))) {
      yield [l.enterpriseName, l.creditCode, l.institutionName, lang === 'en' && l.productNameEn ? l.productNameEn : l.productName, yuanOf(l.amountFen), l.annualRate, l.termMonths, repaymentMethodText(l.method, lang), l.disbursedOn, l.maturityOn, loanStatusText(l.status, lang), classificationText(l.classification, lang), l.daysOverdue, yuanOf(l.outstandingPrincipalFen)];
    }
  }
  return sheetExport(ctx, { list: 'loans', lang, header: headerOf(LOAN_COLUMNS, lang), rows: rows(), filters: { ...query }, today: todayOf(ctx) });
}

const QUEUE_COLUMNS: Columns = [
  ['企业', 'Enterprise'],
  ['统一社会信用代码', 'Credit code'],
  ['产品', 'Product'],
  ['申请金额（元）', 'Amount (yuan)'],
  ['期限（月）', 'Term (months)'],
  ['状态', 'State'],
  ['提交日期', 'Submitted'],
  ['答复期限', 'Deadline'],
  ['剩余工作日', 'Working days left'],
  ['时限状态', 'Deadline status'],
];

export async function exportReviewQueue(ctx: ServiceContext, calendars: CalendarStore, query: Pick<ApplicationQuery, 'state' | 'due'>, lang: Lang): Promise<SheetExport> {
  const base = { ...query, queue: true, lang };
  const first = await readApplications(ctx, calendars, { ...base, page: 1, pageSize: 1 });
  checkExportSize(first.total);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const a of everyItem((page) => readApplications(ctx, calendars, { ...base, ...page }))) {
      yield [a.enterprise.name, a.enterprise.creditCode, a.product.name, yuanOf(a.amountFen), a.termMonths, applicationStateText(a.state, lang), a.submittedAt ? businessDateOf(a.submittedAt, ctx.timezone) : '', text(a.deadline.on), a.deadline.workingDaysLeft, deadlineStatusText(a.deadline.status, lang)];
    }
  }
  return sheetExport(ctx, { list: 'review_queue', lang, header: headerOf(QUEUE_COLUMNS, lang), rows: rows(), filters: { ...query }, today: todayOf(ctx) });
}

const AUDIT_COLUMNS: Columns = [
  ['时间', 'Time'],
  ['操作人', 'Actor'],
  ['所属机构', 'Organisation'],
  ['类别', 'Family'],
  ['操作', 'Action'],
  ['对象类型', 'Target type'],
  ['对象', 'Target'],
];
const ADDRESS_COLUMN = ['客户端地址', 'Client address'] as const;

export async function exportAudit(ctx: ServiceContext, query: AuditQuery, lang: Lang): Promise<SheetExport> {
  const filter = auditFilterOf(ctx, query);
  const scope = auditScope(ctx.actor);
  const db = ctx.database.db;
  const first = await listAuditEvents(db, filter, { page: 1, pageSize: 1 });
  checkExportSize(first.total);
  const at = (d: Date) => {
    const local = localTimeOf(d, ctx.timezone);
    return `${local.date} ${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  };
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const row of everyItem((page) => listAuditEvents(db, filter, page))) {
      const e = presentAuditEvent(row, scope, lang);
      const cells: Cell[] = [at(e.at), e.actor.email ? `${e.actor.name} <${e.actor.email}>` : e.actor.name, text(e.actor.organisation), e.familyLabel, e.actionLabel, e.targetLabel, text(e.targetId)];
      yield scope.clientAddresses ? [...cells, text(e.clientAddress)] : cells;
    }
  }
  const header = headerOf(scope.clientAddresses ? [...AUDIT_COLUMNS, ADDRESS_COLUMN] : AUDIT_COLUMNS, lang);
  return sheetExport(ctx, { list: 'audit', lang, header, rows: rows(), filters: { ...query }, today: todayOf(ctx) });
}

const PIPELINE_COLUMNS: Columns = [
  ['阶段', 'Stage'],
  ['笔数', 'Count'],
  ['金额（元）', 'Amount (yuan)'],
];
const STAGES = [
  ['applications', '申请', 'Applications'],
  ['approved', '获批', 'Approved'],
  ['disbursed', '放款', 'Disbursed'],
  ['needs', '融资需求', 'Needs posted'],
  ['needsTakenUp', '已承接的需求', 'Needs taken up'],
] as const;

export async function exportPipeline(ctx: ServiceContext, parkId: string | undefined, lang: Lang): Promise<SheetExport> {
  const p = await pipeline(ctx, parkId);
  const rows = STAGES.map(([key, zh, en]): Cell[] => [lang === 'en' ? en : zh, p[key].count, yuanOf(p[key].amountFen)]);
  return sheetExport(ctx, { list: 'pipeline', lang, header: headerOf(PIPELINE_COLUMNS, lang), rows, filters: { parkId }, parkId, today: todayOf(ctx) });
}

const LEAGUE_COLUMNS: Columns = [
  ['金融机构', 'Institution'],
  ['收到申请', 'Received'],
  ['已答复', 'Decided'],
  ['批准', 'Approved'],
  ['批准率', 'Approval rate'],
  ['答复用时中位数（工作日）', 'Median response (working days)'],
  ['按时答复率', 'On-time rate'],
  ['超期次数', 'Deadlines missed'],
  ['承接率', 'Take-up rate'],
];

const ratio = (v: number | null): Cell => (v === null ? '' : Math.round(v * 1000) / 1000);

export async function exportLeague(ctx: ServiceContext, parkId: string | undefined, lang: Lang): Promise<SheetExport> {
  const league = await institutionLeague(ctx, parkId);
  const rows = league.map((r): Cell[] => [r.name, r.received, r.decided, r.approved, ratio(r.approvalRate), r.medianResponseWorkingDays ?? '', ratio(r.onTimeRate), r.missedDeadlines, ratio(r.takeUpRate)]);
  return sheetExport(ctx, { list: 'league', lang, header: headerOf(LEAGUE_COLUMNS, lang), rows, filters: { parkId }, parkId, today: todayOf(ctx) });
}
