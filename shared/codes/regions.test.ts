import { describe, expect, it } from 'vitest';
import { REGIONS, findRegion, isKnownProvincePrefix, isValidRegionCode, regionPath } from './regions.ts';

describe('REGIONS', () => {
  it('lists all 34 province-level divisions', () => {
    expect(REGIONS.filter((region) => region.level === 'province')).toHaveLength(34);
  });

  it('has unique six-digit codes with listed parents', () => {
    expect(new Set(REGIONS.map((region) => region.code)).size).toBe(REGIONS.length);
    for (const region of REGIONS) {
      expect(region.code).toMatch(/^\d{6}$/);
      if (region.parent !== null) expect(isValidRegionCode(region.parent), region.code).toBe(true);
    }
  });

  it('lists all 16 Shanghai districts', () => {
    expect(REGIONS.filter((region) => region.parent === '310000')).toHaveLength(16);
  });
});

describe('findRegion', () => {
  it.each([
    ['310115', '浦东新区', 'Pudong New Area', '310000'],
    ['310112', '闵行区', 'Minhang District', '310000'],
    ['370212', '崂山区', 'Laoshan District', '370200'],
    ['110108', '海淀区', 'Haidian District', '110000'],
    ['440305', '南山区', 'Nanshan District', '440300'],
  ])('%s', (code, nameZh, nameEn, parent) => {
    expect(findRegion(code)).toMatchObject({ code, nameZh, nameEn, parent, level: 'district' });
  });

  it('knows only listed codes', () => {
    expect(isValidRegionCode('310103')).toBe(false); // former Luwan District, merged in 2011
    expect(isValidRegionCode('31011')).toBe(false);
    expect(findRegion('999999')).toBeUndefined();
  });
});

describe('isKnownProvincePrefix', () => {
  it('accepts province prefixes only', () => {
    expect(isKnownProvincePrefix('31')).toBe(true);
    expect(isKnownProvincePrefix('82')).toBe(true);
    expect(isKnownProvincePrefix('10')).toBe(false);
    expect(isKnownProvincePrefix('99')).toBe(false);
  });
});

describe('regionPath', () => {
  it('repeats the municipality as the city for its districts', () => {
    expect(regionPath('310115')).toEqual({ province: '上海市', city: '上海市', district: '浦东新区' });
  });

  it('walks province → city → district', () => {
    expect(regionPath('370212')).toEqual({ province: '山东省', city: '青岛市', district: '崂山区' });
    expect(regionPath('370212', 'en')).toEqual({
      province: 'Shandong',
      city: 'Qingdao',
      district: 'Laoshan District',
    });
  });

  it('stops at the level of the code', () => {
    expect(regionPath('370200')).toEqual({ province: '山东省', city: '青岛市', district: null });
    expect(regionPath('310000')).toEqual({ province: '上海市', city: null, district: null });
    expect(regionPath('310103')).toBeUndefined();
  });
});
