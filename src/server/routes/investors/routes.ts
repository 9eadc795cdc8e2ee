// Equity investors: the directory, one investor's profile, and the investor's own profile editor.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { InvestorView, PortfolioView } from '../../../db/repositories/investors.ts';
import type { InvestorProfileInput } from '../../../domain/equity/investors/profile.ts';
import { getInvestor, getOwnInvestor, listInvestors, saveOwnInvestor, updateInvestor, type InvestorDetail } from '../../../services/equity/investors.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, IdParams, IsoDate, iso, multilineText, PageQuery, pageOf, Timestamp } from '../common.ts';
import { InvestmentStageEnum, InvestorKindEnum } from '../vocabulary.ts';

const Fen = z.number().int('must be a whole number of fen').min(0).max(Number.MAX_SAFE_INTEGER);
const Line = (max: number) => z.string().min(1).max(max);

const InvestorSummary = z.object({
  id: z.string(),
  kind: InvestorKindEnum,
  organisationId: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  thesis: z.string(),
  stages: z.array(InvestmentStageEnum),
  industryCodes: z.array(z.string()),
  regionCodes: z.array(z.string()),
  parkIds: z.array(z.string()),
  ticketMinFen: z.number().int(),
  ticketMaxFen: z.number().int(),
  fundSizeFen: z.number().int().nullable(),
  managerRegistrationNo: z.string().nullable(),
  fundRecordCodes: z.array(z.string()),
  website: z.string().nullable(),
  portfolioCount: z.number().int(),
  updatedAt: Timestamp,
}).meta({ id: 'InvestorSummary' });

const TeamMember = z.object({ name: Line(100), title: Line(100), bio: multilineText().max(2000).nullable(), email: z.email().max(200).nullable() });
const PortfolioCompany = z.object({
  enterpriseId: z.uuid().nullable(),
  companyName: Line(200),
  industryCode: z.string().max(10).nullable(),
  round: InvestmentStageEnum.nullable(),
  investedOn: IsoDate.nullable(),
  amountFen: Fen.nullable(),
});

const InvestorDetailSchema = z.object({
  ...InvestorSummary.shape,
  team: z.array(TeamMember.extend({ email: z.string().nullable() })),
  portfolio: z.array(PortfolioCompany.extend({ enterpriseId: z.string().nullable(), enterpriseParkId: z.string().nullable(), enterpriseCreditCode: z.string().nullable(), investedOn: z.string().nullable(), amountFen: z.number().int().nullable() })),
  /** False when amounts invested and team contacts are left out for this reader. */
  privateFields: z.boolean(),
}).meta({ id: 'InvestorDetail' });

const InvestorBody = z.object({
  thesis: multilineText().min(1).max(4000),
  stages: z.array(InvestmentStageEnum).max(20),
  industryCodes: z.array(z.string().max(10)).max(100),
  regionCodes: z.array(z.string().max(10)).max(100),
  parkIds: z.array(z.uuid()).max(100),
  ticketMinFen: Fen,
  ticketMaxFen: Fen,
  fundSizeFen: Fen.nullable(),
  managerRegistrationNo: z.string().max(20).nullable(),
  fundRecordCodes: z.array(z.string().max(20)).max(100),
  website: z.url().max(300).nullable(),
  team: z.array(TeamMember).max(100),
  portfolio: z.array(PortfolioCompany).max(200),
}).strict().meta({ id: 'InvestorProfileInput' });

