// Import kind `profiles`: one row per enterprise, keyed by credit code.
import { column, type ImportKindSpec, type RowError } from './import-spec.ts';
import type { Fen } from './types.ts';

export type ProfileImportRow = {
  creditCode: string;
  name: string;
  legalRepresentative: string;
  foundedOn: string;
  registeredCapitalFen: Fen;
  regionCode: string;
  industryCode: string;
  address: string;
  admittedOn: string | null;
  employees: number;
};

export const PROFILES_IMPORT: ImportKindSpec = {
  nameZh: '企业基本信息',
  nameEn: 'Enterprise registrations',
  keyColumns: ['creditCode'],
  columns: [
    column('creditCode', '统一社会信用代码', 'Unified social credit code', { kind: 'credit_code' },
      { required: true, example: '91310115MA1K3YJ94Y', descriptionZh: '18位统一社会信用代码，校验位须正确' }),
    column('name', '企业名称', 'Enterprise name', { kind: 'text', maxLength: 100 },
      { required: true, example: '上海示例软件科技有限公司', descriptionZh: '与营业执照一致的企业全称' }),
    column('legalRepresentative', '法定代表人', 'Legal representative', { kind: 'text', maxLength: 50 },
      { required: true, example: '张伟', descriptionZh: '法定代表人姓名' }),
    column('foundedOn', '成立日期', 'Founded on', { kind: 'date' },
      { required: true, example: '2018-03-15', descriptionZh: '营业执照成立日期，格式 YYYY-MM-DD' }),
    column('registeredCapitalFen', '注册资本（万元）', 'Registered capital (10k yuan)', { kind: 'wan', allowNegative: false },
      { required: true, example: '500', descriptionZh: '单位万元，最多6位小数' }),
    column('regionCode', '注册地区划代码', 'Region code', { kind: 'region' },
      { required: true, example: '310115', descriptionZh: 'GB/T 2260 六位行政区划代码' }),
    column('industryCode', '行业代码', 'Industry code', { kind: 'industry' },
      { required: true, example: 'I6513', descriptionZh: 'GB/T 4754-2017 国民经济行业代码，可省略门类字母' }),
    column('address', '注册地址', 'Registered address', { kind: 'text', maxLength: 200 },
      { required: true, example: '上海市浦东新区张江路100号', descriptionZh: '营业执照登记的住所' }),
    column('admittedOn', '入园日期', 'Admitted to park on', { kind: 'date' }, { example: '2019-01-10', descriptionZh: '入驻园区日期，可空' }),
    column('employees', '职工人数', 'Employees', { kind: 'count' }, { required: true, example: '120', descriptionZh: '当前职工总数' }),
  ],
  refine(values) {
    const errors: RowError[] = [];
    const { foundedOn, admittedOn } = values;
    if (typeof foundedOn === 'string' && typeof admittedOn === 'string' && admittedOn < foundedOn) {
      errors.push({ column: 'admittedOn', code: 'date_order', message: `admitted on ${admittedOn}, before the founding date ${foundedOn}`, rule: 'admitted_before_founded', params: { admittedOn, foundedOn } });
    }
    return { values, errors };
  },
};
