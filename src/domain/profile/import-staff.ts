// Import kind `staff`: headcounts at the end of a month, keyed by (credit code, month).
import { column, type CellValues, type ImportKindSpec, type RowError } from './import-spec.ts';

export type StaffImportRow = {
  creditCode: string;
  month: string;
  employees: number | null;
  stStaff: number | null;
  rdStaff: number | null;
  postgradStaff: number | null;
  socialInsuranceHeadcount: number | null;
};

/** Subsets of the workforce. Social-insurance headcount is not one: it may include staff on leave. */
const SUBSETS = [
  ['stStaff', 'S&T staff'],
  ['rdStaff', 'R&D staff'],
  ['postgradStaff', "master's or PhD staff"],
] as const;

function refine(values: CellValues): { values: CellValues; errors: RowError[] } {
  const employees = values.employees;
  const errors: RowError[] = [];
  for (const [key, label] of SUBSETS) {
    const count = values[key];
    if (typeof count === 'number' && typeof employees === 'number' && count > employees) {
      errors.push({ column: key, code: 'inconsistent', message: `${count} ${label} is more than the ${employees} employees`, rule: 'more_than_employees', params: { count, employees } });
    }
  }
  return { values, errors };
}

export const STAFF_IMPORT: ImportKindSpec = {
  nameZh: '月度人员数据',
  nameEn: 'Monthly headcounts',
  keyColumns: ['creditCode', 'month'],
  columns: [
    column('creditCode', '统一社会信用代码', 'Unified social credit code', { kind: 'credit_code' },
      { required: true, example: '91310115MA1K3YJ94Y', descriptionZh: '18位统一社会信用代码' }),
    column('month', '月份', 'Month', { kind: 'month' }, { required: true, example: '2025-05', descriptionZh: '统计月份，格式 YYYY-MM' }),
    column('employees', '职工总数', 'Employees', { kind: 'count' },
      { required: true, example: '120', descriptionZh: '月末职工总数（含兼职、临时聘用）' }),
    column('stStaff', '科技人员数', 'S&T staff', { kind: 'count' }, { example: '45', descriptionZh: '科技人员数，不超过职工总数' }),
    column('rdStaff', '研发人员数', 'R&D staff', { kind: 'count' }, { example: '32', descriptionZh: '研发人员数，不超过职工总数' }),
    column('postgradStaff', '硕士及以上人数', "Master's or PhD staff", { kind: 'count' }, { example: '18', descriptionZh: '硕士、博士学历人数' }),
    column('socialInsuranceHeadcount', '社保缴纳人数', 'Social insurance headcount', { kind: 'count' },
      { example: '116', descriptionZh: '当月缴纳社会保险人数' }),
  ],
  refine,
};
