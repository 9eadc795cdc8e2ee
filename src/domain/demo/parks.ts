// The three demo parks, with the industry mix, districts and founding year the
// generator draws from. Weights are relative, not percentages.
import type { DemoPark } from './types.ts';

export interface ParkSpec {
  code: string;
  name: string;
  nameEn: string;
  regionCode: string;
  /** Share of enterprises in this park. */
  share: number;
  /** Firms are admitted no earlier than this (the park's founding year). */
  foundedOn: string;
  /** Company names start with the city: 上海 / 青岛. */
  cityPrefix: string;
  industryMix: readonly (readonly [string, number])[];
  /** Registered districts: mostly the park's own, some elsewhere in the city. */
  districtMix: readonly (readonly [string, number])[];
}

export const PARK_SPECS: readonly ParkSpec[] = [
  {
    code: 'zhangjiang',
    name: '张江科学城',
    nameEn: 'Zhangjiang Science City',
    regionCode: '310115',
    share: 45,
    foundedOn: '1992-01-01',
    cityPrefix: '上海',
    industryMix: [
      // integrated circuits
      ['I6520', 12], ['C3973', 7], ['C3562', 4], ['C3985', 3], ['C3972', 2],
      // biomedicine
      ['C2761', 7], ['C2762', 4], ['C2720', 5], ['M7340', 6], ['C3581', 4], ['M7512', 2],
      // artificial intelligence and software
      ['I6513', 12], ['I6511', 3], ['I6550', 4], ['I6531', 4], ['C3964', 2], ['I6599', 2],
    ],
    districtMix: [['310115', 85], ['310104', 4], ['310110', 3], ['310112', 3], ['310114', 3], ['310101', 2]],
  },
  {
    code: 'zizhu',
    name: '紫竹高新区',
    nameEn: 'Zizhu High-Tech Park',
    regionCode: '310112',
    share: 30,
    foundedOn: '2001-01-01',
    cityPrefix: '上海',
    industryMix: [
      // integrated circuits and software
      ['I6520', 8], ['I6513', 12], ['I6512', 3], ['I6560', 4], ['C3976', 3], ['C3973', 2],
      // new energy
      ['C3841', 5], ['C3825', 4], ['D4416', 2], ['M7515', 2],
      // aerospace
      ['C3743', 3], ['C3744', 3], ['C3742', 2], ['C3741', 1], ['C3963', 3],
      // digital content
      ['I6572', 6], ['I6579', 3], ['I6422', 2], ['R8626', 2],
    ],
    districtMix: [['310112', 85], ['310104', 5], ['310115', 4], ['310117', 3], ['310110', 3]],
  },
  {
    code: 'qingdao',
    name: '青岛高新区',
    nameEn: 'Qingdao Hi-Tech Zone',
    regionCode: '370212',
    share: 25,
    foundedOn: '1992-01-01',
    cityPrefix: '青岛',
    industryMix: [
      // marine science
      ['M7320', 5], ['C3737', 4], ['C3734', 3], ['C4023', 4], ['M7432', 2],
      // biomedicine
      ['C2761', 5], ['C2710', 3], ['C2720', 3], ['C3584', 3],
      // intelligent manufacturing
      ['C3491', 5], ['C3493', 2], ['C4011', 4], ['C3983', 3], ['I6532', 3],
      // new materials
      ['C2659', 3], ['C2662', 2], ['C3985', 2], ['M7513', 3],
    ],
    districtMix: [['370212', 65], ['370214', 15], ['370211', 8], ['370202', 8], ['370203', 4]],
  },
];

export function toDemoPark(spec: ParkSpec): DemoPark {
  const byWeight = [...spec.industryMix].sort((a, b) => b[1] - a[1]);
  return {
    code: spec.code,
    name: spec.name,
    nameEn: spec.nameEn,
    regionCode: spec.regionCode,
    industries: byWeight.map(([code]) => code),
  };
}
