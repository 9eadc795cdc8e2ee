// Demo equity investors. All names are fictional (no real fund, company or person is meant); they
// are built the way real Chinese fund names are. The theses follow the parks' industries:
// Zhangjiang (IC, biomedicine, AI and software), Zizhu (IC and software, new energy, aerospace,
// digital content) and Qingdao (marine science, biomedicine, intelligent manufacturing, new materials).
// Tickets are in 万元 and fund sizes in 亿元 here; the generator turns them into fen.
import type { InvestmentStage, InvestorKind } from '../../../shared/investors.ts';

export interface InvestorSpec {
  /** An institution's key (INSTITUTION_SPECS, or a new organisation below), or an angel's slug. */
  key: string;
  kind: InvestorKind;
  thesis: string;
  stages: InvestmentStage[];
  industryCodes: string[];
  parkCodes: string[];
  regionCodes: string[];
  ticketWan: [number, number];
  fundSizeYi: number | null;
  /** Whether the manager is registered with AMAC (a public guidance-fund centre may not be). */
  registered: boolean;
  /** Companies in the portfolio drawn from the parks' enterprises in the thesis's industries. */
  portfolioSize: number;
}

/** Investor organisations the base institution list does not have. */
export interface InvestorOrganisationSpec {
  key: string;
  type: Exclude<InvestorKind, 'individual_angel'>;
  name: string;
  nameEn: string;
  regionCode: string;
  founded: number;
  authorityAndType?: string;
}

export interface AngelSpec {
  key: string;
  name: string;
  /** Angels sign in with this address (demo password); they have no organisation. */
  email: string;
}

const IC = ['I6520', 'C3973', 'C3562', 'C3972'];
const BIO = ['C27', 'M7340', 'C3581'];
const AI = ['I6513', 'I6511', 'I6550', 'I6531'];
const NEW_ENERGY = ['C3841', 'C3825', 'D4416'];
const AEROSPACE = ['C374'];
const DIGITAL = ['I6572', 'I6579', 'R8626'];
const MARINE = ['M7320', 'C3737', 'C3734', 'M7432'];
const SMART_MFG = ['C3491', 'C3493', 'C4011', 'I6532'];
const MATERIALS = ['C2659', 'C2662', 'C3985', 'M7513'];
const SH = ['310000'];
const QD = ['370200'];

export const INVESTOR_ORGANISATION_SPECS: readonly InvestorOrganisationSpec[] = [
  { key: 'zhangjiang-compute-vc', type: 'vc_fund', name: '上海张江智算创业投资合伙企业（有限合伙）', nameEn: 'Zhangjiang Compute Ventures (LP)', regionCode: '310115', founded: 2019 },
  { key: 'xinding-semiconductor-capital', type: 'vc_fund', name: '上海芯鼎半导体股权投资管理有限公司', nameEn: 'Xinding Semiconductor Capital', regionCode: '310115', founded: 2015 },
  { key: 'shenhe-medical-vc', type: 'vc_fund', name: '上海申禾医疗创业投资有限公司', nameEn: 'Shenhe Medical Ventures', regionCode: '310115', founded: 2012 },
  { key: 'minhang-hardtech-vc', type: 'vc_fund', name: '上海闵行硬科技创业投资有限公司', nameEn: 'Minhang Hard-Tech Ventures', regionCode: '310112', founded: 2018 },
  { key: 'xingyao-digital-fund', type: 'vc_fund', name: '上海星曜数字文化创业投资合伙企业（有限合伙）', nameEn: 'Xingyao Digital Culture Ventures (LP)', regionCode: '310112', founded: 2020 },
  { key: 'laoshan-marine-vc', type: 'vc_fund', name: '青岛崂岚海洋科技创业投资有限公司', nameEn: 'Laolan Marine Technology Ventures', regionCode: '370212', founded: 2016 },
  { key: 'jiaodong-smart-mfg-vc', type: 'vc_fund', name: '青岛胶东智造股权投资管理有限公司', nameEn: 'Jiaodong Smart Manufacturing Capital', regionCode: '370211', founded: 2017 },
  { key: 'haixin-materials-vc', type: 'vc_fund', name: '青岛海新材料创业投资合伙企业（有限合伙）', nameEn: 'Haixin Advanced Materials Ventures (LP)', regionCode: '370212', founded: 2019 },
  { key: 'xinchen-semiconductor-cvc', type: 'corporate_vc', name: '上海芯辰半导体产业投资有限公司', nameEn: 'Xinchen Semiconductor Corporate Ventures', regionCode: '310115', founded: 2016 },
  { key: 'huayao-pharma-cvc', type: 'corporate_vc', name: '上海华曜医药产业投资有限公司', nameEn: 'Huayao Pharma Corporate Ventures', regionCode: '310115', founded: 2014 },
  { key: 'tianheng-aerospace-cvc', type: 'corporate_vc', name: '上海天衡航天科技产业投资有限公司', nameEn: 'Tianheng Aerospace Corporate Ventures', regionCode: '310112', founded: 2017 },
  { key: 'ningrui-energy-cvc', type: 'corporate_vc', name: '上海宁锐新能源产业投资有限公司', nameEn: 'Ningrui New Energy Corporate Ventures', regionCode: '310112', founded: 2018 },
  { key: 'lantao-equipment-cvc', type: 'corporate_vc', name: '青岛澜涛装备产业投资有限公司', nameEn: 'Lantao Equipment Corporate Ventures', regionCode: '370211', founded: 2015 },
  { key: 'haiyao-marine-bio-cvc', type: 'corporate_vc', name: '青岛海曜海洋生物产业投资有限公司', nameEn: 'Haiyao Marine Bio Corporate Ventures', regionCode: '370212', founded: 2016 },
  { key: 'pudong-innovation-guidance', type: 'guidance_fund', name: '上海浦东科技创新引导基金管理有限公司', nameEn: 'Pudong Innovation Guidance Fund Management', regionCode: '310115', founded: 2015 },
  { key: 'minhang-industry-guidance', type: 'guidance_fund', name: '上海闵行区产业引导基金管理有限公司', nameEn: 'Minhang Industry Guidance Fund Management', regionCode: '310112', founded: 2018 },
  { key: 'qingdao-hitech-guidance', type: 'guidance_fund', name: '青岛高新区创业投资引导基金管理中心', nameEn: 'Qingdao Hi-Tech Zone Venture Guidance Fund Centre', regionCode: '370212', founded: 2011, authorityAndType: '12' },
];

