// Every code of a shared list the web shows has its label in both languages: a missing one would
// show the raw code (the pages fall back to it), and a code added in shared/ fails here until
// both zh-CN and en name it.
import { describe, expect, it } from 'vitest';
import { AMOUNT_BANDS, FUNDRAISING_DOCUMENT_KINDS, FUNDRAISING_ROUNDS, FUNDRAISING_STATUSES } from '../../../shared/fundraising.ts';
import { NEED_STATUSES, PRODUCT_STATUSES } from '../../../shared/marketplace.ts';
import { NOTIFICATION_TOPICS } from '../../../shared/notifications.ts';
import { JOB_KINDS, JOB_STATUSES } from '../../../shared/operations.ts';
import { REGISTRATION_STATUSES } from '../../../shared/organisations.ts';
import {
  COMPLIANCE_EVENT_KINDS,
  CRITERIA_FIGURES,
  CRITERIA_MEASURES,
  CRITERIA_MISSING_REASONS,
  DATA_CATEGORIES,
  EXISTING_LOAN_STATUSES,
  IMPORT_KINDS,
  IP_KINDS,
  IP_STATUSES,
  QUALIFICATION_KINDS,
  SECTIONS,
  TAX_GRADES,
} from '../../../shared/profile.ts';
import { CLAIM_DECISION_REASONS, CLAIM_MOVERS, CLAIM_NEEDS, PROGRAMME_STATUSES, SUBSIDY_CLAIM_STATES } from '../../../shared/policy.ts';
import { TRAINING_KINDS } from '../../../shared/rating.ts';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Each list with the keys its labels are read from (as in web/src/lib/labels.ts and the pages). */
const LISTS: [string, readonly string[], (code: string) => string[]][] = [
  ['data categories', DATA_CATEGORIES, (c) => [`categories.${c}`]],
  ['profile sections', SECTIONS, (s) => [`profile.sections.${s}`]],
  ['qualification kinds', QUALIFICATION_KINDS, (k) => [`profile.enums.qualificationKind.${k}`]],
  ['IP kinds', IP_KINDS, (k) => [`profile.enums.ipKind.${k}`]],
  ['IP statuses', IP_STATUSES, (s) => [`profile.enums.ipStatus.${s}`]],
  ['tax grades', TAX_GRADES, (g) => [`profile.enums.taxGrade.${g}`]],
  ['compliance event kinds', COMPLIANCE_EVENT_KINDS, (k) => [`profile.enums.complianceKind.${k}`]],
  ['existing loan statuses', EXISTING_LOAN_STATUSES, (s) => [`profile.enums.loanStatus.${s}`]],
  ['criteria measures', CRITERIA_MEASURES, (m) => [`profile.criteria.measures.${m}`]],
  ['criteria missing reasons', CRITERIA_MISSING_REASONS, (r) => [`profile.criteria.missing.${r}`]],
  ['criteria figures', CRITERIA_FIGURES, (f) => [`profile.criteria.figures.${f}`]],
  ['import kinds', IMPORT_KINDS, (k) => [`imports.kinds.${k}`, `imports.kindHelp.${k}`]],
  ['notification topics', NOTIFICATION_TOPICS, (t) => [`notificationSettings.topics.${t}.name`, `notificationSettings.topics.${t}.description`]],
  ['job kinds', JOB_KINDS, (k) => [`jobs.kinds.${k.replace('.', '_')}`]],
  ['job statuses', JOB_STATUSES, (s) => [`jobs.statuses.${s}`]],
  ['product statuses', PRODUCT_STATUSES, (s) => [`market.productStatuses.${s}`]],
  ['need statuses', NEED_STATUSES, (s) => [`market.needStatuses.${s}`]],
  ['registration statuses', REGISTRATION_STATUSES, (s) => [`accounts.registrations.statuses.${s}`]],
  ['training kinds', TRAINING_KINDS, (k) => [`models.train.kinds.${k}`]],
  ['subsidy claim states', SUBSIDY_CLAIM_STATES, (s) => [`policy.states.${s}`]],
  ['claim decision reasons', CLAIM_DECISION_REASONS, (r) => [`policy.reasons.${r}`]],
  ['claim movers', CLAIM_MOVERS, (m) => [`policy.movers.${m}`]],
  ['claim needs', CLAIM_NEEDS, (n) => [`policy.needs.${n}`]],
  ['programme statuses', PROGRAMME_STATUSES, (s) => [`policy.programmeStatuses.${s}`]],
  ['fundraising rounds', FUNDRAISING_ROUNDS, (r) => [`fundraising.rounds.${r}`]],
  ['fundraising statuses', FUNDRAISING_STATUSES, (s) => [`fundraising.statuses.${s}`]],
  ['fundraising amount bands', AMOUNT_BANDS, (b) => [`fundraising.bands.${b}`]],
  ['fundraising document kinds', FUNDRAISING_DOCUMENT_KINDS, (k) => [`fundraising.kinds.${k}`]],
];

function textAt(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe.each([['zh-CN', zhCN as object], ['en', en as object]])('the %s texts', (_, messages) => {
  it.each(LISTS)('label every one of the %s', (_name, codes, keysOf) => {
    const missing = codes.flatMap(keysOf).filter((key) => {
      const text = textAt(messages, key);
      return typeof text !== 'string' || !text.trim();
    });
    expect(missing).toEqual([]);
  });
});
