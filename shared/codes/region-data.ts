// GB/T 2260 administrative division codes the platform needs: every province-level
// division, plus the cities and districts that host our parks or their neighbours.
// Only codes in current use are listed; add more here as parks join.

export type RegionLevel = 'province' | 'city' | 'district';

/** [code, Chinese name, English name] */
export type RegionRow = readonly [string, string, string];

export const PROVINCE_ROWS: readonly RegionRow[] = [
  ['110000', '北京市', 'Beijing'],
  ['120000', '天津市', 'Tianjin'],
  ['130000', '河北省', 'Hebei'],
  ['140000', '山西省', 'Shanxi'],
  ['150000', '内蒙古自治区', 'Inner Mongolia'],
  ['210000', '辽宁省', 'Liaoning'],
  ['220000', '吉林省', 'Jilin'],
  ['230000', '黑龙江省', 'Heilongjiang'],
  ['310000', '上海市', 'Shanghai'],
  ['320000', '江苏省', 'Jiangsu'],
  ['330000', '浙江省', 'Zhejiang'],
  ['340000', '安徽省', 'Anhui'],
  ['350000', '福建省', 'Fujian'],
  ['360000', '江西省', 'Jiangxi'],
  ['370000', '山东省', 'Shandong'],
  ['410000', '河南省', 'Henan'],
  ['420000', '湖北省', 'Hubei'],
  ['430000', '湖南省', 'Hunan'],
  ['440000', '广东省', 'Guangdong'],
  ['450000', '广西壮族自治区', 'Guangxi'],
  ['460000', '海南省', 'Hainan'],
  ['500000', '重庆市', 'Chongqing'],
  ['510000', '四川省', 'Sichuan'],
  ['520000', '贵州省', 'Guizhou'],
  ['530000', '云南省', 'Yunnan'],
  ['540000', '西藏自治区', 'Xizang'],
  ['610000', '陕西省', 'Shaanxi'],
  ['620000', '甘肃省', 'Gansu'],
  ['630000', '青海省', 'Qinghai'],
  ['640000', '宁夏回族自治区', 'Ningxia'],
  ['650000', '新疆维吾尔自治区', 'Xinjiang'],
  ['710000', '台湾省', 'Taiwan'],
  ['810000', '香港特别行政区', 'Hong Kong'],
  ['820000', '澳门特别行政区', 'Macao'],
];

/** Municipalities directly under the central government: districts sit under the province row. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['110000', '120000', '310000', '500000']);

export const CITY_ROWS: readonly RegionRow[] = [
  ['320500', '苏州市', 'Suzhou'],
  ['330100', '杭州市', 'Hangzhou'],
  ['370200', '青岛市', 'Qingdao'],
  ['440300', '深圳市', 'Shenzhen'],
];

export const DISTRICT_ROWS: readonly RegionRow[] = [
  // Beijing
  ['110101', '东城区', 'Dongcheng District'],
  ['110102', '西城区', 'Xicheng District'],
  ['110105', '朝阳区', 'Chaoyang District'],
  ['110106', '丰台区', 'Fengtai District'],
  ['110108', '海淀区', 'Haidian District'],
  ['110114', '昌平区', 'Changping District'],
  ['110115', '大兴区', 'Daxing District'],
  // Shanghai: all 16 districts
  ['310101', '黄浦区', 'Huangpu District'],
  ['310104', '徐汇区', 'Xuhui District'],
  ['310105', '长宁区', 'Changning District'],
  ['310106', '静安区', "Jing'an District"],
  ['310107', '普陀区', 'Putuo District'],
  ['310109', '虹口区', 'Hongkou District'],
  ['310110', '杨浦区', 'Yangpu District'],
  ['310112', '闵行区', 'Minhang District'],
  ['310113', '宝山区', 'Baoshan District'],
  ['310114', '嘉定区', 'Jiading District'],
  ['310115', '浦东新区', 'Pudong New Area'],
  ['310116', '金山区', 'Jinshan District'],
  ['310117', '松江区', 'Songjiang District'],
  ['310118', '青浦区', 'Qingpu District'],
  ['310120', '奉贤区', 'Fengxian District'],
  ['310151', '崇明区', 'Chongming District'],
  // Suzhou
  ['320505', '虎丘区', 'Huqiu District'],
  ['320506', '吴中区', 'Wuzhong District'],
  ['320507', '相城区', 'Xiangcheng District'],
  ['320508', '姑苏区', 'Gusu District'],
  ['320509', '吴江区', 'Wujiang District'],
  // Hangzhou
  ['330102', '上城区', 'Shangcheng District'],
  ['330105', '拱墅区', 'Gongshu District'],
  ['330106', '西湖区', 'Xihu District'],
  ['330108', '滨江区', 'Binjiang District'],
  ['330110', '余杭区', 'Yuhang District'],
  // Qingdao
  ['370202', '市南区', 'Shinan District'],
  ['370203', '市北区', 'Shibei District'],
  ['370211', '黄岛区', 'Huangdao District'],
  ['370212', '崂山区', 'Laoshan District'],
  ['370213', '李沧区', 'Licang District'],
  ['370214', '城阳区', 'Chengyang District'],
  ['370215', '即墨区', 'Jimo District'],
  ['370281', '胶州市', 'Jiaozhou'],
  ['370283', '平度市', 'Pingdu'],
  ['370285', '莱西市', 'Laixi'],
  // Shenzhen
  ['440303', '罗湖区', 'Luohu District'],
  ['440304', '福田区', 'Futian District'],
  ['440305', '南山区', 'Nanshan District'],
  ['440306', '宝安区', "Bao'an District"],
  ['440307', '龙岗区', 'Longgang District'],
  ['440309', '龙华区', 'Longhua District'],
  ['440310', '坪山区', 'Pingshan District'],
  ['440311', '光明区', 'Guangming District'],
];
