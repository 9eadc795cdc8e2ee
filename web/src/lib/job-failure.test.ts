import { beforeAll, describe, expect, it } from 'vitest';
import { loadApiErrorTexts } from '../i18n/api-error-texts';
import { jobFailureText } from './job-failure';

beforeAll(() => Promise.all([loadApiErrorTexts('en'), loadApiErrorTexts('zh-CN')]));

describe('a job failure', () => {
  it('reads by its code and parameters in the language asked for', () => {
    expect(jobFailureText({ errorCode: 'park.code_not_found', errorParams: { code: 'P9' } }, 'en')).toBe('Park P9 not found');
    expect(jobFailureText({ errorCode: 'job.interrupted', errorParams: {} }, 'zh-CN')).toBe('已中断：运行该任务的进程停止了');
  });

  it('reads a code the web has no text for as an unexpected failure, never as the code', () => {
    expect(jobFailureText({ errorCode: 'gone.code', errorParams: {} }, 'zh-CN')).toBe('任务因意外错误而停止');
  });

  it('is nothing when the job did not fail', () => {
    expect(jobFailureText({ errorCode: null, errorParams: null }, 'en')).toBeNull();
  });
});
