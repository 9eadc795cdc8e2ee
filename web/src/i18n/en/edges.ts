// English strings for the edges namespace and the rating band (A/B/C tiers of the AAA…C credit grade).
import type { Messages } from '../zh-CN';

export const edges: Pick<Messages, 'edges' | 'ratingBand'> = {
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
    product: {
      back: 'Back to the supermarket',
      terms: 'Terms',
      institution: 'Institution',
      amount: 'Amount',
      rate: 'Rate',
      fit: 'Does your enterprise meet the rules?',
      requires: 'requires {{required}}',
      noRules: 'This product has no eligibility rules',
      notRated: 'Your enterprise is not rated yet, so the rules cannot be judged.',
      notOffered: "This product is not offered in your enterprise's park yet, so it cannot be applied to.",
      cannotApply: 'Not eligible yet',
    },
    approval: {
      title: 'Approved terms',
      amount: 'Amount approved',
      rate: 'Rate',
      rateValue: 'LPR {{tenor}} {{spread}} bp',
      term: 'Term',
    },
  },
  ratingBand: {
    value: 'Band {{band}}',
    hint: 'Rating band: A = AAA/AA/A, B = BBB/BB/B, C = CCC/CC/C. The exact credit grade shows once the enterprise grants access.',
  },
};
