// What a claim move sends: the version read, and what the move needs (a comment, a reason, the
// receiving account, the payment reference, how much to claw back). Pure, for the modal and tests.
import type { Claim, ClaimMoveInput, ClaimTransition } from '../../api/policy';
import { parseYuanToFen } from '../../lib/money';

export interface ClaimMoveValues {
  comment?: string;
  reason?: ClaimMoveInput['reason'];
  accountName?: string;
  bank?: string;
  accountNumber?: string;
  reference?: string;
  /** 'YYYY-MM-DD' */
  paidOn?: string;
  /** Yuan as typed; empty claws back everything paid. */
  clawbackYuan?: string;
}

/** A bank account number as the server takes it: 8 to 30 digits (spaces typed between groups are dropped). */
export const ACCOUNT_NUMBER = /^\d{8,30}$/;
export const accountDigits = (typed: string) => typed.replace(/\s+/g, '');

export function claimMoveInput(claim: Pick<Claim, 'version'>, move: Pick<ClaimTransition, 'to' | 'needs'>, v: ClaimMoveValues): ClaimMoveInput {
  const comment = v.comment?.trim();
  const needs = new Set(move.needs);
  const clawbackFen = move.to === 'clawed_back' && v.clawbackYuan?.trim() ? parseYuanToFen(v.clawbackYuan) : null;
  return {
    to: move.to,
    version: claim.version,
    ...(comment ? { comment } : {}),
    ...(needs.has('reason') && v.reason ? { reason: v.reason } : {}),
    ...(needs.has('account') ? { account: { name: (v.accountName ?? '').trim(), bank: (v.bank ?? '').trim(), number: accountDigits(v.accountNumber ?? '') } } : {}),
    ...(needs.has('payment') ? { payment: { reference: (v.reference ?? '').trim(), paidOn: v.paidOn ?? '' } } : {}),
    ...(clawbackFen ? { clawbackFen } : {}),
  };
}

/** Server field paths → the form's fields. */
export const CLAIM_MOVE_FIELDS: Record<string, string> = {
  'account.name': 'accountName',
  'account.bank': 'bank',
  'account.number': 'accountNumber',
  'payment.reference': 'reference',
  'payment.paidOn': 'paidOn',
  clawbackFen: 'clawbackYuan',
};
