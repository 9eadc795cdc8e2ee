// Demo financial institutions. All names are fictional (no real bank, fund or insurer is
// meant); they are built the way real Chinese institution names are.
import type { InstitutionType } from './types.ts';

export interface InstitutionSpec {
  key: string;
  type: InstitutionType;
  name: string;
  nameEn: string;
  regionCode: string;
  /** Year of registration: decides old-style or 'MA…' organisation part. */
  founded: number;
  /** Credit-code positions 1–2: '91' company, '12' public institution. */
  authorityAndType?: string;
}

export const INSTITUTION_SPECS: readonly InstitutionSpec[] = [
  // Banks. The first is the demo officer's bank.
  { key: 'demo-bank', type: 'bank', name: '科金示范银行', nameEn: 'Kejin Demo Bank', regionCode: '310115', founded: 2016 },
  { key: 'pudong-tech-bank', type: 'bank', name: '浦东科技银行', nameEn: 'Pudong Technology Bank', regionCode: '310115', founded: 2006 },
  { key: 'shenjiang-bank', type: 'bank', name: '申江银行', nameEn: 'Shenjiang Bank', regionCode: '310101', founded: 1996 },
  { key: 'zizhu-innovation-bank', type: 'bank', name: '紫竹科创银行', nameEn: 'Zizhu Innovation Bank', regionCode: '310112', founded: 2012 },
  { key: 'yangtze-delta-tech-bank', type: 'bank', name: '长三角科创银行', nameEn: 'Yangtze Delta Sci-Tech Bank', regionCode: '310104', founded: 2019 },
  { key: 'huangpu-river-bank', type: 'bank', name: '黄浦江商业银行', nameEn: 'Huangpu River Commercial Bank', regionCode: '310101', founded: 1999 },
  { key: 'east-china-growth-bank', type: 'bank', name: '华东成长银行', nameEn: 'East China Growth Bank', regionCode: '310106', founded: 2008 },
  { key: 'jiaozhou-bay-bank', type: 'bank', name: '胶州湾银行', nameEn: 'Jiaozhou Bay Bank', regionCode: '370202', founded: 1997 },
  { key: 'qingdao-coastal-bank', type: 'bank', name: '青岛海岸银行', nameEn: 'Qingdao Coastal Bank', regionCode: '370212', founded: 2010 },
  // Venture capital.
  { key: 'pujiang-frontier-vc', type: 'vc_fund', name: '上海浦江前沿创业投资管理有限公司', nameEn: 'Pujiang Frontier Ventures', regionCode: '310115', founded: 2009 },
  { key: 'xinhai-ic-fund', type: 'vc_fund', name: '上海芯海集成电路产业投资合伙企业（有限合伙）', nameEn: 'Xinhai IC Industry Fund (LP)', regionCode: '310115', founded: 2018 },
  { key: 'biocove-ventures', type: 'vc_fund', name: '上海湾源生物医药创业投资有限公司', nameEn: 'Biocove Life Science Ventures', regionCode: '310115', founded: 2014 },
  { key: 'zizhu-starlight-vc', type: 'vc_fund', name: '上海紫竹星辰创业投资有限公司', nameEn: 'Zizhu Starlight Ventures', regionCode: '310112', founded: 2011 },
  { key: 'blue-ocean-vc', type: 'vc_fund', name: '青岛蓝海创新创业投资有限公司', nameEn: 'Qingdao Blue Ocean Innovation Ventures', regionCode: '370212', founded: 2016 },
  // Angel investors.
  { key: 'seedling-angel', type: 'angel_fund', name: '上海苗圃天使投资合伙企业（有限合伙）', nameEn: 'Seedling Angel Partners (LP)', regionCode: '310115', founded: 2017 },
  { key: 'haiya-angel', type: 'angel_fund', name: '青岛海芽天使投资有限公司', nameEn: 'Haiya Angel Investment', regionCode: '370212', founded: 2015 },
  // Insurers.
  { key: 'shencheng-tech-insurance', type: 'insurer', name: '申城科技财产保险股份有限公司', nameEn: 'Shencheng Technology Property Insurance', regionCode: '310115', founded: 2013 },
  { key: 'pujiang-property-insurance', type: 'insurer', name: '浦江财产保险股份有限公司', nameEn: 'Pujiang Property & Casualty Insurance', regionCode: '310101', founded: 2004 },
  { key: 'jiaodong-marine-insurance', type: 'insurer', name: '胶东海洋财产保险股份有限公司', nameEn: 'Jiaodong Marine Property Insurance', regionCode: '370202', founded: 2016 },
  // Financing guarantors.
  { key: 'shenke-guarantee', type: 'guarantor', name: '上海申科融资担保有限公司', nameEn: 'Shenke Financing Guarantee', regionCode: '310115', founded: 2010 },
  { key: 'zichen-guarantee', type: 'guarantor', name: '上海紫晨融资担保有限公司', nameEn: 'Zichen Financing Guarantee', regionCode: '310112', founded: 2013 },
  { key: 'lanwan-guarantee', type: 'guarantor', name: '青岛蓝湾融资担保有限公司', nameEn: 'Lanwan Financing Guarantee', regionCode: '370212', founded: 2012 },
  // Small-loan companies.
  { key: 'chengjiang-microcredit', type: 'small_loan', name: '上海澄江科技小额贷款有限公司', nameEn: 'Chengjiang Technology Microcredit', regionCode: '310115', founded: 2011 },
  { key: 'lanhui-microcredit', type: 'small_loan', name: '青岛澜汇科技小额贷款有限公司', nameEn: 'Lanhui Technology Microcredit', regionCode: '370212', founded: 2014 },
  // Government guidance funds: one public institution, one managed by a company.
  {
    key: 'shanghai-innovation-guidance-fund',
    type: 'guidance_fund',
    name: '上海市科技创新示范引导基金管理中心',
    nameEn: 'Shanghai Demonstration Innovation Guidance Fund Centre',
    regionCode: '310000',
    founded: 2008,
    authorityAndType: '12',
  },
  { key: 'qingdao-marine-guidance-fund', type: 'guidance_fund', name: '青岛海科产业引导基金管理有限公司', nameEn: 'Qingdao Haike Industry Guidance Fund Management', regionCode: '370212', founded: 2017 },
];
