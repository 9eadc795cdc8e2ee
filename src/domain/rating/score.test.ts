import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/index.ts';
import { generateDemoProfile } from '../demo/profiles.ts';
import { demoRegistration } from '../demo/profiles.ts';
import type { EnterpriseProfile } from '../profile/types.ts';
import { EXPERT_MODEL_V1, GRADES } from './expert-model.ts';
import { gradeOf, interpolate, scoreEnterprise } from './score.ts';

const today = '2026-11-21';
const demo = generateDemoData({ seed: 3, enterprises: 400, today });
const profiles: EnterpriseProfile[] = demo.enterprises.map((e) => ({ registration: demoRegistration(e), ...generateDemoProfile(e, { seed: 3, today }) }));

describe('expert model', () => {
  it('interpolates curves and stays flat beyond their ends', () => {
    const curve: [number, number][] = [[0, 0], [10, 1]];
    expect([interpolate(curve, -5), interpolate(curve, 2.5), interpolate(curve, 10), interpolate(curve, 99)]).toEqual([0, 0.25, 1, 1]);
  });

  it('maps scores to the nine grades, best first', () => {
    expect([900, 860, 859, 700, 535, 100].map((s) => gradeOf(EXPERT_MODEL_V1, s))).toEqual(['AAA', 'AAA', 'AA', 'BBB', 'B', 'C']);
  });

  it('scores every demo enterprise within 0–1000 with a grade, a PD falling with the score, and factors', () => {
    const ratings = profiles.map((p) => scoreEnterprise(EXPERT_MODEL_V1, p, today));
    for (const r of ratings) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1000);
      expect(GRADES).toContain(r.grade);
      expect(r.raising.length + r.lowering.length).toBeGreaterThan(0);
      expect(r.raising.every((f) => f.points > 0) && r.lowering.every((f) => f.points < 0)).toBe(true);
    }
    const byScore = [...ratings].sort((a, b) => a.score - b.score);
    expect(byScore[0]!.pd).toBeGreaterThan(byScore.at(-1)!.pd);
    expect(new Set(ratings.map((r) => r.grade)).size).toBeGreaterThanOrEqual(4); // the scale is used, not one grade
  });

  it('ranks enterprises of higher latent quality higher on average', () => {
    const ratings = demo.enterprises.map((e, i) => ({ q: e.latentQuality, score: scoreEnterprise(EXPERT_MODEL_V1, profiles[i]!, today).score }));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const top = ratings.filter((r) => r.q > 0.7).map((r) => r.score);
    const bottom = ratings.filter((r) => r.q < 0.3).map((r) => r.score);
    expect(mean(top)).toBeGreaterThan(mean(bottom) + 50);
  });

  it('never raises the score when a compliance problem is added, all else equal', () => {
    const base = profiles[5]!;
    const worse: EnterpriseProfile = { ...base, complianceEvents: [...base.complianceEvents, { kind: 'administrative_penalty', reference: 'X-1', occurredOn: '2026-06-01', resolvedOn: null, amountFen: 100_000n, description: '罚款' }] };
    expect(scoreEnterprise(EXPERT_MODEL_V1, worse, today).score).toBeLessThanOrEqual(scoreEnterprise(EXPERT_MODEL_V1, base, today).score);
  });

  it('suggests no unsecured limit at the lowest grades and a capped limit otherwise', () => {
    for (const p of profiles.slice(0, 100)) {
      const r = scoreEnterprise(EXPERT_MODEL_V1, p, today);
      if (['CCC', 'CC', 'C'].includes(r.grade)) expect(r.creditLimit.amountFen).toBe(0n);
      expect(r.creditLimit.amountFen).toBeLessThanOrEqual(3_000_000_000n);
      expect(r.creditLimit.amountFen % 1_000_000n).toBe(0n); // whole 万元
    }
  });
});
