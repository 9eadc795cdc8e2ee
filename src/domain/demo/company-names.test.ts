import { describe, expect, it } from 'vitest';
import { BLOCKED_BRANDS } from './company-name-data.ts';
import { makeCompanyName } from './company-names.ts';
import { createRandom } from './random.ts';

const input = { cityPrefix: '上海', industryCode: 'I6520', stage: 'growth', employees: 80 } as const;

describe('makeCompanyName', () => {
  it('builds city + brand + industry wording + company form', () => {
    const name = makeCompanyName(createRandom(1), input, new Set());
    expect(name).toMatch(/^上海\p{Script=Han}{2}(微电子|集成电路|半导体科技|电子科技)(股份)?有限公司$/u);
  });

  it('records the name and never repeats one', () => {
    const rng = createRandom(2);
    const taken = new Set<string>();
    const names = Array.from({ length: 3000 }, () => makeCompanyName(rng, input, taken));
    expect(new Set(names).size).toBe(3000);
    expect(taken.size).toBe(3000);
  });

  it('falls back to three-character brands when two-character ones run out', () => {
    const rng = createRandom(3);
    const taken = new Set<string>();
    const names = Array.from({ length: 40_000 }, () => makeCompanyName(rng, input, taken));
    expect(names.some((name) => /^上海\p{Script=Han}{3}(微电子|集成电路)/u.test(name))).toBe(true);
  });

  it('never uses a blocked brand', () => {
    const rng = createRandom(4);
    const taken = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const brand = makeCompanyName(rng, input, taken).slice(2, 4);
      expect(BLOCKED_BRANDS.has(brand)).toBe(false);
    }
  });

  it('uses generic wording for an industry without its own words', () => {
    const name = makeCompanyName(createRandom(5), { ...input, industryCode: 'M7520' }, new Set());
    expect(name).toMatch(/^上海\p{Script=Han}{2}科技(股份)?有限公司$/u);
  });
});
