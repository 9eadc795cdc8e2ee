// Collects the demo workflow's rows: each application planned elsewhere is timed, given the consent
// applying grants (one live grant per enterprise and institution, as the apply service reuses it),
// replayed into its row and history, its loan built, and its notifications sent.
import { applicationGrantPurpose } from '../profile/grant-purpose.ts';
import type { Payment, RepaymentMethod } from '../loans/schedule.ts';
import type { LprTenor } from '../marketplace/products.ts';
import { PROFILE_CATEGORIES } from '../profile/types.ts';
import type { Random } from './random.ts';
import { addDays, dayOf, type Clock } from './workflow-clock.ts';
import { loanOffer, type Asked } from './workflow-lifecycle.ts';
import { buildLoan, type Behaviour, type LoanStory } from './workflow-loans.ts';
import { NoticeBoard, type Names } from './workflow-notices.ts';
import { replaySteps, timeSteps } from './workflow-replay.ts';
import type { ApplicationRow, DemoWorkflow, GrantRow, Step, WorkflowFirm, WorkflowInput, WorkflowOptions, WorkflowProduct } from './workflow-types.ts';

const GRANT_DAYS = 365; // as the apply service grants
/**
 * The demo enterprise attached a consent of its own to its applications rather than letting applying
 * grant everything: the demo bank reads its registration, financials, compliance and financing
 * record, not its IP (which the consent walkthrough has it grant, or not, by hand).
 */
const DEMO_CONSENT: readonly string[] = ['registration', 'financials', 'compliance', 'financing'];

export interface ApplicationSpec {
  firm: WorkflowFirm;
  product: WorkflowProduct;
  needId: string | null;
  asked: Asked;
  /** Untimed steps, the first creating the application, none on or after today. */
  steps: Step[];
  /** How the loan is repaid, when the steps disbursed one. */
  behaviour: (payments: readonly Payment[], disbursedOn: string) => Behaviour;
  /** The repayment method wanted, if the product offers it. */
  method?: RepaymentMethod;
}

export interface Added {
  application: ApplicationRow;
  loan: LoanStory | null;
}

type ApprovalFields = Pick<ApplicationRow, 'approvedAmountFen' | 'approvedLprTenor' | 'approvedSpreadBp' | 'approvedTermMonths'>;
const NOT_APPROVED: ApprovalFields = { approvedAmountFen: null, approvedLprTenor: null, approvedSpreadBp: null, approvedTermMonths: null };

/** A loan approved but not (yet) lent: the amount asked, at the middle of the product's spread, for the term asked. */
function approvedTerms(product: WorkflowProduct, asked: Asked, approved: boolean): ApprovalFields {
  const t = product.product.terms;
  if (!approved || product.product.kind !== 'loan') return NOT_APPROVED;
  const rate = t.rate ?? { lprTenor: '1y', spreadMinBp: 50, spreadMaxBp: 150 };
  const termMonths = asked.termMonths ?? t.termMinMonths ?? 12;
  return { approvedAmountFen: asked.amountFen, approvedLprTenor: rate.lprTenor, approvedSpreadBp: Math.round((rate.spreadMinBp + rate.spreadMaxBp) / 10) * 5, approvedTermMonths: termMonths };
}

export class WorkflowBuilder {
  readonly out: Omit<DemoWorkflow, 'notifications'> = { grants: [], applications: [], events: [], loans: [], instalments: [], repayments: [], recoveries: [], signals: [] };
  readonly notices: NoticeBoard;
  /** Loans made, with their borrower (the warnings read them). */
  readonly stories: { story: LoanStory; firm: WorkflowFirm }[] = [];
  private readonly grants = new Map<string, GrantRow[]>();
  private readonly applied = new Map<string, Set<string>>();

  constructor(
    readonly input: WorkflowInput,
    readonly options: WorkflowOptions,
    readonly clock: Clock,
    readonly rng: Random,
  ) {
    this.notices = new NoticeBoard(options.now, options.newId);
  }

  hasApplied(firmId: string, productId: string): boolean {
    return this.applied.get(firmId)?.has(productId) ?? false;
  }

