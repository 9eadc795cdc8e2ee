import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed } from './random.ts';

function sample(seed: number, count = 5): number[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => rng.next());
}

describe('createRandom', () => {
  it('repeats a stream for the same seed and differs across seeds', () => {
    expect(sample(7)).toEqual(sample(7));
    expect(sample(7)).not.toEqual(sample(8));
    expect(sample(0)).not.toEqual(sample(2 ** 32)); // high bits of large seeds count
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const values = sample(1, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('draws integers inclusively', () => {
    const rng = createRandom(3);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('picks by weight', () => {
    const rng = createRandom(4);
    const draws = Array.from({ length: 10_000 }, () => rng.weighted([['a', 9], ['b', 1], ['c', 0]] as const));
    const share = draws.filter((d) => d === 'a').length / draws.length;
    expect(share).toBeGreaterThan(0.87);
    expect(share).toBeLessThan(0.93);
    expect(draws).not.toContain('c');
  });

  it('draws normals with the requested mean and spread', () => {
    const rng = createRandom(5);
    const values = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });

  it('refuses impossible requests', () => {
    const rng = createRandom(6);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.weighted([['a', 0]])).toThrow(RangeError);
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});

describe('hashSeed', () => {
  it('is stable and spreads nearby strings', () => {
    expect(hashSeed('demo-bank')).toBe(hashSeed('demo-bank'));
    expect(hashSeed('demo-bank')).not.toBe(hashSeed('demo-banl'));
  });
});
