// What the roadshow (路演) meeting scheduler takes and gives. Ids are the caller's; the scheduler
// keeps them as given and reports by them.

/** One meeting slot; slots are listed in time order, a day's slots one after another. */
export interface RoadshowSlot {
  id: string;
  /** The session's day, YYYY-MM-DD (idle gaps are counted within a day). */
  day: string;
  /** HH:MM, local time of the event. */
  start: string;
  end: string;
}

/** An accepted meeting request; a higher priority is more important (its weight is the priority). */
export interface MeetingRequest {
  id: string;
  enterpriseId: string;
  investorId: string;
  priority: number;
}

export interface Unavailability {
  participantId: string;
  slotIds: string[];
}

export interface RoadshowEvent {
  firstDay: string;
  lastDay: string;
  slots: RoadshowSlot[];
  tables: string[];
  enterprises: string[];
  investors: string[];
  requests: MeetingRequest[];
  unavailable: Unavailability[];
}

export interface ScheduledMeeting {
  requestId: string;
  slot: string;
  table: string;
  enterpriseId: string;
  investorId: string;
}

/**
 * Why a request got no meeting, judged on the final schedule:
 * - participant_unavailable: no slot both sides can attend;
 * - slots_exhausted: one side (participantId) already meets someone in every slot it can attend;
 * - tables_full: a slot both can attend finds both free, but every such slot has all tables taken;
 * - lower_priority: every slot both can attend holds a meeting of one side of higher priority;
 * - no_common_free_slot: each slot both can attend holds a meeting of one side, none of higher
 *   priority, and no exchange the scheduler tried made room.
 */
export type UnscheduledReason = 'participant_unavailable' | 'slots_exhausted' | 'tables_full' | 'lower_priority' | 'no_common_free_slot';
export const UNSCHEDULED_REASONS: readonly UnscheduledReason[] = ['participant_unavailable', 'slots_exhausted', 'tables_full', 'lower_priority', 'no_common_free_slot'];

export interface UnscheduledRequest {
  requestId: string;
  enterpriseId: string;
  investorId: string;
  priority: number;
  reason: UnscheduledReason;
  /** The side that is fully booked (slots_exhausted only). */
  participantId?: string;
}

export interface RoadshowSummary {
  requests: number;
  scheduled: number;
  slots: number;
  tables: number;
  /** scheduled / requests (1 when there are no requests). */
  shareScheduled: number;
  priorityWeightTotal: number;
  priorityWeightScheduled: number;
  /** priorityWeightScheduled / priorityWeightTotal (1 when there are no requests). */
  priorityShare: number;
  /** The most meetings any one participant asked for: no schedule fits every request in fewer slots. */
  lowerBoundSlots: number;
  /** Empty slots between a participant's first and last meeting of a day, summed over participants and days. */
  idleGapsBefore: number;
  idleGapsAfter: number;
  /** edge_colouring: every request fitted by König's colouring; weighted: slots, tables or availability were short. */
  method: 'edge_colouring' | 'weighted';
}

export interface RoadshowSchedule {
  meetings: ScheduledMeeting[];
  unscheduled: UnscheduledRequest[];
  summary: RoadshowSummary;
}
