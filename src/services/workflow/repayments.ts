// The institution records what the enterprise repaid (one by one, or a file of them) and what it
// recovered on a defaulted loan. Each repayment is allocated to the oldest instalment first,
// interest before principal; more than the outstanding balance is refused and nothing is written.
import { parse } from 'csv-parse/sync';
import type { Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { findApplication } from '../../db/repositories/applications.ts';
import { insertRecovery, insertRepayment, updateInstalmentPaid, updateLoan } from '../../db/repositories/loans.ts';
import { authorize } from '../../domain/access/policy.ts';
import { allocateRepayment } from '../../domain/loans/repayments.ts';
import { isIsoDate } from '../../domain/profile/dates.ts';
import { DomainError, fail, invalidFields, problem, type FieldProblem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { asInstalment, changeLoanStatus, instalmentsOf, lockLoan, settlePosition, type LoanRow } from './loan-book.ts';
import { movePlatform } from './moves.ts';

export interface RepaymentInput {
  amountFen: bigint;
  paidOn: string;
  reference?: string | null;
}

export { RECOVERY_SOURCES, type RecoverySource } from '../../../shared/workflow.ts';
import type { RecoverySource } from '../../../shared/workflow.ts';

export interface RecoveryInput {
  amountFen: bigint;
  recoveredOn: string;
  source: RecoverySource;
  note?: string;
}

async function loanFor(ctx: ServiceContext, tx: Tx, loanId: string): Promise<LoanRow> {
  const loan = await lockLoan(tx, loanId);
  if (!loan) throw fail('loan.not_found');
  authorize(ctx.actor, 'loan.manage', { organisationId: loan.institutionId });
  return loan;
}

function checkDate(date: string, field: string, loan: LoanRow, today: string) {
  if (!isIsoDate(date)) throw invalidFields([problem(field, 'field.invalid_date')]);
  if (date < loan.disbursedOn) throw invalidFields([problem(field, 'repayment.date_before_disbursement', { disbursedOn: loan.disbursedOn })]);
  if (date > today) throw invalidFields([problem(field, 'field.in_future')]);
}

/** Applies one repayment inside a transaction; the loan is locked for it. */
async function applyRepayment(tx: Tx, ctx: ServiceContext, loanId: string, input: RepaymentInput, source: 'manual' | 'file') {
  const loan = await loanFor(ctx, tx, loanId);
  if (loan.status !== 'live') throw loan.status === 'defaulted' ? fail('loan.defaulted_record_recoveries') : fail('loan.not_live', { status: loan.status });
  const today = todayOf(ctx);
  checkDate(input.paidOn, 'paidOn', loan, today);
  const rows = await instalmentsOf(tx, loan.id);
  const { state, allocations } = allocateRepayment({ instalments: rows.map(asInstalment) }, input.amountFen);
  for (const a of allocations) {
    const after = state.instalments.find((i) => i.period === a.period)!;
    const paidInFull = after.paidPrincipalFen === after.principalFen && after.paidInterestFen === after.interestFen;
    await updateInstalmentPaid(tx, loan.id, a.period, { paidPrincipalFen: after.paidPrincipalFen, paidInterestFen: after.paidInterestFen, paidOn: paidInFull ? input.paidOn : null });
  }
  const principalFen = allocations.reduce((s, a) => s + a.principalFen, 0n);
  const interestFen = allocations.reduce((s, a) => s + a.interestFen, 0n);
  await insertRepayment(tx, { id: newId(), loanId: loan.id, paidOn: input.paidOn, amountFen: input.amountFen, principalFen, interestFen, reference: input.reference ?? null, source, recordedBy: ctx.actor.userId, recordedAt: ctx.now() });
  const position = await settlePosition(tx, ctx, loan, state.instalments, today, true);
  return { loan, principalFen, interestFen, position };
}

export async function recordRepayment(ctx: ServiceContext, loanId: string, input: RepaymentInput) {
  try {
    return await mutate(ctx, async (tx) => {
      const done = await applyRepayment(tx, ctx, loanId, input, 'manual');
      return { result: done, audit: { action: 'loan.repayment', targetType: 'loan', targetId: loanId, parkId: done.loan.parkId, details: { amountFen: String(input.amountFen), paidOn: input.paidOn, reference: input.reference ?? null } } };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'repayments_reference_key')) throw fail('repayment.reference_taken', { reference: input.reference ?? '' }, { fields: [problem('reference', 'repayment.reference_taken', { reference: input.reference ?? '' })] });
    throw err;
  }
}

interface FileRow {
  line: number;
  loanId: string;
  input: RepaymentInput;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a repayment file: CSV with the header loan_id,paid_on,amount_fen,reference. */
export function parseRepaymentFile(text: string): FileRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true });
  } catch {
    throw fail('repayment.file_not_csv');
  }
  const problems: FieldProblem[] = [];
  const rows: FileRow[] = [];
  records.forEach((r, i) => {
    const line = i + 2;
    const bad = (field: string, code: 'repayment.file_loan_id' | 'field.invalid_date' | 'repayment.file_amount') => problems.push(problem(`line ${line}.${field}`, code));
    if (!UUID.test(r.loan_id ?? '')) bad('loan_id', 'repayment.file_loan_id');
    if (!isIsoDate(r.paid_on ?? '')) bad('paid_on', 'field.invalid_date');
    if (!/^\d{1,15}$/.test(r.amount_fen ?? '') || BigInt(r.amount_fen!) <= 0n) bad('amount_fen', 'repayment.file_amount');
    rows.push({ line, loanId: r.loan_id ?? '', input: { amountFen: /^\d{1,15}$/.test(r.amount_fen ?? '') ? BigInt(r.amount_fen!) : 0n, paidOn: r.paid_on ?? '', reference: r.reference || null } });
  });
  if (!records.length) problems.push(problem('file', 'repayment.file_no_rows'));
  if (problems.length) throw invalidFields(problems);
  return rows;
}

