// Words a spreadsheet the server writes needs in both languages: workflow states, loan statuses,
// repayment methods and deadline states, and money as exact yuan.
import type { Lang } from '../audit/actions.ts';
import { CLASSIFICATION_LABELS, type LoanClassification } from '../loans/classification.ts';

type Texts = Record<string, readonly [zh: string, en: string]>;

const APPLICATION_STATE: Texts = {
  draft: ['草稿', 'Draft'],
  submitted: ['已提交', 'Submitted'],
  accepted: ['审查中', 'Under review'],
  info_requested: ['待补充材料', 'Information requested'],
  approved: ['已批准', 'Approved'],
  rejected: ['已拒绝', 'Declined'],
  withdrawn: ['已撤回', 'Withdrawn'],
  contract_signed: ['已签约', 'Contract signed'],
  disbursed: ['已放款', 'Disbursed'],
  repaying: ['还款中', 'Repaying'],
  closed: ['已结清', 'Closed'],
  overdue: ['逾期', 'Overdue'],
  defaulted: ['已违约', 'Defaulted'],
  written_off: ['已核销', 'Written off'],
};
const LOAN_STATUS: Texts = { live: ['存续', 'Live'], closed: ['已结清', 'Closed'], defaulted: ['已违约', 'Defaulted'], written_off: ['已核销', 'Written off'] };
const METHOD: Texts = { equal_instalment: ['等额本息', 'Equal instalments'], equal_principal: ['等额本金', 'Equal principal'], interest_only: ['按期付息到期还本', 'Interest only, principal at maturity'] };
const DEADLINE: Texts = {
  none: ['无', 'None'],
  on_time: ['未到期', 'On time'],
  due_soon: ['即将到期', 'Due soon'],
  missed: ['已超期', 'Missed'],
  paused: ['已暂停计时', 'Paused'],
  met: ['按时答复', 'Answered on time'],
  late: ['超期答复', 'Answered late'],
};
const ENTERPRISE_STATUS: Texts = { active: ['正常', 'Active'], deactivated: ['已停用', 'Deactivated'] };

const word = (texts: Texts, code: string, lang: Lang) => {
  const t = texts[code];
  return t ? (lang === 'en' ? t[1] : t[0]) : code;
};

export const applicationStateText = (state: string, lang: Lang) => word(APPLICATION_STATE, state, lang);
export const loanStatusText = (status: string, lang: Lang) => word(LOAN_STATUS, status, lang);
export const repaymentMethodText = (method: string, lang: Lang) => word(METHOD, method, lang);
export const deadlineStatusText = (status: string, lang: Lang) => word(DEADLINE, status, lang);
export const enterpriseStatusText = (status: string, lang: Lang) => word(ENTERPRISE_STATUS, status, lang);
export const classificationText = (c: string, lang: Lang) => CLASSIFICATION_LABELS[c as LoanClassification]?.[lang] ?? c;

/** Fen as exact yuan text with two decimals ("1234567.89"), never through a binary float. */
export function yuanOf(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** A column header in the reader's language. */
export const headerOf = (columns: readonly (readonly [zh: string, en: string])[], lang: Lang) => columns.map(([zh, en]) => (lang === 'en' ? en : zh));
