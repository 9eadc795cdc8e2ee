// An independent check of a schedule against its event, sharing no code with the scheduler: the
// hard constraints, that every request is either met or explained (and the explanation is true
// of the schedule), and the summary's figures. Tests run it on every output; a CLI can too.
import type { RoadshowEvent, RoadshowSchedule, UnscheduledRequest } from './types.ts';

export interface RoadshowViolation {
  kind:
    | 'unknown_request'
    | 'request_not_once'
    | 'pair_mismatch'
    | 'unknown_slot'
    | 'unknown_table'
    | 'participant_double_booked'
    | 'table_double_booked'
    | 'participant_unavailable'
    | 'reason_untrue'
    | 'summary_mismatch';
  detail: string;
}

interface Index {
  busy: Map<string, string>; // `${participant}|${slot}` → request id
  perSlot: Map<string, number>;
  cannot: Set<string>; // `${participant}|${slot}`
  priorityOf: Map<string, number>;
}

function checkMeetings(event: RoadshowEvent, schedule: RoadshowSchedule, index: Index, out: RoadshowViolation[]): void {
  const requests = new Map(event.requests.map((r) => [r.id, r]));
  const slots = new Set(event.slots.map((s) => s.id));
  const tables = new Set(event.tables);
  const tableUse = new Set<string>();
  for (const m of schedule.meetings) {
    const request = requests.get(m.requestId);
    if (!request) out.push({ kind: 'unknown_request', detail: m.requestId });
    else if (request.enterpriseId !== m.enterpriseId || request.investorId !== m.investorId) out.push({ kind: 'pair_mismatch', detail: m.requestId });
    if (!slots.has(m.slot)) out.push({ kind: 'unknown_slot', detail: `${m.requestId} in ${m.slot}` });
    if (!tables.has(m.table)) out.push({ kind: 'unknown_table', detail: `${m.requestId} at ${m.table}` });
    const table = `${m.table}|${m.slot}`;
    if (tableUse.has(table)) out.push({ kind: 'table_double_booked', detail: table });
    tableUse.add(table);
    index.perSlot.set(m.slot, (index.perSlot.get(m.slot) ?? 0) + 1);
    for (const p of [m.enterpriseId, m.investorId]) {
      const key = `${p}|${m.slot}`;
      if (index.busy.has(key)) out.push({ kind: 'participant_double_booked', detail: `${p} in ${m.slot}: ${index.busy.get(key)} and ${m.requestId}` });
      index.busy.set(key, m.requestId);
      if (index.cannot.has(key)) out.push({ kind: 'participant_unavailable', detail: `${p} in ${m.slot} (${m.requestId})` });
    }
  }
}

/** Is the stated reason true of the final schedule? */
function reasonHolds(event: RoadshowEvent, u: UnscheduledRequest, index: Index): boolean {
  const attends = (p: string, slot: string) => !index.cannot.has(`${p}|${slot}`);
  const common = event.slots.map((s) => s.id).filter((s) => attends(u.enterpriseId, s) && attends(u.investorId, s));
  const meetingOf = (p: string, s: string) => index.busy.get(`${p}|${s}`);
  const bothFree = common.filter((s) => !meetingOf(u.enterpriseId, s) && !meetingOf(u.investorId, s));
  // Whatever the reason, a request must not be left out of a slot that has room for it.
  if (bothFree.some((s) => (index.perSlot.get(s) ?? 0) < event.tables.length)) return false;
  switch (u.reason) {
    case 'participant_unavailable':
      return common.length === 0;
    case 'tables_full':
      return bothFree.length > 0;
    case 'slots_exhausted': {
      const p = u.participantId;
      if (p !== u.enterpriseId && p !== u.investorId) return false;
      return event.slots.every((s) => !attends(p, s.id) || meetingOf(p, s.id) !== undefined);
    }
    case 'lower_priority':
    case 'no_common_free_slot': {
      if (common.length === 0 || bothFree.length > 0) return false;
      if (u.reason === 'no_common_free_slot') return true;
      const outranks = (id: string | undefined) => id !== undefined && (index.priorityOf.get(id) ?? 0) > u.priority;
      return common.every((s) => outranks(meetingOf(u.enterpriseId, s)) || outranks(meetingOf(u.investorId, s)));
    }
  }
}

function checkSummary(event: RoadshowEvent, schedule: RoadshowSchedule, index: Index, out: RoadshowViolation[]): void {
  const degree = new Map<string, number>();
  for (const r of event.requests) for (const p of [r.enterpriseId, r.investorId]) degree.set(p, (degree.get(p) ?? 0) + 1);
  const total = event.requests.reduce((sum, r) => sum + r.priority, 0);
  const scheduled = schedule.meetings.reduce((sum, m) => sum + (index.priorityOf.get(m.requestId) ?? 0), 0);
  const share = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const s = schedule.summary;
  const expected: [string, number, number][] = [
    ['requests', s.requests, event.requests.length],
    ['scheduled', s.scheduled, schedule.meetings.length],
    ['slots', s.slots, event.slots.length],
    ['tables', s.tables, event.tables.length],
    ['priorityWeightTotal', s.priorityWeightTotal, total],
    ['priorityWeightScheduled', s.priorityWeightScheduled, scheduled],
    ['lowerBoundSlots', s.lowerBoundSlots, Math.max(0, ...degree.values())],
  ];
  for (const [name, got, want] of expected) if (got !== want) out.push({ kind: 'summary_mismatch', detail: `${name}: ${got}, expected ${want}` });
  if (Math.abs(s.shareScheduled - share(schedule.meetings.length, event.requests.length)) > 1e-4) out.push({ kind: 'summary_mismatch', detail: 'shareScheduled' });
  if (Math.abs(s.priorityShare - share(scheduled, total)) > 1e-4) out.push({ kind: 'summary_mismatch', detail: 'priorityShare' });
}

/** Every way the schedule breaks its event; empty when it keeps every rule. */
export function verifySchedule(event: RoadshowEvent, schedule: RoadshowSchedule): RoadshowViolation[] {
  const out: RoadshowViolation[] = [];
  const cannot = new Set(event.unavailable.flatMap((u) => u.slotIds.map((s) => `${u.participantId}|${s}`)));
  const index: Index = { busy: new Map(), perSlot: new Map(), cannot, priorityOf: new Map(event.requests.map((r) => [r.id, r.priority])) };
  checkMeetings(event, schedule, index, out);
  for (const [slot, n] of index.perSlot) if (n > event.tables.length) out.push({ kind: 'table_double_booked', detail: `${slot} holds ${n} meetings` });
  const seen = new Map<string, number>();
  for (const id of [...schedule.meetings.map((m) => m.requestId), ...schedule.unscheduled.map((u) => u.requestId)]) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const r of event.requests) if (seen.get(r.id) !== 1) out.push({ kind: 'request_not_once', detail: `${r.id} appears ${seen.get(r.id) ?? 0} times` });
  for (const u of schedule.unscheduled) {
    if (!index.priorityOf.has(u.requestId)) out.push({ kind: 'unknown_request', detail: u.requestId });
    else if (!reasonHolds(event, u, index)) out.push({ kind: 'reason_untrue', detail: `${u.requestId}: ${u.reason}` });
  }
  checkSummary(event, schedule, index, out);
  return out;
}
