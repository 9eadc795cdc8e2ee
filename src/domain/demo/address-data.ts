// Real road names, by the district they run through, for plausible registered addresses.
// Only roads we are confident lie in the district are listed.

export interface DistrictAddressing {
  /** What precedes the road in a registered address. */
  prefix: string;
  roads: readonly string[];
}

export const DISTRICT_ADDRESSING: Readonly<Record<string, DistrictAddressing>> = {
  // Zhangjiang: streets named after scientists, plus the main roads.
  '310115': {
    prefix: '上海市浦东新区',
    roads: [
      '张江路', '碧波路', '蔡伦路', '郭守敬路', '祖冲之路', '李冰路', '哈雷路', '高斯路', '牛顿路',
      '居里路', '张衡路', '晨晖路', '科苑路', '春晓路', '亮秀路', '李时珍路', '华佗路', '金科路',
      '盛夏路', '松涛路',
    ],
  },
  // Zizhu and its neighbourhood in Minhang.
  '310112': {
    prefix: '上海市闵行区',
    roads: ['东川路', '紫星路', '紫月路', '紫秀路', '剑川路', '沧源路', '华宁路', '江川路', '莲花南路'],
  },
  '310101': { prefix: '上海市黄浦区', roads: ['淮海中路', '西藏中路', '延安东路', '河南中路'] },
  '310104': { prefix: '上海市徐汇区', roads: ['宜山路', '田林路', '桂平路', '虹漕路', '钦州北路'] },
  '310110': { prefix: '上海市杨浦区', roads: ['国定路', '政立路', '淞沪路', '国权路'] },
  '310114': { prefix: '上海市嘉定区', roads: ['沪宜公路', '城北路', '叶城路'] },
  '310117': { prefix: '上海市松江区', roads: ['文汇路', '广富林路', '荣乐东路'] },
  '370212': {
    prefix: '山东省青岛市崂山区',
    roads: ['株洲路', '松岭路', '海尔路', '香港东路', '秦岭路', '苗岭路', '深圳路', '仙霞岭路'],
  },
  '370214': { prefix: '山东省青岛市城阳区', roads: ['正阳路', '长城路', '春阳路', '智力岛路'] },
  '370211': { prefix: '山东省青岛市黄岛区', roads: ['长江中路', '井冈山路', '江山中路', '珠江路'] },
  '370202': { prefix: '山东省青岛市市南区', roads: ['香港中路', '东海西路', '福州南路'] },
  '370203': { prefix: '山东省青岛市市北区', roads: ['敦化路', '延吉路', '辽宁路'] },
};

/** Many Zhangjiang firms register under the free-trade zone's name instead of the district. */
export const PUDONG_FTZ_PREFIX = '中国（上海）自由贸易试验区';