  add(spec: ApplicationSpec): Added {
    const { firm, product } = spec;
    const p = product.product;
    const rng = this.rng;
    const steps = timeSteps(spec.steps, rng);
    const createdAt = steps[0]!.at!;
    const id = this.options.newId(createdAt.getTime());
    const enterpriseAccount = this.input.accounts.get(firm.id) ?? null;
    const grant = this.grantFor(firm, p.institutionId, createdAt, product.name, enterpriseAccount?.userId ?? null);
    const funded = steps.at(-1)?.to === 'disbursed' ? steps.at(-1)! : null;
    let loan: LoanStory | null = null;
    let approval = approvedTerms(product, spec.asked, steps.some((s) => s.to === 'approved'));
    if (funded && p.kind === 'loan' && spec.asked.termMonths) {
      const offer = loanOffer(rng, firm, product, spec.asked.amountFen);
      // The bank approved what it lent: the loan draws the approved amount at the approved rate and term.
      approval = { approvedAmountFen: offer.amountFen, approvedLprTenor: (p.terms.rate?.lprTenor ?? '1y') as LprTenor, approvedSpreadBp: offer.spreadBp, approvedTermMonths: spec.asked.termMonths };
      const terms = {
        id: this.options.newId(funded.at!.getTime()),
        applicationId: id,
        parkId: firm.parkId,
        enterpriseId: firm.id,
        institutionId: p.institutionId,
        productId: p.id,
        amountFen: offer.amountFen,
        lprTenor: (p.terms.rate?.lprTenor ?? '1y') as LprTenor,
        spreadBp: offer.spreadBp,
        termMonths: spec.asked.termMonths,
        method: spec.method && p.terms.repaymentMethods.includes(spec.method) ? spec.method : offer.method,
        disbursedOn: funded.on,
        disbursedAt: funded.at!,
      };
      const env = { clock: this.clock, rng, newId: this.options.newId, recorder: this.input.accounts.get(p.institutionId) ?? null, lpr: this.options.lpr };
      loan = buildLoan(terms, (payments) => spec.behaviour(payments, funded.on), env);
      steps.push(...loan.steps);
    }
    const parties = { enterpriseId: firm.id, institutionId: p.institutionId, accounts: this.input.accounts };
    const replayed = replaySteps(id, timeSteps(steps, rng), p.terms.turnaroundDays, parties, this.clock, p.kind === 'loan');
    const application: ApplicationRow = {
      id,
      parkId: firm.parkId,
      enterpriseId: firm.id,
      institutionId: p.institutionId,
      productId: p.id,
      productVersion: product.version,
      productKind: p.kind,
      needId: spec.needId,
      grantId: grant.id,
      ratingId: firm.rating.id,
      snapshotId: firm.rating.snapshotId,
      amountFen: spec.asked.amountFen,
      termMonths: spec.asked.termMonths,
      purpose: spec.asked.purpose,
      createdBy: enterpriseAccount?.userId ?? null,
      ...approval,
      ...replayed.fields,
    };
    this.out.applications.push(application);
    this.out.events.push(...replayed.events);
    const names = { product: { name: product.name }, enterprise: { name: firm.name }, institution: { name: this.input.institutionNames.get(p.institutionId) ?? '', nameEn: this.input.institutionNamesEn?.get(p.institutionId) ?? null } };
    this.notices.application(application, replayed.moments, names, this.input.parkOperators.get(firm.parkId));
    if (loan) this.keepLoan(loan, firm, names);
    let products = this.applied.get(firm.id);
    if (!products) this.applied.set(firm.id, (products = new Set()));
    products.add(p.id);
    return { application, loan };
  }

  private keepLoan(story: LoanStory, firm: WorkflowFirm, names: Names): void {
    this.out.loans.push(story.loan);
    this.out.instalments.push(...story.instalments);
    this.out.repayments.push(...story.repayments);
    this.out.recoveries.push(...story.recoveries);
    for (const n of story.overdueNotices) this.notices.overdue(story.loan, names, n.at, n.daysOverdue, n.overdueFen);
    this.stories.push({ story, firm });
  }

  /** A live grant of the enterprise to the institution at the time, else a new one (applying is consent). */
  private grantFor(firm: WorkflowFirm, institutionId: string, at: Date, productName: string, createdBy: string | null): GrantRow {
    const key = `${firm.id} ${institutionId}`;
    const day = dayOf(at);
    const given = this.grants.get(key) ?? [];
    const live = given.find((g) => g.createdAt.getTime() <= at.getTime() && g.expiresOn >= day);
    if (live) return live;
    const demo = firm.id === this.input.demo.enterpriseId;
    const grant: GrantRow = {
      id: this.options.newId(at.getTime()),
      parkId: firm.parkId,
      enterpriseId: firm.id,
      institutionId,
      categories: demo ? [...DEMO_CONSENT] : [...PROFILE_CATEGORIES],
      purpose: demo ? `融资申请授信审查：${productName}` : applicationGrantPurpose(productName),
      expiresOn: addDays(day, GRANT_DAYS),
      createdAt: at,
      createdBy,
    };
    given.push(grant);
    this.grants.set(key, given);
    this.out.grants.push(grant);
    return grant;
  }
}
