// Credit evaluation: model versions, ratings, scoring jobs, credit reports.
import { conflict, forbidden, invalid, notFound } from './entry.ts';

export const RATING_ERRORS = {
  'model.not_found': notFound('Model version not found'),
  'model.unknown_features': invalid("The feature set does not match the platform's feature catalogue: unknown {features}", { features: 'list' }),
  'model.already_active': conflict('This version is already active'),
  'model.already_in_status': conflict('This version is already {status}', { status: 'text' }),
  'model.none_active': conflict('No active model version: run `kejin db migrate` to install the expert model'),
  'model.not_enough_outcomes': conflict('Not enough known outcomes to train on yet: {rows} loans, {bad} bad (at least 10 of each are needed)', { rows: 'number', bad: 'number' }),
  'model.from_after_to': invalid('from must be before to'),
  'rating.not_found': notFound('This enterprise has not been scored yet'),
  'rating.needs_grant': forbidden('The full rating needs a grant from the enterprise'),
  'scoring_job.not_found': notFound('Scoring job not found'),
  'report.not_found': notFound('Report not found'),
  'report.needs_grant': forbidden('Credit reports need a live grant from the enterprise'),
  'report.issued_to_other': forbidden('This report was issued to someone else'),
  'report.not_rated': notFound('This enterprise has not been scored yet, so there is nothing to report'),
} as const;