const DirectoryQuery = PageQuery.extend({
  kind: InvestorKindEnum.optional(),
  stage: InvestmentStageEnum.optional(),
  industryCode: z.string().max(10).optional(),
  regionCode: z.string().regex(/^\d{6}$/, 'field.invalid_region_code').optional(),
  parkId: z.uuid().optional(),
  ticketFen: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

const toInput = (body: z.infer<typeof InvestorBody>): InvestorProfileInput => ({
  ...body,
  ticketMinFen: BigInt(body.ticketMinFen),
  ticketMaxFen: BigInt(body.ticketMaxFen),
  fundSizeFen: body.fundSizeFen === null ? null : BigInt(body.fundSizeFen),
  portfolio: body.portfolio.map((c) => ({ ...c, amountFen: c.amountFen === null ? null : BigInt(c.amountFen) })),
});

const fenOrNull = (fen: bigint | null) => (fen === null ? null : fenToJson(fen));

const presentSummary = (p: InvestorView) => ({
  id: p.id,
  kind: p.kind,
  organisationId: p.organisationId,
  ownerUserId: p.ownerUserId,
  name: p.name,
  nameEn: p.nameEn,
  thesis: p.thesis,
  stages: p.stages,
  industryCodes: p.industryCodes,
  regionCodes: p.regionCodes,
  parkIds: p.parkIds,
  ticketMinFen: fenToJson(p.ticketMinFen),
  ticketMaxFen: fenToJson(p.ticketMaxFen),
  fundSizeFen: fenOrNull(p.fundSizeFen),
  managerRegistrationNo: p.managerRegistrationNo,
  fundRecordCodes: p.fundRecordCodes,
  website: p.website,
  portfolioCount: p.portfolioCount,
  updatedAt: iso(p.updatedAt)!,
});

const presentCompany = (c: PortfolioView, open: boolean) => ({
  enterpriseId: c.enterpriseId,
  enterpriseParkId: c.enterpriseParkId,
  enterpriseCreditCode: c.enterpriseCreditCode,
  companyName: c.companyName,
  industryCode: c.industryCode,
  round: c.round,
  investedOn: c.investedOn,
  amountFen: open ? fenOrNull(c.amountFen) : null,
});

const presentDetail = (d: InvestorDetail) => ({
  ...presentSummary(d.profile),
  team: d.team.map((m) => ({ name: m.name, title: m.title, bio: m.bio, email: d.privateFields ? m.email : null })),
  portfolio: d.portfolio.map((c) => presentCompany(c, d.privateFields)),
  privateFields: d.privateFields,
});

export const investorRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['investors'];
  app.get(
    '/investors',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'The investor directory: VC and angel funds, corporate VC, guidance funds and individual angels', querystring: DirectoryQuery, response: { 200: pageOf(InvestorSummary), ...errorResponses } } },
    async (request) => {
      const { page, pageSize, ticketFen, ...filter } = request.query;
      const result = await listInvestors(contextOf(request), { ...filter, ...(ticketFen === undefined ? {} : { ticketFen: BigInt(ticketFen) }) }, { page, pageSize });
      return { ...result, items: result.items.map(presentSummary) };
    },
  );
  app.get(
    '/investors/:id',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'One investor with its team and portfolio', params: IdParams, response: { 200: InvestorDetailSchema, ...errorResponses } } },
    async (request) => presentDetail(await getInvestor(contextOf(request), request.params.id)),
  );
  app.put(
    '/investors/:id',
    { config: { access: 'signed_in' }, schema: { tags, summary: "Replace an investor's profile (its officers, the angel, the operator)", params: IdParams, body: InvestorBody, response: { 200: InvestorDetailSchema, ...errorResponses } } },
    async (request) => presentDetail(await updateInvestor(contextOf(request), request.params.id, toInput(request.body))),
  );
  app.get(
    '/me/investor-profile',
    { config: { access: 'signed_in' }, schema: { tags, summary: "The caller's own investor profile (404 investor.not_found: their fund has none yet)", response: { 200: InvestorDetailSchema, ...errorResponses } } },
    async (request) => presentDetail(await getOwnInvestor(contextOf(request))),
  );
  app.put(
    '/me/investor-profile',
    { config: { access: 'signed_in' }, schema: { tags, summary: "Save the caller's own investor profile, creating their fund's first", body: InvestorBody, response: { 200: InvestorDetailSchema, ...errorResponses } } },
    async (request) => presentDetail(await saveOwnInvestor(contextOf(request), toInput(request.body))),
  );
};
