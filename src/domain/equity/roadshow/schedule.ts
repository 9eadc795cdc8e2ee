// The roadshow (路演) meeting scheduler: slots for accepted meeting requests between enterprises
// and investors, then tables. Pure: the event in, the schedule out, DomainError for a broken event.
//
// Without unavailability, with at least Δ slots (the most requests of one participant) and enough
// tables for ⌈requests / slots⌉ per slot, every request is scheduled (König's edge colouring, then
// evened out). Otherwise the priority-weighted number of meetings is maximised heuristically, and
// every left-out request says why. Either way idle gaps in participants' days are then reduced.
import type { Board } from './board.ts';
import { balanceSlots, colourAll } from './colouring.ts';
import { compactGaps, totalGaps } from './gaps.ts';
import { buildModel, type Model } from './model.ts';
import { whyUnscheduled } from './reasons.ts';
import type { RoadshowEvent, RoadshowSchedule, ScheduledMeeting, UnscheduledRequest } from './types.ts';
import { placementOrder, scheduleWeighted } from './weighted.ts';

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 10_000) / 10_000);

/** The colouring when it fits every request with the tables there are; null otherwise. */
function fullColouring(model: Model, order: readonly number[]): Board | null {
  if (model.hasUnavailability || model.maxDegree > model.slotCount) return null;
  const board = colourAll(model, order);
  if (!board) return null;
  balanceSlots(board);
  if (!board.load.every((n) => n <= model.tableCount)) return null;
  board.capacity = model.tableCount; // from here on, moves keep to the tables
  return board;
}

/** Tables slot by slot; an enterprise keeps the table it had before when it is free. */
function assignTables(board: Board): Int32Array {
  const { model } = board;
  const tableOf = new Int32Array(model.enterpriseOf.length).fill(-1);
  const lastTable = new Int32Array(model.enterpriseCount).fill(-1);
  for (let s = 0; s < model.slotCount; s++) {
    const taken = new Uint8Array(model.tableCount);
    const waiting: number[] = [];
    for (let e = 0; e < model.enterpriseCount; e++) {
      const r = board.meetingOf(e, s);
      if (r === -1) continue;
      const t = lastTable[e]!;
      if (t >= 0 && !taken[t]) {
        taken[t] = 1;
        tableOf[r] = t;
      } else waiting.push(r);
    }
    let next = 0;
    for (const r of waiting) {
      while (taken[next]) next++;
      taken[next] = 1;
      tableOf[r] = next;
    }
    for (let e = 0; e < model.enterpriseCount; e++) {
      const r = board.meetingOf(e, s);
      if (r !== -1) lastTable[e] = tableOf[r]!;
    }
  }
  return tableOf;
}

export function scheduleRoadshow(event: RoadshowEvent): RoadshowSchedule {
  const model = buildModel(event);
  const order = placementOrder(model);
  const coloured = fullColouring(model, order);
  const board = coloured ?? scheduleWeighted(model, order);
  const idleGapsBefore = totalGaps(board);
  compactGaps(board);
  // Moves that shortened days may have freed a slot some left-out request can use.
  let filled = false;
  for (const r of order) if (board.slotOf[r] === -1 && board.placeDirect(r)) filled = true;
  if (filled) compactGaps(board);
  const tableOf = assignTables(board);

  const meetings: ScheduledMeeting[] = [];
  const unscheduled: UnscheduledRequest[] = [];
  let weightScheduled = 0;
  let weightTotal = 0;
  const requestsBySlot = [...event.requests.keys()].sort((a, b) => board.slotOf[a]! - board.slotOf[b]! || tableOf[a]! - tableOf[b]!);
  for (const r of requestsBySlot) {
    const request = event.requests[r]!;
    weightTotal += request.priority;
    const s = board.slotOf[r]!;
    if (s === -1) continue;
    weightScheduled += request.priority;
    meetings.push({ requestId: request.id, slot: event.slots[s]!.id, table: event.tables[tableOf[r]!]!, enterpriseId: request.enterpriseId, investorId: request.investorId });
  }
  const participantIds = [...event.enterprises, ...event.investors];
  for (const r of order) {
    if (board.slotOf[r] !== -1) continue;
    const request = event.requests[r]!;
    const why = whyUnscheduled(board, r);
    unscheduled.push({
      requestId: request.id,
      enterpriseId: request.enterpriseId,
      investorId: request.investorId,
      priority: request.priority,
      reason: why.reason,
      ...(why.participant === undefined ? {} : { participantId: participantIds[why.participant]! }),
    });
  }
  return {
    meetings,
    unscheduled,
    summary: {
      requests: event.requests.length,
      scheduled: meetings.length,
      slots: model.slotCount,
      tables: model.tableCount,
      shareScheduled: ratio(meetings.length, event.requests.length),
      priorityWeightTotal: weightTotal,
      priorityWeightScheduled: weightScheduled,
      priorityShare: ratio(weightScheduled, weightTotal),
      lowerBoundSlots: model.maxDegree,
      idleGapsBefore,
      idleGapsAfter: totalGaps(board),
      method: coloured ? 'edge_colouring' : 'weighted',
    },
  };
}
