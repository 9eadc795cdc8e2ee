// Roadshows (路演): the event a meeting scheduler is asked to plan — its slots, tables, participants,
// accepted meeting requests and who cannot attend when. Each refusal names the item at fault.
import { invalid } from './entry.ts';

export const ROADSHOW_ERRORS = {
  'roadshow.no_slots': invalid('The event has no meeting slots'),
  'roadshow.no_tables': invalid('The event has no tables'),
  'roadshow.event_days_invalid': invalid('The event runs from {firstDay} to {lastDay}: give two dates (YYYY-MM-DD), the first not after the last', { firstDay: 'text', lastDay: 'text' }),
  'roadshow.slot_invalid': invalid('Slot {slot} needs a day (YYYY-MM-DD) and a start before its end (HH:MM)', { slot: 'text' }),
  'roadshow.duplicate_slot': invalid('Slot {slot} is listed twice', { slot: 'text' }),
  'roadshow.slot_outside_event': invalid('Slot {slot} is on {day}, outside the event ({firstDay} to {lastDay})', { slot: 'text', day: 'text', firstDay: 'text', lastDay: 'text' }),
  'roadshow.slots_out_of_order': invalid('Slot {slot} starts before slot {previous} ends: list slots in time order without overlaps', { slot: 'text', previous: 'text' }),
  'roadshow.duplicate_table': invalid('Table {table} is listed twice', { table: 'text' }),
  'roadshow.duplicate_participant': invalid('Participant {participant} is listed twice', { participant: 'text' }),
  'roadshow.unknown_participant': invalid('{participant} is not a participant of the event', { participant: 'text' }),
  'roadshow.duplicate_request': invalid('Meeting request {request} is listed twice', { request: 'text' }),
  'roadshow.duplicate_pair': invalid('Meeting requests {request} and {other} ask for the same meeting of {enterprise} and {investor}', { request: 'text', other: 'text', enterprise: 'text', investor: 'text' }),
  'roadshow.priority_invalid': invalid('Meeting request {request} has priority {priority}; a priority is a whole number of at least 1', { request: 'text', priority: 'text' }),
  'roadshow.unavailable_unknown_slot': invalid('{participant} is said to be unavailable in slot {slot}, which is not a slot of the event', { participant: 'text', slot: 'text' }),
  'roadshow.participant_never_available': invalid('{participant} has {requests} accepted meeting request(s) but is unavailable in every slot', { participant: 'text', requests: 'number' }),
} as const;
