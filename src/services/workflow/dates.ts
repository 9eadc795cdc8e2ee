// The platform's day: dates in the workflow (submissions, deadlines, repayments) are calendar days.
export const dayOfDate = (at: Date) => at.toISOString().slice(0, 10);
