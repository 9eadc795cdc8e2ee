// Oversight of the workflow: early-warning signals (lenders and parks), the park's pipeline and
// institution league table, and the working-day calendar the deadlines count with.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SEVERITIES } from '../../../domain/warning/signals.ts';
import { CALENDAR_FILE_FORMATS, LPR_FILE_FORMATS } from '../../../../shared/operations.ts';
import { calendarYearsView, loadCalendarYear } from '../../../services/workflow/calendar-store.ts';
import { loadLprFixings, lprFixingsView } from '../../../services/workflow/lpr.ts';
import { institutionLeague, pipeline } from '../../../services/workflow/pipeline.ts';
import { handleSignal, readSignals } from '../../../services/workflow/signals.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, IdParams, iso, pageOf, PageQuery, multilineText } from '../common.ts';

const tags = ['workflow'];
import { SignalKindEnum, SignalStatusEnum } from '../vocabulary.ts';

const SignalSchema = z.object({
  id: z.string(),
  enterprise: z.object({ id: z.string(), creditCode: z.string(), name: z.string() }),
  institution: z.object({ id: z.string(), name: z.string() }),
  loanId: z.string().nullable(),
  kind: SignalKindEnum,
  severity: z.enum(SEVERITIES),
  evidence: z.object({ summaryZh: z.string(), summaryEn: z.string() }).catchall(z.unknown()).describe('a summary in each language, and the figures behind it'),
  status: SignalStatusEnum,
  detectedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  note: z.string().nullable(),
});
type SignalRow = Awaited<ReturnType<typeof readSignals>>['items'][number];
const presentSignal = (s: Omit<SignalRow, 'enterpriseName' | 'creditCode' | 'institutionName'> & Partial<Pick<SignalRow, 'enterpriseName' | 'creditCode' | 'institutionName'>>): z.infer<typeof SignalSchema> => ({
  id: s.id,
  enterprise: { id: s.enterpriseId, creditCode: s.creditCode ?? '', name: s.enterpriseName ?? '' },
  institution: { id: s.institutionId, name: s.institutionName ?? '' },
  loanId: s.loanId,
  kind: s.kind as z.infer<typeof SignalSchema>['kind'],
  severity: s.severity as z.infer<typeof SignalSchema>['severity'],
  evidence: s.evidence as z.infer<typeof SignalSchema>['evidence'],
  status: s.status as z.infer<typeof SignalSchema>['status'],
  detectedAt: iso(s.detectedAt)!,
  acknowledgedAt: iso(s.acknowledgedAt),
  resolvedAt: iso(s.resolvedAt),
  note: s.note,
});

const Stage = z.object({ count: z.number().int(), amountFen: z.number().int() });
const ParkQuery = z.object({ parkId: z.uuid().optional() });
const LeagueRow = z.object({
  institutionId: z.string(),
  name: z.string(),
  received: z.number().int(),
  decided: z.number().int(),
  approved: z.number().int(),
  approvalRate: z.number().nullable(),
  medianResponseWorkingDays: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  missedDeadlines: z.number().int(),
  takeUpRate: z.number().nullable(),
});
const CalendarYearSchema = z.object({ year: z.number().int(), source: z.enum(['package', 'operator']), holidays: z.number().int(), workdays: z.number().int() });

const Fixing = z.object({ month: z.string(), date: z.string(), oneYear: z.string(), fiveYear: z.string() });
const Due = z.object({ month: z.string(), dueOn: z.string() });
const LprView = z.object({
  fixings: z.array(Fixing.extend({ source: z.enum(['built_in', 'operator', 'demo']), loadedAt: z.string() })),
  latest: Fixing.nullable(),
  next: Due.nullable(),
  missing: z.array(Due),
  outOfDate: z.boolean(),
});

