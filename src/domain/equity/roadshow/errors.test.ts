import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { scheduleRoadshow } from './schedule.ts';
import { eventOf } from './synthetic.ts';
import type { RoadshowEvent } from './types.ts';

const base = () => eventOf({ enterprises: 2, investors: 2, slots: 3, days: 1, tables: 2 }, [[0, 0], [1, 1], [0, 1]]);

function refusal(change: (event: RoadshowEvent) => void) {
  const event = base();
  change(event);
  try {
    scheduleRoadshow(event);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).category).toBe('invalid_input');
    return { code: (error as DomainError).code, params: (error as DomainError).params };
  }
  throw new Error('expected a refusal');
}

describe('a broken event is refused with the item at fault', () => {
  it.each<[string, (event: RoadshowEvent) => void, string, Record<string, unknown>]>([
    ['no slots', (e) => void (e.slots = []), 'roadshow.no_slots', {}],
    ['no tables', (e) => void (e.tables = []), 'roadshow.no_tables', {}],
    ['event days backwards', (e) => void (e.lastDay = '2026-03-01'), 'roadshow.event_days_invalid', { firstDay: '2026-03-02', lastDay: '2026-03-01' }],
    ['slot ending before it starts', (e) => void (e.slots[1]!.end = '08:00'), 'roadshow.slot_invalid', { slot: 'slot-2' }],
    ['slot time not HH:MM', (e) => void (e.slots[0]!.start = '9:00'), 'roadshow.slot_invalid', { slot: 'slot-1' }],
    ['slot listed twice', (e) => void (e.slots[2]!.id = 'slot-1'), 'roadshow.duplicate_slot', { slot: 'slot-1' }],
    ['slot after the event', (e) => void (e.slots[2]!.day = '2026-03-09'), 'roadshow.slot_outside_event', { slot: 'slot-3', day: '2026-03-09', firstDay: '2026-03-02', lastDay: '2026-03-02' }],
    ['slot before the event', (e) => void (e.slots[0]!.day = '2026-02-27'), 'roadshow.slot_outside_event', { slot: 'slot-1', day: '2026-02-27', firstDay: '2026-03-02', lastDay: '2026-03-02' }],
    ['slots overlapping', (e) => void (e.slots[1]!.start = '09:10'), 'roadshow.slots_out_of_order', { slot: 'slot-2', previous: 'slot-1' }],
    ['slots out of order', (e) => void e.slots.reverse(), 'roadshow.slots_out_of_order', { slot: 'slot-2', previous: 'slot-3' }],
    ['table listed twice', (e) => void e.tables.push('T1'), 'roadshow.duplicate_table', { table: 'T1' }],
    ['participant on both sides', (e) => void e.investors.push('e1'), 'roadshow.duplicate_participant', { participant: 'e1' }],
    ['request naming an unknown enterprise', (e) => void (e.requests[0]!.enterpriseId = 'e9'), 'roadshow.unknown_participant', { participant: 'e9' }],
    ['request naming an investor as enterprise', (e) => void (e.requests[0]!.enterpriseId = 'i2'), 'roadshow.unknown_participant', { participant: 'i2' }],
    ['request naming an unknown investor', (e) => void (e.requests[1]!.investorId = 'i7'), 'roadshow.unknown_participant', { participant: 'i7' }],
    ['unavailability of an unknown participant', (e) => void e.unavailable.push({ participantId: 'x', slotIds: [] }), 'roadshow.unknown_participant', { participant: 'x' }],
    ['request listed twice', (e) => void e.requests.push({ ...e.requests[0]!, investorId: 'i2' }), 'roadshow.duplicate_request', { request: 'req-1' }],
    ['same meeting asked twice', (e) => void e.requests.push({ ...e.requests[0]!, id: 'req-9' }), 'roadshow.duplicate_pair', { request: 'req-9', other: 'req-1', enterprise: 'e1', investor: 'i1' }],
    ['priority zero', (e) => void (e.requests[2]!.priority = 0), 'roadshow.priority_invalid', { request: 'req-3', priority: '0' }],
    ['fractional priority', (e) => void (e.requests[2]!.priority = 1.5), 'roadshow.priority_invalid', { request: 'req-3', priority: '1.5' }],
    ['unavailable in an unknown slot', (e) => void e.unavailable.push({ participantId: 'i1', slotIds: ['slot-9'] }), 'roadshow.unavailable_unknown_slot', { participant: 'i1', slot: 'slot-9' }],
    ['unavailable in every slot with requests', (e) => void e.unavailable.push({ participantId: 'e1', slotIds: ['slot-1', 'slot-2'] }, { participantId: 'e1', slotIds: ['slot-3'] }), 'roadshow.participant_never_available', { participant: 'e1', requests: 2 }],
  ])('%s', (_, change, code, params) => {
    expect(refusal(change)).toEqual({ code, params });
  });

  it('takes a participant without requests who can attend no slot', () => {
    const event = eventOf({ enterprises: 3, investors: 1, slots: 1, tables: 1 }, [[0, 0]], [{ participantId: 'e3', slotIds: ['slot-1'] }]);
    expect(scheduleRoadshow(event).summary.scheduled).toBe(1);
  });

  it('schedules an event without requests', () => {
    const schedule = scheduleRoadshow(eventOf({ enterprises: 1, investors: 1, slots: 1, tables: 1 }, []));
    expect(schedule).toMatchObject({ meetings: [], unscheduled: [], summary: { requests: 0, shareScheduled: 1, priorityShare: 1, lowerBoundSlots: 0 } });
  });
});
