import type { Messages } from '../zh-CN';

export const edges: Pick<Messages, 'edges'> = {
  edges: {
    improvements: {
      gradeStays: 'Grade unchanged',
    },
    flags: {
      toggle: 'Required',
      required: 'Required',
      excluded: 'Must not have',
    },
    leads: {
      offered: 'Leads come from the parks that approved this product: {{parks}}.',
      awaiting: 'This product awaits approval by {{parks}}: it has leads once a park approves it.',
      rejected: 'The parks declined this product ({{parks}}), so it has no leads.',
      noParks: 'This product has not asked to be offered in any park, so it has no leads.',
      previewNote: "The editor's count of eligible enterprises covers every park; leads come only from parks that approved the product.",
    },
    parkApproval: {
      reason: 'Reason for rejecting',
      reasonPlaceholder: 'Say why; the institution is notified',
    },
    approval: {
      title: 'Approved terms',
      amount: 'Amount approved',
      rate: 'Rate',
      rateValue: 'LPR {{tenor}} {{spread}} bp',
      term: 'Term',
    },
  },
};
