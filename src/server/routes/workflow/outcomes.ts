// The model lab's feed from the workflow: loan outcomes with the profile as it was at application,
// to download or to train candidate models on directly.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { trainOnOutcomes } from '../../../services/rating/train-on-outcomes.ts';
import { exportOutcomes } from '../../../services/workflow/outcomes.ts';
import { contextOf } from '../../app.ts';
import { errorResponses } from '../common.ts';
import { TrainingKindEnum } from '../vocabulary.ts';

const tags = ['models'];

export const outcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/models/outcomes.csv',
    { config: { access: 'model.manage' }, schema: { tags, summary: "The platform's loan outcomes as training data: catalogue features at application, label defaulted (90+ days overdue or default) (operator)", response: { 200: z.string(), ...errorResponses } } },
    async (request, reply) => {
      const { csv, rows, bad } = await exportOutcomes(contextOf(request));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="kejin-loan-outcomes.csv"').header('x-outcome-rows', String(rows)).header('x-outcome-bad', String(bad)).send(csv);
    },
  );
  app.post(
    '/models/train-on-outcomes',
    {
      config: { access: 'model.manage' },
      schema: {
        tags,
        summary: "Train draft models on the platform's own loan outcomes and backtest them (operator)",
        body: z.object({ kind: TrainingKindEnum.default('both'), holdout: z.number().min(0.1).max(0.5).default(0.3), seed: z.number().int().min(0).default(7) }),
        response: { 201: z.object({ rows: z.number(), positives: z.number(), models: z.array(z.record(z.string(), z.unknown())) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { kind, holdout, seed } = request.body;
      return reply.status(201).send(await trainOnOutcomes(contextOf(request), { kinds: kind === 'both' ? ['scorecard', 'gbdt'] : [kind], holdout, seed }));
    },
  );
};
