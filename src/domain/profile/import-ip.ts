// Import kind `ip`: one IP item per row, keyed by (credit code, kind, number). Patent numbers
// are checked (type digit, check character) and stored as 'ZL…'; see ip.ts.
import { type EnumOption } from './import-cells.ts';
import { column, type CellValues, type ImportKindSpec, type RowError } from './import-spec.ts';
import { normalizePatentNumber, PATENT_KINDS, SOFTWARE_COPYRIGHT_NUMBER } from './ip.ts';
import type { IpKind, IpStatus } from './types.ts';

export type IpImportRow = {
  creditCode: string;
  kind: IpKind;
  number: string;
  title: string;
  status: IpStatus;
  appliedOn: string | null;
  grantedOn: string | null;
};

export const IP_KIND_OPTIONS: readonly EnumOption[] = [
  { value: 'invention_patent', labels: ['发明专利', '发明', 'invention patent'] },
  { value: 'utility_model', labels: ['实用新型', '实用新型专利', 'utility model'] },
  { value: 'design_patent', labels: ['外观设计', '外观设计专利', 'design patent'] },
  { value: 'software_copyright', labels: ['软件著作权', '计算机软件著作权', 'software copyright'] },
  { value: 'ic_layout', labels: ['集成电路布图设计', 'IC layout design'] },
  { value: 'plant_variety', labels: ['植物新品种', 'plant variety'] },
  { value: 'new_drug', labels: ['新药', '国家新药', 'new drug'] },
  { value: 'trademark', labels: ['商标', '注册商标'] },
  { value: 'standard', labels: ['标准'] },
  { value: 'award', labels: ['奖励', '科技奖励', '获奖'] },
];

export const IP_STATUS_OPTIONS: readonly EnumOption[] = [
  { value: 'pending', labels: ['申请中', '审查中', '在审'] },
  { value: 'granted', labels: ['已授权', '授权', '有效', '已登记', '已注册'] },
  { value: 'lapsed', labels: ['已失效', '失效', '终止'] },
];

const MAX_NUMBER_LENGTH = 64;

function checkNumber(kind: IpKind, number: string): { number: string } | RowError {
  if (PATENT_KINDS.includes(kind)) {
    const check = normalizePatentNumber(kind, number);
    return check.ok ? { number: check.number } : { column: 'number', code: 'invalid_ip_number', message: check.message, params: { value: number } };
  }
  if (kind === 'software_copyright') {
    const compact = number.toUpperCase().replace(/[\s\u3000]/g, '');
    if (SOFTWARE_COPYRIGHT_NUMBER.test(compact)) return { number: compact };
    return { column: 'number', code: 'invalid_ip_number', message: `"${number}" is not a registration number like 2023SR0123456`, params: { value: number } };
  }
  if (number.length > MAX_NUMBER_LENGTH) return { column: 'number', code: 'too_long', message: `at most ${MAX_NUMBER_LENGTH} characters`, params: { length: number.length, max: MAX_NUMBER_LENGTH } };
  return { number };
}

function refine(values: CellValues): { values: CellValues; errors: RowError[] } {
  const errors: RowError[] = [];
  const { kind, status, appliedOn, grantedOn } = values;
  let normalised = values;
  if (typeof kind === 'string' && typeof values.number === 'string') {
    const checked = checkNumber(kind as IpKind, values.number);
    if ('code' in checked) errors.push(checked);
    else normalised = { ...values, number: checked.number };
  }
  if (status === 'granted' && grantedOn === null) {
    errors.push({ column: 'grantedOn', code: 'required', message: 'a granted item needs its grant date', rule: 'granted_needs_date' });
  }
  if (status === 'pending' && grantedOn !== null) {
    errors.push({ column: 'grantedOn', code: 'inconsistent', message: 'a pending application has no grant date', rule: 'pending_has_grant_date' });
  }
  if (typeof appliedOn === 'string' && typeof grantedOn === 'string' && grantedOn < appliedOn) {
    errors.push({ column: 'grantedOn', code: 'date_order', message: `granted on ${grantedOn}, before it was applied for on ${appliedOn}`, rule: 'granted_before_applied', params: { grantedOn, appliedOn } });
  }
  return { values: normalised, errors };
}

export const IP_IMPORT: ImportKindSpec = {
  nameZh: '知识产权',
  nameEn: 'Intellectual property',
  keyColumns: ['creditCode', 'kind', 'number'],
  columns: [
    column('creditCode', '统一社会信用代码', 'Unified social credit code', { kind: 'credit_code' },
      { required: true, example: '91310115MA1K3YJ94Y', descriptionZh: '18位统一社会信用代码' }),
    column('kind', '知识产权类型', 'IP kind', { kind: 'enum', options: IP_KIND_OPTIONS },
      { required: true, example: '发明专利', descriptionZh: '发明专利、实用新型、外观设计、软件著作权、集成电路布图设计、植物新品种、新药、商标、标准、奖励' }),
    column('number', '编号', 'Number', { kind: 'text', maxLength: MAX_NUMBER_LENGTH, code: true },
      { required: true, example: 'ZL201710601862.3', descriptionZh: '专利号（含校验位）、登记号或注册号' }),
    column('title', '名称', 'Title', { kind: 'text', maxLength: 200 },
      { required: true, example: '一种数据处理方法', descriptionZh: '专利名称、软件名称或商标名称' }),
    column('status', '法律状态', 'Status', { kind: 'enum', options: IP_STATUS_OPTIONS },
      { required: true, example: '已授权', descriptionZh: '申请中、已授权或已失效' }),
    column('appliedOn', '申请日', 'Applied on', { kind: 'date' }, { example: '2017-08-01', descriptionZh: '申请日期，格式 YYYY-MM-DD' }),
    column('grantedOn', '授权日', 'Granted on', { kind: 'date' }, { example: '2019-10-11', descriptionZh: '授权（登记）日期；已授权的必填' }),
  ],
  refine,
};
