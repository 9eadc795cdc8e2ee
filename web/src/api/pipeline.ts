// A park's financing pipeline (needs → applications → approved → disbursed) and its institutions'
// league table.
import { api } from './client';

export interface PipelineStage {
  count: number;
  amountFen: number;
}

export interface Pipeline {
  needs: PipelineStage;
  /** The needs posted that at least one institution took up. */
  needsTakenUp: PipelineStage;
  applications: PipelineStage;
  approved: PipelineStage;
  disbursed: PipelineStage;
}

export const PIPELINE_STAGES = ['needs', 'applications', 'approved', 'disbursed'] as const satisfies readonly (keyof Pipeline)[];

export interface LeagueRow {
  institutionId: string;
  name: string;
  received: number;
  decided: number;
  approved: number;
  /** Fractions 0..1, null when there is nothing to divide by. */
  approvalRate: number | null;
  medianResponseWorkingDays: number | null;
  onTimeRate: number | null;
  missedDeadlines: number;
  takeUpRate: number | null;
}

/** Without a park: every park the administrator runs. */
export const getPipeline = (parkId: string | undefined, signal?: AbortSignal) => api.get<Pipeline>('/workflow/pipeline', { parkId }, signal);
export const getLeague = (parkId: string | undefined, signal?: AbortSignal) => api.get<{ items: LeagueRow[] }>('/workflow/league', { parkId }, signal);
