// The platform operator's vocabularies: the file formats LPR fixings and the holiday calendar are
// loaded from (parsers in src/domain/loans/lpr-file.ts and src/domain/calendar/operator-calendar.ts),
// and the kinds and states of a background job.

export const LPR_FILE_FORMATS = ['csv', 'json'] as const;
export type LprFileFormat = (typeof LPR_FILE_FORMATS)[number];

export const CALENDAR_FILE_FORMATS = ['json', 'csv'] as const;
export type CalendarFileFormat = (typeof CALENDAR_FILE_FORMATS)[number];

/** The platform's background job kinds (src/services: workflow sweep, full match, re-rating, mail). */
export const JOB_KINDS = ['workflow.sweep', 'match.full', 'rating.all', 'mail.send', 'subsidy.run'] as const;
export type JobKindName = (typeof JOB_KINDS)[number];

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
