import { describe, expect, it } from 'vitest';
import { checkFundraisingProfile } from '../equity/fundraising/profile.ts';
import { generateDemoFundraisings } from './fundraising.ts';
import { generateDemoData } from './index.ts';

describe('generateDemoFundraisings', () => {
  const today = '2026-12-08';
  const data = generateDemoData({ seed: 42, enterprises: 600, today });
  const made = generateDemoFundraisings(data.enterprises, { seed: 42, today });

  it('gives the demo enterprise a profile with a deck, and about one enterprise in twenty one', () => {
    expect(made[0]).toMatchObject({ ordinal: 0, status: 'open', withDeck: true });
    expect(made.length / data.enterprises.length).toBeGreaterThan(0.03);
    expect(made.length / data.enterprises.length).toBeLessThan(0.08);
    expect(made.filter((f) => f.withDeck).length).toBeLessThanOrEqual(4);
  });

  it('is the same for the same seed and day', () => {
    expect(generateDemoFundraisings(data.enterprises, { seed: 42, today })).toEqual(made);
  });

  it('makes only profiles the domain would accept', () => {
    for (const f of made) expect(() => checkFundraisingProfile(f)).not.toThrow();
  });
});
