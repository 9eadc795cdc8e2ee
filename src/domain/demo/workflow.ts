// The demo financing workflow over a seeded, rated marketplace: about a third of the rated
// enterprises applied in the last eighteen months (more of those whose needs an institution took
// up), mostly to products they qualify for; decisions follow the grade, loans are repaid as the
// rating's default probability suggests, and lenders are warned of trouble. Pure and
// deterministic: the same input, seed, clock and ids give deep-equal rows.
import { createRandom, hashSeed } from './random.ts';
import { WorkflowBuilder, type ApplicationSpec } from './workflow-builder.ts';
import { addDays, clockOf, type Clock } from './workflow-clock.ts';
import { askFor, decide, failedFacts, gradeStepOf, planSteps } from './workflow-lifecycle.ts';
import { chooseBehaviour } from './workflow-loans.ts';
import { Shelf, pickDay } from './workflow-shelf.ts';
import { writeDemoView } from './workflow-showcase.ts';
import { ratingSignalChance, SignalDesk } from './workflow-signals.ts';
import type { DemoWorkflow, WorkflowFirm, WorkflowInput, WorkflowNeed, WorkflowOptions, WorkflowProduct } from './workflow-types.ts';

export type { Account, DemoWorkflow, WorkflowFirm, WorkflowInput, WorkflowNeed, WorkflowOptions, WorkflowProduct, WorkflowTakeUp } from './workflow-types.ts';

/** Of the rated enterprises without a taken-up need, the share that applied. */
const APPLY_SHARE = 0.36;
/** Of taken-up needs, the share whose enterprise applied to the institution's product. */
const NEED_APPLIED = 0.7;
/** Of the last month's applications, the share still kept as drafts. */
const RECENT_DRAFTS = 0.1;

interface Plan {
  product: WorkflowProduct;
  on: string;
  need: WorkflowNeed | null;
}

export function generateDemoWorkflow(input: WorkflowInput, options: WorkflowOptions): DemoWorkflow {
  const clock = clockOf(options.now, options.calendar);
  const rng = createRandom(hashSeed(`workflow ${options.seed}`));
  const builder = new WorkflowBuilder(input, options, clock, rng);
  const shelf = new Shelf(input.products);
  const needs = new Map<string, WorkflowNeed[]>();
  for (const n of input.needs) if (n.takeUps.length) needs.set(n.enterpriseId, [...(needs.get(n.enterpriseId) ?? []), n]);
  for (const firm of input.firms) {
    if (firm.id === input.demo.enterpriseId) continue;
    for (const plan of plansOf(builder, shelf, firm, needs.get(firm.id) ?? [])) {
      if (!builder.hasApplied(firm.id, plan.product.product.id)) builder.add(randomApplication(builder, firm, plan));
    }
  }
  const shown = writeDemoView(builder, shelf);
  const desk = new SignalDesk({ clock, rng, newId: options.newId, accounts: input.accounts, parkOperators: input.parkOperators, notices: builder.notices });
  for (const { story, firm } of builder.stories) {
    const id = story.loan.id;
    desk.overdue(story, firm, shown.openOverdue.has(id));
    if (firm.id === input.demo.enterpriseId) continue;
    const forced = shown.openRating.has(id);
    desk.rating(story, firm, forced ? 1 : ratingSignalChance(firm.facts), forced ? 'rating_downgrade' : undefined, forced);
  }
  const events = builder.out.events.map((e, i) => ({ e, i })).sort((x, y) => x.e.at.getTime() - y.e.at.getTime() || x.i - y.i).map(({ e }) => e);
  return { ...builder.out, events, signals: desk.rows, notifications: builder.notices.rows };
}

/** Which products the firm applied to and when: its taken-up needs' institutions first, then its own choice. */
function plansOf(b: WorkflowBuilder, shelf: Shelf, firm: WorkflowFirm, needs: readonly WorkflowNeed[]): Plan[] {
  const { rng, clock } = b;
  const offered = shelf.offered(firm.parkCode);
  if (!offered.length) return [];
  const plans: Plan[] = [];
  for (const need of needs) {
    if (!rng.chance(NEED_APPLIED)) continue;
    const takeUp = need.takeUps.find((t) => offered.some((p) => p.product.id === t.productId && p.product.kind === need.kind));
    const product = takeUp && offered.find((p) => p.product.id === takeUp.productId);
    if (!takeUp || !product) continue;
    const on = addDays(takeUp.takenOn, rng.int(1, 12));
    if (on < clock.today && on > product.offeredFrom.get(firm.parkCode)!) plans.push({ product, on, need });
  }
  if (rng.chance(plans.length ? 0.15 : APPLY_SHARE)) {
    for (let n = rng.weighted([[1, 70], [2, 22], [3, 8]] as const); n > 0; n--) {
      // Early on the park offered fewer products: a firm that found none then looked again later.
      for (let tries = 2; tries > 0; tries--) {
        const on = pickDay(rng, clock);
        const product = shelf.pick(rng, firm, on);
        if (!product) continue;
        plans.push({ product, on, need: null });
        break;
      }
    }
  }
  return plans.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
}

function randomApplication(b: WorkflowBuilder, firm: WorkflowFirm, plan: Plan): ApplicationSpec {
  const { rng, clock } = b;
  const asked = askFor(rng, firm, plan.product, plan.need);
  const behaviour = (payments: Parameters<typeof chooseBehaviour>[2], disbursedOn: string) => chooseBehaviour(rng, firm.rating.pd, payments, disbursedOn, clock.today);
  const base = { firm, product: plan.product, needId: plan.need?.id ?? null, asked, behaviour };
  if (isRecent(clock, plan.on) && rng.chance(RECENT_DRAFTS)) return { ...base, steps: [{ to: 'draft', by: 'enterprise', on: plan.on }] };
  const outcome = decide(rng, firm, plan.product, failedFacts(firm, plan.product));
  const planned = planSteps(rng, clock, plan.on, plan.product, asked.termMonths, gradeStepOf(firm.rating.grade), outcome);
  return { ...base, steps: planned.steps };
}

/** Drafts are recent: an application kept as a draft for weeks is as good as abandoned. */
const isRecent = (clock: Clock, on: string) => on >= addDays(clock.today, -30);