/** A whole file in one transaction: every row is recorded, or (on any problem) none. */
export async function recordRepaymentFile(ctx: ServiceContext, text: string) {
  const rows = parseRepaymentFile(text);
  return mutate(ctx, async (tx) => {
    let totalFen = 0n;
    for (const row of rows) {
      try {
        await applyRepayment(tx, ctx, row.loanId, row.input, 'file');
      } catch (err) {
        if (isUniqueViolation(err, 'repayments_reference_key')) throw invalidFields([problem(`line ${row.line}.reference`, 'repayment.file_reference_taken', { line: row.line, reference: row.input.reference ?? '' })]);
        if (err instanceof DomainError) throw new DomainError(err.code, { ...err.params, line: row.line }, { fields: [{ field: `line ${row.line}`, code: err.code, params: err.params, message: err.message }] }, `Line ${row.line}: ${err.message}; nothing was recorded`);
        throw err;
      }
      totalFen += row.input.amountFen;
    }
    return { result: { recorded: rows.length, totalFen }, audit: { action: 'loan.repayment_file', targetType: 'loan', targetId: null, details: { rows: rows.length, totalFen: String(totalFen) } } };
  });
}

/** Money recovered on a defaulted loan; recovering the whole exposure closes it. */
export async function recordRecovery(ctx: ServiceContext, loanId: string, input: RecoveryInput) {
  return mutate(ctx, async (tx) => {
    const loan = await loanFor(ctx, tx, loanId);
    if (loan.status !== 'defaulted') throw fail('loan.recoveries_on_defaulted_only', { status: loan.status });
    checkDate(input.recoveredOn, 'recoveredOn', loan, todayOf(ctx));
    const left = (loan.defaultExposureFen ?? 0n) - loan.recoveredFen;
    if (input.amountFen <= 0n) throw invalidFields([problem('amountFen', 'field.not_positive')]);
    if (input.amountFen > left) throw invalidFields([problem('amountFen', 'loan.recovery_above_unrecovered', { amount: String(input.amountFen), left: String(left) })]);
    await insertRecovery(tx, { id: newId(), loanId: loan.id, recoveredOn: input.recoveredOn, amountFen: input.amountFen, source: input.source, note: input.note ?? '', recordedBy: ctx.actor.userId, recordedAt: ctx.now() });
    const recovered = loan.recoveredFen + input.amountFen;
    const whole = recovered === loan.defaultExposureFen;
    if (whole) await changeLoanStatus(tx, ctx, loan, 'closed', 'platform', { recoveredInFull: true }, input.recoveredOn, { recoveredFen: recovered, closedOn: input.recoveredOn });
    else await updateLoan(tx, loan, { recoveredFen: recovered, updatedAt: ctx.now() });
    if (whole) {
      const application = await findApplication(tx, loan.applicationId);
      if (application?.state === 'defaulted') await movePlatform(tx, ctx, application, 'closed', 'Recovered in full');
    }
    return { result: { recoveredFen: recovered, closed: whole }, audit: { action: 'loan.recovery', targetType: 'loan', targetId: loan.id, parkId: loan.parkId, details: { amountFen: String(input.amountFen), source: input.source } } };
  });
}
