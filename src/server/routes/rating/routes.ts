import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { StageEnum } from '../vocabulary.ts';
import { ratingsUnderGrants, readRating } from '../../../services/rating/read-rating.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, IdParams, iso } from '../common.ts';
import type { ScoringJob } from '../../../services/rating/scoring-jobs.ts';
import type { ModelVersionRow } from '../../../db/repositories/ratings.ts';
import { activateModel, compareWithChampion, getModel, listModels, scoreStability, shadowModel } from '../../../services/rating/manage-models.ts';
import { trainFromCsv } from '../../../services/rating/train-models.ts';
import fastifyMultipart from '@fastify/multipart';
import { readTrainForm } from './train-form.ts';
import { limitBasisOf } from '../../../domain/rating/limit-basis.ts';

const RatingSchema = z.object({
  score: z.number().int(),
  grade: z.string(),
  pd: z.number(),
  modelVersion: z.string(),
  ratedAt: z.string(),
  dimensions: z.object({ innovation: z.number().optional(), financial: z.number().optional(), compliance: z.number().optional(), stage: StageEnum.optional() }).catchall(z.unknown()).describe('0–100 per dimension, and the stage the model read'),
  factors: z.array(z.object({ feature: z.string(), nameZh: z.string(), nameEn: z.string(), value: z.number().nullable(), points: z.number(), direction: z.enum(['up', 'down']) })),
  creditLimit: z.object({
    amountFen: z.number().int(),
    /** The basis as the scorer wrote it (English). */
    basis: z.string(),
    /** The basis as a code and parameters (money in fen) for the reader's language; null for a basis of an older form. */
    basisCode: z.enum(['limit.none', 'limit.revenue_ip']).nullable(),
    basisParams: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  }),
  snapshotId: z.string(),
  improvements: z.array(
    z.object({ feature: z.string(), nameZh: z.string(), nameEn: z.string(), from: z.number().nullable(), to: z.number(), scoreGain: z.number(), gradeAfter: z.string().nullable().describe('the grade after the change, only when it changes'), gradeSteps: z.number().int(), adviceZh: z.string(), adviceEn: z.string() }),
  ),
});

type BasisView = { basisCode: 'limit.none' | 'limit.revenue_ip' | null; basisParams: Record<string, string | number> | null };

function presentLimitBasis(sentence: string): BasisView {
  const b = limitBasisOf(sentence);
  if (!b) return { basisCode: null, basisParams: null };
  if (b.code === 'limit.none') return { basisCode: b.code, basisParams: { ...b.params } };
  const p = b.params;
  return { basisCode: b.code, basisParams: { sharePercent: p.sharePercent, revenueFen: fenToJson(p.revenueFen), perClassIFen: fenToJson(p.perClassIFen), classI: p.classI, capFen: fenToJson(p.capFen) } };
}

const JobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  modelVersion: z.string().nullable(),
  errorCode: z.string().nullable().describe('why it failed: a code of the error catalogue, translated with errorParams'),
  errorParams: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable().describe("the technical detail of a failure (the exception's message, English)"),
});
const presentJob = (j: ScoringJob): z.infer<typeof JobSchema> => ({ ...j, startedAt: iso(j.startedAt)!, finishedAt: iso(j.finishedAt) });

const ModelSchema = z.object({
  id: z.string(),
  kind: z.enum(['expert', 'scorecard', 'gbdt']),
  version: z.string(),
  status: z.enum(['draft', 'shadow', 'active', 'retired']),
  metrics: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
});
const presentModel = (m: ModelVersionRow): z.infer<typeof ModelSchema> => ({
  id: m.id,
  kind: m.kind,
  version: m.version,
  status: m.status,
  metrics: m.metrics as Record<string, unknown>,
  createdAt: iso(m.createdAt)!,
  activatedAt: iso(m.activatedAt),
});

