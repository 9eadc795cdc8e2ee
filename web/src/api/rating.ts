// Credit evaluation: an enterprise's rating and its reports, and the operator's model lab.
import type { TrainingKind } from '../../../shared/rating.ts';
import { client, multipart, ok } from './client';
import type { Answer, Body, ItemOf } from './types';

export { GRADES } from '../../../shared/rating.ts';
export type { Stage } from '../../../shared/marketplace.ts';

export type Rating = Answer<'/api/v1/enterprises/{creditCode}/rating', 'get'>;
export type RatingFactor = Rating['factors'][number];
export type Improvement = Rating['improvements'][number];
export type CreditReport = ItemOf<Answer<'/api/v1/enterprises/{creditCode}/reports', 'get'>>;
export type IssuedReport = Answer<'/api/v1/enterprises/{creditCode}/reports', 'post'>;
export type ReportLanguage = NonNullable<Body<'/api/v1/enterprises/{creditCode}/reports', 'post'>['language']>;

export const getRating = (creditCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/rating', { params: { path: { creditCode } }, signal }));
export const listReports = (creditCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/reports', { params: { path: { creditCode } }, signal }));
export const issueReport = (creditCode: string, language: ReportLanguage) =>
  ok(client.POST('/api/v1/enterprises/{creditCode}/reports', { params: { path: { creditCode } }, body: { language } }));
/** The public page, rendered by the server, where anyone can check a copy of a report. */
export const verifyUrl = (reportId: string) => `/verify/${encodeURIComponent(reportId)}`;

// The model lab (operator).
type ServerModel = ItemOf<Answer<'/api/v1/models', 'get'>>;
export type ModelVersion = Omit<ServerModel, 'metrics'> & { metrics: ModelMetrics };
export type ModelList = Omit<Answer<'/api/v1/models', 'get'>, 'items'> & { items: ModelVersion[] };
export type ModelKind = ModelVersion['kind'];
export type ModelStatus = ModelVersion['status'];
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
/**
 * What a backtest measured (an expert model has none of it): the server declares `metrics` as a free
 * record, so this says which of its keys the model lab reads.
 */
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
export type ScoringJob = Answer<'/api/v1/ratings/jobs/{id}', 'get'>;
export type TrainedModel = { id: string; kind: ModelKind; version: string } & ModelMetrics;
export type TrainResult = Omit<Answer<'/api/v1/models/train', 'post'>, 'models'> & { models: TrainedModel[] };
export { TRAINING_KINDS } from '../../../shared/rating.ts';
export type TrainKind = TrainingKind;

export interface TrainRequest {
  file: File;
  label: string;
  positive?: string;
  kind: TrainKind;
  holdout: number;
  seed: number;
}

export const listModels = (signal?: AbortSignal): Promise<ModelList> => ok(client.GET('/api/v1/models', { signal }));
export const getModel = (id: string, signal?: AbortSignal): Promise<ModelVersion & { parameters: unknown }> =>
  ok(client.GET('/api/v1/models/{id}', { params: { path: { id } }, signal }));
export const activateModel = (id: string): Promise<ModelVersion> => ok(client.POST('/api/v1/models/{id}/activate', { params: { path: { id } } }));
export const startScoringJob = () => ok(client.POST('/api/v1/ratings/jobs'));
export const getScoringJob = (id: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/ratings/jobs/{id}', { params: { path: { id } }, signal }));

export function trainModels(input: TrainRequest): Promise<TrainResult> {
  const form = new FormData();
  // Fields before the file, as the server reads the parts in order.
  form.append('label', input.label);
  if (input.positive) form.append('positive', input.positive);
  form.append('kind', input.kind);
  form.append('holdout', String(input.holdout));
  form.append('seed', String(input.seed));
  form.append('file', input.file, input.file.name);
  return ok(client.POST('/api/v1/models/train', multipart(form))) as Promise<TrainResult>;
}

// Champion/challenger: a version rating in shadow beside the active one.
export type ModelComparison = Answer<'/api/v1/models/{id}/comparison', 'get'>;

export const shadowModel = (id: string): Promise<ModelVersion> => ok(client.POST('/api/v1/models/{id}/shadow', { params: { path: { id } } }));
export const getModelComparison = (id: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/models/{id}/comparison', { params: { path: { id } }, signal }));

// An institution's portfolio: the latest ratings of enterprises that granted it access.
export type PortfolioRating = ItemOf<Answer<'/api/v1/ratings/granted', 'get'>>;

export const listGrantedRatings = (signal?: AbortSignal) => ok(client.GET('/api/v1/ratings/granted', { signal }));
