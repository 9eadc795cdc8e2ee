// An enterprise's fundraising profile, its pitch deck and data room, and who may see them.
import { forbidden, invalid, notFound } from './entry.ts';

export const FUNDRAISING_ERRORS = {
  'fundraising.not_found': notFound('This enterprise has no fundraising profile'),
  'fundraising.amount_not_positive': invalid('The amount sought must be more than zero'),
  'fundraising.valuation_not_positive': invalid('A valuation must be more than zero'),
  'fundraising.valuation_range': invalid('The lowest valuation must not be above the highest'),
  'fundraising.milestone_duplicate': invalid('Two milestones have the same title and date'),
  'fundraising.milestones_too_many': invalid('A profile has at most {max} milestones', { max: 'number' }),
  'fundraising.profile_first': invalid('Save the fundraising profile before uploading documents'),
  'fundraising.investors_only': forbidden('Only investors (venture, angel and guidance funds) browse fundraisings'),
  'fundraising.documents_need_grant': forbidden('The enterprise has not granted your organisation its data room'),
} as const;
