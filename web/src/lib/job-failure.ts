// Why a job failed, in the operator's language: its catalogue code with its parameters. The
// exception's own message (English) is the technical detail shown beside it, never instead of it.
import type { Job } from '../api/jobs';
import { problemMessage, type ApiErrorLanguage } from './api-errors';

export function jobFailureText(job: Pick<Job, 'errorCode' | 'errorParams'>, language: ApiErrorLanguage): string | null {
  if (job.errorCode === null) return null;
  return problemMessage({ code: job.errorCode, params: job.errorParams ?? {} }, language) || problemMessage({ code: 'job.failed' }, language);
}
