// A ranked match in words, built only for the page a user sees: the reasons an eligible product
// fits, and for a near-miss each unmet rule with the actual value, the requirement and advice.
import { CATEGORY_INDEX, FACT_BY_KEY, GRADE_INDEX, type EnterpriseFacts } from './facts.ts';
import { startsWithAny } from './compile.ts';
import { industryName, joinNames, NO_PARK_NAMES, securityName } from './code-names.ts';
import { advice, formatValue, passedReason, required, ruleFormula, type CodeNames, type Text } from './explain.ts';
import type { MatchContext, NeedMismatch, RankedMatch } from './match.ts';
import type { NeedTerms } from './products.ts';
import { noApprovalHistory } from './ranking.ts';
import { evaluateRule } from './rules.ts';

export interface Unmet {
  rule: string;
  fact: string;
  actual: number | string | null;
  required: Text;
  advice: Text;
}

export interface Explanation {
  reasons: Text[];
  unmet: Unmet[];
}

const yuan = (fen: bigint) => formatValue(FACT_BY_KEY.get('credit_limit')!, Number(fen) / 100);
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** `names` names the parks a rule or reason mentions (industries and regions are named from the GB/T tables). */
export function explainMatch(match: RankedMatch, facts: EnterpriseFacts, ctx: MatchContext, need?: NeedTerms, names: CodeNames = NO_PARK_NAMES): Explanation {
  const unmet: Unmet[] = match.failed.map((check) => {
    const outcome = evaluateRule(check.rule, facts);
    return { rule: ruleFormula(check.rule), fact: check.rule.fact, actual: outcome.actual, required: required(check.rule, names), advice: advice(outcome, names) };
  });
  if (need) unmet.push(...match.needMismatches.map((m) => needUnmet(m, match, need)));
  return { reasons: match.eligible ? reasons(match, facts, ctx, names) : [], unmet };
}

function reasons(match: RankedMatch, facts: EnterpriseFacts, ctx: MatchContext, names: CodeNames): Text[] {
  const p = match.product;
  const out: Text[] = [];
  const passed = p.checks.map((c) => evaluateRule(c.rule, facts)).sort((a, b) => b.margin - a.margin);
  out.push(...passed.slice(0, 3).map((o) => passedReason(o, names)));
  const industry = facts.categories[CATEGORY_INDEX.get('industry')!]!;
  if (p.industries.length && startsWithAny(industry, p.industries)) {
    const name = industryName(industry);
    out.push({ zh: `属于产品偏好行业（${name.zh}）`, en: `In an industry the product prefers (${name.en})` });
  }
  const stage = facts.categories[CATEGORY_INDEX.get('stage')!]!;
  if (p.stages.has(stage as never)) {
    const s = formatValue(FACT_BY_KEY.get('stage')!, stage);
    out.push({ zh: `处于产品偏好的${s.zh}`, en: `At the ${s.en} stage the product prefers` });
  }
  const t = p.product.terms;
  if (p.product.kind === 'loan' && t.rate && p.yearlyCost !== null) {
    const spread = (bp: number) => (bp >= 0 ? `+${bp}` : `${bp}`);
    out.push({ zh: `利率 LPR${spread(t.rate.spreadMinBp)}～${spread(t.rate.spreadMaxBp)}bp，约年化${pct(p.yearlyCost)}`, en: `Rate LPR ${spread(t.rate.spreadMinBp)} to ${spread(t.rate.spreadMaxBp)}bp, about ${pct(p.yearlyCost)} a year` });
  } else if (p.yearlyCost !== null) {
    out.push({ zh: `费率约年化${pct(p.yearlyCost)}`, en: `Fee about ${pct(p.yearlyCost)} a year` });
  }
  // Without recorded decisions the rate is only the prior: say nothing rather than claim it.
  if (ctx.approval !== noApprovalHistory) {
    const approval = ctx.approval(p.product.institutionId, facts.numbers[GRADE_INDEX]!);
    out.push({ zh: `同类企业获批率约${pct(approval)}`, en: `About ${pct(approval)} of similar enterprises approved` });
  }
  out.push({ zh: `承诺${t.turnaroundDays}个工作日内答复`, en: `Answer promised within ${t.turnaroundDays} working days` });
  return out;
}

function needUnmet(m: NeedMismatch, match: RankedMatch, need: NeedTerms): Unmet {
  const t = match.product.product.terms;
  if (m === 'amount') {
    const [lo, hi, ask] = [yuan(t.amountMinFen), yuan(t.amountMaxFen), yuan(need.amountFen)];
    return {
      rule: 'need.amount', fact: 'amount', actual: Number(need.amountFen),
      required: { zh: `${lo.zh}至${hi.zh}`, en: `${lo.en} to ${hi.en}` },
      advice: { zh: `本产品额度为${lo.zh}至${hi.zh}，需求为${ask.zh}`, en: `This product lends ${lo.en} to ${hi.en}; the need asks ${ask.en}` },
    };
  }
  if (m === 'term') {
    return {
      rule: 'need.term', fact: 'term', actual: need.termMonths,
      required: { zh: `${t.termMinMonths}至${t.termMaxMonths}个月`, en: `${t.termMinMonths} to ${t.termMaxMonths} months` },
      advice: { zh: `期限需在${t.termMinMonths}至${t.termMaxMonths}个月之间`, en: `Choose a term of ${t.termMinMonths} to ${t.termMaxMonths} months` },
    };
  }
  const accepted = joinNames(t.security.map(securityName));
  return {
    rule: 'need.security', fact: 'security', actual: need.offers.join(', ') || null,
    required: { zh: `可提供其一：${accepted.zh}`, en: `one of: ${accepted.en}` },
    advice: { zh: `本产品要求以下担保方式之一：${accepted.zh}`, en: `This product needs one of: ${accepted.en}` },
  };
}
