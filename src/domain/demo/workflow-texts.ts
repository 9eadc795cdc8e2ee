// What people write in the demo workflow: officers' and enterprises' comments on each move, the
// reasons given for declines, default and write-off, notes on warnings, purposes of applications.
import type { RejectionReason } from '../workflow/rejections.ts';

export const ACCEPT_COMMENTS = [
  '材料齐全，已受理，进入授信审查。',
  '已受理，客户经理将于近日上门尽调。',
  '申请已受理，正在核实经营与纳税数据。',
  null,
  null,
] as const;

/** What the institution asks for, and how the enterprise answers. */
export const INFO_EXCHANGES: readonly (readonly [ask: string, answer: string])[] = [
  ['请补充最近一期财务报表及增值税纳税申报表。', '已补充最近一期财务报表和纳税申报表。'],
  ['请提供前五大客户的销售合同及应收账款明细。', '合同及应收账款明细已上传。'],
  ['请补充知识产权证书及第三方评估报告。', '已上传专利证书及评估报告。'],
  ['请说明近三年涉诉案件的进展及对经营的影响。', '已上传案件说明及判决书，相关案件均已结案。'],
  ['请提供实际控制人个人征信授权书及身份证明。', '已签署征信授权书并上传身份证明。'],
  ['请补充研发项目立项材料及研发费用辅助账。', '已按要求补齐研发项目材料，如有疑问请联系财务负责人。'],
];

export const APPROVE_COMMENTS = [
  '经审批同意授信，额度与期限按申请执行。',
  '审批通过，请尽快安排面签。',
  '审查通过，符合我行科创企业授信政策。',
  '同意，利率按产品定价区间执行。',
] as const;

export const REJECTION_COMMENTS: Readonly<Record<RejectionReason, readonly string[]>> = {
  credit_grade: ['企业信用评级低于本产品准入等级。', '综合评级偏低，暂不符合授信条件。'],
  financials: ['近两年营收下滑且持续亏损，还款来源不足。', '经营现金流为负，财务指标未达准入要求。'],
  collateral: ['可质押知识产权评估价值不足，且无有效担保。', '担保方式不满足要求，建议引入政策性担保。'],
  debt_level: ['资产负债率偏高，新增授信后偿债压力过大。', '现有融资余额已接近建议授信额度。'],
  legal_risk: ['存在未结涉诉案件及行政处罚记录。', '企业被列入经营异常名录，暂不予授信。'],
  documents: ['补充材料逾期未提交，申请材料不完整。', '财务报表与纳税数据不一致，材料需重新提交。'],
  product_scope: ['企业不在本产品适用范围内，建议选择其他产品。', '企业成立年限或规模不符合产品要求。'],
  industry_policy: ['所属行业暂不在我行科技金融支持目录内。'],
  other: ['本期授信额度已用完，请下季度重新申请。', '经综合评估，暂不予授信。'],
};

export const WITHDRAW_COMMENTS = [
  '已通过其他渠道解决资金需求，撤回申请。',
  '经营计划调整，暂不需要融资。',
  '资金需求时间已过，撤回本次申请。',
  null,
] as const;

export const DECLINE_OFFER_COMMENTS = ['利率与期限未达预期，放弃本次授信。', '已获得其他机构更优方案，谢谢。'] as const;

export const SIGN_COMMENTS = ['借款合同已签订。', '已完成面签及合同签署。', '合同与担保文件已签署。'] as const;
export const OTHER_SIGN_COMMENTS = ['投资协议已签署。', '担保合同已签署。', '合同已签署。'] as const;

export const DISBURSE_COMMENTS = ['已按合同放款至企业基本户。', '贷款已发放。'] as const;
export const FUND_COMMENTS: Readonly<Record<string, readonly string[]>> = {
  equity: ['投资款已到账，完成工商变更登记。'],
  guarantee: ['担保函已出具，合作银行已放款。'],
  insurance: ['保单已生效。'],
};
export const GUARANTEE_CLOSED = '担保责任到期解除。';

export const DEFAULT_REASON = '逾期超过90天';
export const DEFAULT_COMMENTS = ['经多次催收未果，认定违约并启动追偿程序。', '企业已停止经营，认定违约，转入不良资产处置。'] as const;
export const WRITE_OFF_COMMENTS = ['追偿程序终结，按规定核销。', '经诉讼执行仍无法收回，报批核销。'] as const;

export const RECOVERY_NOTES: Readonly<Record<string, readonly string[]>> = {
  collateral: ['处置质押知识产权所得。', '质押物拍卖所得。'],
  guarantor: ['担保公司代偿。'],
  compensation_pool: ['园区风险补偿资金池补偿。'],
  court: ['法院强制执行回款。'],
  enterprise: ['企业分期归还。'],
};

/** The platform's own words (the services write them in English, unchanged here). */
export const PLATFORM = {
  repaid: 'Repayment recorded',
  paidOff: 'Paid off',
  overdue: (days: number) => `${days} days overdue`,
  recovered: 'Recovered in full',
} as const;

export const SIGNAL_NOTES = {
  acknowledged: ['已联系企业财务负责人核实情况。', '已安排客户经理实地走访。', '已提示企业按期还款。'],
  resolvedOverdue: ['企业已归还逾期本息，风险解除。', '逾期款项已结清。'],
  resolvedDefault: ['已认定违约并转入不良资产处置。'],
  resolved: ['经核实对还款能力无重大影响，解除预警。', '企业已说明情况并提供证明材料，解除预警。'],
} as const;

export const LOAN_PURPOSES = ['补充流动资金', '研发投入与样机试制', '采购原材料', '扩大产能', '支付研发人员薪酬', '购置生产设备', '承接大额订单备料'] as const;
export const EQUITY_PURPOSES = ['A轮融资：扩充研发团队', 'Pre-A轮融资：产品商业化', 'B轮融资：市场扩张', '引入战略投资者'] as const;
export const GUARANTEE_PURPOSES = ['为银行流动资金贷款提供担保', '为知识产权质押贷款提供担保', '首次贷款担保'] as const;
export const INSURANCE_PURPOSES = ['为银行贷款投保贷款保证保险', '研发项目中断风险保障'] as const;

export function purposesOf(kind: string): readonly string[] {
  if (kind === 'equity') return EQUITY_PURPOSES;
  if (kind === 'guarantee') return GUARANTEE_PURPOSES;
  if (kind === 'insurance') return INSURANCE_PURPOSES;
  return LOAN_PURPOSES;
}
