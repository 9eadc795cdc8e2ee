// Five-category loan classification (五级分类) by days overdue, as set by the 2023 CBIRC/PBoC
// rules on financial asset risk classification (商业银行金融资产风险分类办法). Days overdue set
// the best category a loan may hold; other evidence of trouble can only push it further down.
import { invalidFields, problem } from '../shared/errors.ts';

import type { LoanClassification } from '../../../shared/workflow.ts';

export { LOAN_CLASSIFICATIONS, type LoanClassification } from '../../../shared/workflow.ts';

export const CLASSIFICATION_LABELS: Record<LoanClassification, { 'zh-CN': string; en: string }> = {
  normal: { 'zh-CN': '正常', en: 'Normal' },
  special_mention: { 'zh-CN': '关注', en: 'Special mention' },
  substandard: { 'zh-CN': '次级', en: 'Substandard' },
  doubtful: { 'zh-CN': '可疑', en: 'Doubtful' },
  loss: { 'zh-CN': '损失', en: 'Loss' },
};

/** The last day overdue of each category but loss, in order. */
const LAST_DAY_OF: readonly [LoanClassification, number][] = [
  ['normal', 0],
  ['special_mention', 90],
  ['substandard', 270],
  ['doubtful', 360],
];

export function classifyByDaysOverdue(daysOverdue: number): LoanClassification {
  if (!Number.isSafeInteger(daysOverdue) || daysOverdue < 0) {
    throw invalidFields([problem('daysOverdue', 'loan.days_overdue', { value: String(daysOverdue) })]);
  }
  for (const [category, lastDay] of LAST_DAY_OF) if (daysOverdue <= lastDay) return category;
  return 'loss';
}
