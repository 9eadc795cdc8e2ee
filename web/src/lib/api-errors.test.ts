// Every catalogue code has its text in both languages, no text is left over, and every placeholder
// is one of the code's declared parameters; and the texts are filled in as the user reads them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { ERRORS } from '../../../shared/error-codes/index.ts';
import { ApiError } from '../api/client';
import { apiErrorsEn } from '../i18n/en/api-errors';
import { apiErrorsZhCN } from '../i18n/zh-CN/api-errors';
import { loadApiErrorTexts } from '../i18n/api-error-texts';
import { apiErrorLanguage, errorMessage, problemMessage, translateApiError } from './api-errors';

const FILES = { en: apiErrorsEn, 'zh-CN': apiErrorsZhCN };
const codes = Object.keys(ERRORS).sort();

beforeAll(() => Promise.all([loadApiErrorTexts('en'), loadApiErrorTexts('zh-CN')]));

describe.each(Object.entries(FILES))('the %s error texts', (_, texts) => {
  it('translate every catalogue code and nothing else', () => {
    expect(codes.filter((code) => !Object.hasOwn(texts, code))).toEqual([]);
    expect(Object.keys(texts).filter((code) => !Object.hasOwn(ERRORS, code))).toEqual([]);
  });

  it('use only the declared parameters of their code, in {{param}} or {{param:fen}} form', () => {
    const wrong: string[] = [];
    for (const [code, text] of Object.entries(texts)) {
      const declared = Object.keys((ERRORS as Record<string, { params: object }>)[code]?.params ?? {});
      for (const [, name] of text.matchAll(/\{\{\s*([^}]*?)(?::fen)?\s*\}\}/g)) if (!declared.includes(name ?? '')) wrong.push(`${code}: {{${name}}}`);
      // Amounts go to people in yuan: a text never calls a number of fen "fen" or "分".
      if (/\}\}\s*(fen|分)/.test(text)) wrong.push(`${code}: an amount in fen`);
      // A single-brace {param} is the catalogue's form, not i18next's: it would show as is.
      if (/(^|[^{])\{[^{}]+\}(?!\})/.test(text)) wrong.push(`${code}: single braces`);
      if (!text.trim()) wrong.push(`${code}: empty`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('translateApiError', () => {
  it('fills in parameters and joins lists the way each language does', () => {
    expect(translateApiError('zh-CN', 'application.stale_version', { sent: 3, version: 4, state: 'approved' })).toBe('该申请已被更新（当前为第 4 版，approved），请刷新后重新操作');
    expect(translateApiError('zh-CN', 'file.unsupported_type', { types: ['xlsx', 'csv'] })).toBe('文件格式须为以下之一：xlsx、csv');
    expect(translateApiError('en', 'file.unsupported_type', { types: ['xlsx', 'csv'] })).toBe('The file must be one of: xlsx, csv');
  });

  it('knows no text for codes outside the catalogue', () => {
    expect(translateApiError('zh-CN', 'conflict')).toBeUndefined();
    expect(translateApiError('en', 'constructor')).toBeUndefined();
  });
});

describe('errorMessage', () => {
  const t = ((key: string) => `t:${key}`) as unknown as TFunction;

  it('says the code in the user language, never the server message', () => {
    const error = new ApiError(429, 'auth.too_many_attempts', 'Too many failed sign-in attempts; try again in 30 seconds', { category: 'rate_limited', params: { retryAfterSeconds: 30 } });
    expect(apiErrorLanguage()).toBe('zh-CN');
    expect(errorMessage(t, error)).toBe('登录失败次数过多，请 30 秒后再试');
  });

  it('shows amounts sent in fen in yuan, whether they came as numbers or as digits', () => {
    const error = new ApiError(409, 'pool.payout_above_balance', 'English', { category: 'conflict', params: { amount: '123456789', balance: 50_000 } });
    expect(errorMessage(t, error)).toBe('代偿金额 ¥1,234,567.89 超过资金池余额 ¥500.00；本次未作任何支付');
    expect(translateApiError('en', 'programme.cap_above_budget', { cap: '30000000', budget: 'lots' })).toBe('a cap of ¥300,000.00 is above the programme budget of lots');
  });

  it('says state names with the app labels', () => {
    const labels: Record<string, string> = { 'workflow.states.approved': '已批准' };
    const lt = ((key: string, options?: { defaultValue?: string }) => labels[key] ?? options?.defaultValue ?? key) as unknown as TFunction;
    const error = new ApiError(409, 'application.stale_version', 'English', { category: 'conflict', params: { sent: 3, version: 4, state: 'approved' } });
    expect(errorMessage(lt, error)).toBe('该申请已被更新（当前为第 4 版，已批准），请刷新后重新操作');
  });

  it('says value types and startup steps with the app labels', () => {
    const labels: Record<string, string> = { 'errors.valueTypes.number': '数字', 'errors.startupSteps.demo_data': '正在准备演示数据' };
    const lt = ((key: string, options?: { defaultValue?: string }) => labels[key] ?? options?.defaultValue ?? key) as unknown as TFunction;
    expect(errorMessage(lt, new ApiError(400, 'field.invalid_type', 'expected number', { category: 'invalid_input', params: { expected: 'number' } }))).toBe('应为 数字');
    expect(errorMessage(lt, new ApiError(503, 'server.starting', 'English', { category: 'unavailable', params: { pending: ['demo_data'] } }))).toBe('平台正在启动（正在准备演示数据），请几秒后再试');
  });

  it('says the model lab\'s feature kinds and label classes with the app labels', () => {
    const labels: Record<string, string> = { 'errors.featureKinds.numeric': '数值型', 'errors.featureKinds.categorical': '类别型', 'errors.labelClasses.positive': '正' };
    const lt = ((key: string, options?: { defaultValue?: string }) => labels[key] ?? options?.defaultValue ?? key) as unknown as TFunction;
    const mismatch = new ApiError(400, 'dataset.kind_mismatch', 'English', { category: 'invalid_input', params: { name: 'income', datasetKind: 'categorical', modelKind: 'numeric' } });
    expect(errorMessage(lt, mismatch)).toBe('特征“income”在数据集中为类别型，在模型中为数值型');
    const thin = new ApiError(400, 'dataset.class_too_thin', 'English', { category: 'invalid_input', params: { class: 'positive', count: 3, percent: 30, minTrain: 5, minHoldout: 2 } });
    expect(errorMessage(lt, thin)).toMatch(/^正类样本过少（3 行）/);
  });

  it('says product kinds, job kinds and statuses by their labels, several labelled parameters at once', () => {
    const labels: Record<string, string> = { 'market.kinds.loan': '贷款', 'market.kinds.equity': '股权投资', 'jobs.kinds.match_full': '全量匹配', 'jobs.statuses.running': '运行中' };
    const lt = ((key: string, options?: { defaultValue?: string }) => labels[key] ?? options?.defaultValue ?? key) as unknown as TFunction;
    const kinds = new ApiError(400, 'product.kind_mismatch', 'English', { category: 'invalid_input', params: { productKind: 'loan', needKind: 'equity' } });
    expect(errorMessage(lt, kinds)).toBe('贷款类产品不能对接股权投资类需求');
    const job = new ApiError(409, 'job.already_active', 'English', { category: 'conflict', params: { kind: 'match.full', status: 'running' } });
    expect(errorMessage(lt, job)).toBe('已有一个“全量匹配”任务处于“运行中”状态');
  });

  it('names the field of a field problem', () => {
    const error = new ApiError(400, 'field.too_long', 'name: must have at most 200 characters', {
      category: 'invalid_input',
      params: { max: 200, field: 'name' },
      fields: [{ field: 'name', code: 'field.too_long', params: { max: 200 }, message: 'must have at most 200 characters' }],
    });
    expect(errorMessage(t, error)).toBe('name：最多 200 个字符');
  });

  it('falls back to the category sentence, and to internal for categories without one', () => {
    expect(errorMessage(t, new ApiError(409, 'conflict', 'Some English', {}))).toBe('t:errors.conflict');
    expect(errorMessage(t, new ApiError(0, 'network', 'Network error'))).toBe('t:errors.network');
    expect(errorMessage(t, new ApiError(405, 'method_not_allowed', 'Nope', { category: 'method_not_allowed' }))).toBe('t:errors.internal');
    expect(errorMessage(t, new Error('boom'))).toBe('t:errors.internal');
  });
});

describe('problemMessage', () => {
  it('translates a row problem by its code, and keeps an old record message', () => {
    expect(problemMessage({ code: 'import.row.duplicate', params: { row: 5, column: '统一社会信用代码', first: 3 }, message: 'Duplicate of row 3' }, 'zh-CN')).toBe('与第 3 行重复');
    expect(problemMessage({ message: '与第 3 行重复' }, 'en')).toBe('与第 3 行重复');
  });
});
