// The demo shows the STAR readiness report at work: some firms meet the attributes, some miss
// narrowly (three of the four groups), some are far away (at most one).
import { describe, expect, it } from 'vitest';
import { evaluateStarReadiness, STAR_2024 } from '../equity/star/index.ts';
import { generateDemoData } from './index.ts';
import { demoRegistration, generateDemoProfiles } from './profiles.ts';

const TODAY = '2026-12-08';

describe('demo STAR readiness', () => {
  const { enterprises } = generateDemoData({ seed: 42, enterprises: 60, today: TODAY });
  const profiles = generateDemoProfiles(enterprises, { seed: 42, today: TODAY });
  const results = enterprises.map((e, i) => evaluateStarReadiness(STAR_2024, { registration: demoRegistration(e), ...profiles[i]! }, TODAY));
  const regularMet = (r: (typeof results)[number]) => r.groups.filter((g) => g.id !== 'exception' && g.met).length;

  it('has firms that meet the attributes, narrowly miss them, and are far away', () => {
    expect(results.filter((r) => r.attributesMet).length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.attributesMet && regularMet(r) === 3).length).toBeGreaterThan(0);
    expect(results.filter((r) => regularMet(r) <= 1).length).toBeGreaterThan(0);
  });

  it('values venture-backed firms from their latest round', () => {
    const valued = results.filter((r) => r.marketValueSource === 'last_round');
    expect(valued.length).toBeGreaterThan(0);
    expect(valued.some((r) => r.expectedMarketValueFen! >= 100_000_000_000n)).toBe(true);
  });
});
