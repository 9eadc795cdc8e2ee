// Guarantee-fee and premium payments submitted by institutions (免申即享: by API or a CSV file, all
// rows or none, a row already submitted left as it was), and a policy's surrender, which claws
// back the subsidies paid on it where the programme's rule says so — the platform's own move on
// each claim, with its trail, history row and audit record in the same transaction.
import { insertPolicyPayments, listPolicyPayments, loansByIds, lockContractPayments, paymentKey, paymentLoanLabels, setSurrendered, storedPaymentKeys, type PaymentListFilter, type PaymentLoanLabel, type PolicyPaymentListed } from '../../db/repositories/policy-payments.ts';
import { findProgrammeRow } from '../../db/repositories/programmes.ts';
import { claimsOnLoan, insertClaimEvents, updateClaimIf } from '../../db/repositories/subsidy-claims.ts';
import { claimScope, paymentLoanScope, submitsPaymentsFor, submittingInstitution } from '../../domain/access/policy-access.ts';
import { mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import { computeClawback } from '../../domain/policy/clawback.ts';
import { checkClaimMove } from '../../domain/policy/claim-states.ts';
import { checkPaymentRows, parsePaymentsCsv, type PaymentRow, type PaymentRowInput } from '../../domain/policy/payment-file.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import type { Page, PageRequest } from '../../db/paging.ts';
import { listLoans, type LoanListed } from '../../db/repositories/loan-lists.ts';
import { newId } from '../shared/ids.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { programmeOf } from './programmes.ts';
import { storedTrail, trailOf } from './trail-store.ts';

export type PaymentSubmission = { payments: PaymentRowInput[] } | { format: 'csv'; content: string };

/** A row of a checked submission as a preview shows it: where it was, whose loan, and whether it is already stored. */
export interface PaymentPreviewRow extends PaymentRow {
  /** The CSV line (the header is line 1), or the row's index + 1 when sent as JSON. */
  line: number;
  loan: PaymentLoanLabel;
  duplicate: boolean;
}
export interface SubmissionResult {
  received: number;
  written: number;
  duplicates: number;
  /** With `dryRun`: the rows as they would be written; nothing is. */
  preview?: PaymentPreviewRow[];
}

export async function submitPolicyPayments(ctx: ServiceContext, submission: PaymentSubmission, options: { dryRun?: boolean } = {}): Promise<SubmissionResult> {
  const attempt = mayAttempt(ctx.actor, 'policy_payment.submit');
  if (!attempt.allowed) throw refusalOf(attempt);
  const fromFile = 'format' in submission;
  const rows: PaymentRow[] = fromFile ? parsePaymentsCsv(submission.content) : checkPaymentRows(submission.payments, (i, f) => `payments[${i}].${f}`);
  const loans = await loansByIds(ctx.database.db, [...new Set(rows.map((r) => r.loanId))]);
  const problems = rows.flatMap((r, i) => {
    const at = fromFile ? `line ${i + 2}.loan_id` : `payments[${i}].loanId`;
    const loan = loans.get(r.loanId);
    if (!loan) return [problem(at, 'payment.loan_not_found')];
    return submitsPaymentsFor(ctx.actor, loan) ? [] : [problem(at, 'payment.not_your_loan')];
  });
  if (problems.length) throw invalidFields(problems);
  if (options.dryRun) return previewOf(ctx, rows, fromFile);
  const submitter = submittingInstitution(ctx.actor) ?? [...loans.values()][0]!.institutionId;
  return mutate(ctx, async (tx) => {
    const written = await insertPolicyPayments(
      tx,
      rows.map((r) => {
        const loan = loans.get(r.loanId)!;
        return { id: newId(), ...r, enterpriseId: loan.enterpriseId, parkId: loan.parkId, submittedBy: submitter, submittedByUser: ctx.actor.userId, source: fromFile ? 'file' : 'api', submittedAt: ctx.now() };
      }),
    );
    const result = { received: rows.length, written, duplicates: rows.length - written };
    return { result, audit: { action: 'claim.payments_submitted', targetType: 'policy_payments', targetId: null, details: { ...result, source: fromFile ? 'file' : 'api', loans: loans.size } } };
  });
}

/** What a checked submission would write: each row named, those already stored (or twice in it) marked duplicates. */
async function previewOf(ctx: ServiceContext, rows: PaymentRow[], fromFile: boolean): Promise<SubmissionResult> {
  const labels = await paymentLoanLabels(ctx.database.db, [...new Set(rows.map((r) => r.loanId))]);
  const seen = await storedPaymentKeys(ctx.database.db, rows);
  const preview = rows.map((r, i) => {
    const key = paymentKey(r);
    const duplicate = seen.has(key);
    seen.add(key);
    return { ...r, line: fromFile ? i + 2 : i + 1, loan: labels.get(r.loanId)!, duplicate };
  });
  const duplicates = preview.filter((r) => r.duplicate).length;
  return { received: rows.length, written: 0, duplicates, preview };
}

/** The loans the actor may record a payment on by hand, found by the borrower's name or credit code or the loan's id. */
export async function searchPaymentLoans(ctx: ServiceContext, query: PageRequest & { q?: string }): Promise<Page<LoanListed>> {
  const attempt = mayAttempt(ctx.actor, 'policy_payment.submit');
  if (!attempt.allowed) throw refusalOf(attempt);
  return listLoans(ctx.database.db, { ...paymentLoanScope(ctx.actor), q: query.q }, { page: query.page, pageSize: query.pageSize });
}

export async function readPolicyPayments(ctx: ServiceContext, filter: Omit<PaymentListFilter, 'scope' | 'submitterIds'>, page: PageRequest): Promise<Page<PolicyPaymentListed>> {
  const attempt = mayAttempt(ctx.actor, 'policy_payment.read');
  if (!attempt.allowed) throw refusalOf(attempt);
  const submitter = submittingInstitution(ctx.actor);
  return listPolicyPayments(ctx.database.db, { scope: claimScope(ctx.actor), ...(submitter ? { submitterIds: [submitter] } : {}), ...filter }, page);
}

/**
 * The policy (or guarantee) was surrendered: its payments are marked, and each paid subsidy claim
 * on the loan under a programme that claws back on surrender moves to clawed_back with the amount
 * computeClawback gives (nothing to claw back leaves the claim as it is). The clawbacks made.
 */
export async function surrenderPolicy(ctx: ServiceContext, input: { loanId: string; contractNo: string; surrenderedOn: string }): Promise<{ clawedBack: { claimId: string; programmeCode: string; clawbackFen: bigint }[] }> {
  const attempt = mayAttempt(ctx.actor, 'policy_payment.submit');
  if (!attempt.allowed) throw refusalOf(attempt);
  const loan = (await loansByIds(ctx.database.db, [input.loanId])).get(input.loanId);
  if (!loan) throw invalidFields([problem('loanId', 'payment.loan_not_found')]);
  if (!submitsPaymentsFor(ctx.actor, loan)) throw invalidFields([problem('loanId', 'payment.not_your_loan')]);
  return mutate(ctx, async (tx) => {
    const payments = await lockContractPayments(tx, input.loanId, input.contractNo);
    if (!payments.length) throw fail('payment.contract_not_found', { contractNo: input.contractNo });
    const already = payments.find((p) => p.surrenderedOn);
    if (already) throw fail('payment.already_surrendered', { on: already.surrenderedOn! });
    const from = payments.map((p) => p.coverageFrom).sort()[0]!;
    const to = payments.map((p) => p.coverageTo).sort().at(-1)!;
    if (input.surrenderedOn < from || input.surrenderedOn > to) throw invalidFields([problem('surrenderedOn', 'payment.surrender_outside_coverage', { from, to })]);
    await setSurrendered(tx, payments.map((p) => p.id), input.surrenderedOn);
    const clawedBack: { claimId: string; programmeCode: string; clawbackFen: bigint }[] = [];
    for (const claim of await claimsOnLoan(tx, input.loanId, 'paid')) {
      if (claim.basis === 'interest') continue;
      const programme = programmeOf((await findProgrammeRow(tx, claim.programmeId))!);
      if ((programme.clawback?.onSurrender ?? 'none') === 'none') continue;
      const stored = { ...claimFromRow(claim), trail: trailOf(claim.trail) };
      const clawback = computeClawback({ programme, contractNo: input.contractNo, granted: { claim: stored }, surrenderedOn: input.surrenderedOn });
      if (clawback.clawbackFen === 0n) continue;
      const checked = checkClaimMove({ from: 'paid', to: 'clawed_back', by: 'platform', has: { reason: true } });
      if (!checked.ok) throw checked.refusal.error;
      const moved = await updateClaimIf(tx, claim.id, claim.version, { state: 'clawed_back', clawbackFen: clawback.clawbackFen, clawedBackOn: input.surrenderedOn, decisionReason: 'policy_surrendered', trail: storedTrail([...stored.trail, ...clawback.trail]), updatedAt: ctx.now() });
      if (!moved) throw fail('claim.stale_version', { sent: claim.version, version: claim.version + 1 });
      await insertClaimEvents(tx, [{ claimId: claim.id, fromState: 'paid', toState: 'clawed_back', mover: 'platform', actorId: ctx.actor.userId, reason: 'policy_surrendered', comment: input.contractNo, at: ctx.now() }]);
      clawedBack.push({ claimId: claim.id, programmeCode: claim.programmeCode, clawbackFen: clawback.clawbackFen });
    }
    return { result: { clawedBack }, audit: { action: 'claim.policy_surrendered', targetType: 'loan', targetId: input.loanId, parkId: loan.parkId, details: { contractNo: input.contractNo, surrenderedOn: input.surrenderedOn, clawedBack: clawedBack.map((c) => ({ claimId: c.claimId, clawbackFen: String(c.clawbackFen) })) } } };
  });
}

/** A stored claim as the engine's SubsidyClaim (what computeClawback reads of it). */
function claimFromRow(c: Awaited<ReturnType<typeof claimsOnLoan>>[number]) {
  return {
    programmeId: c.programmeCode,
    programmeVersion: c.programmeVersion,
    loanId: c.loanId,
    enterpriseId: c.enterpriseId,
    eligible: true,
    reasons: [],
    basis: c.basis as 'guarantee_fee' | 'premium',
    basisPaidFen: c.basisPaidFen,
    eligibleBasisFen: c.eligibleBasisFen,
    interestPaidFen: c.interestPaidFen,
    eligibleInterestFen: c.eligibleInterestFen,
    computedFen: c.computedFen,
    capFen: c.capFen,
    subsidyFen: c.subsidyFen,
    firstRepaymentOn: c.firstRepaymentOn,
    payments: ((c.paymentGrants ?? []) as { contractNo: string; date: string; coverage: { from: string; to: string }; subsidyFen: string }[]).map((g) => ({ ...g, subsidyFen: BigInt(g.subsidyFen) })),
  };
}