export const ANGEL_SPECS: readonly AngelSpec[] = [
  { key: 'angel-lin-zhiyuan', name: '林志远', email: 'lin.zhiyuan@angels.kejin.demo' },
  { key: 'angel-chen-simin', name: '陈思敏', email: 'chen.simin@angels.kejin.demo' },
  { key: 'angel-wang-jianhua', name: '王建华', email: 'wang.jianhua@angels.kejin.demo' },
  { key: 'angel-zhao-xuemei', name: '赵雪梅', email: 'zhao.xuemei@angels.kejin.demo' },
  { key: 'angel-sun-haoran', name: '孙浩然', email: 'sun.haoran@angels.kejin.demo' },
  { key: 'angel-zhou-haitao', name: '周海涛', email: 'zhou.haitao@angels.kejin.demo' },
  { key: 'angel-liu-xiaoyan', name: '刘晓燕', email: 'liu.xiaoyan@angels.kejin.demo' },
  { key: 'angel-zheng-kai', name: '郑凯', email: 'zheng.kai@angels.kejin.demo' },
];

const early: InvestmentStage[] = ['seed', 'angel', 'pre_a'];
const venture: InvestmentStage[] = ['pre_a', 'series_a', 'series_b'];

const spec = (key: string, kind: InvestorKind, thesis: string, stages: InvestmentStage[], industryCodes: string[], parkCodes: string[], ticketWan: [number, number], fundSizeYi: number | null, portfolioSize: number, regionCodes = parkCodes.includes('qingdao') ? QD : SH): InvestorSpec => ({
  key, kind, thesis, stages, industryCodes, parkCodes, regionCodes, ticketWan, fundSizeYi, registered: fundSizeYi !== null, portfolioSize,
});

