// Why an institution declines: a reason from one list (so the park can count them and the enterprise
// learns something), plus free text. Each reason carries general advice; the service adds the
// matching engine's own advice for the product (the rules the enterprise fails and what would pass).

import type { RejectionReason } from '../../../shared/workflow.ts';

export { REJECTION_REASONS, isRejectionReason, type RejectionReason } from '../../../shared/workflow.ts';

interface ReasonText {
  zh: string;
  en: string;
  adviceZh: string;
  adviceEn: string;
}

export const REJECTION_TEXT: Readonly<Record<RejectionReason, ReasonText>> = {
  credit_grade: { zh: '信用评级不足', en: 'Credit grade too low', adviceZh: '补充研发、知识产权与纳税数据后重新评级，或选择准入等级更低的产品。', adviceEn: 'Complete R&D, IP and tax data and get re-rated, or choose a product with a lower grade threshold.' },
  financials: { zh: '经营或财务指标不达标', en: 'Revenue or financial ratios below requirements', adviceZh: '提交最新一期财务报表；营收增长后再申请。', adviceEn: 'Submit the latest financial statements; apply again once revenue has grown.' },
  collateral: { zh: '担保或抵质押不足', en: 'Insufficient collateral or guarantee', adviceZh: '考虑知识产权质押、应收账款或政策性担保机构增信。', adviceEn: 'Consider an IP pledge, receivables, or a policy guarantor.' },
  debt_level: { zh: '负债水平过高', en: 'Debt level too high', adviceZh: '降低现有负债或申请较小金额。', adviceEn: 'Reduce existing borrowing or apply for a smaller amount.' },
  legal_risk: { zh: '存在涉诉或行政处罚风险', en: 'Legal cases or administrative penalties', adviceZh: '处理未结案件与处罚并在档案中说明。', adviceEn: 'Settle open cases and penalties and explain them in the profile.' },
  documents: { zh: '材料不完整', en: 'Incomplete documents', adviceZh: '按机构要求补齐材料后重新提交。', adviceEn: 'Complete the documents the institution asked for and submit again.' },
  product_scope: { zh: '不符合产品适用范围', en: 'Outside the product’s scope', adviceZh: '查看“为您匹配”中符合条件的其他产品。', adviceEn: 'See the other eligible products under “Matched for you”.' },
  industry_policy: { zh: '行业授信政策限制', en: 'Industry credit policy', adviceZh: '选择偏好本行业的机构与产品。', adviceEn: 'Choose institutions and products that prefer your industry.' },
  other: { zh: '其他原因', en: 'Other reason', adviceZh: '请参阅机构说明。', adviceEn: 'See the institution’s explanation.' },
};
