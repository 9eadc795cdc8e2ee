import { describe, expect, it } from 'vitest';
import { scheduleRoadshow } from './schedule.ts';
import { eventOf } from './synthetic.ts';
import type { RoadshowSchedule } from './types.ts';
import { verifySchedule } from './verify.ts';

// Three meetings of i1 in three slots, e4–i2 beside one of them, e5–i1 left out (i1 is fully booked).
const event = eventOf({ enterprises: 5, investors: 2, slots: 3, tables: 2 }, [[0, 0, 3], [1, 0, 3], [2, 0, 3], [3, 1, 2], [4, 0, 1]], [{ participantId: 'e4', slotIds: ['slot-2', 'slot-3'] }]);
const good = scheduleRoadshow(event);
const copy = (): RoadshowSchedule => structuredClone(good);

describe('verifySchedule', () => {
  it('passes the scheduler’s own output', () => {
    expect(good.unscheduled.map((u) => [u.requestId, u.reason])).toEqual([['req-5', 'slots_exhausted']]);
    expect(verifySchedule(event, good)).toEqual([]);
  });

  it.each<[string, (s: RoadshowSchedule) => void, string]>([
    ['a participant in two meetings at once', (s) => void (s.meetings.find((m) => m.requestId === 'req-2')!.slot = s.meetings.find((m) => m.requestId === 'req-1')!.slot), 'participant_double_booked'],
    ['a table used twice in a slot', (s) => {
      const d = s.meetings.find((m) => m.requestId === 'req-4')!;
      const other = s.meetings.find((m) => m.slot === d.slot && m !== d)!;
      d.table = other.table;
    }, 'table_double_booked'],
    ['a meeting in a slot its side cannot attend', (s) => {
      const d = s.meetings.find((m) => m.requestId === 'req-4')!;
      const free = ['slot-2', 'slot-3'].find((slot) => !s.meetings.some((m) => m.slot === slot && m.investorId === 'i2'))!;
      d.slot = free;
    }, 'participant_unavailable'],
    ['a request neither met nor explained', (s) => void (s.unscheduled = []), 'request_not_once'],
    ['an unknown table', (s) => void (s.meetings[0]!.table = 'T9'), 'unknown_table'],
    ['an unknown slot', (s) => void (s.meetings[0]!.slot = 'slot-7'), 'unknown_slot'],
    ['a meeting with the wrong investor', (s) => void (s.meetings[0]!.investorId = 'i2'), 'pair_mismatch'],
    ['an untrue reason', (s) => void (s.unscheduled[0]!.reason = 'participant_unavailable'), 'reason_untrue'],
    ['the wrong side said fully booked', (s) => void (s.unscheduled[0]!.participantId = 'e5'), 'reason_untrue'],
    ['a request left out of a slot with room', (s) => {
      s.unscheduled.push({ requestId: 'req-4', enterpriseId: 'e4', investorId: 'i2', priority: 2, reason: 'tables_full' });
      s.meetings = s.meetings.filter((m) => m.requestId !== 'req-4');
    }, 'reason_untrue'],
    ['a wrong summary figure', (s) => void (s.summary.priorityWeightScheduled += 1), 'summary_mismatch'],
  ])('finds %s', (_, change, kind) => {
    const schedule = copy();
    change(schedule);
    expect(verifySchedule(event, schedule).map((v) => v.kind)).toContain(kind);
  });
});
