// The products an enterprise can apply to: published, approved in its park (from the day of the
// approval), of the kinds the demo applies for; and when in the last eighteen months it applied.
import { CATEGORY_INDEX } from '../marketplace/facts.ts';
import type { Random } from './random.ts';
import { addDays, type Clock } from './workflow-clock.ts';
import { failedFacts } from './workflow-lifecycle.ts';
import type { WorkflowFirm, WorkflowProduct } from './workflow-types.ts';

const APPLIED_KINDS: ReadonlySet<string> = new Set(['loan', 'guarantee', 'equity']);
const KIND_WEIGHTS: Readonly<Record<string, number>> = { loan: 75, guarantee: 15, equity: 10 };
const STAGE = CATEGORY_INDEX.get('stage')!;
export const HISTORY_DAYS = 548; // eighteen months

export class Shelf {
  private readonly byPark = new Map<string, WorkflowProduct[]>();

  constructor(products: readonly WorkflowProduct[]) {
    for (const p of products) {
      if (!APPLIED_KINDS.has(p.product.kind)) continue;
      for (const park of p.product.parks) {
        if (!p.offeredFrom.has(park)) continue;
        const list = this.byPark.get(park) ?? [];
        list.push(p);
        this.byPark.set(park, list);
      }
    }
  }

  offered(parkCode: string): readonly WorkflowProduct[] {
    return this.byPark.get(parkCode) ?? [];
  }

  /** Of the products offered to the firm on the day, mostly one it qualifies for; a loan most often, equity seldom for a mature firm. */
  pick(rng: Random, firm: WorkflowFirm, on: string): WorkflowProduct | null {
    const offered = this.offered(firm.parkCode).filter((p) => p.offeredFrom.get(firm.parkCode)! < on);
    if (!offered.length) return null;
    const mature = firm.facts?.categories[STAGE] === 'mature';
    const kinds = [...new Set(offered.map((p) => p.product.kind))].map((k) => [k, (KIND_WEIGHTS[k] ?? 1) * (k === 'equity' && mature ? 0.1 : 1)] as const);
    const kind = rng.weighted(kinds);
    const ofKind = offered.filter((p) => p.product.kind === kind);
    const eligible = ofKind.filter((p) => !failedFacts(firm, p).length);
    return rng.pick(eligible.length && rng.chance(0.85) ? eligible : ofKind);
  }
}

/** A day in the last eighteen months, mostly a working day. */
export function pickDay(rng: Random, clock: Clock): string {
  let on = addDays(clock.today, -rng.int(1, HISTORY_DAYS));
  if (!clock.calendar.isWorkingDay(on) && rng.chance(0.75)) {
    const next = clock.calendar.addWorkingDays(on, 0);
    if (next < clock.today) on = next;
  }
  return on;
}
