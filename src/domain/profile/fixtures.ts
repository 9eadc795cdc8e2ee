// Small builders for tests (here and in services): a complete, valid profile whose parts can
// be overridden. Figures are round numbers so expected values can be worked out by hand.
import { FINANCIAL_FIELDS, type EnterpriseProfile, type FinancialStatement, type PeopleMonth } from './types.ts';

/** ¥1 = 100 fen; `yuan(5_000_000)` is ¥5m. */
export const yuan = (amount: number): bigint => BigInt(amount) * 100n;

export function makeStatement(year: number, figures: Partial<FinancialStatement> = {}): FinancialStatement {
  const blank = Object.fromEntries(FINANCIAL_FIELDS.map((field) => [field, null])) as Omit<FinancialStatement, 'year'>;
  return { ...blank, year, ...figures };
}

/** A ¥10m-revenue software firm: every figure present, ratios easy to check. */
export function makeFullStatement(year: number, figures: Partial<FinancialStatement> = {}): FinancialStatement {
  return makeStatement(year, {
    revenueFen: yuan(10_000_000),
    costOfSalesFen: yuan(4_000_000),
    operatingProfitFen: yuan(1_500_000),
    netProfitFen: yuan(1_200_000),
    totalAssetsFen: yuan(20_000_000),
    totalLiabilitiesFen: yuan(8_000_000),
    currentAssetsFen: yuan(12_000_000),
    currentLiabilitiesFen: yuan(6_000_000),
    cashFen: yuan(3_000_000),
    operatingCashFlowFen: yuan(1_000_000),
    rdExpenseFen: yuan(800_000),
    rdExpenseDomesticFen: yuan(800_000),
    taxPaidFen: yuan(500_000),
    highTechRevenueFen: yuan(7_000_000),
    ...figures,
  });
}

export function makePeopleMonth(month: string, counts: Partial<PeopleMonth> = {}): PeopleMonth {
  return { month, employees: 100, stStaff: 35, rdStaff: 25, postgradStaff: 10, socialInsuranceHeadcount: 98, ...counts };
}

/** A profile as of mid-2025 with everything filled in; override any section. */
export function makeProfile(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return {
    registration: {
      creditCode: '91310115MA1K3YJ94Y',
      name: '上海示例软件科技有限公司',
      legalRepresentative: '张伟',
      foundedOn: '2018-03-15',
      registeredCapitalFen: yuan(5_000_000),
      regionCode: '310115',
      industryCode: 'I6513',
      address: '上海市浦东新区张江路100号',
      parkCode: 'zhangjiang',
      admittedOn: '2019-01-10',
      employees: 100,
      status: 'active',
    },
    financials: [makeFullStatement(2022), makeFullStatement(2023), makeFullStatement(2024)],
    people: [makePeopleMonth('2025-05')],
    ip: [
      { kind: 'invention_patent', number: 'ZL201710601862.3', title: '一种数据处理方法', status: 'granted', appliedOn: '2017-08-01', grantedOn: '2019-10-11' },
    ],
    qualifications: [],
    taxGrades: [{ year: 2024, grade: 'A' }],
    complianceEvents: [],
    equityRounds: [],
    loans: [],
    ...overrides,
  };
}
