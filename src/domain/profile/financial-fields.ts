// Names of the statement lines, for templates, messages and the web app.
import type { FinancialField } from './types.ts';

export const FINANCIAL_FIELD_NAMES: Readonly<Record<FinancialField, { zh: string; en: string }>> = {
  revenueFen: { zh: '营业收入', en: 'Revenue' },
  costOfSalesFen: { zh: '营业成本', en: 'Cost of sales' },
  operatingProfitFen: { zh: '营业利润', en: 'Operating profit' },
  netProfitFen: { zh: '净利润', en: 'Net profit' },
  totalAssetsFen: { zh: '资产总额', en: 'Total assets' },
  totalLiabilitiesFen: { zh: '负债总额', en: 'Total liabilities' },
  currentAssetsFen: { zh: '流动资产', en: 'Current assets' },
  currentLiabilitiesFen: { zh: '流动负债', en: 'Current liabilities' },
  cashFen: { zh: '货币资金', en: 'Cash' },
  operatingCashFlowFen: { zh: '经营活动现金流量净额', en: 'Operating cash flow' },
  rdExpenseFen: { zh: '研发费用', en: 'R&D expense' },
  rdExpenseDomesticFen: { zh: '境内研发费用', en: 'Domestic R&D expense' },
  taxPaidFen: { zh: '实缴税金', en: 'Tax paid' },
  highTechRevenueFen: { zh: '高新技术产品（服务）收入', en: 'High-tech product (service) revenue' },
};
