import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random.ts';
import { EXACT_LIMIT, FenSums, exactProduct, floorDiv, floorMod, smallOf } from './simulate-exact.ts';

const L = EXACT_LIMIT;

describe('exact integer arithmetic on doubles', () => {
  it('floor-divides exactly up to 2^52, next to multiples of the divisor too', () => {
    // a = k·b − 1 with a near 2^52: the quotient is just below an integer
    const b = 3;
    const a = L - 1; // 2^52 − 1 = 3 × 1,501,199,875,790,165
    expect(floorDiv(a, b)).toBe(1_501_199_875_790_165);
    const cases: [number, number][] = [[0, 1], [L, 1], [L, L], [L - 1, L], [L, L - 1], [L - 1, 2 ** 26 + 1], [L, 7], [4_503_599_627_370_495, 4_503_599_627_370_497 - 2], [1e15 + 1, 999_999_999_999]];
    const r = createRandom(52);
    for (let i = 0; i < 20_000; i++) {
      const d = r.chance(0.5) ? r.int(1, 2 ** 20) : Math.floor(r.next() * L) + 1;
      const q = Math.floor(r.next() * (L / d));
      cases.push([Math.max(0, Math.min(L, q * d + r.pick([-1, 0, 1]))), d]); // q × d ≤ 2^52: exact; near a multiple is where rounding bites
    }
    for (const [x, y] of cases) {
      const want = BigInt(x) / BigInt(y);
      expect(BigInt(floorDiv(x, y))).toBe(want);
      expect(BigInt(floorMod(x, y))).toBe(BigInt(x) % BigInt(y));
    }
  });

  it('multiplies only while the product is at most 2^52', () => {
    expect(exactProduct(2 ** 26, 2 ** 26)).toBe(L);
    expect(exactProduct(2 ** 26 + 1, 2 ** 26)).toBeNaN();
    expect(exactProduct(94_906_265, 47_453_132)).toBe(Number(94_906_265n * 47_453_132n));
    expect(exactProduct(0, 1e300)).toBe(0);
    expect(smallOf(BigInt(L))).toBe(L);
    expect(smallOf(BigInt(L) + 1n)).toBeNaN();
    expect(smallOf(-1n)).toBeNaN();
  });

  it('sums any number of fen without rounding, spilling into bigint past 2^52', () => {
    const sums = new FenSums(2);
    for (let i = 0; i < 5; i++) sums.add(0, L);
    sums.add(0, 7);
    sums.add(0, L - 1);
    expect(sums.get(0)).toBe(6n * BigInt(L) + 6n);
    expect(sums.get(1)).toBe(0n);
    expect([sums.any(0), sums.any(1)]).toEqual([true, false]);
  });
});