export const ratingRoutes: FastifyPluginAsyncZod = async (app) => {
  const jobs = app.kejin.scoringJobs;
  const tags = ['credit evaluation'];
  app.get(
    '/ratings/granted',
    {
      config: { access: 'grant.list' },
      schema: {
        tags,
        summary: "An institution's portfolio view: latest ratings of the enterprises that granted it access",
        response: { 200: z.object({ items: z.array(z.object({ creditCode: z.string(), name: z.string(), score: z.number(), grade: z.string(), pd: z.number(), ratedAt: z.string() })) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await ratingsUnderGrants(contextOf(request))).map((r) => ({ creditCode: r.creditCode, name: r.name, score: r.score, grade: r.grade, pd: Number(r.pd), ratedAt: iso(r.ratedAt)! })),
    }),
  );
  app.get(
    '/models',
    { config: { access: 'model.manage' }, schema: { tags, summary: 'Model versions and the grade distribution of the latest ratings (operator)', response: { 200: z.object({ items: z.array(ModelSchema), grades: z.array(z.object({ grade: z.string(), count: z.number() })) }), ...errorResponses } } },
    async (request) => {
      const result = await listModels(contextOf(request));
      return { items: result.items.map(presentModel), grades: result.grades };
    },
  );
  app.get(
    '/models/:id',
    { config: { access: 'model.manage' }, schema: { tags, summary: 'One model version with its parameters (operator)', params: IdParams, response: { 200: ModelSchema.extend({ parameters: z.unknown() }), ...errorResponses } } },
    async (request) => {
      const model = await getModel(contextOf(request), request.params.id);
      return { ...presentModel(model), parameters: model.parameters };
    },
  );
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1, fields: 10 } });
    scope.post(
      '/models/train',
      {
        config: { access: 'model.manage' },
        schema: { tags, summary: 'Train draft models from a CSV (multipart: file, label, positive, kind, holdout, seed) and backtest them (operator)', consumes: ['multipart/form-data'], response: { 201: z.object({ rows: z.number(), positives: z.number(), models: z.array(z.record(z.string(), z.unknown())) }), ...errorResponses } },
      },
      async (request, reply) => reply.status(201).send(await trainFromCsv(contextOf(request), await readTrainForm(request))),
    );
  });
  app.post(
    '/models/:id/shadow',
    { config: { access: 'model.manage' }, schema: { tags, summary: 'Run a version in shadow beside the active model (champion/challenger, operator)', params: IdParams, response: { 200: ModelSchema, ...errorResponses } } },
    async (request) => presentModel(await shadowModel(contextOf(request), request.params.id)),
  );
  app.get(
    '/models/stability',
    {
      config: { access: 'model.manage' },
      schema: {
        tags,
        summary: 'Population stability index of the rated population between two dates (operator)',
        querystring: z.object({ from: z.iso.date(), to: z.iso.date() }),
        response: { 200: z.object({ from: z.string(), to: z.string(), enterprisesFrom: z.number(), enterprisesTo: z.number(), psi: z.number().nullable(), bins: z.array(z.object({ upper: z.number().nullable(), expected: z.number(), actual: z.number() })) }), ...errorResponses },
      },
    },
    async (request) => scoreStability(contextOf(request), request.query.from, request.query.to),
  );
  app.get(
    '/models/:id/comparison',
    {
      config: { access: 'model.manage' },
      schema: {
        tags,
        summary: 'A shadow version against the active one on the same snapshots: agreement, grade migration, PSI (operator)',
        params: IdParams,
        response: { 200: z.object({ version: z.string(), enterprises: z.number(), meanScoreDifference: z.number().nullable(), sameGrade: z.number().nullable(), withinOneNotch: z.number().nullable(), psi: z.number().nullable(), migration: z.record(z.string(), z.record(z.string(), z.number())) }), ...errorResponses },
      },
    },
    async (request) => compareWithChampion(contextOf(request), request.params.id),
  );
  app.post(
    '/models/:id/activate',
    { config: { access: 'model.manage' }, schema: { tags, summary: 'Make a version the active model (operator)', params: IdParams, response: { 200: ModelSchema, ...errorResponses } } },
    async (request) => presentModel(await activateModel(contextOf(request), request.params.id)),
  );
  app.post(
    '/ratings/jobs',
    { config: { access: 'rating.run' }, schema: { tags: ['credit evaluation'], summary: 'Rate every enterprise with the active model, in the background (operator)', response: { 202: JobSchema, ...errorResponses } } },
    async (request, reply) => reply.status(202).send(presentJob(await jobs.start(contextOf(request)))),
  );
  app.get(
    '/ratings/jobs',
    { config: { access: 'rating.run' }, schema: { tags: ['credit evaluation'], summary: 'Recent scoring jobs (operator)', response: { 200: z.object({ items: z.array(JobSchema) }), ...errorResponses } } },
    async (request) => ({ items: (await jobs.list(contextOf(request))).map(presentJob) }),
  );
  app.get(
    '/ratings/jobs/:id',
    { config: { access: 'rating.run' }, schema: { tags: ['credit evaluation'], summary: 'A scoring job with its progress (operator)', params: IdParams, response: { 200: JobSchema, ...errorResponses } } },
    async (request) => presentJob(await jobs.get(contextOf(request), request.params.id)),
  );

  app.get(
    '/enterprises/:creditCode/rating',
    {
      config: { access: 'profile.read' },
      schema: {
        tags: ['credit evaluation'],
        summary: 'The latest rating with its factors (the enterprise, its park, the operator, and grantees)',
        params: z.object({ creditCode: z.string().trim().toUpperCase().length(18) }),
        response: { 200: RatingSchema, ...errorResponses },
      },
    },
    async (request) => {
      const r = await readRating(contextOf(request), request.params.creditCode);
      return {
        score: r.score,
        grade: r.grade,
        pd: Number(r.pd),
        modelVersion: r.modelVersion,
        ratedAt: iso(r.ratedAt)!,
        dimensions: r.dimensions as z.infer<typeof RatingSchema>['dimensions'],
        factors: r.factors as z.infer<typeof RatingSchema>['factors'],
        creditLimit: { amountFen: fenToJson(r.creditLimitFen), basis: r.limitBasis, ...presentLimitBasis(r.limitBasis) },
        snapshotId: r.snapshotId,
        improvements: r.improvements,
      };
    },
  );
};
