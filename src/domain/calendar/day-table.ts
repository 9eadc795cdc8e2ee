// Working days precomputed over the span of covered years: one byte per day, a running count and
// the position of every working day, so counting and stepping by working days cost O(1) inside the
// span. Outside it the plain Monday–Friday rule has a closed form, so both stay O(1) everywhere.
import { dayOfWeek, weekdayNumbered, weekdaysThrough } from './days.ts';

export interface DayTable {
  isWorking(day: number): boolean;
  /**
   * Working days up to and including `day`, from a fixed origin (only differences mean anything).
   * It never falls and rises by one exactly on each working day.
   */
  workingThrough(day: number): number;
  /** The first day on which workingThrough reaches `count`; always a working day. */
  workingDayNumbered(count: number): number;
}

/** `working[i]` is 1 when day `first + i` is a working day. */
export function dayTable(first: number, working: Uint8Array): DayTable {
  const last = first + working.length - 1;
  const running = new Int32Array(working.length + 1);
  for (let i = 0; i < working.length; i++) running[i + 1] = running[i]! + working[i]!;
  const total = running[working.length]!;
  const positions = new Int32Array(total);
  for (let i = 0, k = 0; i < working.length; i++) if (working[i]) positions[k++] = i;
  // Counts before the span follow the weekday count exactly, so the three pieces join up.
  const before = weekdaysThrough(first - 1);
  const afterShift = before + total - weekdaysThrough(last);

  return {
    isWorking(day) {
      if (day >= first && day <= last) return working[day - first] === 1;
      return dayOfWeek(day) % 6 !== 0;
    },
    workingThrough(day) {
      if (day < first) return weekdaysThrough(day);
      if (day <= last) return before + running[day - first + 1]!;
      return afterShift + weekdaysThrough(day);
    },
    workingDayNumbered(count) {
      if (count <= before) return weekdayNumbered(count);
      if (count <= before + total) return first + positions[count - before - 1]!;
      return weekdayNumbered(count - afterShift);
    },
  };
}
