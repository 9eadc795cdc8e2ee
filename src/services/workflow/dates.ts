// The platform's day: dates in the workflow (submissions, deadlines, repayments) are calendar days.
import type { ServiceContext } from '../shared/context.ts';

export const todayIn = (ctx: Pick<ServiceContext, 'now'>) => ctx.now().toISOString().slice(0, 10);
export const dayOfDate = (at: Date) => at.toISOString().slice(0, 10);
