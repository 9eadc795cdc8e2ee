import type { Messages } from '../zh-CN';

export const jobs: Pick<Messages, 'jobs'> = {
  jobs: {
    title: 'Background jobs',
    description: 'Work the platform runs in the background (workflow sweeps, full matches, re-rating, sending e-mails) with its status and progress. With several servers on one database each job runs once.',
    createdAt: 'Created',
    kind: 'Job',
    trigger: 'Trigger',
    progress: 'Progress',
    requestedBy: 'Requested by',
    system: 'System',
    finishedAt: 'Finished',
    error: 'Error',
    technicalDetail: 'Technical detail',
    kindFilter: 'Filter by job',
    statusFilter: 'Filter by status',
    empty: 'No background jobs yet',
    kinds: { workflow_sweep: 'Workflow sweep', match_full: 'Full match', rating_all: 'Re-rate all', mail_send: 'Send e-mails', subsidy_run: 'Subsidy claims run' },
    triggers: { on_demand: 'On demand', schedule: 'Scheduled', system: 'System' },
    statuses: { queued: 'Queued', running: 'Running', succeeded: 'Succeeded', failed: 'Failed' },
  },
};
