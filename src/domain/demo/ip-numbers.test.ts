import { describe, expect, it } from 'vitest';
import { normalizePatentNumber, SOFTWARE_COPYRIGHT_NUMBER } from '../profile/ip.ts';
import { demoPatentNumber, demoSoftwareCopyrightNumber, demoTrademarkNumber, IP_BLOCK, MAX_DEMO_ORDINAL } from './ip-numbers.ts';

describe('demo IP numbers', () => {
  it('never repeat across firms, years or sequence numbers', () => {
    const seen = new Set<string>();
    for (let ordinal = 0; ordinal < 4000; ordinal += 7) {
      for (let sequence = 0; sequence < IP_BLOCK; sequence += 6) {
        for (const year of [2023, 2024]) {
          seen.add(demoPatentNumber('invention_patent', year, ordinal, sequence));
          seen.add(demoSoftwareCopyrightNumber(year, ordinal, sequence));
        }
        seen.add(demoTrademarkNumber(ordinal, sequence));
      }
    }
    expect(seen.size).toBe(572 * 5 * 5); // 572 ordinals × 5 sequences × (2 + 2 + 1) numbers
  });

  it('is a bijection at the top of the range too', () => {
    const last = [0, 1, 2].map((k) => demoPatentNumber('utility_model', 2024, MAX_DEMO_ORDINAL - k, IP_BLOCK - 1));
    expect(new Set(last).size).toBe(3);
    expect(() => demoPatentNumber('utility_model', 2024, MAX_DEMO_ORDINAL + 1, 0)).toThrow(RangeError);
    expect(() => demoPatentNumber('utility_model', 2024, 0, IP_BLOCK)).toThrow(RangeError);
  });

  it('looks real and passes the import checks', () => {
    for (let ordinal = 0; ordinal < 200; ordinal++) {
      for (const kind of ['invention_patent', 'utility_model', 'design_patent'] as const) {
        const number = demoPatentNumber(kind, 2023, ordinal, ordinal % IP_BLOCK);
        expect(number).toMatch(/^ZL2023[123]\d{7}\.[\dX]$/);
        expect(normalizePatentNumber(kind, number)).toEqual({ ok: true, number });
      }
      expect(demoSoftwareCopyrightNumber(2023, ordinal, 0)).toMatch(SOFTWARE_COPYRIGHT_NUMBER);
      expect(demoTrademarkNumber(ordinal, 0)).toMatch(/^[1-9]\d{7}$/);
    }
  });
});
