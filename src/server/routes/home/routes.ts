// Each role's home: GET /home/<kind> gives its figures; every figure names the list filter behind it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { enterpriseHome, institutionHome, operatorHome, parkHome } from '../../../services/home/home.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, iso } from '../common.ts';

const tags = ['home'];
const Periods = z.object({ today: z.string(), monthFrom: z.string(), monthTo: z.string(), yearFrom: z.string(), yearTo: z.string() });
const Lent = z.object({ count: z.number().int(), amountFen: z.number().int() });
const lent = (s: { count: number; amountFen: bigint }) => ({ count: s.count, amountFen: fenToJson(s.amountFen) });

const InstitutionHome = z.object({
  periods: Periods,
  reviews: z.object({ dueToday: z.number().int(), overdue: z.number().int(), inQueue: z.number().int() }),
  openSignals: z.number().int(),
  loansOverdue: Lent,
  disbursedThisMonth: Lent,
});
const EnterpriseHome = z.object({
  today: z.string(),
  rating: z.object({ grade: z.string(), score: z.number().int(), ratedAt: z.string(), trend: z.enum(['up', 'down', 'flat']), previousGrade: z.string().nullable() }).nullable(),
  history: z.array(z.object({ grade: z.string(), score: z.number().int(), ratedAt: z.string(), ratedOn: z.string().describe('The business date (KEJIN_TIMEZONE) of ratedAt') })),
  nextRepayment: z.object({ loanId: z.string(), institutionName: z.string(), period: z.number().int(), dueOn: z.string(), amountFen: z.number().int() }).nullable(),
  openApplications: z.number().int(),
  matches: z.array(z.object({ rank: z.number().int(), score: z.number(), productId: z.string(), productName: z.string(), kind: z.string(), institutionName: z.string() })),
});
const ParkHome = z.object({
  periods: Periods,
  enterprises: z.number().int(),
  grades: z.array(z.object({ grade: z.string(), count: z.number().int() })),
  financingThisYear: Lent,
  openApplications: z.number().int(),
  overdueResponses: z.number().int(),
  openSignals: z.number().int(),
});
const OperatorHome = z.object({
  periods: Periods.extend({ weekFrom: z.string() }),
  jobs: z.object({ queued: z.number().int(), running: z.number().int(), failed: z.number().int(), succeeded: z.number().int() }),
  imports: z.object({ total: z.number().int(), rejected: z.number().int(), rowsImported: z.number().int(), lastAt: z.string().nullable() }),
  model: z.object({ active: z.object({ version: z.string(), kind: z.string(), activatedAt: z.string().nullable() }).nullable(), shadow: z.number().int(), draft: z.number().int(), ratedEnterprises: z.number().int() }),
  audit: z.object({ events: z.number().int(), failedLogins: z.number().int() }),
  totals: z.object({ parks: z.number().int(), institutions: z.number().int(), enterprises: z.number().int(), users: z.number().int() }).describe('As GET /parks, /institutions, /enterprises and /users count them'),
  byPark: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string(), enterprises: z.number().int() })),
});
const LangQuery = z.object({ lang: z.enum(['zh-CN', 'en']).default('zh-CN') });

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/home/institution',
    { config: { access: 'home.read' }, schema: { tags, summary: 'The institution officer’s home: reviews due today and overdue, open warnings, loans overdue, this month’s disbursements', response: { 200: InstitutionHome, ...errorResponses } } },
    async (request) => {
      const h = await institutionHome(contextOf(request));
      return { ...h, loansOverdue: lent(h.loansOverdue), disbursedThisMonth: lent(h.disbursedThisMonth) };
    },
  );
  app.get(
    '/home/enterprise',
    { config: { access: 'home.read' }, schema: { tags, summary: 'The enterprise user’s home: grade and its trend, next repayment, open applications, best matches', querystring: LangQuery, response: { 200: EnterpriseHome, ...errorResponses } } },
    async (request) => {
      const h = await enterpriseHome(contextOf(request));
      const en = request.query.lang === 'en';
      const named = (zh: string, english: string | null) => (en && english ? english : zh);
      return {
        ...h,
        rating: h.rating ? { ...h.rating, ratedAt: iso(h.rating.ratedAt)! } : null,
        history: h.history.map((r) => ({ ...r, ratedAt: iso(r.ratedAt)! })),
        nextRepayment: h.nextRepayment ? { ...h.nextRepayment, institutionName: named(h.nextRepayment.institutionName, h.nextRepayment.institutionNameEn), amountFen: fenToJson(h.nextRepayment.amountFen) } : null,
        matches: h.matches.map((m) => ({ rank: m.rank, score: m.score, productId: m.productId, productName: en && m.productNameEn ? m.productNameEn : m.productName, kind: m.kind, institutionName: named(m.institutionName, m.institutionNameEn) })),
      };
    },
  );
  app.get(
    '/home/park',
    { config: { access: 'home.read' }, schema: { tags, summary: 'The park administrator’s home: enterprises, rating distribution, financing this year, overdue responses', response: { 200: ParkHome, ...errorResponses } } },
    async (request) => {
      const h = await parkHome(contextOf(request));
      return { ...h, financingThisYear: lent(h.financingThisYear) };
    },
  );
  app.get(
    '/home/operator',
    { config: { access: 'home.read' }, schema: { tags, summary: 'The operator’s home: jobs, imports, the rating model, the audit trail', response: { 200: OperatorHome, ...errorResponses } } },
    async (request) => {
      const h = await operatorHome(contextOf(request));
      return { ...h, imports: { ...h.imports, lastAt: iso(h.imports.lastAt) }, model: { ...h.model, active: h.model.active ? { ...h.model.active, activatedAt: iso(h.model.active.activatedAt) } : null } };
    },
  );
};
