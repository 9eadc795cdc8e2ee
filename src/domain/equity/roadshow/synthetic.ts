// Synthetic roadshows from a seeded random, for tests and the benchmark: some investors far more
// sought after than others, mostly low priorities, and a share of participants away for a few slots.
import { createRandom } from '../../demo/random.ts';
import type { MeetingRequest, RoadshowEvent, RoadshowSlot, Unavailability } from './types.ts';

export interface EventShape {
  slots: number;
  days?: number;
  tables: number;
}

export interface SyntheticShape extends EventShape {
  seed: number;
  enterprises: number;
  investors: number;
  requests: number;
  /** Share of participants who cannot attend 1–3 slots (never all of them). */
  unavailableShare?: number;
}

const FIRST_DAY = '2026-03-02';
const pad = (n: number) => String(n).padStart(2, '0');

function slotsOf(count: number, days: number): RoadshowSlot[] {
  const perDay = Math.ceil(count / days);
  return Array.from({ length: count }, (_, s) => {
    const day = Math.floor(s / perDay);
    const minutes = 9 * 60 + (s % perDay) * 30;
    return { id: `slot-${s + 1}`, day: `2026-03-${pad(2 + day)}`, start: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, end: `${pad(Math.floor((minutes + 25) / 60))}:${pad((minutes + 25) % 60)}` };
  });
}

/** An event over the given (enterprise, investor, priority) triples; participants are e1…, i1…. */
export function eventOf(shape: EventShape & { enterprises: number; investors: number }, pairs: readonly (readonly [number, number, number?])[], unavailable: Unavailability[] = []): RoadshowEvent {
  const slots = slotsOf(shape.slots, shape.days ?? 1);
  const requests: MeetingRequest[] = pairs.map(([e, i, priority], n) => ({ id: `req-${n + 1}`, enterpriseId: `e${e + 1}`, investorId: `i${i + 1}`, priority: priority ?? 1 }));
  return {
    firstDay: FIRST_DAY,
    lastDay: slots[slots.length - 1]?.day ?? FIRST_DAY,
    slots,
    tables: Array.from({ length: shape.tables }, (_, t) => `T${t + 1}`),
    enterprises: Array.from({ length: shape.enterprises }, (_, e) => `e${e + 1}`),
    investors: Array.from({ length: shape.investors }, (_, i) => `i${i + 1}`),
    requests,
    unavailable,
  };
}

export function syntheticRoadshow(shape: SyntheticShape): RoadshowEvent {
  const random = createRandom(shape.seed);
  const popularity = Array.from({ length: shape.investors }, (_, i) => [i, 1 / (1 + i / 10)] as const);
  const seen = new Set<string>();
  const pairs: [number, number, number][] = [];
  const limit = Math.min(shape.requests, shape.enterprises * shape.investors);
  while (pairs.length < limit) {
    const e = random.int(0, shape.enterprises - 1);
    const i = random.weighted(popularity);
    if (seen.has(`${e}:${i}`)) continue;
    seen.add(`${e}:${i}`);
    pairs.push([e, i, random.weighted([[1, 40], [2, 30], [3, 20], [4, 7], [5, 3]] as const)]);
  }
  const slotIds = slotsOf(shape.slots, shape.days ?? 1).map((s) => s.id);
  const unavailable: Unavailability[] = [];
  const people = [...Array.from({ length: shape.enterprises }, (_, e) => `e${e + 1}`), ...Array.from({ length: shape.investors }, (_, i) => `i${i + 1}`)];
  for (const participantId of people) {
    if (!random.chance(shape.unavailableShare ?? 0)) continue;
    const away = new Set<string>();
    const count = Math.min(random.int(1, 3), slotIds.length - 1);
    while (away.size < count) away.add(random.pick(slotIds));
    unavailable.push({ participantId, slotIds: [...away] });
  }
  return eventOf(shape, pairs, unavailable);
}
