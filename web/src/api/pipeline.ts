// A park's financing pipeline (needs → applications → approved → disbursed) and its institutions'
// league table.
import { client, ok } from './client';
import type { Answer, ItemOf } from './types';

export type Pipeline = Answer<'/api/v1/workflow/pipeline', 'get'>;
export type PipelineStage = Pipeline['needs'];
export type LeagueRow = ItemOf<Answer<'/api/v1/workflow/league', 'get'>>;

export const PIPELINE_STAGES = ['needs', 'applications', 'approved', 'disbursed'] as const satisfies readonly (keyof Pipeline)[];

/** Without a park: every park the administrator runs. */
export const getPipeline = (parkId: string | undefined, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/workflow/pipeline', { params: { query: { parkId } }, signal }));
export const getLeague = (parkId: string | undefined, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/workflow/league', { params: { query: { parkId } }, signal }));
