// English strings for the park's financing pipeline and league table, and the operator's calendar.
import type { Messages } from '../zh-CN';

export const workflowAdmin: Pick<Messages, 'pipeline' | 'calendar'> = {
  pipeline: {
    title: 'Pipeline',
    description: 'How the park’s enterprises move from posting needs to applying, approval and disbursement, and how each institution responds.',
    park: 'All your parks',
    funnel: 'Financing funnel',
    stages: { needs: 'Needs', applications: 'Applications', approved: 'Approved', disbursed: 'Disbursed' },
    league: {
      title: 'Institution league table',
      note: 'Response time counts working days, leaving out time waiting for the enterprise’s information; on time means decided within the promised days.',
      empty: 'No institutions yet',
      institution: 'Institution',
      received: 'Received',
      decided: 'Decided',
      approvalRate: 'Approval rate',
      medianResponse: 'Median response',
      onTimeRate: 'On time',
      missed: 'Deadlines missed',
      takeUpRate: 'Need take-up',
    },
  },
  calendar: {
    title: 'Working-day calendar',
    description: 'Decision deadlines count working days. Each year’s public holidays and swapped working weekends come from the bundled package, or are loaded by the operator once the State Council publishes them (usually in November).',
    year: 'Year',
    source: 'Source',
    sources: { package: 'Bundled package', operator: 'Loaded by operator' },
    holidays: 'Holiday days (weekends in a break included)',
    workdays: 'Working weekend days',
    replace: 'Load again',
    loadTitle: 'Load a year',
    load: 'Load',
    loaded: 'Calendar year loaded',
    format: 'Format',
    content: 'Content',
    formatHint: 'JSON: { year, holidays: [{ date, name }], workdays: [{ date, name }] }; CSV: date,kind,name lines, kind holiday or workday. Holidays list the whole break (weekends included); working days must be Saturdays or Sundays.',
    uncovered: 'No calendar yet for: {{years}}',
    uncoveredHint: 'Until one is loaded, deadlines in these years skip weekends only, not public holidays.',
    empty: 'No calendar years',
  },
};
