// The weighted heuristic against the true optimum, found by exhaustive search on tiny events
// (10 requests, 3 slots, 2–3 tables, many participants away): how close it comes, not a proof.
import { describe, expect, it } from 'vitest';
import { scheduleRoadshow } from './schedule.ts';
import { syntheticRoadshow } from './synthetic.ts';
import type { RoadshowEvent } from './types.ts';
import { verifySchedule } from './verify.ts';

/** The most priority weight any schedule of the event can hold (branch and bound over slots). */
function optimum(event: RoadshowEvent): number {
  const cannot = new Set(event.unavailable.flatMap((u) => u.slotIds.map((s) => `${u.participantId}|${s}`)));
  const busy = new Set<string>();
  const load = event.slots.map(() => 0);
  let best = 0;
  const search = (i: number, weight: number, rest: number): void => {
    if (weight + rest <= best) return;
    const request = event.requests[i];
    if (!request) {
      best = weight;
      return;
    }
    event.slots.forEach((slot, s) => {
      const keys = [`${request.enterpriseId}|${slot.id}`, `${request.investorId}|${slot.id}`];
      if (load[s]! >= event.tables.length || keys.some((k) => busy.has(k) || cannot.has(k))) return;
      keys.forEach((k) => busy.add(k));
      load[s]!++;
      search(i + 1, weight + request.priority, rest - request.priority);
      keys.forEach((k) => busy.delete(k));
      load[s]!--;
    });
    search(i + 1, weight, rest - request.priority);
  };
  search(0, 0, event.requests.reduce((sum, r) => sum + r.priority, 0));
  return best;
}

describe('the weighted heuristic on tiny events', () => {
  it('reaches the optimum in most of 40 seeded events and within 15% in all', () => {
    const ratios = Array.from({ length: 40 }, (_, c) => {
      const event = syntheticRoadshow({ seed: c + 1, enterprises: 5, investors: 3, requests: 10, slots: 3, tables: 2 + (c % 2), unavailableShare: 0.4 });
      const schedule = scheduleRoadshow(event);
      expect(verifySchedule(event, schedule)).toEqual([]);
      return schedule.summary.priorityWeightScheduled / optimum(event);
    });
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1); // the search is a true bound
    // At this commit: 36 of 40 optimal, mean 99.2%, worst 8/9 (an exchange two meetings deep).
    expect(ratios.filter((r) => r === 1).length).toBeGreaterThanOrEqual(34);
    expect(ratios.reduce((sum, r) => sum + r, 0) / ratios.length).toBeGreaterThanOrEqual(0.98);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.85);
  });
});
