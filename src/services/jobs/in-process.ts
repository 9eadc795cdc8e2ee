// The in-process provider, for PGlite (one process owns the database): jobs run in this process,
// one at a time per kind, and schedules are timers on the given clock. The jobs table still holds
// every job's status, so a restart shows what ran and what was interrupted.
import { msUntilNext, type JobSchedule } from '../../domain/jobs/schedule.ts';
import type { Deliver, JobMessage, JobProvider } from './types.ts';

export interface InProcessOptions {
  now: () => Date;
  timeZone: string;
  log?: (message: string) => void;
}

export class InProcessProvider implements JobProvider {
  readonly name = 'in-process' as const;
  readonly singleProcess = true;
  private deliver: Deliver | null = null;
  private readonly chains = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(private readonly options: InProcessOptions) {}

  async start(_kinds: string[], deliver: Deliver): Promise<void> {
    this.deliver = deliver;
    this.stopped = false;
  }

  async send(kind: string, message: JobMessage): Promise<void> {
    const deliver = this.deliver;
    if (!deliver || this.stopped) return;
    const previous = this.chains.get(kind) ?? Promise.resolve();
    const next = previous.then(() => (this.stopped ? undefined : deliver(kind, message))).catch((err: unknown) => this.options.log?.(`job ${kind} failed: ${(err as Error).message}`));
    this.chains.set(kind, next);
    void next.finally(() => {
      if (this.chains.get(kind) === next) this.chains.delete(kind);
    });
  }

  async schedule(kind: string, schedule: JobSchedule | null): Promise<void> {
    this.clearTimer(kind);
    if (!schedule) return;
    // After a tick the next is counted from a second on, so a clock that stands still (tests) or an early timer cannot tick twice.
    const arm = (from: number) => {
      const start = new Date(this.options.now().getTime() + from);
      const delay = from + msUntilNext(schedule, start, this.options.timeZone);
      const timer = setTimeout(() => {
        if (this.stopped) return;
        void this.send(kind, { scheduled: true });
        arm(1000);
      }, delay);
      timer.unref();
      this.timers.set(kind, timer);
    };
    arm(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const kind of [...this.timers.keys()]) this.clearTimer(kind);
    await Promise.all([...this.chains.values()]);
  }

  private clearTimer(kind: string) {
    const timer = this.timers.get(kind);
    if (timer) clearTimeout(timer);
    this.timers.delete(kind);
  }
}
