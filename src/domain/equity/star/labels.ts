// Every word of the STAR readiness PDF in both report languages, and how its values read.
import { percent, wanText } from '../../report/format.ts';
import type { ReportLanguage } from '../../report/labels.ts';
import type { StarConditionKind, StarGroup, StarIndicatorId, StarMeasured, StarOutlook, StarValue, MarketValueSource, StarStandardResult } from './types.ts';

const ZH = {
  platform: '科金科技金融服务平台',
  title: '科创板上市准备度报告',
  enterprise: '企业名称',
  creditCode: '统一社会信用代码',
  asOf: '评估日期',
  ruleSet: '规则版本',
  fiscalYears: '财务年度',
  staffMonth: '人员数据月份',
  attributes: '一、科创属性',
  attributesMet: '科创属性：符合',
  attributesMetByException: '科创属性：符合（例外条款）',
  attributesNotMet: '科创属性：尚不符合',
  standards: '二、上市标准（上市规则第2.1.2条）',
  marketValue: '预计市值',
  marketValueSource: { user: '用户填写', last_round: '最近一轮投后估值', none: '未提供' } as Record<MarketValueSource, string>,
  indicator: '指标',
  actual: '实际值',
  required: '要求',
  gap: '差距',
  years: '预计达标',
  met: '符合',
  notMet: '不符合',
  status: { met: '符合', not_met: '不符合', needs_assessment: '需专业评估' } as Record<StarStandardResult['status'], string>,
  outlook: (o: StarOutlook, years: number | null) =>
    ({ met: '已达标', closes: `约 ${years} 年`, not_at_current_growth: '按当前增速无法达标', no_data: '缺少数据', not_projected: '不随增长变化' })[o],
  groups: { rd_investment: '研发投入', rd_staff: '研发人员', invention_patents: '发明专利', revenue: '营业收入', exception: '例外条款' } as Record<StarGroup, string>,
  indicators: {
    rd_share_of_revenue: '最近三年研发投入占营业收入比例',
    rd_total: '最近三年研发投入金额累计',
    rd_staff_share: '研发人员占当年员工总数比例',
    invention_patents: '应用于主营业务的发明专利',
    revenue_growth: '最近三年营业收入复合增长率',
    last_revenue: '最近一年营业收入',
    exception_invention_patents: '发明专利（例外条款）',
  } as Record<StarIndicatorId, string>,
  conditions: {
    market_value: '预计市值',
    net_profit_positive_each_year: '净利润为正（各年）',
    net_profit_total: '净利润累计',
    revenue_last_year: '最近一年营业收入',
    rd_share_of_revenue: '研发投入占营业收入比例（累计）',
    operating_cash_flow_total: '经营活动现金流量净额累计',
    needs_assessment: '主要业务或产品取得阶段性成果',
  } as Record<StarConditionKind, string>,
  needsAssessment: '需专业评估',
  groupNote: '每组满足其中一项即可；四组均满足或满足例外条款即符合科创属性。',
  notes: [
    '发明专利计入全部已授权的发明专利；是否形成主营业务收入需专业评估。',
    '预计达标年数按企业近年复合增速推算，仅供参考；市值不随增长推算。',
    '标准五“主要业务或产品取得阶段性成果”无法由数据判断，从不自动视为符合。',
  ],
  page: (n: number, of: number) => `第 ${n} 页 / 共 ${of} 页`,
};

type Labels = typeof ZH;

const EN: Labels = {
  platform: 'Kejin Technology Finance Platform',
  title: 'STAR Market readiness report',
  enterprise: 'Enterprise',
  creditCode: 'Unified social credit code',
  asOf: 'Assessed on',
  ruleSet: 'Rule set',
  fiscalYears: 'Fiscal years',
  staffMonth: 'Headcount month',
  attributes: '1. Science-and-technology attributes',
  attributesMet: 'Attributes: met',
  attributesMetByException: 'Attributes: met (by the exception)',
  attributesNotMet: 'Attributes: not yet met',
  standards: '2. Listing standards (rule 2.1.2)',
  marketValue: 'Expected market value',
  marketValueSource: { user: 'set by the user', last_round: "last round's post-money valuation", none: 'not given' },
  indicator: 'Indicator',
  actual: 'Actual',
  required: 'Required',
  gap: 'Gap',
  years: 'Closes in',
  met: 'Met',
  notMet: 'Not met',
  status: { met: 'Met', not_met: 'Not met', needs_assessment: 'Needs assessment' },
  outlook: (o, years) =>
    ({ met: 'met', closes: `about ${years} yr${years === 1 ? '' : 's'}`, not_at_current_growth: 'not at this growth', no_data: 'data missing', not_projected: 'not by growth' })[o],
  groups: { rd_investment: 'R&D investment', rd_staff: 'R&D staff', invention_patents: 'Invention patents', revenue: 'Revenue', exception: 'Exception' },
  indicators: {
    rd_share_of_revenue: 'R&D over 3 years as a share of revenue',
    rd_total: 'R&D over 3 years in total',
    rd_staff_share: 'R&D staff as a share of employees',
    invention_patents: 'Invention patents in the main business',
    revenue_growth: 'Revenue growth a year over 3 years',
    last_revenue: "Last year's revenue",
    exception_invention_patents: 'Invention patents (exception)',
  },
  conditions: {
    market_value: 'Expected market value',
    net_profit_positive_each_year: 'Net profit positive (each year)',
    net_profit_total: 'Net profit in total',
    revenue_last_year: "Last year's revenue",
    rd_share_of_revenue: 'R&D as a share of revenue (in total)',
    operating_cash_flow_total: 'Operating cash flow in total',
    needs_assessment: 'Major breakthrough (main product)',
  },
  needsAssessment: 'Needs assessment',
  groupNote: 'One indicator of a group meets it; all four groups, or the exception, meet the attributes.',
  notes: [
    'All granted invention patents are counted; whether they form main-business revenue needs assessment.',
    "Years to close assume the enterprise's recent compound growth and are an estimate; market value is not projected.",
    "Standard 5's major breakthrough cannot be read from data and is never met automatically.",
  ],
  page: (n, of) => `Page ${n} of ${of}`,
};

export const starLabels = (language: ReportLanguage): Labels => (language === 'zh-CN' ? ZH : EN);

/** A value as a reader expects it: money in 万元 (or ¥m), ratios as %, counts whole. */
export function starValueText(m: Pick<StarMeasured, 'unit'>, value: StarValue | null, language: ReportLanguage): string {
  if (value === null) return '—';
  if (m.unit === 'fen') return wanText(typeof value === 'bigint' ? value : BigInt(value), language);
  if (m.unit === 'ratio') return percent(Number(value), 2);
  return String(value);
}