export const oversightRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar } = app.kejin;

  app.get(
    '/signals',
    { config: { access: 'signal.read' }, schema: { tags, summary: 'Early-warning signals on your borrowers (institution) or in your parks: open first, then by severity', querystring: PageQuery.omit({ q: true }).extend({ status: SignalStatusEnum.optional() }), response: { 200: pageOf(SignalSchema), ...errorResponses } } },
    async (request) => {
      const found = await readSignals(contextOf(request), request.query);
      return { ...found, items: found.items.map(presentSignal) };
    },
  );
  app.post(
    '/signals/:id/acknowledge',
    { config: { access: 'signal.manage' }, schema: { tags, summary: 'Acknowledge a signal (being looked at)', params: IdParams, body: z.object({ note: multilineText().trim().max(1000).nullish() }).nullish(), response: { 200: SignalSchema, ...errorResponses } } },
    async (request) => presentSignal(await handleSignal(contextOf(request), request.params.id, 'acknowledge', request.body?.note ?? null)),
  );
  app.post(
    '/signals/:id/resolve',
    { config: { access: 'signal.manage' }, schema: { tags, summary: 'Resolve a signal with a note on what was done', params: IdParams, body: z.object({ note: multilineText().trim().min(1, 'say what was done').max(1000) }), response: { 200: SignalSchema, ...errorResponses } } },
    async (request) => presentSignal(await handleSignal(contextOf(request), request.params.id, 'resolve', request.body.note)),
  );

  app.get(
    '/workflow/pipeline',
    { config: { access: 'workflow.stats' }, schema: { tags, summary: 'The financing pipeline of a park (or all you administer): applications → approvals → disbursed, and the needs posted and taken up beside it', querystring: ParkQuery, response: { 200: z.object({ needs: Stage, needsTakenUp: Stage, applications: Stage, approved: Stage, disbursed: Stage }), ...errorResponses } } },
    async (request) => {
      const p = await pipeline(contextOf(request), request.query.parkId);
      const stage = (s: { count: number; amountFen: bigint }) => ({ count: s.count, amountFen: fenToJson(s.amountFen) });
      return { needs: stage(p.needs), needsTakenUp: stage(p.needsTakenUp), applications: stage(p.applications), approved: stage(p.approved), disbursed: stage(p.disbursed) };
    },
  );
  app.get(
    '/workflow/league',
    { config: { access: 'workflow.stats' }, schema: { tags, summary: 'Institutions by response time in working days, deadlines kept, approval and take-up rates', querystring: ParkQuery, response: { 200: z.object({ items: z.array(LeagueRow) }), ...errorResponses } } },
    async (request) => ({ items: await institutionLeague(contextOf(request), request.query.parkId) }),
  );

  app.get(
    '/calendar/years',
    { config: { access: 'application.read' }, schema: { tags, summary: 'The working-day calendar: years held (package or operator-loaded) and years ahead not yet loaded', response: { 200: z.object({ years: z.array(CalendarYearSchema), uncoveredAhead: z.array(z.number().int()) }), ...errorResponses } } },
    async (request) => calendarYearsView(contextOf(request), calendar),
  );
  app.put(
    '/calendar/years/:year',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Load a year of the State Council calendar (operator): JSON {year, holidays:[{date,name}], workdays:[{date,name}]} or CSV date,kind,name',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2099) }),
        body: z.object({ format: z.enum(CALENDAR_FILE_FORMATS), content: multilineText().min(1).max(200_000) }),
        response: { 200: CalendarYearSchema, ...errorResponses },
      },
    },
    async (request) => loadCalendarYear(contextOf(request), request.params.year, request.body.format, request.body.content, calendar),
  );

  app.get(
    '/lpr',
    { config: { access: 'application.read' }, schema: { tags, summary: 'The LPR fixings loans are priced on (newest first), the next one due and whether any due fixing is missing', response: { 200: LprView, ...errorResponses } } },
    async (request) => {
      const view = await lprFixingsView(contextOf(request), calendar);
      return { ...view, fixings: view.fixings.map((f) => ({ ...f, source: f.source as 'built_in' | 'operator' | 'demo', loadedAt: iso(f.loadedAt)! })) };
    },
  );
  app.put(
    '/lpr',
    {
      config: { access: 'lpr.manage' },
      schema: {
        tags,
        summary: 'Load LPR fixings (operator): CSV date,one_year,five_year or JSON [{date, oneYear, fiveYear}], rates in percent (3.00); a month already held is replaced',
        body: z.object({ format: z.enum(LPR_FILE_FORMATS), content: multilineText().min(1).max(200_000) }),
        response: { 200: z.object({ loaded: z.number().int(), first: z.string(), last: z.string() }), ...errorResponses },
      },
    },
    async (request) => loadLprFixings(contextOf(request), request.body.format, request.body.content),
  );
};