export const INVESTOR_SPECS: readonly InvestorSpec[] = [
  // Venture capital. The first is the demo investor account's fund.
  spec('pujiang-frontier-vc', 'vc_fund', '聚焦张江、紫竹硬科技早中期项目，重点布局集成电路设计、人工智能与工业软件，关注具备核心自研能力的团队。', venture, [...IC, ...AI], ['zhangjiang', 'zizhu'], [500, 5000], 30, 6),
  spec('xinhai-ic-fund', 'vc_fund', '集成电路全产业链投资：芯片设计、制造工艺、半导体设备与材料，支持国产替代关键环节。', ['series_a', 'series_b', 'series_c'], [...IC, 'C3985'], ['zhangjiang', 'zizhu'], [3000, 20000], 80, 5),
  spec('biocove-ventures', 'vc_fund', '专注创新药、医疗器械与CRO服务，偏好临床前至临床II期的生物医药企业。', venture, BIO, ['zhangjiang', 'qingdao'], [1000, 8000], 45, 5, ['310000', '370200']),
  spec('zizhu-starlight-vc', 'vc_fund', '立足紫竹高新区，投资新能源电池与储能、商业航天零部件及数字内容平台。', venture, [...NEW_ENERGY, ...AEROSPACE, ...DIGITAL], ['zizhu'], [500, 3000], 15, 5),
  spec('blue-ocean-vc', 'vc_fund', '海洋科技与蓝色经济：海洋观测装备、海洋药物、船舶与海工配套。', venture, [...MARINE, 'C2761'], ['qingdao'], [300, 3000], 12, 4),
  spec('zhangjiang-compute-vc', 'vc_fund', '人工智能基础设施与大模型应用：算力调度、数据服务、行业智能软件。', early, AI, ['zhangjiang'], [200, 2000], 8, 4),
  spec('xinding-semiconductor-capital', 'vc_fund', '半导体设备、EDA工具与先进封装，陪伴企业从样机到量产。', ['series_a', 'series_b', 'pre_ipo'], IC, ['zhangjiang', 'zizhu'], [2000, 15000], 50, 4),
  spec('shenhe-medical-vc', 'vc_fund', '高端医疗器械与体外诊断，关注临床需求明确、注册路径清晰的项目。', venture, ['C358', 'C2761', 'M7340'], ['zhangjiang'], [800, 6000], 20, 4),
  spec('minhang-hardtech-vc', 'vc_fund', '闵行硬科技：卫星与航天器零部件、动力电池材料与装备。', venture, [...AEROSPACE, ...NEW_ENERGY], ['zizhu'], [1000, 8000], 25, 4),
  spec('xingyao-digital-fund', 'vc_fund', '数字文化与内容科技：游戏引擎、数字出版、虚拟演出与文化IP运营。', early, DIGITAL, ['zizhu'], [200, 1500], 5, 3),
  spec('laoshan-marine-vc', 'vc_fund', '海洋生物、海洋仪器与海洋信息服务的早中期投资。', ['angel', 'pre_a', 'series_a'], MARINE, ['qingdao'], [300, 2500], 10, 4),
  spec('jiaodong-smart-mfg-vc', 'vc_fund', '智能制造：工业机器人、智能检测装备与工业互联网平台。', venture, SMART_MFG, ['qingdao'], [500, 5000], 18, 4),
  spec('haixin-materials-vc', 'vc_fund', '新材料：高性能纤维、特种化学品、电子专用材料与材料检测服务。', venture, MATERIALS, ['qingdao'], [500, 4000], 12, 4),
  // Angel funds.
  spec('seedling-angel', 'angel_fund', '张江首投天使：人工智能、芯片设计与生物科技的种子轮和天使轮。', ['seed', 'angel'], [...AI, 'I6520', 'M7340'], ['zhangjiang'], [50, 500], 3, 4),
  spec('haiya-angel', 'angel_fund', '青岛高新区早期项目：海洋科技、智能装备与新材料的天使轮。', ['seed', 'angel'], [...MARINE, ...SMART_MFG, ...MATERIALS], ['qingdao'], [50, 400], 2, 4),
  // Corporate venture capital.
  spec('xinchen-semiconductor-cvc', 'corporate_vc', '围绕母公司晶圆制造业务做产业链战略投资：设备零部件、材料与设计服务。', ['series_a', 'series_b', 'strategic'], IC, ['zhangjiang', 'zizhu'], [2000, 10000], 20, 4),
  spec('huayao-pharma-cvc', 'corporate_vc', '母公司为制药集团，战略投资创新药、制剂技术与CRO/CDMO服务。', ['series_a', 'series_b', 'strategic'], BIO, ['zhangjiang'], [1500, 10000], 25, 4),
  spec('tianheng-aerospace-cvc', 'corporate_vc', '商业航天产业链协同投资：卫星载荷、航天电子与测控软件。', ['pre_a', 'series_a', 'strategic'], [...AEROSPACE, 'C3963', 'I6513'], ['zizhu'], [1000, 6000], 15, 3),
  spec('ningrui-energy-cvc', 'corporate_vc', '新能源产业投资：锂电池与储能系统、光伏发电及能源管理软件。', ['series_a', 'series_b', 'strategic'], [...NEW_ENERGY, 'M7515'], ['zizhu'], [1000, 8000], 20, 3),
  spec('lantao-equipment-cvc', 'corporate_vc', '装备制造集团的产业投资平台：工业机器人、数控系统与智能工厂解决方案。', ['series_a', 'series_b', 'strategic'], SMART_MFG, ['qingdao'], [1000, 6000], 15, 3),
  spec('haiyao-marine-bio-cvc', 'corporate_vc', '海洋生物医药：海洋药物、海洋生物材料与功能制品的产业投资。', ['pre_a', 'series_a', 'strategic'], ['C27', 'M7320', 'C2662'], ['qingdao'], [800, 5000], 10, 3),
  // Government guidance funds.
  spec('shanghai-innovation-guidance-fund', 'guidance_fund', '市级科技创新引导基金：通过参股子基金和直投，引导社会资本投向集成电路、生物医药、人工智能三大先导产业。', ['angel', 'series_a', 'series_b', 'series_c'], [...IC, 'C27', ...AI], ['zhangjiang', 'zizhu'], [2000, 30000], 200, 5),
  spec('qingdao-marine-guidance-fund', 'guidance_fund', '青岛海洋产业引导基金：支持海洋科技、海洋生物医药与海工装备，优先投向园区内企业。', ['angel', 'series_a', 'series_b'], [...MARINE, 'C27', ...SMART_MFG], ['qingdao'], [1000, 20000], 100, 5),
  spec('pudong-innovation-guidance', 'guidance_fund', '浦东新区科创引导基金：配套张江重点产业，参股早期基金并跟投优秀项目。', ['seed', 'angel', 'series_a'], [...IC, 'C27', ...AI], ['zhangjiang'], [500, 10000], 50, 4),
  spec('minhang-industry-guidance', 'guidance_fund', '闵行区产业引导基金：新能源、航空航天与数字内容产业的子基金和跟投。', ['angel', 'series_a', 'series_b'], [...NEW_ENERGY, ...AEROSPACE, ...DIGITAL], ['zizhu'], [500, 8000], 30, 4),
  spec('qingdao-hitech-guidance', 'guidance_fund', '高新区创业投资引导基金：智能制造与新材料早期项目的跟投与风险补偿。', ['seed', 'angel', 'pre_a'], [...SMART_MFG, ...MATERIALS], ['qingdao'], [200, 3000], null, 3),
  // Individual angels.
  spec('angel-lin-zhiyuan', 'individual_angel', '连续创业者，曾创办芯片设计公司，关注芯片设计与EDA的首轮融资。', ['seed', 'angel'], ['I6520', 'I6513'], ['zhangjiang'], [30, 300], null, 2),
  spec('angel-chen-simin', 'individual_angel', '前跨国药企研发负责人，投资早期创新药与诊断技术团队。', ['seed', 'angel'], ['C27', 'M7340'], ['zhangjiang'], [50, 300], null, 2),
  spec('angel-wang-jianhua', 'individual_angel', '互联网公司高管出身，关注人工智能应用与企业软件。', ['seed', 'angel', 'pre_a'], AI, ['zhangjiang', 'zizhu'], [20, 200], null, 2),
  spec('angel-zhao-xuemei', 'individual_angel', '关注数字内容、游戏与文化科技的早期创作者团队。', ['seed', 'angel'], DIGITAL, ['zizhu'], [20, 150], null, 2),
  spec('angel-sun-haoran', 'individual_angel', '航天系统工程背景，投资卫星零部件与新能源早期项目。', ['angel', 'pre_a'], [...AEROSPACE, ...NEW_ENERGY], ['zizhu'], [50, 500], null, 2),
  spec('angel-zhou-haitao', 'individual_angel', '海洋工程领域资深专家，投资海洋仪器与海洋生物初创企业。', ['seed', 'angel'], MARINE, ['qingdao'], [30, 300], null, 2),
  spec('angel-liu-xiaoyan', 'individual_angel', '材料学教授，关注高校科研成果转化的新材料项目。', ['seed', 'angel'], MATERIALS, ['qingdao'], [20, 200], null, 2),
  spec('angel-zheng-kai', 'individual_angel', '制造业企业家，投资智能装备与工业软件团队。', ['angel', 'pre_a'], SMART_MFG, ['qingdao'], [50, 400], null, 2),
];
