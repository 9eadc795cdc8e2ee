// English strings for the rating band (A/B/C tiers of the AAA…C credit grade).
import type { Messages } from '../zh-CN';

export const edges: Pick<Messages, 'ratingBand'> = {
  ratingBand: {
    value: 'Band {{band}}',
    hint: 'Rating band: A = AAA/AA/A, B = BBB/BB/B, C = CCC/CC/C. The exact credit grade shows once the enterprise grants access.',
  },
};
