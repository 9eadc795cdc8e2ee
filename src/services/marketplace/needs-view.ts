// A need as the caller may see it. The enterprise, its park's administrators, the operator and
// institutions holding a live grant from the enterprise see who it is and its full grade; other
// institutions see a masked name and credit code and only the grade band (A, B or C). Take-ups:
// all for the enterprise, its park and the operator; an institution sees only its own.
import type { Executor } from '../../db/client.ts';
import { grantingEnterprises } from '../../db/repositories/matching.ts';
import { officerInstitutions } from '../../domain/access/product-access.ts';
import { takeUpsOf, type NeedWithEnterprise, type TakeUpView } from '../../db/repositories/needs.ts';
import { latestGrades } from '../../db/repositories/ratings.ts';
import { administeredParks, type Actor } from '../../domain/access/actor.ts';
import { findIndustry } from '../../../shared/codes/industries.ts';
import { CATEGORY_INDEX, type EnterpriseFacts } from '../../domain/marketplace/facts.ts';
import { loadFacts } from './facts-store.ts';
import { gradeBand, MASKED_NAME, maskCreditCode } from './masking.ts';

export interface NeedView {
  id: string;
  enterpriseId: string;
  creditCode: string;
  enterpriseName: string;
  parkCode: string;
  industryCode: string;
  stage: string | null;
  grade: string | null;
  kind: string;
  amountFen: bigint;
  termMonths: number | null;
  purpose: string;
  neededBy: string | null;
  offers: string[];
  status: string;
  takeUps: Omit<TakeUpView, 'needId'>[];
  /** True when the caller sees the masked name, credit code and grade band only. */
  masked: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** "某科技企业（软件和信息技术服务业）": the industry division (or section) in place of the name. */
export function maskedName(industryCode: string): string {
  const industry = findIndustry(industryCode.slice(0, 3)) ?? findIndustry(industryCode.slice(0, 1));
  return `${MASKED_NAME}（${industry?.nameZh ?? industryCode}）`;
}


/** Whether the caller sees the enterprise behind a need unmasked, without counting grants. */
export function seesEnterprise(actor: Actor, need: { enterpriseId: string; parkId: string }): boolean {
  const parks = administeredParks(actor);
  if (parks === 'all' || parks.includes(need.parkId)) return true;
  return actor.memberships.some((m) => m.organisationId === need.enterpriseId);
}

const STAGE = CATEGORY_INDEX.get('stage')!;

/** Views of needs for the actor: take-ups, grade and stage, masked where there is no grant. */
export async function viewNeeds(
  db: Executor,
  actor: Actor,
  needs: readonly NeedWithEnterprise[],
  today: string,
  known?: ReadonlyMap<string, EnterpriseFacts>,
): Promise<NeedView[]> {
  if (!needs.length) return [];
  const enterpriseIds = [...new Set(needs.map((n) => n.enterpriseId))];
  const missing = enterpriseIds.filter((id) => !known?.has(id));
  const [takeUps, grades, loaded, granting] = await Promise.all([
    takeUpsOf(db, needs.map((n) => n.id)),
    latestGrades(db, enterpriseIds),
    loadFacts(db, missing),
    grantingEnterprises(db, officerInstitutions(actor), enterpriseIds.filter((id) => !needs.some((n) => n.enterpriseId === id && seesEnterprise(actor, n))), today),
  ]);
  const factsOf = (id: string) => known?.get(id) ?? loaded.get(id);
  const own = new Set(officerInstitutions(actor));
  return needs.map((n) => {
    const sees = seesEnterprise(actor, n);
    const masked = !sees && !granting.has(n.enterpriseId);
    const grade = grades.get(n.enterpriseId) ?? null;
    return {
      id: n.id,
      enterpriseId: n.enterpriseId,
      creditCode: masked ? maskCreditCode(n.creditCode) : n.creditCode,
      enterpriseName: masked ? maskedName(n.industryCode) : n.enterpriseName,
      parkCode: n.parkCode,
      industryCode: n.industryCode,
      stage: factsOf(n.enterpriseId)?.categories[STAGE] || null,
      grade: masked ? gradeBand(grade) : grade,
      kind: n.kind,
      amountFen: n.amountFen,
      termMonths: n.termMonths,
      purpose: n.purpose,
      neededBy: n.neededBy,
      offers: n.offers,
      status: n.status,
      // An institution sees its own take-up, not its competitors'.
      takeUps: takeUps.filter((t) => t.needId === n.id && (sees || own.has(t.institutionId))).map(({ needId: _, ...t }) => t),
      masked,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    };
  });
}
