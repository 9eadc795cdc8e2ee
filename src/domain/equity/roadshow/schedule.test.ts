import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../demo/random.ts';
import { scheduleRoadshow } from './schedule.ts';
import { eventOf, syntheticRoadshow } from './synthetic.ts';
import type { RoadshowEvent, RoadshowSchedule } from './types.ts';
import { verifySchedule } from './verify.ts';

function scheduled(event: RoadshowEvent): RoadshowSchedule {
  const schedule = scheduleRoadshow(event);
  expect(verifySchedule(event, schedule)).toEqual([]);
  return schedule;
}

function shuffled(random: Random, n: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** k-regular bipartite n × n without repeated pairs: k distinct shifts of a random permutation. */
function regularPairs(seed: number, n: number, k: number): [number, number][] {
  const random = createRandom(seed);
  const perm = shuffled(random, n);
  const shifts = shuffled(random, n).slice(0, k);
  return shifts.flatMap((shift) => perm.map((p, e) => [e, (p + shift) % n] as [number, number]));
}

function irregularPairs(seed: number, enterprises: number, investors: number, edges: number): [number, number][] {
  const random = createRandom(seed);
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  while (pairs.length < edges) {
    const e = random.int(0, enterprises - 1);
    // The smaller of two draws: low-numbered investors are asked far more often.
    const i = Math.min(random.int(0, investors - 1), random.int(0, investors - 1));
    if (seen.has(`${e}:${i}`)) continue;
    seen.add(`${e}:${i}`);
    pairs.push([e, i]);
  }
  return pairs;
}

function maxDegree(pairs: readonly (readonly [number, number])[]): number {
  const degree = new Map<string, number>();
  for (const [e, i] of pairs) for (const key of [`e${e}`, `i${i}`]) degree.set(key, (degree.get(key) ?? 0) + 1);
  return Math.max(...degree.values());
}

const KONIG_CASES = Array.from({ length: 20 }, (_, c) => {
  const seed = 1000 + c;
  const random = createRandom(seed);
  if (c % 2 === 0) {
    const n = random.int(4, 30);
    return { name: `regular n=${n}`, enterprises: n, investors: n, pairs: regularPairs(seed, n, random.int(2, Math.min(n, 12))) };
  }
  const enterprises = random.int(5, 60);
  const investors = random.int(3, 25);
  const pairs = irregularPairs(seed, enterprises, investors, random.int(10, Math.floor((enterprises * investors) / 3)));
  return { name: `irregular ${enterprises}×${investors}`, enterprises, investors, pairs };
});

describe('König case: no unavailability, tables not the limit', () => {
  it.each(KONIG_CASES)('$name: every request in Δ slots, with only ⌈E/Δ⌉ tables', ({ enterprises, investors, pairs }) => {
    const delta = maxDegree(pairs);
    const tables = Math.ceil(pairs.length / delta);
    const schedule = scheduled(eventOf({ enterprises, investors, slots: delta, days: 2, tables }, pairs));
    expect(schedule.unscheduled).toEqual([]);
    expect(schedule.summary).toMatchObject({ scheduled: pairs.length, shareScheduled: 1, priorityShare: 1, lowerBoundSlots: delta, method: 'edge_colouring' });
    expect(new Set(schedule.meetings.map((m) => m.slot)).size).toBeLessThanOrEqual(delta);
  });

  it('schedules every request when there are more slots than Δ, and never raises the idle gaps', () => {
    const pairs = irregularPairs(7, 40, 12, 150);
    const schedule = scheduled(eventOf({ enterprises: 40, investors: 12, slots: maxDegree(pairs) + 4, days: 3, tables: 40 }, pairs));
    expect(schedule.summary.scheduled).toBe(150);
    expect(schedule.summary.idleGapsAfter).toBeLessThanOrEqual(schedule.summary.idleGapsBefore);
  });
});

describe('short slots, tables or availability: priority first, every omission explained', () => {
  it('one investor asked five times in three slots meets the three most important', () => {
    const pairs = [[0, 0, 2], [1, 0, 5], [2, 0, 1], [3, 0, 4], [4, 0, 3]] as const;
    const schedule = scheduled(eventOf({ enterprises: 5, investors: 1, slots: 3, tables: 5 }, pairs));
    expect(schedule.meetings.map((m) => m.enterpriseId).sort()).toEqual(['e2', 'e4', 'e5']);
    expect(schedule.unscheduled.map((u) => [u.requestId, u.reason, u.participantId])).toEqual([
      ['req-1', 'slots_exhausted', 'i1'],
      ['req-3', 'slots_exhausted', 'i1'],
    ]);
    expect(schedule.summary).toMatchObject({ priorityWeightScheduled: 12, priorityWeightTotal: 15, priorityShare: 0.8, lowerBoundSlots: 5 });
  });

  it('two tables in one slot go to the two most important of four meetings', () => {
    const pairs = [[0, 0, 1], [1, 1, 3], [2, 2, 2], [3, 3, 4]] as const;
    const schedule = scheduled(eventOf({ enterprises: 4, investors: 4, slots: 1, tables: 2 }, pairs));
    expect(schedule.meetings.map((m) => m.requestId).sort()).toEqual(['req-2', 'req-4']);
    expect(new Set(schedule.meetings.map((m) => m.table))).toEqual(new Set(['T1', 'T2']));
    expect(schedule.unscheduled.map((u) => u.reason)).toEqual(['tables_full', 'tables_full']);
  });

  it('a meeting kept out by its sides’ more important meetings is lower_priority', () => {
    // e1–i2 can only be in slot 1, e2–i1 only in slot 2, so e1–i1 (priority 1) finds a side busy in each.
    const event = eventOf({ enterprises: 2, investors: 2, slots: 2, tables: 4 }, [[0, 1, 5], [1, 0, 5], [0, 0, 1]], [
      { participantId: 'i2', slotIds: ['slot-2'] },
      { participantId: 'e2', slotIds: ['slot-1'] },
    ]);
    const schedule = scheduled(event);
    expect(schedule.meetings.map((m) => [m.requestId, m.slot])).toEqual([['req-1', 'slot-1'], ['req-2', 'slot-2']]);
    expect(schedule.unscheduled).toEqual([{ requestId: 'req-3', enterpriseId: 'e1', investorId: 'i1', priority: 1, reason: 'lower_priority' }]);
  });

  it('honours unavailability: a pair with no common slot is participant_unavailable, the rest avoid the blocked slots', () => {
    const event = eventOf({ enterprises: 2, investors: 1, slots: 3, tables: 2 }, [[0, 0], [1, 0]], [
      { participantId: 'e1', slotIds: ['slot-1', 'slot-2'] },
      { participantId: 'i1', slotIds: ['slot-3'] },
      { participantId: 'e2', slotIds: ['slot-1'] },
    ]);
    const schedule = scheduled(event);
    expect(schedule.meetings).toEqual([{ requestId: 'req-2', slot: 'slot-2', table: 'T1', enterpriseId: 'e2', investorId: 'i1' }]);
    expect(schedule.unscheduled.map((u) => u.reason)).toEqual(['participant_unavailable']);
  });

  it('displaces a less important meeting when that is the only way in', () => {
    // Priority-order placement puts e1–i1 (3) in slot 1 first; e2–i1 (5) can only use slot 1.
    const event = eventOf({ enterprises: 2, investors: 1, slots: 2, tables: 1 }, [[0, 0, 3], [1, 0, 5]], [{ participantId: 'e2', slotIds: ['slot-2'] }]);
    const schedule = scheduled(event);
    expect(schedule.meetings.map((m) => [m.requestId, m.slot])).toEqual([['req-2', 'slot-1'], ['req-1', 'slot-2']]);
  });

  it.each([
    { seed: 1, enterprises: 60, investors: 20, requests: 400, slots: 8, tables: 12, unavailableShare: 0.3 },
    { seed: 2, enterprises: 30, investors: 30, requests: 300, slots: 12, days: 2, tables: 30, unavailableShare: 0.5 },
    { seed: 3, enterprises: 100, investors: 10, requests: 500, slots: 6, tables: 4 },
    { seed: 4, enterprises: 20, investors: 20, requests: 120, slots: 20, days: 2, tables: 3, unavailableShare: 0.2 },
  ])('synthetic event $seed keeps every rule, explains every omission, and shortens the days', (shape) => {
    const event = syntheticRoadshow(shape);
    const schedule = scheduled(event);
    expect(schedule.summary.method).toBe('weighted');
    expect(schedule.summary.idleGapsAfter).toBeLessThanOrEqual(schedule.summary.idleGapsBefore);
    expect(scheduleRoadshow(event)).toEqual(schedule); // deterministic
  });
});

describe('idle gaps', () => {
  it('moves a meeting next to its participant’s other one when a slot is free for both sides', () => {
    // Priority order puts e1–i1 in slot 1; e2 cannot attend slot 2, so e2–i1 goes to slot 3 and i1 idles in slot 2.
    const event = eventOf({ enterprises: 2, investors: 1, slots: 3, tables: 2 }, [[0, 0, 3], [1, 0, 2]], [{ participantId: 'e2', slotIds: ['slot-2'] }]);
    const schedule = scheduled(event);
    expect(schedule.summary).toMatchObject({ idleGapsBefore: 1, idleGapsAfter: 0 });
    expect(schedule.meetings.map((m) => [m.requestId, m.slot])).toEqual([['req-1', 'slot-2'], ['req-2', 'slot-3']]);
  });

  it('counts gaps within a day only: a participant meeting at the end of one day and the start of the next has none', () => {
    const event = eventOf({ enterprises: 2, investors: 1, slots: 4, days: 2, tables: 1 }, [[0, 0], [1, 0]], [
      { participantId: 'e1', slotIds: ['slot-1', 'slot-3', 'slot-4'] },
      { participantId: 'e2', slotIds: ['slot-1', 'slot-2', 'slot-4'] },
    ]);
    expect(scheduled(event).summary).toMatchObject({ scheduled: 2, idleGapsBefore: 0, idleGapsAfter: 0 });
  });
});
