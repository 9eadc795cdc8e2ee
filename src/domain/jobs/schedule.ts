// When scheduled work runs: every N seconds/minutes/hours, or daily at HH:MM on the business
// clock (KEJIN_TIMEZONE). The pg-boss provider turns a schedule into a cron expression in that
// zone; the in-process provider counts the delay to the next run itself.

export type JobSchedule = { every: { seconds: number } } | { dailyAt: string };

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const EVERY = /^every\s+(\d+)\s*(s|sec|seconds?|m|min|minutes?|h|hours?)$/i;

/** "daily 02:30", "02:30", "every 6h", "every 30 min", "every 10s" → a schedule; throws on anything else. */
export function parseSchedule(text: string): JobSchedule {
  const value = text.trim();
  const daily = /^(?:daily\s+(?:at\s+)?)?(\d\d:\d\d)$/i.exec(value)?.[1];
  if (daily && HHMM.test(daily)) return { dailyAt: daily };
  const every = EVERY.exec(value);
  if (every) {
    const n = Number(every[1]);
    const unit = every[2]!.toLowerCase()[0];
    const seconds = n * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
    if (seconds >= 1 && seconds <= 86_400) return { every: { seconds } };
  }
  throw new Error(`"${text}" is not a schedule: write HH:MM, "daily HH:MM" or "every N h|min|s"`);
}

/**
 * The cron expression of a schedule (six fields, seconds first, for pg-boss's cron parser).
 * Intervals are aligned to the clock: "every 6 h" runs at 00:00, 06:00, 12:00, 18:00.
 */
export function cronOf(s: JobSchedule): string {
  if ('dailyAt' in s) {
    const [h, m] = s.dailyAt.split(':').map(Number) as [number, number];
    return `0 ${m} ${h} * * *`;
  }
  const secs = s.every.seconds;
  if (secs < 60) return `*/${secs} * * * * *`;
  if (secs < 3600) return `0 */${Math.round(secs / 60)} * * * *`;
  return `0 0 */${Math.round(secs / 3600)} * * *`;
}

/** Minutes east of UTC of `timeZone` at `at` (e.g. 480 for Asia/Shanghai). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** Milliseconds from `now` to the schedule's next run (strictly after now). */
export function msUntilNext(s: JobSchedule, now: Date, timeZone: string): number {
  const t = now.getTime();
  if ('every' in s) {
    const period = s.every.seconds * 1000;
    const offset = offsetMinutes(now, timeZone) * 60_000;
    return period - ((t + offset) % period);
  }
  const [h, m] = s.dailyAt.split(':').map(Number) as [number, number];
  const offset = offsetMinutes(now, timeZone) * 60_000;
  const dayStart = Math.floor((t + offset) / 86_400_000) * 86_400_000 - offset;
  let next = dayStart + (h * 60 + m) * 60_000;
  if (next <= t) next += 86_400_000;
  // Across a daylight-saving change the offset differs at `next`; correct once.
  next -= (offsetMinutes(new Date(next), timeZone) * 60_000 - offset);
  return next - t;
}
