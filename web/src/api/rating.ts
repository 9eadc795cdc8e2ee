// Credit evaluation: an enterprise's rating and its reports, and the operator's model lab.
import { api } from './client';

export { GRADES } from '../../../shared/rating.ts';
export type Stage = 'startup' | 'growth' | 'mature';

export interface RatingFactor {
  feature: string;
  nameZh: string;
  nameEn: string;
  value: number | null;
  points: number;
  direction: 'up' | 'down';
}

export interface Improvement {
  feature: string;
  nameZh: string;
  nameEn: string;
  from: number | null;
  to: number;
  /** Points the change adds. */
  scoreGain: number;
  /** The grade after the change, only when it changes (null: the grade stays). */
  gradeAfter: string | null;
  /** Grade steps the change gains. */
  gradeSteps: number;
  adviceZh: string;
  adviceEn: string;
}

export interface Rating {
  score: number;
  grade: string;
  pd: number;
  modelVersion: string;
  ratedAt: string;
  dimensions: { innovation?: number; financial?: number; compliance?: number; stage?: Stage };
  factors: RatingFactor[];
  creditLimit: { amountFen: number; basis: string; basisCode?: 'limit.none' | 'limit.revenue_ip' | null; basisParams?: Record<string, string | number> | null };
  snapshotId: string;
  improvements: Improvement[];
}

export type ReportLanguage = 'zh-CN' | 'en';

export interface CreditReport {
  reportId: string;
  language: ReportLanguage;
  digest: string;
  issuedAt: string;
  validUntil: string;
  downloadUrl: string;
}

const enterprisePath = (creditCode: string) => `/enterprises/${encodeURIComponent(creditCode)}`;

export const getRating = (creditCode: string, signal?: AbortSignal) =>
  api.get<Rating>(`${enterprisePath(creditCode)}/rating`, undefined, signal);
export const listReports = (creditCode: string, signal?: AbortSignal) =>
  api.get<{ items: CreditReport[] }>(`${enterprisePath(creditCode)}/reports`, undefined, signal);
export const issueReport = (creditCode: string, language: ReportLanguage) =>
  api.post<CreditReport>(`${enterprisePath(creditCode)}/reports`, { language });
/** The public page, rendered by the server, where anyone can check a copy of a report. */
export const verifyUrl = (reportId: string) => `/verify/${encodeURIComponent(reportId)}`;

// The model lab (operator).
export type ModelKind = 'expert' | 'scorecard' | 'gbdt';
export type ModelStatus = 'draft' | 'shadow' | 'active' | 'retired';

export interface CalibrationRow {
  grade: string;
  count: number;
  predicted: number;
  observed: number;
  positives?: number;
}

export interface RocPoint {
  fpr: number;
  tpr: number;
}

/** What a backtest measured; an expert model has none of it. */
export interface ModelMetrics {
  auc?: number;
  ks?: number;
  gini?: number;
  brier?: number;
  train_seconds?: number;
  rows?: number;
  positives?: number;
  holdoutRows?: number;
  calibration?: CalibrationRow[];
  roc?: RocPoint[];
  [key: string]: unknown;
}

export interface ModelVersion {
  id: string;
  kind: ModelKind;
  version: string;
  status: ModelStatus;
  metrics: ModelMetrics;
  createdAt: string;
  activatedAt: string | null;
}

export interface ModelList {
  items: ModelVersion[];
  grades: { grade: string; count: number }[];
}

export interface ScoringJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  modelVersion: string | null;
  error: string | null;
}

export type TrainKind = 'scorecard' | 'gbdt' | 'both';

export interface TrainRequest {
  file: File;
  label: string;
  positive?: string;
  kind: TrainKind;
  holdout: number;
  seed: number;
}

export type TrainedModel = { id: string; kind: ModelKind; version: string } & ModelMetrics;

export interface TrainResult {
  rows: number;
  positives: number;
  models: TrainedModel[];
}

export const listModels = (signal?: AbortSignal) => api.get<ModelList>('/models', undefined, signal);
export const getModel = (id: string, signal?: AbortSignal) =>
  api.get<ModelVersion & { parameters: unknown }>(`/models/${encodeURIComponent(id)}`, undefined, signal);
export const activateModel = (id: string) => api.post<ModelVersion>(`/models/${encodeURIComponent(id)}/activate`);
export const startScoringJob = () => api.post<ScoringJob>('/ratings/jobs');
export const getScoringJob = (id: string, signal?: AbortSignal) =>
  api.get<ScoringJob>(`/ratings/jobs/${encodeURIComponent(id)}`, undefined, signal);

export function trainModels(input: TrainRequest): Promise<TrainResult> {
  const form = new FormData();
  // Fields before the file, as the server reads the parts in order.
  form.append('label', input.label);
  if (input.positive) form.append('positive', input.positive);
  form.append('kind', input.kind);
  form.append('holdout', String(input.holdout));
  form.append('seed', String(input.seed));
  form.append('file', input.file, input.file.name);
  return api.postForm<TrainResult>('/models/train', form);
}

// Champion/challenger: a version rating in shadow beside the active one.
export interface ModelComparison {
  version: string;
  enterprises: number;
  meanScoreDifference: number | null;
  /** Share of enterprises given the same grade, 0–1. */
  sameGrade: number | null;
  /** Share within one notch, 0–1. */
  withinOneNotch: number | null;
  psi: number | null;
  /** champion grade → challenger grade → count. */
  migration: Record<string, Record<string, number>>;
}

export const shadowModel = (id: string) => api.post<ModelVersion>(`/models/${encodeURIComponent(id)}/shadow`);
export const getModelComparison = (id: string, signal?: AbortSignal) =>
  api.get<ModelComparison>(`/models/${encodeURIComponent(id)}/comparison`, undefined, signal);

// An institution's portfolio: the latest ratings of enterprises that granted it access.
export interface PortfolioRating {
  creditCode: string;
  name: string;
  score: number;
  grade: string;
  pd: number;
  ratedAt: string;
}

export const listGrantedRatings = (signal?: AbortSignal) =>
  api.get<{ items: PortfolioRating[] }>('/ratings/granted', undefined, signal);
