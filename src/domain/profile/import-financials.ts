// Import kind `financials`: one yearly statement per row, keyed by (credit code, year).
// Amounts are entered in 万元 with up to 6 decimals (1 fen = 0.000001 万元).
import { FINANCIAL_FIELD_NAMES } from './financial-fields.ts';
import { column, exceeds, type CellValues, type ImportColumn, type ImportKindSpec, type RowError } from './import-spec.ts';
import { FINANCIAL_FIELDS, type FinancialField, type FinancialStatement } from './types.ts';

export type FinancialImportRow = { creditCode: string } & FinancialStatement;

/** Profit and cash-flow lines may be negative; every other figure may not. */
const MAY_BE_NEGATIVE: ReadonlySet<FinancialField> = new Set(['operatingProfitFen', 'netProfitFen', 'operatingCashFlowFen']);

const EXAMPLES: Readonly<Record<FinancialField, string>> = {
  revenueFen: '3250.5',
  costOfSalesFen: '1800',
  operatingProfitFen: '420.25',
  netProfitFen: '365.8',
  totalAssetsFen: '5600',
  totalLiabilitiesFen: '2300',
  currentAssetsFen: '3900',
  currentLiabilitiesFen: '1700',
  cashFen: '1200',
  operatingCashFlowFen: '410',
  rdExpenseFen: '390',
  rdExpenseDomesticFen: '380',
  taxPaidFen: '150.3',
  highTechRevenueFen: '2600',
};

function figureColumn(field: FinancialField): ImportColumn {
  const { zh, en } = FINANCIAL_FIELD_NAMES[field];
  const negative = MAY_BE_NEGATIVE.has(field);
  const descriptionZh = `单位万元，最多6位小数${negative ? '，亏损填负数' : '，不得为负'}；未知留空`;
  return column(field, `${zh}（万元）`, `${en} (10k yuan)`, { kind: 'wan', allowNegative: negative }, { example: EXAMPLES[field], descriptionZh });
}

/** [part, whole]: a part larger than its whole is a typing error. Liabilities above assets are not (insolvency). */
const PARTS_OF: readonly (readonly [FinancialField, FinancialField, string])[] = [
  ['rdExpenseDomesticFen', 'rdExpenseFen', 'domestic R&D exceeds total R&D'],
  ['highTechRevenueFen', 'revenueFen', 'high-tech revenue exceeds revenue'],
  ['currentAssetsFen', 'totalAssetsFen', 'current assets exceed total assets'],
  ['currentLiabilitiesFen', 'totalLiabilitiesFen', 'current liabilities exceed total liabilities'],
  ['cashFen', 'currentAssetsFen', 'cash exceeds current assets'],
];

function refine(values: CellValues): { values: CellValues; errors: RowError[] } {
  const errors: RowError[] = PARTS_OF.filter(([part, whole]) => exceeds(values, part, whole)).map(([part, whole, message]) => ({
    column: part,
    code: 'inconsistent' as const,
    message,
    rule: 'part_exceeds_whole',
    params: { partColumn: part, wholeColumn: whole },
  }));
  if (FINANCIAL_FIELDS.every((field) => values[field] === null || values[field] === undefined)) {
    errors.push({ column: 'revenueFen', code: 'required', message: 'a statement row needs at least one figure', rule: 'no_figures' });
  }
  return { values, errors };
}

export const FINANCIALS_IMPORT: ImportKindSpec = {
  nameZh: '年度财务数据',
  nameEn: 'Yearly financial statements',
  keyColumns: ['creditCode', 'year'],
  columns: [
    column('creditCode', '统一社会信用代码', 'Unified social credit code', { kind: 'credit_code' },
      { required: true, example: '91310115MA1K3YJ94Y', descriptionZh: '18位统一社会信用代码' }),
    column('year', '年度', 'Fiscal year', { kind: 'year' }, { required: true, example: '2024', descriptionZh: '会计年度，如 2024' }),
    ...FINANCIAL_FIELDS.map(figureColumn),
  ],
  refine,
};
