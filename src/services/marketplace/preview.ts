// The rule builder's helpers: the facts rules may use, and how many rated enterprises a draft
// rule set would let through, per park, counted over the cached fact table.
import { authorize } from '../../domain/access/policy.ts';
import { compileCheck, passes } from '../../domain/marketplace/compile.ts';
import { ALL_FACTS, CATEGORY_INDEX, type FactKind } from '../../domain/marketplace/facts.ts';
import { validateRules, type EligibilityRule } from '../../domain/marketplace/rules.ts';
import { invalidFields, problem } from '../../domain/shared/errors.ts';
import type { ServiceContext } from '../shared/context.ts';
import type { Market } from './market.ts';
import { actingInstitution } from '../../domain/access/product-access.ts';
import { activeParkCodes } from './products.ts';
import { findParkByCode } from '../../db/repositories/parks.ts';
import type { RuleOp } from '../../../shared/marketplace.ts';

const OPS: Record<FactKind, RuleOp[]> = { number: ['gte', 'lte', 'between'], flag: ['gte', 'lte'], grade: ['gte', 'lte'], category: ['in', 'not_in'], code: ['in', 'not_in'] };

export function matchFactCatalogue(ctx: ServiceContext) {
  authorize(ctx.actor, 'product.list');
  return ALL_FACTS.map((f) => ({ key: f.key, kind: f.kind, unit: f.unit, nameZh: f.nameZh, nameEn: f.nameEn, ...(f.scale ? { scale: [...f.scale] } : {}), ops: OPS[f.kind] }));
}

const PARK = CATEGORY_INDEX.get('park')!;

export async function previewRules(ctx: ServiceContext, market: Market, input: { rules: EligibilityRule[]; parkCodes?: string[] }) {
  authorize(ctx.actor, 'product.manage', { organisationId: actingInstitution(ctx.actor) });
  const problems = validateRules(input.rules);
  if (problems.length) throw invalidFields(problems.map(({ path, ...p }) => ({ field: path, ...p })));
  const db = ctx.database.db;
  const codes = input.parkCodes?.length ? [...new Set(input.parkCodes)] : await activeParkCodes(db);
  if (input.parkCodes?.length) {
    const found = await Promise.all(codes.map((c) => findParkByCode(db, c)));
    const unknown = codes.map((c, i) => ({ c, known: !!found[i] })).filter((x) => !x.known);
    if (unknown.length) throw invalidFields(unknown.map((u) => problem(`parkCodes.${input.parkCodes!.indexOf(u.c)}`, 'product.park_unknown', { code: u.c })));
  }
  const { table } = await market.facts.get(db);
  const checks = input.rules.map(compileCheck);
  const byPark = new Map(codes.map((code) => [code, { parkCode: code, eligible: 0, total: 0 }]));
  const parkColumn = table.categories[PARK]!;
  for (let row = 0; row < table.size; row++) {
    const counts = byPark.get(parkColumn[row]!);
    if (!counts) continue;
    counts.total++;
    if (checks.every((c) => passes(c, table, row))) counts.eligible++;
  }
  const list = [...byPark.values()];
  return { eligible: list.reduce((s, p) => s + p.eligible, 0), total: list.reduce((s, p) => s + p.total, 0), byPark: list };
}
