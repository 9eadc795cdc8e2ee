// The event checked and turned into arrays the scheduler works on: slots, participants and
// requests by index, and one byte per participant and slot for "cannot attend". Every refusal is
// a DomainError naming the item at fault, so a planner can fix the event and run again.
import { fail } from '../../shared/errors.ts';
import type { RoadshowEvent } from './types.ts';

export interface Model {
  event: RoadshowEvent;
  slotCount: number;
  tableCount: number;
  /** Enterprises are participants 0..enterpriseCount-1, investors follow. */
  enterpriseCount: number;
  participantCount: number;
  /** Day index of each slot; a day's slots are contiguous. */
  slotDay: Int32Array;
  /** First slot and one past the last slot of each day. */
  dayFrom: number[];
  dayTo: number[];
  /** Per request (by input index): its enterprise, its investor (participant indices) and weight. */
  enterpriseOf: Int32Array;
  investorOf: Int32Array;
  weight: Int32Array;
  /** blocked[p * slotCount + s] is 1 when participant p cannot attend slot s. */
  blocked: Uint8Array;
  hasUnavailability: boolean;
  /** The most requests of any one participant (König's Δ). */
  maxDegree: number;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function indexSlots(event: RoadshowEvent) {
  if (!DAY.test(event.firstDay) || !DAY.test(event.lastDay) || event.firstDay > event.lastDay) {
    throw fail('roadshow.event_days_invalid', { firstDay: event.firstDay, lastDay: event.lastDay });
  }
  if (event.slots.length === 0) throw fail('roadshow.no_slots');
  const slotIndex = new Map<string, number>();
  const slotDay = new Int32Array(event.slots.length);
  const dayFrom: number[] = [];
  const dayTo: number[] = [];
  event.slots.forEach((slot, s) => {
    if (!DAY.test(slot.day) || !TIME.test(slot.start) || !TIME.test(slot.end) || slot.start >= slot.end) throw fail('roadshow.slot_invalid', { slot: slot.id });
    if (slotIndex.has(slot.id)) throw fail('roadshow.duplicate_slot', { slot: slot.id });
    if (slot.day < event.firstDay || slot.day > event.lastDay) {
      throw fail('roadshow.slot_outside_event', { slot: slot.id, day: slot.day, firstDay: event.firstDay, lastDay: event.lastDay });
    }
    const previous = event.slots[s - 1];
    if (previous && (slot.day < previous.day || (slot.day === previous.day && slot.start < previous.end))) {
      throw fail('roadshow.slots_out_of_order', { slot: slot.id, previous: previous.id });
    }
    if (!previous || previous.day !== slot.day) {
      dayFrom.push(s);
      dayTo.push(s);
    }
    dayTo[dayTo.length - 1] = s + 1;
    slotDay[s] = dayFrom.length - 1;
    slotIndex.set(slot.id, s);
  });
  return { slotIndex, slotDay, dayFrom, dayTo };
}

function indexParticipants(event: RoadshowEvent): Map<string, number> {
  const index = new Map<string, number>();
  for (const id of [...event.enterprises, ...event.investors]) {
    if (index.has(id)) throw fail('roadshow.duplicate_participant', { participant: id });
    index.set(id, index.size);
  }
  const tables = new Set<string>();
  for (const table of event.tables) {
    if (tables.has(table)) throw fail('roadshow.duplicate_table', { table });
    tables.add(table);
  }
  if (tables.size === 0) throw fail('roadshow.no_tables');
  return index;
}

function indexRequests(event: RoadshowEvent, participants: Map<string, number>) {
  const n = event.requests.length;
  const enterpriseOf = new Int32Array(n);
  const investorOf = new Int32Array(n);
  const weight = new Int32Array(n);
  const ids = new Set<string>();
  const pairs = new Map<string, string>();
  const enterpriseCount = event.enterprises.length;
  event.requests.forEach((request, r) => {
    if (ids.has(request.id)) throw fail('roadshow.duplicate_request', { request: request.id });
    ids.add(request.id);
    const e = participants.get(request.enterpriseId);
    if (e === undefined || e >= enterpriseCount) throw fail('roadshow.unknown_participant', { participant: request.enterpriseId });
    const v = participants.get(request.investorId);
    if (v === undefined || v < enterpriseCount) throw fail('roadshow.unknown_participant', { participant: request.investorId });
    if (!Number.isSafeInteger(request.priority) || request.priority < 1) {
      throw fail('roadshow.priority_invalid', { request: request.id, priority: String(request.priority) });
    }
    const pair = `${e}:${v}`;
    const other = pairs.get(pair);
    if (other !== undefined) {
      throw fail('roadshow.duplicate_pair', { request: request.id, other, enterprise: request.enterpriseId, investor: request.investorId });
    }
    pairs.set(pair, request.id);
    enterpriseOf[r] = e;
    investorOf[r] = v;
    weight[r] = request.priority;
  });
  return { enterpriseOf, investorOf, weight };
}

/** Checks the event and indexes it; throws the first problem found. */
export function buildModel(event: RoadshowEvent): Model {
  const { slotIndex, slotDay, dayFrom, dayTo } = indexSlots(event);
  const participants = indexParticipants(event);
  const { enterpriseOf, investorOf, weight } = indexRequests(event, participants);
  const slotCount = event.slots.length;
  const participantCount = participants.size;
  const blocked = new Uint8Array(participantCount * slotCount);
  let hasUnavailability = false;
  for (const entry of event.unavailable) {
    const p = participants.get(entry.participantId);
    if (p === undefined) throw fail('roadshow.unknown_participant', { participant: entry.participantId });
    for (const slotId of entry.slotIds) {
      const s = slotIndex.get(slotId);
      if (s === undefined) throw fail('roadshow.unavailable_unknown_slot', { participant: entry.participantId, slot: slotId });
      blocked[p * slotCount + s] = 1;
      hasUnavailability = true;
    }
  }
  const degree = new Int32Array(participantCount);
  for (let r = 0; r < enterpriseOf.length; r++) {
    degree[enterpriseOf[r]!]!++;
    degree[investorOf[r]!]!++;
  }
  const ids = [...participants.keys()];
  for (let p = 0; p < participantCount; p++) {
    if (degree[p] === 0) continue;
    let open = 0;
    for (let s = 0; s < slotCount; s++) open += 1 - blocked[p * slotCount + s]!;
    if (open === 0) throw fail('roadshow.participant_never_available', { participant: ids[p]!, requests: degree[p]! });
  }
  return {
    event,
    slotCount,
    tableCount: event.tables.length,
    enterpriseCount: event.enterprises.length,
    participantCount,
    slotDay,
    dayFrom,
    dayTo,
    enterpriseOf,
    investorOf,
    weight,
    blocked,
    hasUnavailability,
    maxDegree: degree.reduce((max, d) => Math.max(max, d), 0),
  };
}
